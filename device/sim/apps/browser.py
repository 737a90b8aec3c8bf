"""Browser: an address bar, a WebView of web nodes, links, tabs, bookmarks and history.

Web pages are records in the state (url, title, lines, links), drawn inside an
``android.webkit.WebView`` as ``android.view.View`` nodes the way Chrome exposes them; a
``canvas`` page (the weather) is one unlabelled canvas node on the real-convention skins,
readable only from the screenshot.
"""

from __future__ import annotations

import random
from datetime import datetime

from pydantic import BaseModel, Field

from ..app import App, Screen
from ..page import Page, ToolbarAction
from ..view import Node

CITIES = ["Lisbon", "Oslo", "Kyoto", "Denver", "Nairobi", "Quito"]
SKIES = ["sunny", "cloudy", "light rain", "windy", "snow showers"]
RECIPES = [("Lemon pasta", 2), ("Shakshuka", 3), ("Miso soup", 4), ("Banana bread", 8), ("Chili", 6)]
DEALS = ["Wireless Earbuds", "Desk Lamp", "Yoga Mat", "Water Bottle", "Backpack"]
HOME = "news.example.com"


class WebPage(BaseModel):
    url: str
    title: str
    lines: list[str] = Field(default_factory=list)
    links: list[str] = Field(default_factory=list)  # urls of other pages, shown by their titles
    canvas: bool = False  # the lines are drawn into a canvas (text in the pixels only) on real-convention skins


class Visit(BaseModel):
    url: str
    title: str
    time: datetime


class Bookmark(BaseModel):
    url: str
    title: str


class Tab(BaseModel):
    id: int
    url: str


class BrowserState(BaseModel):
    pages: list[WebPage] = Field(default_factory=list)
    tabs: list[Tab] = Field(default_factory=list)
    current: int = 0  # id of the tab shown
    bookmarks: list[Bookmark] = Field(default_factory=list)
    history: list[Visit] = Field(default_factory=list)  # oldest first
    next_id: int = 1


def site_pages(rng: random.Random) -> list[WebPage]:
    """The small web the browser can reach; figures drawn from ``rng``."""
    weather = {city: (rng.randint(-3, 31), rng.choice(SKIES)) for city in CITIES}
    pages = [WebPage(url="weather.example.com", title="Weather today", canvas=True,
                     lines=[f"{city}: {t}°C, {sky}" for city, (t, sky) in weather.items()])]
    recipes = []
    for name, serves in RECIPES:
        slug = name.lower().replace(" ", "-")
        minutes = rng.choice([15, 20, 25, 30, 45, 60])
        recipes.append(WebPage(url=f"recipes.example.com/{slug}", title=name,
                               lines=[f"Serves {serves}", f"Ready in {minutes} minutes"]))
    pages.append(WebPage(url="recipes.example.com", title="Easy recipes", lines=["Pick a recipe:"],
                         links=[r.url for r in recipes]))
    pages += recipes
    deal = rng.choice(DEALS)
    pages.append(WebPage(url="store.example.com/deals", title="Deals of the day",
                         lines=[f"Deal of the day: {deal} for ${rng.randint(9, 79)}.99", "Free shipping over $50"]))
    hours = rng.choice(["9:00-18:00", "10:00-20:00", "8:30-17:30"])
    pages.append(WebPage(url="library.example.com/hours", title="City Library hours",
                         lines=[f"Open Monday to Saturday, {hours}", "Closed on Sundays"]))
    venue = rng.choice(["Civic Center", "Riverside Park", "Harbor Hall"])
    pages.append(WebPage(url="events.example.com", title="Events this week",
                         lines=[f"Jazz night at {venue}, Friday 20:00", "Book fair, Saturday 10:00"]))
    pages.append(WebPage(url=HOME, title="Morning News", lines=["Top stories", "Local team wins the final",
                                                               "New bridge opens downtown"],
                         links=["weather.example.com", "events.example.com", "recipes.example.com"]))
    return pages


def clean_url(text: str) -> str:
    url = text.strip().lower()
    for prefix in ("https://", "http://", "www."):
        url = url.removeprefix(prefix)
    return url.rstrip("/")


class Browser(App[BrowserState]):
    name = "browser"
    label = "Chrome"
    package = "com.android.chrome"
    icon = "web"
    home_slot = 20

    def initial_state(self, rng: random.Random) -> BrowserState:
        state = BrowserState(pages=site_pages(rng))
        state.tabs.append(Tab(id=1, url=HOME))
        state.current, state.next_id = 1, 2
        when = self.runtime.now.replace(hour=7, minute=0)
        for page in rng.sample(state.pages, 4):
            state.history.append(Visit(url=page.url, title=page.title, time=when))
            when = when.replace(minute=when.minute + 7)
        for page in rng.sample(state.pages, 2):
            state.bookmarks.append(Bookmark(url=page.url, title=page.title))
        return state

    def main_screen(self) -> Screen:
        return BrowserScreen(self)

    # queries and changes
    def page(self, url: str) -> WebPage | None:
        want = clean_url(url)
        return next((p for p in self.state.pages if p.url == want), None)

    def tab(self) -> Tab | None:
        return next((t for t in self.state.tabs if t.id == self.state.current), None)

    def visit(self, url: str) -> None:
        """Load ``url`` (or search for words) in the current tab, opening one if none is left."""
        url = clean_url(url)
        if "." not in url:
            url = f"search.example.com/?q={url.replace(' ', '+')}"
        tab = self.tab() or self.new_tab()
        tab.url = url
        page = self.page(url)
        if page is not None:
            self.state.history.append(Visit(url=url, title=page.title, time=self.now()))

    def new_tab(self, url: str | None = None) -> Tab:
        tab = Tab(id=self.state.next_id, url="")
        self.state.next_id += 1
        self.state.tabs.append(tab)
        self.state.current = tab.id
        if url:
            self.visit(url)
        return tab

    def close_tab(self, tab_id: int) -> None:
        self.state.tabs = [t for t in self.state.tabs if t.id != tab_id]
        if self.state.current == tab_id:
            self.state.current = self.state.tabs[-1].id if self.state.tabs else 0

    def search_results(self, query: str) -> list[WebPage]:
        words = query.replace("+", " ").lower().split()
        return [p for p in self.state.pages if words and all(w in f"{p.title} {' '.join(p.lines)}".lower()
                                                                for w in words)]

    def add_page(self, url: str, title: str, lines: list[str]) -> WebPage:
        page = WebPage(url=clean_url(url), title=title, lines=lines)
        self.state.pages = [p for p in self.state.pages if p.url != page.url] + [page]
        return page


class BrowserScreen(Screen):
    activity = "org.chromium.chrome.browser.ChromeTabbedActivity"
    app: Browser

    def __init__(self, app: Browser) -> None:
        super().__init__(app)
        self.draft: str | None = None  # text in the address bar while editing

    def build(self, page: Page) -> None:
        tab = self.app.tab()
        url = tab.url if tab else ""
        count = len(self.app.state.tabs)
        bar = page.columns(64, 1, rid="toolbar")[0]
        bar.right -= page.dp(112)
        bar.edit("url_bar", self.draft if self.draft is not None else url, hint="Search or type web address",
                 on_change=self._type, on_submit=self._go, rid="url_bar", height=56)
        l, t, r, b = bar.container.bounds
        size = page.dp(48)
        bar.container.add(Node(cls="android.widget.ImageButton", desc=f"Switch or close tabs, {count} open tabs",
                               text=str(count), rid=page.rid("tab_switcher_button"),
                               bounds=(r - 2 * size - page.dp(8), t + page.dp(8), r - size - page.dp(8), t + page.dp(56)),
                               clickable=True, focusable=True, on_click=lambda: self.push(TabSwitcher(self.app)),
                               icon="tabs", style="icon_button"))
        bar.container.add(Node(cls="android.widget.ImageButton", desc="More options", rid=page.rid("menu_button"),
                               bounds=(r - size - page.dp(4), t + page.dp(8), r - page.dp(4), t + page.dp(56)),
                               clickable=True, focusable=True, on_click=lambda: self.push(BrowserMenu(self.app)),
                               icon="more", style="icon_button"))
        if self.draft is not None and self.draft.strip():
            self._suggest(page, self.draft)
        web = page.container.add(Node(cls="android.webkit.WebView", rid="", bounds=page.take(page.remaining),
                                      desc=self._title(url), scrollable=False, style="web"))
        self._fill(page.sub(web, pad=16), url)

    def _suggest(self, page: Page, typed: str) -> None:
        """The omnibox suggestions while typing: the typed text first, then known pages that match."""
        first = clean_url(typed)
        known = [p for p in self.app.state.pages if first in p.url and p.url != first][:3]
        rows = [(first, "Open" if "." in first else "Search")] + [(p.url, p.title) for p in known]
        for url, summary in rows:
            page.item(url, summary, rid="omnibox_suggestion", icon="web", height=64,
                      on_click=lambda url=url: self._pick(url))

    def _pick(self, url: str) -> None:
        self.draft = url
        self._go()

    def _title(self, url: str) -> str:
        found = self.app.page(url)
        return found.title if found else ("New tab" if not url else url)

    def _fill(self, web: Page, url: str) -> None:
        def view(text: str, *, heading: bool = False, link: str | None = None) -> None:
            box = web.take(web.dp(56 if heading else 44))
            web.container.add(Node(cls="android.view.View", text=text, bounds=box, clickable=link is not None,
                                   focusable=link is not None, style="headline" if heading else "body",
                                   on_click=(lambda: self._open(link)) if link else None))  # type: ignore[misc]

        if not url:
            view("New tab", heading=True)
            return
        if url.startswith("search.example.com/?q="):
            query = url.split("=", 1)[1].replace("+", " ")
            view(f"Results for {query}", heading=True)
            for result in self.app.search_results(query):
                view(result.title, link=result.url)
            return
        found = self.app.page(url)
        if found is None:
            view("This site can't be reached", heading=True)
            view(f"{url} refused to connect.")
            return
        view(found.title, heading=True)
        if found.canvas and web.skin.webview_banner:  # drawn into a canvas: in the pixels only, no node text
            web.container.add(Node(cls="android.view.View", bounds=web.take(web.dp(44 * len(found.lines))),
                                   drawn="\n".join(found.lines), style="webview"))
            return
        for line in found.lines:
            view(line)
        for link in found.links:
            target = self.app.page(link)
            view(target.title if target else link, link=link)

    def _type(self, text: str) -> None:
        self.draft = text

    def _go(self) -> None:
        if self.draft is not None and self.draft.strip():
            self.app.visit(self.draft)
        self.draft = None
        self.focus = None

    def _open(self, url: str) -> None:
        self.app.visit(url)

    def on_back(self) -> bool:
        if self.draft is not None or self.focus:
            self.draft, self.focus = None, None
            return True
        return False


class BrowserMenu(Screen):
    activity = "org.chromium.chrome.browser.app.appmenu.AppMenu"
    app: Browser

    def build(self, page: Page) -> None:
        tab = self.app.tab()
        url = tab.url if tab else ""
        marked = any(b.url == url for b in self.app.state.bookmarks)
        page.toolbar("Menu", back=self.close)
        page.item("New tab", rid="new_tab_menu_id", icon="add", on_click=self._new_tab)
        if url:
            page.item("Edit bookmark" if marked else "Bookmark this page", rid="bookmark_this_page_id",
                      icon="star" if marked else "star_border", on_click=lambda: self._bookmark(url))
        page.item("Bookmarks", rid="all_bookmarks_menu_id", icon="star",
                  on_click=lambda: self._replace(Bookmarks(self.app)))
        page.item("History", rid="open_history_menu_id", icon="history",
                  on_click=lambda: self._replace(History(self.app)))

    def _replace(self, screen: Screen) -> None:
        self.close()
        self.push(screen)

    def _new_tab(self) -> None:
        self.app.new_tab()
        self.close()

    def _bookmark(self, url: str) -> None:
        if not any(b.url == url for b in self.app.state.bookmarks):
            page = self.app.page(url)
            self.app.state.bookmarks.append(Bookmark(url=url, title=page.title if page else url))
            self.app.toast("Bookmarked")
        self.close()


class Bookmarks(Screen):
    activity = "org.chromium.chrome.browser.bookmarks.BookmarkActivity"
    app: Browser

    def build(self, page: Page) -> None:
        page.toolbar("Bookmarks", back=self.close)
        page.scroll_list("bookmark_items", self.app.state.bookmarks, self._row, row_height=72,
                         empty_text="No bookmarks")

    def _row(self, page: Page, bookmark: Bookmark, index: int) -> None:
        row = page.item(bookmark.title, bookmark.url, rid="bookmark_row", icon="web",
                        on_click=lambda: self._open(bookmark.url))
        l, t, r, b = row.bounds
        row.add(Node(cls="android.widget.ImageButton", desc=f"Delete bookmark {bookmark.title}", rid=page.rid("delete"),
                     bounds=(r - page.dp(56), t + page.dp(12), r - page.dp(8), b - page.dp(12)), clickable=True,
                     focusable=True, on_click=lambda: self._delete(bookmark.url), icon="delete", style="icon_button"))

    def _open(self, url: str) -> None:
        self.app.visit(url)
        self.close()

    def _delete(self, url: str) -> None:
        self.app.state.bookmarks = [b for b in self.app.state.bookmarks if b.url != url]
        self.app.toast("Bookmark deleted")


class History(Screen):
    activity = "org.chromium.chrome.browser.history.HistoryActivity"
    app: Browser

    def build(self, page: Page) -> None:
        page.toolbar("History", back=self.close)
        page.button("Clear browsing data", self._clear, rid="clear_browsing_data_button",
                    enabled=bool(self.app.state.history))
        visits = list(reversed(self.app.state.history))
        page.scroll_list("history_list", visits, self._row, row_height=72, empty_text="Your history appears here")

    def _row(self, page: Page, visit: Visit, index: int) -> None:
        page.item(visit.title, f"{visit.url} · {visit.time:%H:%M}", rid="history_row", icon="web",
                  on_click=lambda: self._open(visit.url))

    def _open(self, url: str) -> None:
        self.app.visit(url)
        self.close()

    def _clear(self) -> None:
        self.app.state.history.clear()
        self.app.toast("Browsing data cleared")


class TabSwitcher(Screen):
    activity = "org.chromium.chrome.browser.tasks.tab_management.TabSwitcher"
    app: Browser

    def build(self, page: Page) -> None:
        page.toolbar(f"{len(self.app.state.tabs)} open tabs", back=self.close,
                     actions=[ToolbarAction("New tab", self._new, icon="add", rid="new_tab_button")])
        page.scroll_list("tab_list", list(self.app.state.tabs), self._row, row_height=72, empty_text="No open tabs")

    def _row(self, page: Page, tab: Tab, index: int) -> None:
        found = self.app.page(tab.url)
        title = found.title if found else (tab.url or "New tab")
        row = page.item(title, tab.url, rid="tab_row", icon="web", selected=tab.id == self.app.state.current,
                        on_click=lambda: self._select(tab.id))
        l, t, r, b = row.bounds
        row.add(Node(cls="android.widget.ImageButton", desc=f"Close {title} tab", rid=page.rid("action_button"),
                     bounds=(r - page.dp(56), t + page.dp(12), r - page.dp(8), b - page.dp(12)), clickable=True,
                     focusable=True, on_click=lambda: self.app.close_tab(tab.id), icon="close", style="icon_button"))

    def _select(self, tab_id: int) -> None:
        self.app.state.current = tab_id
        self.close()

    def _new(self) -> None:
        self.app.new_tab()
        self.close()
