"""A detail page's own button acts on the page's item (agents/page_actions.py, invented apps)."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of


def _card(left: int, name: str, price: str) -> str:
    """A recommended product's card, carrying its own copy of the add button."""
    return node("LinearLayout", (left, 1700, left + 330, 2150), "", "",
                node("TextView", (left + 15, 1970, left + 315, 2050), name),
                node("TextView", (left + 15, 2055, left + 230, 2105), price),
                node("ImageButton", (left + 240, 2050, left + 320, 2130), "", "Dodaj do koszyka", clickable=True),
                clickable=True)


def _grocery():
    """An invented Polish grocery app's product page: the title, cards below, the bottom bar's own buttons."""
    return screen_of(
        node("ImageButton", (0, 120, 130, 250), "", "Wstecz", clickable=True),
        node("FrameLayout", (950, 120, 1070, 250), "", "Koszyk, 1 produkt", clickable=True),
        node("TextView", (40, 990, 1040, 1110), "Zielona Łąka jogurt grecki, 400 g"),
        node("TextView", (40, 1180, 300, 1260), "7,49 zł"),
        node("TextView", (40, 1610, 1040, 1680), "Kupowane razem"),
        _card(20, "Jogurtowy napój brzoskwinia", "3,99 zł"), _card(370, "Owsianka z jogurtem", "5,29 zł"),
        _card(720, "Kefir naturalny", "4,19 zł"),
        node("Button", (150, 2205, 600, 2325), "Dodaj do koszyka", clickable=True),
        node("Button", (620, 2205, 1070, 2325), "Kup teraz", clickable=True))


def test_this_item_is_the_pages_own_add_button_not_a_cards_copy():
    observation, screen = _grocery()
    own = [e.id for e in observation.elements if e.text == "Dodaj do koszyka"]
    assert first("dodaj ten jogurt do koszyka", screen) == {"kind": "tap", "element": own[0]}


def test_must_not_fire_when_the_task_names_a_cards_item_better():
    observation, screen = _grocery()
    cards = [e.id for e in observation.elements if e.content_desc == "Dodaj do koszyka"]
    top = first("dodaj kefir naturalny do koszyka", screen)
    assert top == {"kind": "tap", "element": cards[2]}


def _store():
    """An invented app store page in Hindi: the app's title, its developer link, and its own two buttons."""
    return screen_of(
        node("Button", (10, 130, 140, 250), "", "वापस जाएं", clickable=True),
        node("TextView", (280, 310, 1000, 390), "Titli Notes"),
        node("View", (280, 400, 800, 450), "", "", node("TextView", (280, 400, 800, 450), "Titli Notes Labs"),
             clickable=True),
        node("Button", (40, 740, 530, 850), "", "", node("TextView", (120, 765, 450, 825), "अनइंस्टॉल करें"),
             clickable=True),
        node("Button", (550, 740, 1040, 850), "", "", node("TextView", (640, 765, 950, 825), "अपडेट करें"),
             clickable=True),
        node("TextView", (40, 910, 900, 970), "नया क्या है"))


def test_the_pages_update_button_beats_the_developer_link_naming_the_app():
    observation, screen = _store()
    update = element(observation, text="अपडेट करें")
    top = first("titli notes ko update kar do", screen)
    assert screen.target(update.id) == top["element"]


def test_must_not_fire_when_the_task_opens_the_developer():
    observation, screen = _store()
    update = element(observation, text="अपडेट करें")
    assert screen.target(update.id) != first("titli notes labs ke aur apps dikhao", screen)["element"]
