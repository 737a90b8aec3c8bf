"""Shop: search products, a product page (price, rating), a cart, checkout with an address."""

from __future__ import annotations

import random
from datetime import datetime

from pydantic import BaseModel, Field

from ..app import App, Screen
from ..page import Page, ToolbarAction
from ..view import Node

CATALOG = {
    "Headphones": ["Pulse Wireless Earbuds", "Studio Over-Ear Headphones", "Sport Neckband", "Noise-Cancel Pro",
                   "Kids Safe Headphones"],
    "Chargers": ["65W USB-C Charger", "Wireless Charging Pad", "Car Charger Duo", "Power Bank 10000mAh",
                 "Braided USB-C Cable"],
    "Phone cases": ["Clear Slim Case", "Rugged Armor Case", "Leather Wallet Case", "Silicone Grip Case"],
    "Coffee": ["Colombia Whole Beans", "Espresso Roast", "Decaf House Blend", "Cold Brew Pack"],
    "Books": ["The Quiet Garden", "Learn Python Fast", "Atlas of Islands", "Night Train Mysteries"],
    "Kitchen": ["Chef's Knife 8in", "Cast Iron Skillet", "Pour-Over Kettle", "Bamboo Cutting Board"],
    "Backpacks": ["Commuter Backpack 20L", "Hiking Pack 35L", "Laptop Sleeve Bag", "Mini Daypack"],
}
_PRICE = {"Headphones": (19, 249), "Chargers": (9, 59), "Phone cases": (8, 45), "Coffee": (7, 24),
          "Books": (9, 32), "Kitchen": (15, 89), "Backpacks": (25, 140)}


class Product(BaseModel):
    id: int
    name: str
    category: str
    price: float = Field(gt=0)
    rating: float = Field(ge=1.0, le=5.0)
    reviews: int = 0
    description: str = ""

    @property
    def price_text(self) -> str:
        return f"${self.price:.2f}"

    def matches(self, query: str) -> bool:
        hay = f"{self.name} {self.category}".lower()
        words = [w for w in query.lower().split() if w]
        return bool(words) and all(w in hay or w.rstrip("s") in hay for w in words)


class CartItem(BaseModel):
    product_id: int
    quantity: int = Field(default=1, ge=1)


class Order(BaseModel):
    id: int
    items: list[CartItem]
    total: float
    address: str
    placed_at: datetime


class ShopState(BaseModel):
    products: list[Product] = Field(default_factory=list)
    cart: list[CartItem] = Field(default_factory=list)
    orders: list[Order] = Field(default_factory=list)
    saved_address: str = ""
    next_order_id: int = 1001


def money(value: float) -> str:
    return f"${value:.2f}"


class Shop(App[ShopState]):
    name = "shop"
    label = "Shop"
    package = "com.android.shop"
    icon = "cart"
    home_slot = 70

    def initial_state(self, rng: random.Random) -> ShopState:
        state = ShopState()
        next_id = 1
        for category, names in CATALOG.items():
            low, high = _PRICE[category]
            prices = rng.sample(range(low, high), len(names))  # distinct within a category
            for name, whole in zip(names, prices):
                state.products.append(Product(
                    id=next_id, name=name, category=category, price=whole + rng.choice([0.0, 0.49, 0.99]),
                    rating=rng.randint(30, 49) / 10, reviews=rng.randint(3, 5000),
                    description=f"{name}: a well-reviewed pick in {category.lower()}."))
                next_id += 1
        return state

    def main_screen(self) -> Screen:
        return ShopHome(self)

    # queries and changes, for screens and task code
    def product(self, product_id: int) -> Product | None:
        return next((p for p in self.state.products if p.id == product_id), None)

    def named(self, name: str) -> Product | None:
        want = name.strip().lower()
        return next((p for p in self.state.products if p.name.lower() == want), None)

    def search(self, query: str, *, by_price: bool = False) -> list[Product]:
        """Products matching every word of ``query`` (all when empty); most reviewed first, or cheapest first."""
        found = [p for p in self.state.products if not query.strip() or p.matches(query)]
        return sorted(found, key=(lambda p: (p.price, p.id)) if by_price else (lambda p: (-p.reviews, p.id)))

    def cheapest(self, category: str) -> Product | None:
        found = sorted((p for p in self.state.products if p.category == category), key=lambda p: p.price)
        return found[0] if found else None

    def add_to_cart(self, product_id: int, quantity: int = 1) -> None:
        item = next((i for i in self.state.cart if i.product_id == product_id), None)
        if item is None:
            self.state.cart.append(CartItem(product_id=product_id, quantity=quantity))
        else:
            item.quantity += quantity

    def remove_from_cart(self, product_id: int) -> None:
        self.state.cart = [i for i in self.state.cart if i.product_id != product_id]

    def total(self, items: list[CartItem] | None = None) -> float:
        items = self.state.cart if items is None else items
        return round(sum(p.price * i.quantity for i in items if (p := self.product(i.product_id))), 2)

    def cart_count(self) -> int:
        return sum(i.quantity for i in self.state.cart)

    def place_order(self, address: str) -> Order:
        order = Order(id=self.state.next_order_id, items=[i.model_copy() for i in self.state.cart],
                      total=self.total(), address=address, placed_at=self.now())
        self.state.next_order_id += 1
        self.state.orders.append(order)
        self.state.cart = []
        self.state.saved_address = address
        return order

    def cart_action(self, screen: Screen) -> ToolbarAction:
        return ToolbarAction(f"Cart, {self.cart_count()} items", lambda: screen.push(CartScreen(self)), icon="cart",
                             rid="cart")


class ShopHome(Screen):
    activity = ".MainActivity"
    app: Shop

    def __init__(self, app: Shop) -> None:
        super().__init__(app)
        self.query = ""
        self.by_price = False

    def build(self, page: Page) -> None:
        page.toolbar("Shop", actions=[self.app.cart_action(self)])
        page.edit("search", self.query, hint="Search products", on_change=self._search, rid="search")
        if self.app.skin.webview_banner and not self.query:
            page.webview("Spring sale: 20% off headphones", rid="promo_web")
        shown = self.app.search(self.query, by_price=self.by_price)
        page.text(f"Sort by: {'Price: low to high' if self.by_price else 'Popularity'}", rid="sort",
                  style="caption", height=40, on_click=self._toggle_sort)
        page.scroll_list("results", shown, self._row, row_height=88,
                         empty_text=f"No results for {self.query!r}")

    def _search(self, text: str) -> None:
        self.query = text
        self.scroll.clear()

    def _toggle_sort(self) -> None:
        self.by_price = not self.by_price
        self.scroll.clear()

    def _row(self, page: Page, product: Product, index: int) -> None:
        page.item(product.name, f"{product.price_text} · {product.rating:.1f} ★ ({product.reviews}) · {product.category}",
                  rid="product_row", icon="bag", height=88,
                  on_click=lambda: self.push(ProductPage(self.app, product.id)))

    def on_back(self) -> bool:
        if self.query:
            self._search("")
            return True
        return False


class ProductPage(Screen):
    activity = ".ProductActivity"
    app: Shop

    def __init__(self, app: Shop, product_id: int) -> None:
        super().__init__(app)
        self.product_id = product_id

    def build(self, page: Page) -> None:
        product = self.app.product(self.product_id)
        page.toolbar("", back=self.close, actions=[self.app.cart_action(self)])
        if product is None:
            page.text("This product is no longer sold.", style="caption")
            return
        page.text(product.name, rid="product_title", style="headline", height=64)
        page.text(product.price_text, rid="price", style="title", height=48)
        page.text(f"{product.rating:.1f} ★ · {product.reviews} ratings", rid="rating", height=36)
        page.text(product.category, rid="category", style="caption", height=32)
        page.text(product.description, rid="description", style="body", height=64)
        page.button("Add to cart", self._add, rid="add_to_cart")

    def _add(self) -> None:
        self.app.add_to_cart(self.product_id)
        self.app.toast("Added to cart")


class CartScreen(Screen):
    activity = ".CartActivity"
    app: Shop

    def build(self, page: Page) -> None:
        page.toolbar("Cart", back=self.close)
        cart = self.app.state.cart
        page.text(f"Total: {money(self.app.total())}", rid="cart_total", style="title", height=48)
        page.button("Checkout", lambda: self.push(CheckoutScreen(self.app)), rid="checkout", enabled=bool(cart))
        page.scroll_list("cart_list", cart, self._row, row_height=88, empty_text="Your cart is empty")

    def _row(self, page: Page, item: CartItem, index: int) -> None:
        product = self.app.product(item.product_id)
        if product is None:
            return
        row = page.item(product.name, f"Qty {item.quantity} · {money(product.price * item.quantity)}",
                        rid="cart_row", icon="bag", height=88)
        l, t, r, b = row.bounds
        size = page.dp(48)
        mid = (t + b) // 2
        row.add(Node(cls="android.widget.ImageButton", desc=f"Remove {product.name}", rid=page.rid("remove_item"),
                     bounds=(r - size - page.dp(8), mid - size // 2, r - page.dp(8), mid + size // 2), clickable=True,
                     focusable=True, on_click=lambda: self.app.remove_from_cart(item.product_id), icon="delete",
                     style="icon_button"))


class CheckoutScreen(Screen):
    activity = ".CheckoutActivity"
    app: Shop

    def __init__(self, app: Shop) -> None:
        super().__init__(app)
        self.address = app.state.saved_address
        self.cvv = ""

    def build(self, page: Page) -> None:
        page.toolbar("Checkout", back=self.close)
        page.text(f"{self.app.cart_count()} items · Total {money(self.app.total())}", rid="order_summary",
                  style="title", height=48)
        page.edit("address", self.address, hint="Shipping address", on_change=self._set, rid="address")
        page.space(8)
        if self.app.skin.guarded_buttons:  # a vendor build asks for the card code (optional here) and
            page.edit("cvv", self.cvv, hint="Card security code (optional)", password=True,  # guards the button
                      on_change=lambda text: setattr(self, "cvv", text), rid="cvv")
            page.space(8)
        ready = bool(self.app.state.cart) and (not self.app.skin.guarded_buttons or bool(self.address.strip()))
        page.button("Place order", self._place, rid="place_order", enabled=ready)

    def _set(self, text: str) -> None:
        self.address = text

    def _place(self) -> None:
        if not self.address.strip():
            self.app.toast("Enter a shipping address")
            return
        order = self.app.place_order(self.address.strip())
        if len(self.app.screens) > 1:
            self.app.runtime.pop(self.app.name, self.app.screens[1])  # back to the shop's first screen
        self.app.push(OrderPlaced(self.app, order.id))


class OrderPlaced(Screen):
    activity = ".OrderConfirmationActivity"
    app: Shop

    def __init__(self, app: Shop, order_id: int) -> None:
        super().__init__(app)
        self.order_id = order_id

    def build(self, page: Page) -> None:
        order = next((o for o in self.app.state.orders if o.id == self.order_id), None)
        page.toolbar("Order placed", back=self.close)
        if order is not None:
            page.text(f"Order #{order.id} placed", rid="order_title", style="headline", height=56)
            page.text(f"Total {money(order.total)}", rid="order_total", height=40)
            page.text(f"Shipping to {order.address}", rid="order_address", height=40)
        page.button("Continue shopping", self.close, rid="continue_shopping")
