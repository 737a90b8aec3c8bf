"""Everyday screens, batch everyday21: conventions that hold in any app (invented apps and languages)."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of


def _shop(button: str, icons: tuple[str, str, str]):
    return screen_of(
        node("ImageButton", (40, 110, 180, 250), "", "Back", clickable=True),
        node("ImageButton", (640, 110, 780, 250), "", icons[0], clickable=True),
        node("ImageButton", (790, 110, 930, 250), "", icons[1], clickable=True),
        node("ImageButton", (940, 110, 1080, 250), "", icons[2], clickable=True),
        node("TextView", (40, 400, 1040, 520), "Lumo Wear wool scarf, forest green"),
        node("TextView", (40, 540, 1040, 620), "$24.00"),
        node("Button", (40, 2200, 500, 2330), "SAVE", clickable=True),
        node("Button", (540, 2200, 1040, 2330), button, clickable=True))


def test_an_item_pages_add_button_beats_the_toolbar_icon_of_the_same_place():
    observation, screen = _shop("ADD TO BASKET", ("Share", "Saved", "Basket"))
    add = element(observation, text="ADD TO BASKET")
    assert first("add this scarf to my basket", screen) == {"kind": "tap", "element": add.id}
    observation, screen = _shop("ADD TO CART", ("Share", "Saved", "Cart"))
    assert first("add the green scarf to the cart", screen)["element"] == element(observation, text="ADD TO CART").id


def test_a_service_tile_still_beats_a_card_that_says_the_verb_with_more():
    # must not fire: a card with a sentence ("|") that repeats the verb is no act button
    observation, screen = screen_of(
        node("TextView", (40, 110, 1040, 250), "Voya"),
        node("Button", (40, 400, 340, 620), "Hotel", clickable=True),
        node("Button", (390, 400, 690, 620), "Flights", clickable=True),
        node("Button", (740, 400, 1040, 620), "Trains", clickable=True),
        node("Button", (40, 700, 1040, 1000), "Book hotel in Bali | from $20 a night, members only", clickable=True))
    hotel = element(observation, text="Hotel")
    assert first("book a hotel", screen) == {"kind": "tap", "element": hotel.id}


from cascadroid.agents import ui_glossary  # noqa: E402


def test_clearing_is_deleting_across_languages():
    # invented messenger, Arabic and Italian menus, English task: "clear" meets "مسح" and "Svuota"
    meant = ui_glossary.task_concepts("clear this chat")
    assert ui_glossary.fit(meant, "مسح الدردشة") == 1.5
    assert ui_glossary.fit(meant, "Svuota chat") >= 0.75
    # must not fire: a task that only opens the chat gets no credit for the clearing verb
    opened = ui_glossary.task_concepts("open this chat")
    assert ui_glossary.fit(opened, "مسح الدردشة") == 0.75


def test_an_open_menu_item_that_clears_the_chat_is_tapped_for_an_english_task():
    observation, screen = screen_of(
        node("TextView", (40, 110, 700, 250), "Marta Ferri"),
        node("ImageButton", (940, 110, 1080, 250), "", "Altre opzioni", clickable=True),
        node("TextView", (40, 400, 1040, 520), "ci vediamo domani"),
        node("TextView", (600, 260, 1060, 380), "Cerca", clickable=True),
        node("TextView", (600, 380, 1060, 500), "Silenzia", clickable=True),
        node("TextView", (600, 500, 1060, 620), "Sfondo", clickable=True),
        node("TextView", (600, 620, 1060, 740), "Svuota conversazione", clickable=True))
    clear = element(observation, text="Svuota conversazione")
    assert first("clear this chat", screen) == {"kind": "tap", "element": clear.id}
