"""Maps and Shop on the simulated phone, driven through their screens."""

from __future__ import annotations

from cascadroid.device.script import back, open_app, run_script, swipe, tap, type_into
from cascadroid.device.sim import SimDevice
from cascadroid.device.types import Locator

MAPS = "com.android.maps:id/"
SHOP = "com.android.shop:id/"


def titles(phone: SimDevice) -> list[str]:
    return [e.text for e in phone.observe().elements if e.resource_id == "android:id/title"]


def test_maps_search_lists_matches_sorted_by_distance_then_rating() -> None:
    phone = SimDevice(seed=1)
    maps = phone.app("maps")
    run_script(phone, [open_app("Maps"), type_into("sushi", resource_id=MAPS + "search"), back()])
    sushi = [p for p in maps.state.places if p.cuisine == "Sushi"]
    assert titles(phone) == [p.name for p in sorted(sushi, key=lambda p: p.distance_km)]
    run_script(phone, [tap(resource_id=MAPS + "sort")])
    assert titles(phone) == [p.name for p in sorted(sushi, key=lambda p: -p.rating)]
    row = phone.observe().find(Locator(resource_id="android:id/summary"))
    best = max(sushi, key=lambda p: p.rating)
    assert row.text.startswith(f"{best.rating:.1f} ★") and best.address in row.text


def test_maps_results_longer_than_the_screen_scroll() -> None:
    phone = SimDevice(seed=2)
    run_script(phone, [open_app("Maps"), tap(text="Restaurants")])
    every = [p.name for p in phone.app("maps").search("restaurant")]
    obs = phone.observe()
    listing = obs.find(Locator(resource_id=MAPS + "results"))
    assert listing.scrollable and len(titles(phone)) < len(every)
    seen: list[str] = []
    for _ in range(10):
        seen += [t for t in titles(phone) if t not in seen]
        run_script(phone, [swipe("down", resource_id=MAPS + "results")])
    assert seen == every


def test_place_page_save_and_call() -> None:
    phone = SimDevice(seed=3)
    maps = phone.app("maps")
    place = maps.best("thai restaurant")
    run_script(phone, [open_app("Maps"), type_into("thai", resource_id=MAPS + "search"), back(),
                       tap(resource_id="android:id/title", text=place.name)])
    texts = {e.text for e in phone.observe().elements}
    assert {place.name, place.address, f"Open {place.hours}", place.phone} <= texts
    run_script(phone, [tap(resource_id=MAPS + "save_button")])
    assert maps.state.saved == [place.id]
    run_script(phone, [tap(resource_id=MAPS + "save_button")])
    assert maps.state.saved == []
    run_script(phone, [tap(resource_id=MAPS + "call_button")])
    assert phone.foreground == "phone" and phone.app("phone").state.in_call == place.phone


def test_shop_search_product_cart_and_checkout() -> None:
    phone = SimDevice(seed=4)
    shop = phone.app("shop")
    item = shop.cheapest("Chargers")
    run_script(phone, [open_app("Shop"), type_into("chargers", resource_id=SHOP + "search"), back(),
                       tap(resource_id=SHOP + "sort")])
    assert titles(phone)[0] == item.name  # price: low to high
    run_script(phone, [tap(resource_id="android:id/title", text=item.name)])
    assert phone.observe().find(Locator(resource_id=SHOP + "price")).text == item.price_text
    run_script(phone, [tap(resource_id=SHOP + "add_to_cart"), tap(resource_id=SHOP + "add_to_cart")])
    assert [(i.product_id, i.quantity) for i in shop.state.cart] == [(item.id, 2)]
    run_script(phone, [tap(resource_id=SHOP + "cart")])
    assert phone.observe().find(Locator(resource_id=SHOP + "cart_total")).text == f"Total: ${item.price * 2:.2f}"
    run_script(phone, [tap(resource_id=SHOP + "checkout"), tap(resource_id=SHOP + "place_order")])
    assert shop.state.orders == []  # no address yet: refused, nothing ordered
    run_script(phone, [type_into("12 Birch Way, Lakeside", resource_id=SHOP + "address"),
                       tap(resource_id=SHOP + "place_order")])
    order = shop.state.orders[0]
    assert (order.address, order.total, shop.state.cart) == ("12 Birch Way, Lakeside", round(item.price * 2, 2), [])
    assert phone.observe().find(Locator(resource_id=SHOP + "order_title")).text == f"Order #{order.id} placed"
    run_script(phone, [back()])
    assert phone.observe().find(Locator(resource_id=SHOP + "search")) is not None  # back on the shop's first screen


def test_shop_remove_from_cart_and_empty_checkout_is_disabled() -> None:
    phone = SimDevice(seed=5)
    shop = phone.app("shop")
    a, b = shop.state.products[0], shop.state.products[1]
    shop.add_to_cart(a.id)
    shop.add_to_cart(b.id)
    run_script(phone, [open_app("Shop"), tap(resource_id=SHOP + "cart"), tap(content_desc=f"Remove {a.name}")])
    assert [i.product_id for i in shop.state.cart] == [b.id]
    run_script(phone, [tap(content_desc=f"Remove {b.name}")])
    checkout = phone.observe().find(Locator(resource_id=SHOP + "checkout"))
    assert shop.state.cart == [] and not checkout.enabled
