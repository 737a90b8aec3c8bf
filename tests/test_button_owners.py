"""The copy of a repeated control that belongs to the item the task names (agents/button_owners.py)."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of


def _wallet():
    """An invented wallet: two cards, each followed by the same row holding the same unlabelled switch."""
    def section(top: int, name: str, kind: str, rid: str) -> list[str]:
        return [node("TextView", (40, top, 1040, top + 80), name), node("TextView", (40, top + 90, 1040, top + 150), kind),
                node("LinearLayout", (0, top + 160, 1080, top + 280), "", "",
                     node("TextView", (40, top + 180, 700, top + 260), "Pause"),
                     node("Switch", (900, top + 180, 1040, top + 260), "", "Pause card", clickable=True, rid=rid))]
    return screen_of(*section(300, "Everyday account", "Debit card · Visa", "org.example.wallet:id/a"),
                     *section(800, "Travel account", "Credit card · Visa", "org.example.wallet:id/b"))


def test_the_copy_after_the_item_the_task_names_is_the_one_in_rows_as_alike_as_the_control():
    observation, screen = _wallet()
    second = next(e.id for e in observation.elements if e.resource_id == "org.example.wallet:id/b")
    assert first("pause my credit card", screen) == {"kind": "tap", "element": second}


def test_must_not_fire_when_the_task_names_no_item():
    observation, screen = _wallet()
    firsts = next(e.id for e in observation.elements if e.resource_id == "org.example.wallet:id/a")
    assert first("Pause card", screen) == {"kind": "tap", "element": firsts}


def _orders():
    """An invented food app's order history: each card its own identical 'Comprar otra vez' button."""
    def card(top: int, store: str, item: str, rid: str) -> str:
        return node("LinearLayout", (0, top, 1080, top + 400), "", "",
                    node("ImageView", (40, top + 20, 160, top + 140), "", f"Logo {store}"),
                    node("TextView", (180, top + 20, 1040, top + 90), "Pedido entregado · ayer"),
                    node("TextView", (180, top + 100, 1040, top + 170), item),
                    node("Button", (40, top + 280, 520, top + 380), "Ayuda", clickable=True),
                    node("Button", (560, top + 280, 1040, top + 380), "Comprar otra vez", clickable=True, rid=rid),
                    clickable=True)
    return screen_of(card(300, "Nonna Pizza & Co", "1 Pizza da Nonna familiar", "org.example.food:id/a"),
                     card(800, "Pizza da Nonna", "1 Margarita grande", "org.example.food:id/b"))


def test_of_rows_naming_it_alike_the_one_titled_with_the_name_said_takes_the_verb():
    observation, screen = _orders()
    second = next(e.id for e in observation.elements if e.resource_id == "org.example.food:id/b")
    assert first("compra otra vez la pizza de Pizza da Nonna", screen) == {"kind": "tap", "element": second}
    # must not fire: no name said whole, so no row is titled with it
    top = first("compra otra vez la pizza de la nonna", screen)
    assert top != {"kind": "tap", "element": second}


def _shelf():
    """An invented grocer's aisle page: its heading names a kind the rows sell, each row then its own 'Add' button."""
    items = ["Whole Milk 1 l · 1,19 €", "Free-range Eggs 10 pcs · 3,49 €", "Plain Yogurt 500 g · 0,99 €"]
    rows = []
    for i, item in enumerate(items):
        top = 420 + i * 300
        rows += [node("TextView", (40, top, 800, top + 100), item),
                 node("Button", (820, top + 120, 1040, top + 220), "Add", clickable=True, rid=f"org.example.grocer:id/add{i}")]
    return screen_of(node("ImageButton", (0, 90, 140, 230), "", "Navigate up", clickable=True),
                     node("TextView", (160, 120, 800, 200), "Eggs & Dairy"),
                     node("ImageButton", (920, 90, 1060, 230), "", "Basket", clickable=True),
                     node("RecyclerView", (0, 400, 1080, 2300), "", "", *rows, scrollable=True))


def test_the_page_heading_above_the_list_belongs_to_no_item():
    observation, screen = _shelf()
    eggs = next(e.id for e in observation.elements if e.resource_id == "org.example.grocer:id/add1")
    assert first("add a dozen eggs", screen) == {"kind": "tap", "element": eggs}
    milk = next(e.id for e in observation.elements if e.resource_id == "org.example.grocer:id/add0")
    assert first("add the milk", screen) == {"kind": "tap", "element": milk}  # the first item keeps its own words
