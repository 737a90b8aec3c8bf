"""Rules of meaning and screen conventions that fired on ordinary screens they were not written for (session 33's
review of agents/semantic.py and agents/ui_conventions.py). Invented apps, people and products only."""

from __future__ import annotations

from test_blind14_conventions import _settings_page
from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents import semantic
from cascadroid.agents.candidates import Candidate, rank
from cascadroid.agents.score_terms import Terms

_SCROLL = {"kind": "swipe", "direction": "down"}


def _top_label(task: str, screen) -> str:
    best = rank(task, "", screen, [], [])[0]
    return screen.labels.get(best.action.get("element"), "") if best.action.get("kind") == "tap" else best.action["kind"]


def test_an_arabic_comma_separates_the_settings_a_summary_lists():
    """Arabic, Persian and Urdu Settings write a row's summary with "،": its items name the row, as with ","."""
    screen = _settings_page(("الشبكة", "الجوال، نقطة الاتصال"), ("الشاشة", "المظهر الداكن، حجم الخط"),
                            ("الصوت", "مستوى الصوت"))
    assert _top_label("فعّل المظهر الداكن", screen).startswith("الشاشة")
    screen = _settings_page(("شبکه", "تلفن همراه، نقطه اتصال"), ("نمایشگر", "طرح زمینه تیره، اندازه قلم"))
    assert _top_label("طرح زمینه تیره رو فعال کن", screen).startswith("نمایشگر")
    # must not fire: a setting none of the listed items names is still scrolled to
    screen = _settings_page(("الشبكة", "الجوال، نقطة الاتصال"), ("الشاشة", "المظهر الداكن، حجم الخط"))
    assert _top_label("شغل الموقع الجغرافي", screen) == "swipe"


def test_meaning_does_not_lift_a_control_the_ranker_built_with_a_penalty():
    """An item already selected (its row echoes the name the task says) stays below: meaning does not undo the penalty;
    a long press's half point is no such judgement."""
    labels = {0: "Nadia Farouk | hi", 1: "Pinned"}
    selected = Candidate({"kind": "tap", "element": 0}, "tap [0]", 0.0, Terms([("shared", 1.0), ("selected", -1.0)]))
    scroll = Candidate({"kind": "swipe", "direction": "down"}, "scroll down to see more", 0.2)
    semantic.adjust([selected, scroll], "archive Nadia Farouk's chat", labels)
    assert selected.score == 0.0
    # must not fire: a long press (a half-point term) or a plain row gains by meaning as before
    pressed = Candidate({"kind": "long_press", "element": 0}, "long press [0]", 0.5, Terms([("shared", 1.0), ("long_press", -0.5)]))
    semantic.adjust([pressed], "archive Nadia Farouk's chat", labels)
    assert pressed.score > 0.5


def _card_and_rows(*rows: str):
    """A settings page with a suggestion card (its sentence, "Turn on", "No thanks") above the rows."""
    return screen_of(node("TextView", (40, 300, 1040, 380), "Turn on cloud sync to keep your notes everywhere"),
                     node("Button", (40, 400, 500, 500), "Turn on", clickable=True),
                     node("Button", (540, 400, 1040, 500), "No thanks", clickable=True),
                     node("RecyclerView", (0, 560, 1080, 2300), "", "",
                          *[node("LinearLayout", (0, 560 + 200 * i, 1080, 740 + 200 * i), "", "",
                                 node("TextView", (60, 580 + 200 * i, 1000, 660 + 200 * i), title),
                                 node("TextView", (60, 670 + 200 * i, 1000, 730 + 200 * i), summary), clickable=True)
                            for i, (title, summary) in enumerate(r.split(" / ") for r in rows)], scrollable=True))


def test_a_button_saying_only_the_tasks_verb_is_not_the_thing_the_task_names():
    """"Turn on" on a card about something else says the verb of "turn on the night light", not its object: it gets no
    credit for being said whole, and the row naming the night light comes first."""
    observation, screen = _card_and_rows("Night light / Off", "Screen timeout / 30 seconds")
    row = element(observation, text="Night light")
    assert first("turn on the night light", screen)["element"] in (row.id, screen.target(row.id))
    # must not fire: a task saying only the verb still meets the button said whole
    observation, screen = _card_and_rows("Night light / Off")
    assert first("turn on", screen)["element"] == element(observation, text="Turn on").id


def test_a_rows_summary_does_not_hide_that_it_repeats_the_page_heading():
    """On "Alerts", "Alert sound | Default (Morning Bell)" repeats the heading as much as "Alert history" does: neither is named
    by "alerts"; meaning then picks among the rows the heading set aside."""
    rows = [("App alerts", ""), ("Alert history", ""), ("Alert sound", "Default (Morning Bell)"), ("Alerts on lock screen", "Show all")]
    kids = [node("LinearLayout", (0, 300 + 200 * i, 1080, 480 + 200 * i), "", "",
                 node("TextView", (60, 320 + 200 * i, 1000, 390 + 200 * i), title),
                 *([node("TextView", (60, 400 + 200 * i, 1000, 460 + 200 * i), summary)] if summary else []), clickable=True)
            for i, (title, summary) in enumerate(rows)]
    _, screen = screen_of(node("ImageButton", (20, 130, 130, 240), "", "Navigate up", clickable=True),
                          node("TextView", (150, 150, 900, 230), "Alerts"),
                          node("RecyclerView", (0, 290, 1080, 2400), "", "", *kids, scrollable=True))
    assert not _top_label("see my old alerts", screen).startswith("Alert sound")


def test_a_one_word_state_or_button_beside_a_rows_title_is_no_message_preview():
    """A store's row "Trailmate: Hiking Maps | Update" keeps its credit for "update trailmate": "Update" is the row's
    button, not a message someone wrote."""
    screen = _settings_page(("Trailmate: Hiking Maps", "Update"), ("Notepadly", "Update"), ("Weatherly", "Open"))
    best = rank("update trailmate", "", screen, [], [])
    row = next(c for c in best if c.action.get("kind") == "tap" and screen.labels[c.action["element"]].startswith("Trailmate"))
    assert row is best[0] and row.score >= 2.0


def test_a_label_in_the_state_the_verb_reaches_is_not_the_verb():
    """"Car Kit | Connected" is the device connected already: "connect my headphones" does not meet it; nor does
    "instala" meet "Instalado"."""
    screen = _settings_page(("Pair new device", ""), ("Car Kit", "Connected"), ("Trek Speaker", "Saved"))
    assert not _top_label("connect the speaker", screen).startswith("Car Kit")
    from cascadroid.agents.ui_conventions import _inflected
    assert not _inflected({"connect"}, {"connected"}) and not _inflected({"instala"}, {"instalado"})
    # must not fire: a longer word that is no participle still meets the task's ("install": "Installer")
    assert _inflected({"install"}, {"installer"})


def test_a_count_badge_in_a_content_desc_does_not_dilute_its_meaning():
    """"Inbox, 12 unread" is the inbox as much as "Inbox" is: meaning reads the name without the badge."""
    out = [Candidate({"kind": "tap", "element": 0}, "tap [0]", 1.0), Candidate({"kind": "tap", "element": 1}, "tap [1]", 1.0)]
    semantic.adjust(out, "open my inbox", {0: "Inbox, 12 unread", 1: "Inbox"})
    assert out[0].score == out[1].score > 1.0
    # must not fire: a number inside a name or a place's comma is no badge
    assert semantic._title("1,000 points") == "1,000 points" and semantic._title("Paris, France") == "Paris, France"


def test_a_hebrew_article_does_not_keep_a_listed_setting_from_naming_its_row():
    """"העיצוב הכהה" (the dark theme) is the row's "עיצוב כהה" with the article written in front: that row, not a scroll."""
    screen = _settings_page(("רשת ואינטרנט", "נייד, נקודה לשיתוף אינטרנט"), ("תצוגה", "עיצוב כהה, גודל הגופן, בהירות"),
                            ("סוללה", "100%"))
    assert _top_label("תדליק את העיצוב הכהה", screen).startswith("תצוגה")
    # must not fire: a setting no row lists is still scrolled to
    assert _top_label("תפעיל את שירותי המיקום", screen) == "swipe"
