"""Best-rated / cheapest / nearest rows and the shopping funnel, on screens written in real apps'
conventions (uiautomator dumps): Google Maps-like results (a rating "4.5" beside "(1,234)", stars as
content-desc "Rated 4.5 out of 5", Compose rows without ids), Amazon-like product lists ("$12.99" beside
a struck-through "List: $19.99"), a German shop ("12,99 €", "Sortieren nach"), a cart with "Subtotal",
"Proceed to checkout" and "Delete" buttons, a product page with "Add to Cart" / "Buy Now"."""

from __future__ import annotations

from fixtures_uidump import W, node, screen_of

from cascadroid.agents import answers, notetaker, superlatives
from cascadroid.agents.candidates import rank


def text(t: str, box: tuple[int, int, int, int], **kw) -> str:
    return node("android.widget.TextView", box, text=t, **kw)


def button(label: str, box: tuple[int, int, int, int], desc: bool = False) -> str:
    return node("android.widget.Button", box, text="" if desc else label, desc=label if desc else "", click=True)


def field(hint: str, box: tuple[int, int, int, int], rid: str = "") -> str:
    return node("android.widget.EditText", box, text=hint, rid=rid, click=True)


def compose_row(top: int, *texts: str, stars: str = "") -> str:
    """A Compose list row: a clickable View with no id holding plain texts (and a stars image)."""
    parts = [text(t, (60, top + 20 + 50 * i, 900, top + 65 + 50 * i)) for i, t in enumerate(texts)]
    if stars:
        parts.append(node("android.widget.ImageView", (60, top + 170, 300, top + 200), desc=stars))
    return node("android.view.View", (0, top, W, top + 220), *parts, click=True)


def listing(*rows_: str, top: int = 500, bottom: int = 2300) -> str:
    """A scrolling list; one that ends at its last row's bottom may go on below the screen's edge."""
    return node("android.view.View", (0, top, W, bottom), *rows_, scroll=True)


def first(task: str, screen, history=(), notes=None):
    return rank(task, "", screen, [], list(history), notes=notes or {})[0]


def step(kind: str, line: str, outcome: str = "success") -> dict:
    return {"kind": kind, "line": line, "key": line, "outcome": outcome}


MAPS = "com.google.android.apps.maps"
PIZZA_PLACES = (("Pizzeria Bianco", "4.3", "(1,204)", "Pizza · 1.2 km"), ("Forno Rosso", "4.7", "(318)", "Pizza · 2.5 km"),
                ("Slice Town", "3.9", "(2,871)", "Pizza · 0.4 km"))


def maps_results(places=PIZZA_PLACES, query="pizza"):
    return screen_of(MAPS, field(query, (40, 120, 1040, 240), rid="com.google.android.apps.maps:id/search_omnibox_text_box"),
                     button("Sort by", (40, 300, 300, 400)),
                     listing(*(compose_row(520 + 240 * i, name, rating, reviews, kind, stars=f"Rated {rating} out of 5")
                               for i, (name, rating, reviews, kind) in enumerate(places)), bottom=520 + 240 * len(places)))


# ---- reading rows ----------------------------------------------------------------------------------

def test_row_values_read_real_formats():
    assert answers.row_value("rating", "Forno Rosso 4.7 (318) Pizza") == 4.7  # Google Maps: rating beside the review count
    assert answers.row_value("rating", "Rated 4.5 out of 5") == 4.5
    assert answers.row_value("rating", "Café Lina 4,6 Sterne") == 4.6
    assert answers.row_value("price", "Clear Case $12.99 List: $19.99") == 12.99  # the struck-through list price is no price
    assert answers.row_value("price", "List Price: $19.99 $12.99") == 12.99
    assert answers.row_value("price", "Hülle 12,99 € statt 19,99 €") == 12.99
    assert answers.row_value("price", "Wasserkocher 1.234,50 €") == 1234.5
    assert answers.row_value("distance", "0,8 km") == 800.0


def test_category_phrase_from_the_task():
    assert superlatives.category_phrase("Call the best-rated Burger restaurant.") == "Burger"
    assert superlatives.category_phrase("buy the cheapest product in the Screen protectors category") == "Screen protectors"
    assert superlatives.category_phrase("the cheapest thing in Shop", {"shop"}) == ""


# ---- a superlative over a list ---------------------------------------------------------------------

def test_the_category_is_searched_before_any_row_is_chosen():
    home = screen_of(MAPS, field("Search here", (40, 120, 1040, 240)), button("Restaurants", (40, 300, 300, 400)),
                     button("Coffee", (320, 300, 580, 400)))
    best = first("Call the best-rated Pizza restaurant", home)
    assert best.action == {"kind": "type", "element": best.action["element"], "text": "Pizza"}


def test_an_unsorted_list_is_read_to_its_end_before_choosing():
    searched = [step("type", 'type "pizza" into [5] search')]
    best = first("Call the best-rated Pizza restaurant", maps_results(), searched)
    assert best.action["kind"] == "tap" and "Sort" in best.text or best.action == {"kind": "swipe", "direction": "down"}


def test_at_the_end_of_the_list_the_best_row_is_tapped():
    ended = [step("type", 'type "pizza" into [5] search'), step("tap", 'tap [7] "Sort by"'),
             step("swipe", "swipe down", "no_change")]
    best = first("Call the best-rated Pizza restaurant", maps_results(), ended)
    assert best.action["kind"] == "tap" and "Forno Rosso" in best.text


def test_a_better_row_seen_further_up_is_scrolled_back_to():
    ended = [step("type", 'type "pizza" into [5] search'), step("tap", 'tap [7] "Sort by"'),
             step("swipe", "swipe down"), step("swipe", "swipe down", "no_change")]
    kept = {superlatives.BEST: "Pizza Napoli 4.9 (88) Pizza · 3.0 km"}
    best = first("Call the best-rated Pizza restaurant", maps_results(), ended, kept)
    assert best.action == {"kind": "swipe", "direction": "up"}


def test_the_notes_keep_the_best_row_seen():
    lines = maps_results().lines
    kept = notetaker.by_rules("Call the best-rated Pizza restaurant", lines, [], {})
    assert "Forno Rosso" in kept[superlatives.BEST]
    better = {superlatives.BEST: "Pizza Napoli 4.9 (88) Pizza"}
    assert superlatives.BEST not in notetaker.by_rules("Call the best-rated Pizza restaurant", lines, [], better)  # kept


def test_a_which_question_is_answered_with_the_best_rows_name_once_sorted():
    menu = screen_of(MAPS, field("pizza", (40, 120, 1040, 240)), button("Sort by: Rating", (40, 300, 400, 400)),
                     listing(*(compose_row(520 + 240 * i, name, rating, reviews, kind)
                               for i, (name, rating, reviews, kind) in enumerate(sorted(
                                   PIZZA_PLACES, key=lambda p: -float(p[1]))))))
    best = first("Which Pizza restaurant has the best rating?", menu, [step("type", 'type "pizza" into [5] search')])
    assert best.action == {"kind": "done", "answer": "Forno Rosso"}


AMAZON = "com.amazon.mShop.android.shopping"


def amazon_results(*rows_):
    return screen_of(AMAZON, field("phone case", (40, 120, 1040, 240)), button("Sort by: Featured", (40, 300, 500, 400)),
                     listing(*rows_, bottom=520 + 240 * len(rows_)))


CASES = (compose_row(520, "Crystal Clear Case for Pixel 8", "$12.99", "List: $19.99"),
         compose_row(760, "Tough Shield Case", "$9.49"), compose_row(1000, "Leather Folio Case", "$24.00"))


def test_a_sort_control_is_used_for_the_cheapest():
    best = first("Buy the cheapest phone case", amazon_results(*CASES), [step("type", 'type "phone case" into [5] search')])
    assert best.action["kind"] == "tap" and "Sort by" in best.text


def test_the_sort_option_for_the_key_is_chosen_in_an_open_menu():
    menu = screen_of(AMAZON, *(button(label, (40, 600 + 140 * i, 1040, 720 + 140 * i)) for i, label in enumerate(
        ("Featured", "Price: Low to High", "Price: High to Low", "Avg. Customer Review", "Newest Arrivals"))))
    best = first("Buy the cheapest phone case", menu, [step("tap", 'tap [7] "Sort by: Featured"')])
    assert best.text.endswith("Price: Low to High")


def test_the_cheapest_row_ignores_list_prices_once_sorted():
    sorted_ = amazon_results(*CASES).model_copy()
    history = [step("type", 'type "phone case" into [5] search'), step("tap", 'tap [9] "Price: Low to High"')]
    best = first("Buy the cheapest phone case", sorted_, history)
    assert best.action["kind"] == "tap" and "Tough Shield" in best.text


def test_a_german_shop_sorts_by_ascending_price():
    menu = screen_of("de.zalando.mobile", *(button(label, (40, 600 + 140 * i, 1040, 720 + 140 * i)) for i, label in
                                            enumerate(("Beliebtheit", "Preis: absteigend", "Preis: aufsteigend", "Neuheiten"))))
    best = first("Buy the cheapest phone case", menu, [step("tap", 'tap [7] "Sortieren nach"')])
    assert best.text.endswith("Preis: aufsteigend")
    rows = screen_of("de.zalando.mobile", field("Handyhülle", (40, 120, 1040, 240)), button("Sortieren nach", (40, 300, 500, 400)),
                     listing(compose_row(520, "Silikonhülle", "14,99 €"), compose_row(760, "Lederhülle", "12,99 € statt 29,99 €"),
                             bottom=1000))
    ended = [step("type", 'type "Handyhülle" into [5] search'), step("swipe", "swipe down", "no_change")]
    best = first("Buy the cheapest phone case", rows, ended)
    assert best.action["kind"] == "tap" and "Lederhülle" in best.text


# ---- the purchase funnel and the cart ---------------------------------------------------------------

def test_buying_on_a_product_page_adds_to_the_cart_or_buys_now():
    page = screen_of(AMAZON, button("Cart, 0 items", (900, 120, 1040, 240), desc=True), text("Tough Shield Case", (40, 300, 1040, 400)),
                     text("$9.49", (40, 420, 400, 500)), button("Add to Cart", (40, 1200, 1040, 1340)))
    assert first("Buy the Tough Shield Case", page).text.endswith("Add to Cart")
    now = screen_of(AMAZON, text("Tough Shield Case", (40, 300, 1040, 400)), button("Add to Cart", (40, 1200, 1040, 1340)),
                    button("Buy Now", (40, 1360, 1040, 1500)))
    assert first("Buy the Tough Shield Case", now).text.endswith("Buy Now")
    added = [step("tap", 'tap [12] "Add to Cart"')]
    assert "Cart" in first("Buy the Tough Shield Case", page, added).text


CART = screen_of(AMAZON, text("Shopping Cart", (40, 120, 800, 240)), text("Subtotal (3 items): $45.97", (40, 300, 1040, 380)),
                 button("Proceed to checkout", (40, 400, 1040, 520)),
                 listing(compose_row(600, "Tough Shield Case", "$9.49"), compose_row(840, "USB-C Cable", "$12.49"), top=560),
                 button("Delete", (40, 1300, 300, 1400)), button("Decrease quantity", (320, 1300, 420, 1400), desc=True),
                 button("Increase quantity", (440, 1300, 540, 1400), desc=True))


def test_a_task_about_the_cart_opens_it_first():
    home = screen_of(AMAZON, field("Search Amazon", (40, 120, 880, 240)), button("Cart, 3 items", (900, 120, 1040, 240), desc=True),
                     listing(compose_row(520, "Tough Shield Case", "$9.49")))
    assert "Cart" in first("What is the total of my cart?", home).text
    assert "Cart" in first("Remove the Tough Shield Case from my cart", home).text


def test_the_cart_total_is_read_from_its_subtotal_line():
    assert first("What is the total of my cart?", CART).action == {"kind": "done", "answer": "$45.97"}


def test_checking_out_the_cart_adds_nothing_and_proceeds():
    assert first("Check out my cart as it is, shipping to 12 Oak Lane, Springfield", CART).text.endswith("Proceed to checkout")


def test_a_list_that_ends_on_screen_is_not_scrolled():
    complete = screen_of(MAPS, field("pizza", (40, 120, 1040, 240)),
                         listing(*(compose_row(520 + 240 * i, name, rating, reviews, kind)
                                   for i, (name, rating, reviews, kind) in enumerate(PIZZA_PLACES)), bottom=2300))
    best = first("Call the best-rated Pizza restaurant", complete, [step("type", 'type "pizza" into [5] search')])
    assert best.action["kind"] == "tap" and "Forno Rosso" in best.text


# A Google Maps-like place page: icon buttons with text, each fact above its caption.
PLACE = screen_of(MAPS, button("Navigate up", (0, 120, 100, 220), desc=True), text("Forno Rosso", (40, 300, 1040, 400)),
                  text("4.7 (318)", (40, 410, 600, 470)), button("Directions", (40, 500, 260, 620)),
                  button("Call", (280, 500, 500, 620)), button("Save", (520, 500, 740, 620)), button("Share", (760, 500, 980, 620)),
                  text("Via Roma 12, Milano", (120, 700, 1040, 760)), text("Address", (120, 770, 1040, 820)),
                  text("+39 02 1234 5678", (120, 860, 1040, 920)), text("Phone", (120, 930, 1040, 980)))


def test_a_place_pages_buttons_act_on_the_place():
    assert first("Call the best-rated Pizza restaurant", PLACE).text.endswith("Call")
    assert first("Save the best-rated Pizza restaurant to my saved places", PLACE).text.endswith("Save")


def test_a_fact_above_its_caption_is_read_for_a_later_step():
    notes = notetaker.by_rules("Text Ana Ruiz the address of the best-rated Pizza restaurant.", PLACE.lines, [])
    assert superlatives.facts(notes) == {"address": "Via Roma 12, Milano"}


def test_buying_in_the_cart_proceeds_and_removes_nothing():
    added = [step("tap", 'tap [12] "Add to Cart"')]
    best = first("Buy the Tough Shield Case", CART, added)
    assert best.text.endswith("Proceed to checkout")
    assert all(not c.text.endswith("Delete") or c.score < 0 for c in rank("Buy the Tough Shield Case", "", CART, [], added))


def test_an_address_from_the_contacts_is_read_before_buying():
    from cascadroid.agents import subgoals

    part = subgoals.read_part('Buy "Trail Pack 30L" and ship it to Ana Ruiz\'s address from my contacts.')
    assert part is not None and part.object == "Ana Ruiz" and part.asked.kind == "address"
    assert part.rest == 'Buy "Trail Pack 30L" and ship it to it.'


def test_the_best_place_is_the_best_rated_one_and_how_well_rated_asks_a_rating():
    assert superlatives.key_of("Add the best pizza place to my saved places") == ("rating", True)
    assert superlatives.category_phrase("Call the best Ramen restaurant") == "Ramen"
    assert superlatives.key_of('Text Bo "you are the best"') is None
    assert superlatives.key_of("Tell me the best way to the station") is None
    assert answers.asked("How well is the Trail Pack 30L rated?").kind == "rating"


# ---- acting on the best row of a list whose rows are no controls ----------------------------------


def _basket():
    """A basket whose rows are no controls, each holding its own remove icon (named by content-desc)."""
    items = (("Linen apron", "1 × €24.90"), ("Cast-iron pan 28cm", "1 × €39.00"), ("Olive wood spoon", "2 × €7.50"))
    kids = []
    for i, (name, price) in enumerate(items):
        top = 400 + 220 * i
        kids.append(node("android.widget.LinearLayout", (0, top, W, top + 200), text(name, (40, top, 800, top + 60)),
                         text(price, (40, top + 70, 800, top + 130)),
                         button(f"Remove {name}", (880, top + 20, 1040, top + 120), desc=True)))
    return screen_of("org.example.kitchenshop", text("Basket", (40, 200, 800, 280)), *kids)


def test_the_remove_icon_of_the_cheapest_row_is_pressed_when_the_rows_are_no_controls():
    best = first("take the cheapest thing out of my basket", _basket())
    assert best.action["kind"] == "tap" and "Olive wood spoon" in best.text


def test_a_best_row_kept_from_another_list_does_not_hold_back_the_best_row_here():
    kept = {superlatives.BEST: "Tea towel | €3.00 · 4.1 ★"}  # seen on the shop's front page
    best = first("take the cheapest thing out of my basket", _basket(), notes=kept)
    assert best.action["kind"] == "tap" and "Olive wood spoon" in best.text


def test_once_the_best_row_is_removed_the_next_best_gains_nothing():
    removed = [step("tap", "tap [13] Remove Olive wood spoon (in: Olive wood spoon | 2 × €7.50)")]
    ranked = rank("take the cheapest thing out of my basket", "", _basket(), [], removed)
    removes = {round(c.score, 6) for c in ranked if c.text.startswith("tap") and "Remove" in c.text}
    assert len(removes) == 1  # no remove icon is raised above the others: the task's one removal is done


# ---- putting the item shown into the cart, said in any language ------------------------------------


def _product_page():
    """A product page: the cart icon with its count, a recommended item's own add button, the page's add button."""
    return screen_of("org.example.tienda",
                     button("Carrito | 2", (880, 80, 1040, 200), desc=True),
                     node("android.widget.LinearLayout", (0, 1200, W, 1500), text("Funda + protector | $12", (40, 1220, 700, 1300)),
                          button("Añadir al carrito", (720, 1220, 1040, 1320))),
                     button("Añadir al carrito", (40, 2200, 1040, 2330)))


def test_putting_the_item_into_the_cart_presses_the_pages_own_add_button_in_any_wording():
    page = _product_page()
    for task in ("mete esto en el carrito porfa", "ponlo en mi carrito"):
        best = first(task, page)
        assert best.action["kind"] == "tap" and best.text.endswith("Añadir al carrito"), task  # no row context


def test_opening_the_cart_is_no_adding():
    best = first("abre mi carrito", _product_page())
    assert "Añadir" not in best.text  # must not fire


def test_reading_the_best_row_to_pass_it_on_presses_no_remove_icon():
    ended = [step("swipe", "swipe down", "no_change")]  # the whole basket read
    ranked = rank("text Ana Ruiz the name of the most expensive thing in my basket", "", _basket(), [], ended, limit=20)
    removes = {round(c.score, 6) for c in ranked if c.text.startswith("tap") and "Remove" in c.text}
    assert len(removes) == 1  # must not fire: no remove icon is raised for the best row that is only to be read
