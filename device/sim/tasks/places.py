"""Tasks on Maps and Shop."""

from __future__ import annotations

import random
from typing import Any

from ...script import Step
from ..apps.maps import CUISINES
from ..apps.shop import CATALOG
from .base import QuestionTask, TaskTemplate, normalize, price_forms, time_forms
from .common import SHOP_PKG, calls_to, open_place, open_product, street_address
from .plan import Plan, rid

CATEGORIES = {"pharmacy": "Pharmacy", "grocery": "Grocery store", "coffee": "Cafe", "gas station": "Gas station"}


def best_place(device: Any, cuisine: str) -> Any:
    return device.app("maps").best(f"{cuisine} restaurant")


def products(rng: random.Random, count: int = 1) -> list[str]:
    return rng.sample([name for names in CATALOG.values() for name in names], count)


# ---- Maps ---------------------------------------------------------------------------------------
class _BestPlace(TaskTemplate):
    apps = ("maps",)

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"cuisine": rng.choice(sorted(CUISINES))}

    def show_best(self, device: Any, params: dict[str, Any]) -> Plan:
        return open_place(Plan(device), params["cuisine"], best_place(device, params["cuisine"]).name)


class MapsBestRated(_BestPlace, QuestionTask):
    name = "maps_best_rated_question"
    difficulty = "medium"
    tags = ("maps", "question", "compare")
    goal = "Which {cuisine} restaurant has the best rating in Maps?"
    goals = (
        "What's the highest-rated {cuisine} restaurant in Maps?",
        "I'm craving {cuisine} food - which {cuisine} restaurant has the top rating?",
        "best {cuisine} restaurant?",
    )

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [best_place(device, params["cuisine"]).name]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return self.show_best(device, params).done(self.expected(device, params)[0])


class MapsSaveBest(_BestPlace):
    name = "maps_save_best_place"
    may_change = ("maps.saved",)
    difficulty = "medium"
    tags = ("maps", "save", "compare")
    goal = "Save the best-rated {cuisine} restaurant to my saved places in Maps."
    goals = (
        "Add the best {cuisine} restaurant to my saved places.",
        "Please save the highest-rated {cuisine} restaurant in Maps so I can find it later.",
        "save best {cuisine}",
    )

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        device.app("maps").state.saved = []

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return device.app("maps").state.saved == [best_place(device, params["cuisine"]).id]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return self.show_best(device, params).tap(resource_id=rid("com.android.maps", "save_button")).done()


class MapsCallBest(_BestPlace):
    name = "maps_call_best_place"
    may_change = ("phone.call_log", "phone.in_call")
    apps = ("maps", "phone")
    difficulty = "medium"
    tags = ("maps", "phone", "call", "compare")
    goal = "Call the best-rated {cuisine} restaurant."
    goals = (
        "Phone the top-rated {cuisine} restaurant.",
        "I want to book a table at the best {cuisine} restaurant around, please call them.",
        "call best {cuisine} place",
    )

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return bool(calls_to(device, best_place(device, params["cuisine"]).phone))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return self.show_best(device, params).tap(resource_id=rid("com.android.maps", "call_button")).done()


class MapsClosingTime(QuestionTask):
    name = "maps_closing_time_question"
    apps = ("maps",)
    difficulty = "medium"
    tags = ("maps", "question", "hours")
    goal = "Until what time is the nearest {category} open today?"
    goals = (
        "When does the closest {category} close today?",
        "I need to get to the nearest {category} - until what time are they open today?",
        "nearest {category} closes at?",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"category": rng.choice(sorted(CATEGORIES))}

    def nearest(self, device: Any, params: dict[str, Any]) -> Any:
        kind = CATEGORIES[params["category"]]
        return min((p for p in device.app("maps").state.places if p.category == kind), key=lambda p: p.distance_km)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return time_forms(self.nearest(device, params).closes)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        place = self.nearest(device, params)
        return open_place(Plan(device), params["category"], place.name).done(place.closes)


# ---- Shop ---------------------------------------------------------------------------------------
def product(device: Any, name: str) -> Any:
    return device.app("shop").named(name)


def cart_ids(device: Any) -> list[int]:
    return [i.product_id for i in device.app("shop").state.cart]


def checkout(plan: Plan, address: str) -> Plan:
    """From any Shop screen with the cart button: cart -> checkout -> address -> place order."""
    plan.tap(resource_id=rid(SHOP_PKG, "cart")).tap(resource_id=rid(SHOP_PKG, "checkout"))
    plan.type(address, resource_id=rid(SHOP_PKG, "address"))
    return plan.tap(resource_id=rid(SHOP_PKG, "place_order"))


def ordered(device: Any, product_ids: list[int], address: str) -> bool:
    """An order holds exactly these products and ships to ``address``."""
    return any(sorted(i.product_id for i in o.items) == sorted(product_ids)
               and normalize(address) in normalize(o.address) for o in device.app("shop").state.orders)


class _CartTask(TaskTemplate):
    apps = ("shop",)

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"product": products(rng)[0]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        device.app("shop").state.cart = []


class ShopAddToCart(_CartTask):
    name = "shop_add_to_cart"
    may_change = ("shop.cart",)
    difficulty = "easy"
    tags = ("shop", "cart")
    goal = "Add \"{product}\" to my cart in Shop."
    goals = (
        "Put \"{product}\" in my Shop cart.",
        "I want to buy \"{product}\" later; please add it to the cart in Shop.",
        "cart += {product}",
    )

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return cart_ids(device) == [product(device, params["product"]).id]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = open_product(Plan(device), params["product"])
        return plan.tap(resource_id=rid(SHOP_PKG, "add_to_cart")).done()


class ShopPriceQuestion(_CartTask, QuestionTask):
    name = "shop_price_question"
    difficulty = "easy"
    tags = ("shop", "question", "price")
    goal = "How much does \"{product}\" cost in Shop?"
    goals = (
        "What's the price of \"{product}\" in Shop?",
        "I'm thinking of buying \"{product}\" - how much is it in the Shop app?",
        "{product} price?",
    )

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return price_forms(product(device, params["product"]).price)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_product(Plan(device), params["product"]).done(product(device, params["product"]).price_text)


class ShopBuyCheapest(TaskTemplate):
    name = "shop_buy_cheapest"
    may_change = ("shop.orders", "shop.cart", "shop.saved_address")
    apps = ("shop",)
    difficulty = "hard"
    tags = ("shop", "checkout", "compare")
    goal = "In Shop, buy the cheapest product in the {category} category and ship it to {address}."
    goals = (
        "Order the lowest-priced {category} item in Shop, shipping to {address}.",
        "Please buy whatever is cheapest in Shop's {category} category and have it delivered to {address}.",
        "buy cheapest {category} -> {address}",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"category": rng.choice(sorted(CATALOG)), "address": street_address(rng)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        shop = device.app("shop").state
        shop.cart, shop.orders = [], []

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return ordered(device, [device.app("shop").cheapest(params["category"]).id], params["address"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        cheapest = device.app("shop").cheapest(params["category"])
        plan = open_product(Plan(device), cheapest.name).tap(resource_id=rid(SHOP_PKG, "add_to_cart"))
        return checkout(plan, params["address"]).done()


class _FilledCart(TaskTemplate):
    apps = ("shop",)

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"items": products(rng, 3)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        shop = device.app("shop")
        shop.state.cart, shop.state.orders = [], []
        for index, name in enumerate(params["items"]):
            shop.add_to_cart(shop.named(name).id, quantity=1 + index % 2)

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"product": params["items"][0]}

    def open_cart(self, device: Any) -> Plan:
        return Plan(device).open("Shop").tap(resource_id=rid(SHOP_PKG, "cart"))


class ShopRemoveFromCart(_FilledCart):
    name = "shop_remove_from_cart"
    may_change = ("shop.cart",)
    difficulty = "medium"
    tags = ("shop", "cart", "delete")
    goal = "Remove \"{product}\" from my Shop cart and keep the rest."
    goals = (
        "Take \"{product}\" out of the Shop cart, leave the other items.",
        "I changed my mind about \"{product}\"; please remove it from my cart but keep everything else.",
        "cart -= {product}",
    )

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        shop = device.app("shop")
        return sorted(cart_ids(device)) == sorted(shop.named(n).id for n in params["items"][1:])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return self.open_cart(device).tap(content_desc=f"Remove {params['items'][0]}").done()


class ShopCartTotal(_FilledCart, QuestionTask):
    name = "shop_cart_total_question"
    difficulty = "medium"
    tags = ("shop", "cart", "question", "price")
    goal = "What is the total of my Shop cart right now?"
    goals = (
        "How much does my Shop cart add up to?",
        "Before I check out, what's the total in my Shop cart at the moment?",
        "cart total?",
    )

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return price_forms(device.app("shop").total())

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return self.open_cart(device).done(f"${device.app('shop').total():.2f}")


class ShopCheckoutCart(_FilledCart):
    name = "shop_checkout_cart"
    may_change = ("shop.orders", "shop.cart", "shop.saved_address")
    difficulty = "medium"
    tags = ("shop", "checkout")
    goal = "Check out my Shop cart as it is, shipping to {address}."
    goals = (
        "Place the order for everything in my Shop cart, to {address}.",
        "I'm happy with my cart - please check it out without changes and ship to {address}.",
        "checkout -> {address}",
    )

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {**super().sample_params(rng), "address": street_address(rng)}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        shop = device.app("shop")
        return ordered(device, [shop.named(n).id for n in params["items"]], params["address"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return checkout(Plan(device).open("Shop"), params["address"]).done()


TEMPLATES: tuple[type[TaskTemplate], ...] = (
    MapsBestRated, MapsSaveBest, MapsCallBest, MapsClosingTime,
    ShopAddToCart, ShopPriceQuestion, ShopBuyCheapest, ShopRemoveFromCart, ShopCartTotal, ShopCheckoutCart,
)
