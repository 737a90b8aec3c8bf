"""The overflow menu is a fallback: when the task names no item but a control on screen carries one of the task's
words ("buy credit" and a "Credit" tile), that control comes before "More options" (invented apps and wordings)."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.menus import action_words, item_fits
from cascadroid.agents.perceptor import perceive
from cascadroid.device.uiautomator import parse_observation

PKG = "org.example.pocketwallet"


def _node(cls: str, bounds: str, *, text: str = "", desc: str = "", kids: str = "") -> str:
    clickable = "true" if not kids and (text or desc) and cls != "android.widget.TextView" else "false"
    return (f'<node index="0" text="{text}" resource-id="" class="{cls}" package="{PKG}" content-desc="{desc}" '
            f'checkable="false" checked="false" clickable="{clickable}" enabled="true" focusable="{clickable}" '
            f'focused="false" scrollable="false" long-clickable="false" password="false" selected="false" '
            f'bounds="{bounds}">{kids}</node>')


def _home(*tiles: str) -> str:
    bar = _node("android.widget.TextView", "[40,80][600,200]", text="Pocket Wallet") + \
        _node("android.widget.ImageButton", "[960,90][1060,190]", desc="More options")
    row = "".join(_node("android.widget.Button", f"[{40 + 260 * i},400][{280 + 260 * i},640]", text=t)
                  for i, t in enumerate(tiles))
    return '<hierarchy rotation="0">' + _node("android.widget.FrameLayout", "[0,0][1080,2400]", kids=bar + row) + \
        "</hierarchy>"


def _first(task: str, xml: str) -> str:
    screen = perceive(parse_observation(xml))
    return rank(task, "", screen, [], [])[0].text


def test_a_tile_named_by_the_task_comes_before_the_overflow_menu():
    xml = _home("Credit", "Bills", "Transfer", "Savings")
    assert "Credit" in _first("buy credit for my sister's line", xml)
    assert "Savings" in _first("I want to pay into savings", xml)


def test_with_nothing_on_screen_named_by_the_task_the_overflow_menu_still_leads():
    xml = _home("Credit", "Bills", "Transfer", "Savings")  # must not fire: no control carries a word of the task
    assert "More options" in _first("block this account", xml)


def test_a_romance_imperative_with_its_clitic_finds_its_verb_on_screen_before_any_menu() -> None:
    from test_ui_conventions import element, first, node, screen_of
    observation, screen = screen_of(  # an invented TV remote: icon buttons known by their content-desc
        node("TextView", (160, 120, 800, 220), "TV Salón"),
        node("ImageButton", (940, 120, 1060, 220), "", "Más opciones", clickable=True),
        node("ImageButton", (100, 900, 300, 1100), "", "Subir volumen", clickable=True),
        node("ImageButton", (100, 1200, 300, 1400), "", "Bajar volumen", clickable=True),
        node("ImageButton", (780, 900, 980, 1100), "", "Canal siguiente", clickable=True))
    down = element(observation, content_desc="Bajar volumen")
    assert first("bájele a la tele que está muy duro", screen) == {"kind": "tap", "element": down.id}
    observation, screen = screen_of(  # an invented speaker app, Italian
        node("TextView", (160, 120, 800, 220), "Cassa cucina"),
        node("ImageButton", (940, 120, 1060, 220), "", "Altre opzioni", clickable=True),
        node("Button", (100, 900, 980, 1040), "Spegnere la cassa", clickable=True),
        node("Button", (100, 1100, 980, 1240), "Gruppo stanze", clickable=True))
    off = element(observation, text="Spegnere la cassa")
    assert first("spegnila subito per favore", screen) == {"kind": "tap", "element": off.id}
    assert first("condividila con Marco", screen) != {"kind": "tap", "element": off.id}  # must not fire: another verb


def test_a_plural_the_task_adds_to_is_the_place_unless_the_act_sits_beside_it():
    save_to = ["Watch later", "Favorites", "Road trip mix"]  # an invented player's "Save to" sheet
    assert item_fits("Favorites", action_words("add this video to my favorites", {"add"}), save_to)
    assert item_fits("Albums", action_words("add the photo to my albums", {"add"}), ["Albums", "Shared"])
    menu = ["New tab", "Bookmark this page", "Bookmarks", "History"]  # the act beside the list: the list is not it
    assert not item_fits("Bookmarks", action_words("add kites.example.org to my bookmarks", {"add"}), menu)
    assert item_fits("Bookmark this page", action_words("add kites.example.org to my bookmarks", {"add"}), menu)


def test_an_act_no_menu_holds_does_not_send_the_agent_to_the_overflow_menu():
    # tiles with states, as a vendor's quick panel shows them; the task names the state in its own words
    xml = _home("Wi-Fi, on", "Bluetooth, off", "Do not disturb, off", "Flashlight, off")
    assert "More options" not in _first("die Musik soll nicht mehr so laut sein", xml)
    assert "More options" not in _first("I need to find the receipt of my last payment", xml)
    # must not fire: acts menus hold keep the overflow menu the place to look, in words and in other scripts
    assert "More options" in _first("rename this wallet to Travel", xml)
    assert "More options" in _first("把这个钱包设为默认", xml)
    assert "More options" in _first("archive this account", xml)


def test_with_nothing_but_the_menu_to_press_the_menu_is_where_to_look_whatever_the_act():
    xml = _home()  # no tile: the toolbar's title and its menu
    assert "More options" in _first("pay the electricity bill", xml)
