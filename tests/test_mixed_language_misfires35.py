"""A task in one language, the screen in another: rules that misfired on ordinary requests, found by probing session
35's rules with English tasks on invented screens in other scripts (and code-switched tasks). Each test also keeps
the rule firing where it should."""

from __future__ import annotations

from test_scroll_misfires32 import DOWN, _page, _tapped
from test_ui_conventions import first

from cascadroid.agents.candidates import rank

# --- agents/missing.py: a setting the lexicons find on a list in the phone's language ------------------


def test_a_setting_the_glossary_or_its_sound_finds_is_opened_not_scrolled_past():
    observation, screen = _page("com.android.settings", "الإعدادات", "الشبكة والإنترنت", "وضع الطيران", "الأجهزة المتصلة",
                                "التطبيقات")
    assert _tapped(observation, screen, "turn on airplane mode", "وضع الطيران")
    observation, screen = _page("com.android.settings", "सेटिंग", "इंटरनेट", "हॉटस्पॉट", "ब्लूटूथ डिवाइस", "डिस्प्ले")
    assert _tapped(observation, screen, "turn on hotspot", "हॉटस्पॉट")
    observation, screen = _page("com.android.settings", "Ayarlar", "Uçak modu", "Konum", "Pil", "Ekran")
    assert _tapped(observation, screen, "turn off location", "Konum")


def test_a_list_in_another_script_is_not_read_to_its_end_for_a_setting_nor_given_up():
    _, screen = _page("com.android.settings", "הגדרות", "רשת ואינטרנט", "מכשירים מחוברים", "אפליקציות", "תצוגה")
    ranked = rank("turn on dark mode", "", screen, [], [])
    scroll = next(c for c in ranked if c.action == DOWN)
    assert scroll.score < 1.0  # no +3 for "the setting is missing here": its words cannot show on this list
    browsed = [{"kind": "swipe", "outcome": "no_change", "key": "swipe down"}]
    assert not any(c.action.get("kind") == "done" and c.action.get("success") is False
                   for c in rank("turn on dark mode", "", screen, [], browsed))


def test_an_english_list_without_the_setting_still_scrolls_and_an_unrelated_row_is_no_other_name():
    _, screen = _page("com.android.settings", "Network", "Wi-Fi", "Calls", "4G LTE", "VPN")
    assert first("turn on 5G", screen) == DOWN
    _, screen = _page("com.android.settings", "Ayarlar", "Uçak modu", "Konum", "Pil", "Ekran")
    assert first("turn on hotspot", screen) == DOWN  # no row's words, concepts or sounds are a hotspot's


# --- agents/switches.py: "Wi-Fi" inside "Wi-Fi calling", and "wifi calling" against a plain "Wi-Fi" --------------------


def _switch_page(*rows: tuple[str, bool | None]):
    from xml.sax.saxutils import quoteattr

    from cascadroid.agents.perceptor import perceive
    from cascadroid.device.uiautomator import parse_observation

    def row(i: int, title: str, on: bool | None) -> str:
        top = 400 + 180 * i
        switch = "" if on is None else (
            f'<node class="android.widget.Switch" package="com.android.settings" text="" content-desc="" checkable="true" '
            f'checked="{str(on).lower()}" clickable="false" enabled="true" bounds="[900,{top + 40}][1020,{top + 130}]" />')
        return (f'<node class="android.widget.LinearLayout" package="com.android.settings" text="" content-desc="" '
                f'clickable="true" enabled="true" bounds="[0,{top}][1080,{top + 170}]">'
                f'<node class="android.widget.TextView" package="com.android.settings" text={quoteattr(title)} '
                f'content-desc="" clickable="false" enabled="true" bounds="[60,{top + 40}][800,{top + 110}]" />{switch}</node>')
    xml = ('<hierarchy><node class="android.widget.FrameLayout" package="com.android.settings" text="" content-desc="" '
           'clickable="false" enabled="true" bounds="[0,0][1080,2400]">' + "".join(row(i, *r) for i, r in enumerate(rows))
           + "</node></hierarchy>")
    return perceive(parse_observation(xml))


def _finishes(task: str, screen) -> bool:
    return rank(task, "", screen, [], [])[0].action.get("kind") == "done"


def test_a_setting_of_wifi_is_not_the_wifi_switch():
    screen = _switch_page(("Internet", None), ("Wi-Fi calling", False), ("SIMs", None), ("Airplane mode", False))
    assert not _finishes("turn off wifi", screen)  # Wi-Fi calling being off is no Wi-Fi turned off
    assert not _finishes("apaga el wifi", screen)
    switch = next(i for i in screen.checked)
    assert rank("turn on wifi", "", screen, [], [])[0].action != {"kind": "tap", "element": switch}
    assert _finishes("turn off airplane mode", screen)  # a switch the task names whole still finishes


def test_a_named_setting_whose_rest_is_said_in_another_script_is_not_done_by_the_plain_switch():
    screen = _switch_page(("Wi-Fi", True), ("Вызовы по Wi-Fi", False), ("Bluetooth", True))
    assert not _finishes("turn on wifi calling", screen)
    assert _finishes("turn on wifi", screen)  # the plain switch, on, still finishes "turn on wifi"
    screen = _switch_page(("Wi-Fi", True), ("Wi-Fi calling", False))
    assert rank("turn on wifi calling", "", screen, [], [])[0].action.get("kind") == "tap"


# --- agents/verb_final.py: a code-switched task's first word in Latin letters is its object -------------------------


def test_a_latin_object_before_a_verb_in_another_script_is_no_verb():
    from cascadroid.agents.goal import parse_goal

    assert "wifi" not in parse_goal("wifi を切って").verbs
    assert "bluetooth" not in parse_goal("bluetooth 켜줘").verbs
    assert "call" in parse_goal("call 妈妈").verbs  # an English request verb before a name in another script stays
    assert "turn" in parse_goal("turn off 와이파이").verbs


# --- agents/shopping.py: a button the glossary reads as buying orders, whatever its words -----------------------------


def test_a_buy_button_in_the_pages_language_is_the_order_not_the_cart():
    from test_ui_conventions import node, screen_of

    observation, screen = screen_of(
        node("TextView", (40, 400, 1040, 480), "ワイヤレスイヤホン"),
        node("Button", (40, 1700, 1040, 1830), "カートに入れる", clickable=True),
        node("Button", (40, 1860, 1040, 1990), "今すぐ購入", clickable=True))
    assert _tapped(observation, screen, "buy it now", "今すぐ購入")
    assert _tapped(observation, screen, "add it to my cart", "カートに入れる")  # adding still adds
