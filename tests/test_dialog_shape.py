"""A dialog no id marks, told by its geometry (agents/dialog_shape.py): its own window holding one centred card
over another window; the screen behind takes no taps and the positive button is the last as its script reads.
Invented multi-window dumps as Compose writes them (no ids), and cases that must not fire."""

from __future__ import annotations

from test_ui_conventions import element, node

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import perceive
from cascadroid.device.uiautomator import parse_observation


def _window(*kids: str) -> str:
    return node("FrameLayout", (0, 0, 1080, 2400), "", "", *kids)


_BEHIND = _window(node("TextView", (40, 150, 600, 240), "Groups"),
                  node("View", (0, 300, 1080, 470), "Hiking club | 3 new messages", clickable=True),
                  node("View", (0, 470, 1080, 640), "Book club | Ana: see you", clickable=True),
                  node("View", (880, 2000, 1040, 2160), "", "New group", clickable=True))


def _card(title: str, message: str, left: str, right: str, box=(90, 900, 990, 1450)) -> str:
    x0, y0, x1, y1 = box
    return _window(node("View", box, "", "",
                        node("TextView", (x0 + 60, y0 + 50, x1 - 60, y0 + 120), title),
                        node("TextView", (x0 + 60, y0 + 150, x1 - 60, y0 + 330), message),
                        node("View", (x1 - 430, y1 - 160, x1 - 230, y1 - 50), left, clickable=True),
                        node("View", (x1 - 210, y1 - 160, x1 - 10, y1 - 50), right, clickable=True)))


def _screen(*windows: str):
    observation = parse_observation("<hierarchy>" + "".join(windows) + "</hierarchy>")
    return observation, perceive(observation)


def test_a_centred_card_in_its_own_window_is_a_dialog_over_the_screen():
    observation, screen = _screen(_card("Leave group", "You will no longer get its messages.", "Cancel", "Leave"),
                                  _BEHIND)
    leave = element(observation, text="Leave")
    assert screen.dialog and element(observation, content_desc="New group").id not in screen.actionable
    assert rank("yes, leave the group", "", screen, [], [])[0].action == {"kind": "tap", "element": leave.id}


def test_a_right_to_left_dialog_says_yes_on_its_left():
    observation, screen = _screen(_card("مغادرة المجموعة", "لن تصلك رسائلها بعد الآن.", "مغادرة", "إلغاء"), _BEHIND)
    leave = element(observation, text="مغادرة")
    assert rank("نعم غادر المجموعة", "", screen, [], [])[0].action == {"kind": "tap", "element": leave.id}


def test_a_centred_card_on_the_only_window_is_no_dialog():
    observation, screen = _screen(_card("Welcome back", "Sign in to sync your groups.", "Later", "Sign in"))
    assert not screen.dialog


def test_a_popup_at_the_top_corner_is_no_dialog():
    popup = _window(node("View", (620, 120, 1060, 420), "", "",
                         node("View", (620, 130, 1060, 270), "Settings", clickable=True),
                         node("View", (620, 270, 1060, 410), "Help", clickable=True)))
    observation, screen = _screen(popup, _BEHIND)
    assert not screen.dialog and element(observation, content_desc="New group").id in screen.actionable


_BARS = ('<node index="0" text="" resource-id="" class="android.widget.FrameLayout" package="com.android.systemui" '
         'content-desc="" checkable="false" checked="false" clickable="false" enabled="true" focusable="false" '
         'focused="false" scrollable="false" long-clickable="false" password="false" selected="false" '
         'bounds="[0,2280][1080,2400]">' + "".join(
             f'<node index="{i}" text="" resource-id="" class="android.widget.ImageView" package="com.android.systemui" '
             f'content-desc="{name}" checkable="false" checked="false" clickable="true" enabled="true" focusable="true" '
             f'focused="false" scrollable="false" long-clickable="false" password="false" selected="false" '
             f'bounds="[{200 + 300 * i},2290][{300 + 300 * i},2390]" />' for i, name in enumerate(("Back", "Home", "Overview")))
         + "</node>")


def test_the_system_bars_are_no_buttons_of_the_dialog():
    """The navigation bar's Back/Home/Overview lie outside the card: the dialog's row is its own two buttons, so the
    last of them is the positive one."""
    observation, screen = _screen(_card("Send money", "Send 2 500 to 3712 4589?", "Wèy", "Dakò"), _BEHIND, _BARS)
    assert [screen.labels[i] for i in screen.dialog] == ["Wèy", "Dakò"]


def test_a_refusal_answers_a_two_button_dialog_with_the_button_before_the_positive_one():
    """Words no glossary holds ("ANILE" / "KONFIME"): a task that refuses taps the dismissive place, one that
    accepts does not."""
    observation, screen = _screen(_card("Konfime", "Ou pral voye 2 500 HTG. Ou vle kontinye?", "ANILE", "KONFIME"),
                                  _BEHIND, _BARS)
    cancel = element(observation, text="ANILE")
    assert rank("non, pa voye kòb la", "", screen, [], [])[0].action == {"kind": "tap", "element": cancel.id}
    assert rank("wi, voye kòb la", "", screen, [], [])[0].action != {"kind": "tap", "element": cancel.id}


def _sheet(*rows: str, top: int = 1500) -> str:
    return _window(node("View", (0, top, 1080, 2400), "", "",
                        node("TextView", (60, top + 40, 1020, top + 120), "Share to"),
                        *[node("View", (0, top + 160 + 170 * i, 1080, top + 320 + 170 * i), r, clickable=True)
                          for i, r in enumerate(rows)]))


def test_a_bottom_sheet_in_its_own_window_covers_the_screen_behind():
    """Compose's ModalBottomSheet dumps its own window: a panel across the width, risen from the foot; the rows
    behind it take no taps ("Book club" behind the sheet is not tapped for "book club link")."""
    observation, screen = _screen(_sheet("Copy link", "Send to Book club"), _BEHIND)
    assert element(observation, text="Book club | Ana: see you").id not in screen.actionable
    assert element(observation, text="Copy link").id in screen.actionable


def test_a_full_width_panel_at_the_top_or_on_the_only_window_is_no_sheet():
    observation, screen = _screen(_sheet("Copy link", "Send to Book club", top=200), _BEHIND)
    assert element(observation, text="Book club | Ana: see you").id in screen.actionable
    observation, screen = _screen(_sheet("Copy link", "Send to Book club"))
    assert not screen.dialog


def test_a_bottom_bar_of_a_window_showing_its_page_or_of_another_app_is_no_sheet():
    """A browser window whose only controls are its bottom bar still shows its page's texts above it; a tablet's
    taskbar is another app's window: neither covers the screen."""
    page = _window(node("TextView", (40, 300, 1040, 400), "Morning headlines"),
                   node("View", (0, 2200, 1080, 2337), "", "",
                        node("ImageButton", (20, 2210, 140, 2330), "", "Home", clickable=True),
                        node("ImageButton", (900, 2210, 1040, 2330), "", "Menu", clickable=True)))
    observation, screen = _screen(page, _sheet("Bookmarks", "History"))
    assert element(observation, text="Bookmarks").id in screen.actionable and not any(
        screen.labels[i] == "Home" for i in screen.dialog)
    taskbar = _BEHIND.replace("com.example.app", "com.example.app") + _sheet("Files", "Camera").replace(
        "com.example.app", "com.example.launcher")
    observation, screen = _screen(taskbar)
    assert element(observation, text="Book club | Ana: see you").id in screen.actionable


def _review_sheet(package: str) -> str:
    """A rating sheet as Google Play's in-app review raises it over the app that asked: its own window, another
    package's."""
    sheet = _window(node("View", (0, 1300, 1080, 2400), "", "",
                         node("TextView", (60, 1360, 1020, 1430), "Ocena aplikacji Pikselka"),
                         node("ImageView", (100, 1500, 220, 1620), "", "Jedna gwiazdka", clickable=True),
                         node("ImageView", (280, 1500, 400, 1620), "", "Dwie gwiazdki", clickable=True),
                         node("Button", (520, 2000, 760, 2120), "Nie teraz", clickable=True),
                         node("Button", (780, 2000, 1020, 2120), "Prześlij", clickable=True, enabled=False)))
    return sheet.replace("com.example.app", package)


def test_a_play_review_sheet_over_another_app_is_in_the_way_of_a_task_about_the_app_behind():
    observation, screen = _screen(_review_sheet("com.android.vending"), _BEHIND)
    assert element(observation, text="Book club | Ana: see you").id not in screen.actionable
    later = element(observation, text="Nie teraz")
    assert rank("otwórz czat z Book club", "", screen, [], [])[0].action == {"kind": "tap", "element": later.id}


def test_the_same_sheet_from_an_app_that_is_no_platform_service_covers_nothing():
    observation, screen = _screen(_review_sheet("com.example.ratings"), _BEHIND)
    assert not screen.dialog and element(observation, text="Book club | Ana: see you").id in screen.actionable


def _scrimmed(title: str, message: str, left: str, right: str) -> str:
    """A dialog's window whose bare full-screen scrim ("touch_outside") is drawn under the card, and a close X on it."""
    return _window(node("View", (0, 0, 1080, 2400), "", "", clickable=True),
                   node("View", (90, 800, 990, 1500), "", "",
                        node("ImageButton", (880, 820, 970, 910), "", "Fechar", clickable=True),
                        node("TextView", (150, 950, 930, 1030), title),
                        node("TextView", (150, 1050, 930, 1200), message),
                        node("Button", (150, 1260, 930, 1350), right, clickable=True),
                        node("Button", (150, 1370, 930, 1460), left, clickable=True)))


def test_a_card_over_its_scrim_in_its_own_window_is_a_dialog_in_the_way():
    """The scrim a tap outside the card falls on is a bare leaf spanning the card: no button of the dialog. The
    rows behind take no taps, and a task about them dismisses the prompt first."""
    observation, screen = _screen(_BEHIND, _scrimmed("Gostando do app?", "Avalie-nos na loja, leva só um minuto.",
                                                     "Agora não", "Avaliar agora"))
    assert element(observation, text="Hiking club | 3 new messages").id not in screen.actionable
    first = rank("open the hiking club chat", "", screen, [], [])[0].action
    assert first["kind"] == "back" or screen.labels.get(first.get("element")) in ("Agora não", "Fechar")


def _page_with_layer(layer_box=(0, 100, 1080, 2280)) -> str:
    """One window (a Flutter view): the page's layer, then a bare layer spanning it that holds only a card."""
    page = node("View", (0, 100, 1080, 2280), "", "",
                node("View", (40, 300, 1040, 460), "", "Pay bills", clickable=True),
                node("View", (40, 480, 1040, 640), "", "Send money", clickable=True),
                node("View", (40, 660, 1040, 820), "", "Buy load", clickable=True))
    card = node("View", layer_box, "", "",
                node("View", (80, 900, 1000, 1560), "", "",
                     node("View", (120, 960, 960, 1040), "", "Nueva versión disponible"),
                     node("View", (120, 1060, 960, 1200), "", "Actualiza para disfrutar de las novedades."),
                     node("View", (120, 1280, 960, 1380), "", "Actualizar", clickable=True),
                     node("View", (120, 1420, 960, 1520), "", "Más tarde", clickable=True)))
    return _window(node("View", (0, 100, 1080, 2280), "", "", page, card))


def test_a_card_on_a_bare_layer_over_the_page_in_the_same_window_is_a_dialog():
    observation, screen = _screen(_page_with_layer())
    assert element(observation, content_desc="Pay bills").id not in screen.actionable
    first = rank("pay my electricity bill", "", screen, [], [])[0].action
    assert first["kind"] == "back" or screen.labels.get(first.get("element")) == "Más tarde"


def test_a_card_section_of_the_page_itself_is_no_dialog():
    """The same card in a section that does not span the page drawn before it is part of the page."""
    observation, screen = _screen(_page_with_layer((0, 860, 1080, 1600)))
    assert not screen.dialog and element(observation, content_desc="Pay bills").id in screen.actionable
