"""Maps: search places by text or category; results with ratings, addresses and opening hours;
a place page (call, save, directions)."""

from __future__ import annotations

import random

from pydantic import BaseModel, Field

from ..app import App, Screen
from ..page import Page, ToolbarAction

CUISINES = {
    "Sushi": ["Sakura Sushi", "Kyoto Roll House", "Umi Sushi Bar", "Tokyo Table", "Nori & Rice"],
    "Pizza": ["Napoli Slice", "Brick Oven Co", "Luigi's Pizzeria", "Crust Club", "Pie Society"],
    "Thai": ["Bangkok Garden", "Lotus Thai", "Siam Spice", "Thai Orchid", "Basil Leaf"],
    "Mexican": ["Casa Verde", "Taqueria Sol", "El Mariachi", "Cantina Azul", "Burrito Loco"],
    "Indian": ["Taj Palace", "Masala House", "Curry Leaf", "Spice Route", "Bombay Bites"],
    "Italian": ["Trattoria Roma", "Pasta Fresca", "Via Veneto", "Osteria Bella", "La Cucina"],
    "Burger": ["Burger Barn", "Patty Palace", "Grill Station", "Smash Shack", "Bun & Beef"],
    "Vegan": ["Green Bowl", "Plant Power", "Leafy Greens", "Sprout Kitchen", "Root Cafe"],
}
OTHER = {
    "Cafe": (["Bean There", "Daily Grind", "Brew Lab", "Cafe Luna", "Morning Cup"], "coffee cafe"),
    "Grocery store": (["FreshMart", "Green Grocer", "Corner Market", "Value Foods"], "groceries supermarket"),
    "Pharmacy": (["CityPharm", "HealthPlus Pharmacy", "Care Drugstore"], "drugstore"),
    "Gas station": (["QuickFuel", "Metro Gas", "Shell Station"], "gas fuel"),
    "Park": (["Riverside Park", "Oak Hill Park", "Central Green"], "park"),
    "Museum": (["City Art Museum", "Science Center", "History Museum"], "museum"),
}
CHIPS = [("Restaurants", "restaurant"), ("Coffee", "coffee"), ("Groceries", "groceries"), ("Gas", "gas")]
_STREETS = ["Market St", "Harbor Blvd", "Elm Ave", "Mission Rd", "King St", "Bay St", "Union Sq", "Pine St",
            "Valencia St", "Grand Ave"]


class Place(BaseModel):
    id: int
    name: str
    category: str  # "Restaurant", "Cafe", "Park"...
    cuisine: str = ""  # restaurants only: "Sushi", "Thai"...
    rating: float = Field(ge=1.0, le=5.0)
    reviews: int = 0
    address: str
    phone: str = ""
    opens: str = "09:00"
    closes: str = "21:00"
    distance_km: float = 1.0
    keywords: str = ""

    @property
    def kind(self) -> str:
        return f"{self.cuisine} restaurant" if self.cuisine else self.category

    @property
    def hours(self) -> str:
        return f"{self.opens}–{self.closes}"

    def matches(self, query: str) -> bool:
        hay = f"{self.name} {self.kind} {self.category} {self.keywords}".lower()
        words = [w for w in query.lower().split() if w]
        return bool(words) and all(w in hay or w.rstrip("s") in hay for w in words)


class MapsState(BaseModel):
    places: list[Place] = Field(default_factory=list)
    saved: list[int] = Field(default_factory=list)  # ids of saved (starred) places
    next_id: int = 1


class Maps(App[MapsState]):
    name = "maps"
    label = "Maps"
    package = "com.android.maps"
    icon = "map"
    home_slot = 60
    permission = "access this device's location"

    def initial_state(self, rng: random.Random) -> MapsState:
        state = MapsState()
        groups = [(names, "Restaurant", c, "restaurant food") for c, names in CUISINES.items()]
        groups += [(names, category, "", words) for category, (names, words) in OTHER.items()]
        for names, category, cuisine, words in groups:
            picked = rng.sample(names, min(len(names), 4 if cuisine or category == "Cafe" else 2))
            ratings = rng.sample([r / 10 for r in range(32, 50)], len(picked))  # distinct within a group
            for name, rating in zip(picked, ratings):
                opens = rng.choice(["07:00", "08:00", "10:00", "11:00", "11:30", "12:00"])
                closes = rng.choice(["15:00", "20:00", "21:00", "21:30", "22:00", "23:00"])
                state.places.append(Place(
                    id=state.next_id, name=name, category=category, cuisine=cuisine, rating=rating,
                    reviews=rng.randint(12, 2400), address=f"{rng.randint(10, 990)} {rng.choice(_STREETS)}",
                    phone=f"+1 415-555-{rng.randint(200, 999):04d}", opens=opens, closes=closes,
                    distance_km=round(rng.uniform(0.2, 9.5), 1), keywords=words))
                state.next_id += 1
        return state

    def main_screen(self) -> Screen:
        return MapHome(self)

    # queries and changes, for screens and task code
    def place(self, place_id: int) -> Place | None:
        return next((p for p in self.state.places if p.id == place_id), None)

    def named(self, name: str) -> Place | None:
        want = name.strip().lower()
        return next((p for p in self.state.places if p.name.lower() == want), None)

    def search(self, query: str, *, by_rating: bool = False) -> list[Place]:
        """Places matching every word of ``query``; nearest first, or best-rated first."""
        found = [p for p in self.state.places if p.matches(query)]
        if by_rating:
            return sorted(found, key=lambda p: (-p.rating, p.distance_km))
        return sorted(found, key=lambda p: p.distance_km)

    def best(self, query: str) -> Place | None:
        found = self.search(query, by_rating=True)
        return found[0] if found else None


class MapHome(Screen):
    """A search box, category chips, then results (or saved places when nothing is searched)."""

    activity = "com.google.android.maps.MapsActivity"
    app: Maps

    def __init__(self, app: Maps) -> None:
        super().__init__(app)
        self.query = ""
        self.by_rating = False

    def build(self, page: Page) -> None:
        page.edit("search", self.query, hint="Search here", on_change=self._search, rid="search")
        chips = page.columns(48, len(CHIPS), rid="chips")
        for cell, (label, query) in zip(chips, CHIPS):
            cell.text(label, desc=label, rid="chip", style="chip center", height=48,
                      on_click=lambda query=query: self._chip(query))
        if not self.query:
            saved = [p for p in (self.app.place(i) for i in self.app.state.saved) if p is not None]
            page.text("Saved places", rid="saved_header", style="section", height=40)
            page.scroll_list("saved_list", saved, self._row, row_height=88, empty_text="No saved places yet")
            return
        results = self.app.search(self.query, by_rating=self.by_rating)
        page.text(f"Sort by: {'Rating' if self.by_rating else 'Distance'}", rid="sort", style="caption",
                  height=40, on_click=self._toggle_sort)
        page.scroll_list("results", results, self._row, row_height=88, empty_text=f"No results for {self.query!r}")

    def _search(self, text: str) -> None:
        self.query = text
        self.scroll.clear()

    def _chip(self, query: str) -> None:
        self._search(query)
        self.focus = None

    def _toggle_sort(self) -> None:
        self.by_rating = not self.by_rating
        self.scroll.clear()

    def _row(self, page: Page, place: Place, index: int) -> None:
        summary = f"{place.rating:.1f} ★ ({place.reviews}) · {place.kind} · {place.address} · {place.distance_km} km"
        page.item(place.name, summary, rid="place_row", icon="location", height=88,
                  on_click=lambda: self.push(PlacePage(self.app, place.id)))

    def on_back(self) -> bool:
        if self.query:
            self._search("")
            return True
        return False


class PlacePage(Screen):
    activity = "com.google.android.maps.PlaceActivity"
    app: Maps

    def __init__(self, app: Maps, place_id: int) -> None:
        super().__init__(app)
        self.place_id = place_id

    def build(self, page: Page) -> None:
        place = self.app.place(self.place_id)
        if place is None:
            page.toolbar("Place", back=self.close)
            page.text("This place is no longer listed.", style="caption")
            return
        saved = place.id in self.app.state.saved
        page.toolbar("", back=self.close, actions=[
            ToolbarAction("Unsave" if saved else "Save", self._toggle_save, icon="star", rid="save_place")])
        page.text(place.name, rid="place_name", style="headline", height=56)
        page.text(f"{place.rating:.1f} ★ · {place.reviews} reviews", rid="rating", height=32)
        page.text(f"{place.kind} · {place.distance_km} km", rid="category", style="caption", height=32)
        cells = page.columns(64, 3, rid="place_actions")
        cells[0].action("Call", lambda: self.app.runtime.app("phone").call(place.phone), rid="call_button", icon="call")
        cells[1].action("Saved" if saved else "Save", self._toggle_save, rid="save_button", icon="star")
        cells[2].action("Directions", lambda: self.app.toast(f"Route to {place.name}: {place.distance_km} km"),
                        rid="directions_button", icon="location")
        page.item(place.address, "Address", icon="location", rid="address")
        page.item(f"Open {place.hours}", "Hours", icon="clock", rid="hours")
        page.item(place.phone, "Phone", icon="call", rid="phone")

    def _toggle_save(self) -> None:
        saved = self.app.state.saved
        if self.place_id in saved:
            saved.remove(self.place_id)
            self.app.toast("Removed from saved places")
        else:
            saved.append(self.place_id)
            self.app.toast("Saved")
