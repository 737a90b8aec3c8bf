"""Dates, times and pickers: parsing tasks and screens, field formats, and the right action on
calendar and picker screens written in real apps' conventions (uiautomator dumps built below:
a Samsung-like month view, Material and framework date pickers, a Compose date strip, the
framework time picker in both modes, German and French screens)."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import quoteattr

import pytest

from cascadroid.agents import pickers
from cascadroid.agents.candidates import rank
from cascadroid.agents.dates import find_dates, parse_date, parse_duration, parse_time, shown_month
from cascadroid.agents.fields import typed
from cascadroid.agents.perceptor import perceive
from cascadroid.agents.values import Value, task_values
from cascadroid.device.types import AppInfo
from cascadroid.device.uiautomator import parse_observation

MONDAY = date(2026, 3, 16)


@pytest.fixture(autouse=True)
def phone_date(monkeypatch):
    """The machine's clock reads Monday, March 16, 2026 (dates are resolved against it)."""
    monkeypatch.setattr(pickers, "machine_day", lambda: MONDAY)


# -- a uiautomator dump from compact nodes: (class, text, desc, rid, bounds, flags, children) -----
def node(cls: str, text: str = "", desc: str = "", rid: str = "", bounds=(0, 0, 1080, 2400), flags: str = "",
         children=()) -> dict:
    return {"cls": cls, "text": text, "desc": desc, "rid": rid, "bounds": bounds, "flags": flags.split(),
            "children": list(children)}


def dump(package: str, *nodes: dict) -> str:
    def xml(n: dict, index: int) -> str:
        flag = {f: str(f in n["flags"]).lower() for f in ("checkable", "checked", "clickable", "focusable", "focused",
                                                           "scrollable", "selected")}
        if "clickable" in n["flags"]:
            flag["focusable"] = "true"
        l, t, r, b = n["bounds"]
        attrs = (f'index="{index}" text={quoteattr(n["text"])} resource-id={quoteattr(n["rid"])} '
                 f'class="{n["cls"]}" package="{package}" content-desc={quoteattr(n["desc"])} '
                 + " ".join(f'{k}="{v}"' for k, v in flag.items())
                 + f' enabled="true" long-clickable="false" password="false" bounds="[{l},{t}][{r},{b}]"')
        inner = "".join(xml(c, i) for i, c in enumerate(n["children"]))
        return f"<node {attrs}>{inner}</node>" if inner else f"<node {attrs} />"

    root = node("android.widget.FrameLayout", children=nodes)
    return f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?><hierarchy rotation=\"0\">{xml(root, 0)}</hierarchy>"


def screen_of(package: str, *nodes: dict):
    return perceive(parse_observation(dump(package, *nodes)))


def top(task: str, screen, history=None):
    ranked = rank(task, "", screen, [AppInfo(label="Calendar", package=screen.package)], history or [])
    return ranked[0]


def label_of(screen, candidate) -> str:
    return screen.labels.get(candidate.action.get("element"), "")


def month_grid(package: str, title: str, prev: str, next_: str, cells: list[tuple[str, str]], *extra: dict):
    """A month view: a title, previous/next arrows (content description only), then day cells."""
    grid = [node("android.view.View", text, desc, bounds=(40 + 140 * (i % 7), 700 + 140 * (i // 7),
                                                          170 + 140 * (i % 7), 830 + 140 * (i // 7)),
                 flags="clickable" + (" selected" if "selected" in desc.lower() else ""))
            for i, (text, desc) in enumerate(cells)]
    return screen_of(package,
                     node("android.widget.ImageButton", desc=prev, bounds=(20, 400, 140, 520), flags="clickable"),
                     node("android.widget.TextView", title, bounds=(300, 420, 780, 500)),
                     node("android.widget.ImageButton", desc=next_, bounds=(940, 400, 1060, 520), flags="clickable"),
                     *grid, *extra)


# -- parsing -----------------------------------------------------------------------------------
@pytest.mark.parametrize("said, expected", [
    ("Saturday, March 21", date(2026, 3, 21)), ("March 14", date(2026, 3, 14)), ("14 March", date(2026, 3, 14)),
    ("the 21st", date(2026, 3, 21)), ("tomorrow", date(2026, 3, 17)), ("day after tomorrow", date(2026, 3, 18)),
    ("next Tuesday", date(2026, 3, 17)), ("Friday", date(2026, 3, 20)), ("in 2 weeks", date(2026, 3, 30)),
    ("3/14", date(2026, 3, 14)), ("2026-04-02", date(2026, 4, 2)), ("Mon, Mar 16", date(2026, 3, 16)),
    ("16. März 2026", date(2026, 3, 16)), ("14 mars", date(2026, 3, 14)), ("3月14日", date(2026, 3, 14)),
    ("Thursday, 14 May 2026", date(2026, 5, 14)), ("the 2nd", date(2026, 4, 2)),
])
def test_dates_absolute_relative_and_foreign_resolve_against_the_phones_date(said, expected):
    assert parse_date(said, MONDAY) == expected


def test_a_weekday_picks_the_year_when_none_is_written():
    # "Friday, January 1" is in 2027 (2026's is a Thursday), seen from March 2026
    assert parse_date("Friday, January 1", MONDAY) == date(2027, 1, 1)
    assert parse_date("Thursday, January 1", MONDAY) == date(2026, 1, 1)


@pytest.mark.parametrize("said, expected", [("3pm", (15, 0)), ("3:30 p.m.", (15, 30)), ("15:30", (15, 30)),
                                            ("noon", (12, 0)), ("6:45", (6, 45)), ("12 am", (0, 0))])
def test_times(said, expected):
    assert parse_time(said) == expected


@pytest.mark.parametrize("said, expected", [
    ("12 minutes", {"minutes": 12}), ("1h 30m", {"hours": 1, "minutes": 30}), ("half an hour", {"minutes": 30}),
    ("an hour and a half", {"hours": 1, "minutes": 30}), ("2 hours and 15 minutes", {"hours": 2, "minutes": 15}),
])
def test_durations(said, expected):
    assert parse_duration(said) == expected


def test_task_values_find_dates_times_and_durations_in_plain_english():
    kinds = {v.text: v.kind for v in task_values("Add a meeting on March 14 at 3pm and remind me in 2 hours")}
    assert kinds == {"March 14": "date", "3pm": "time", "2 hours": "duration"}
    assert [d for _, d in find_dates("what do I have next Tuesday?", MONDAY)] == [date(2026, 3, 17)]
    assert {v.kind for v in task_values("Pay $12.50 to Ana")} == {"amount"}  # no time in an amount


def test_month_headings_in_several_languages():
    assert shown_month("March 2026") == (2026, 3)
    assert shown_month("März 2026") == (2026, 3)
    assert shown_month("avril 2026") == (2026, 4)
    assert shown_month("2026年4月") == (2026, 4)
    assert shown_month("Monthly report") is None


def test_a_date_or_time_that_says_which_item_is_not_typed():
    task = 'Move my "Gym" alarm from 07:30 to 09:55'
    kept = pickers.keep_new(task, task_values(task), creating=False)
    assert [v.text for v in kept if v.kind == "time"] == ["09:55"]
    task = 'Change the location of "Dentist" on Friday, March 20 to Main St'
    assert not [v for v in pickers.keep_new(task, task_values(task), creating=False) if v.kind == "date"]
    task = "move the dentist to tomorrow"
    assert [v.text for v in pickers.keep_new(task, task_values(task), creating=False)] == ["tomorrow"]


# -- field formats ----------------------------------------------------------------------------
def _field_screen(*fields: tuple[str, str, str]):
    return screen_of("com.example.forms", *[
        node("android.widget.EditText", text, rid=f"com.example.forms:id/{rid}", bounds=(40, 300 + 160 * i, 1040, 440 + 160 * i),
             flags="clickable") for i, (rid, text, _) in enumerate(fields)])


@pytest.mark.parametrize("shown, expected", [
    ("YYYY-MM-DD", "2026-03-21"), ("mm/dd/yyyy", "03/21/2026"), ("TT.MM.JJJJ", "21.03.2026"),
    ("jj/mm/aaaa", "21/03/2026"), ("2026-03-16", "2026-03-21"), ("16.03.2026", "21.03.2026"),
    ("Mon, Mar 16, 2026", "Sat, Mar 21, 2026"), ("16 March 2026", "21 March 2026"),
])
def test_a_date_is_typed_in_the_format_the_field_shows(shown, expected):
    screen = _field_screen(("start_date", shown, ""))
    value = Value("Saturday, March 21", "date")
    assert pickers.field_text(value, {"date"}, shown, screen, MONDAY) == expected


def test_split_fields_take_their_part_twelve_hour_when_am_pm_shows():
    plain = _field_screen(("hour", "", ""))
    ampm = screen_of("com.android.deskclock", node("android.widget.EditText", "9", rid="android:id/input_hour",
                                                   bounds=(100, 900, 300, 1060), flags="clickable"),
                     node("android.widget.Spinner", "PM", bounds=(700, 900, 900, 1060), flags="clickable"))
    six_pm = Value("6:45 pm", "time")
    assert pickers.field_text(six_pm, {"hour"}, "", plain, MONDAY) == "18"
    assert pickers.field_text(six_pm, {"hour"}, "9", ampm, MONDAY) == "6"
    assert pickers.field_text(six_pm, {"minute"}, "", plain, MONDAY) == "45"
    assert pickers.field_text(six_pm, {"start", "time"}, "Start time (HH:MM)", plain, MONDAY) == "18:45"
    assert pickers.field_text(six_pm, {"time"}, "9:00 AM", plain, MONDAY) == "6:45 PM"
    timer = Value("1h 30m", "duration")
    assert pickers.field_text(timer, {"timer", "minute"}, "Minutes", plain, MONDAY) == "30"
    assert pickers.field_text(Value("12 minutes", "duration"), {"hour"}, "Hours", plain, MONDAY) is None
    day = Value("March 14", "date")
    assert [pickers.field_text(day, {w}, "", plain, MONDAY) for w in ("day", "month", "year")] == ["14", "3", "2026"]


def test_a_value_typed_in_another_form_counts_as_typed():
    history = [{"kind": "type", "outcome": "success", "line": 'type [12] "2026-03-21"'},
               {"kind": "type", "outcome": "success", "line": 'type [13] "6"'},
               {"kind": "type", "outcome": "success", "line": 'type [14] "45"'}]
    assert typed(Value("Saturday, March 21", "date"), history, MONDAY)
    assert typed(Value("6:45 pm", "time"), history, MONDAY)
    assert not typed(Value("March 22", "date"), history, MONDAY)


# -- calendars and pickers ----------------------------------------------------------------------
def _samsung_march():
    cells = [(str(d), f"{date(2026, 3, d):%A}, {d} March 2026") for d in range(1, 32)]
    return month_grid("com.samsung.android.calendar", "March 2026", "Previous month", "Next month", cells)


def test_samsung_month_view_steps_to_the_month_then_the_day_cell():
    screen = _samsung_march()
    first = top("What do I have on April 14?", screen)
    assert label_of(screen, first) == "Next month"
    chosen = top("What do I have on March 21?", screen)
    assert "21 March 2026" in label_of(screen, chosen)
    back = top("Add a meeting on February 3 at 3pm", screen)
    assert label_of(screen, back) == "Previous month"


def test_german_samsung_month_view_with_unlabelled_chevrons_and_bare_day_numbers():
    cells = [(str(d), "") for d in range(1, 32)]
    screen = month_grid("com.samsung.android.calendar", "März 2026", "chevron_left", "chevron_right", cells)
    assert label_of(screen, top("Add a meeting on April 14 at 3pm", screen)) == "chevron_right"
    assert label_of(screen, top("What do I have on March 14?", screen)) == "14"


def test_material_date_picker_reads_today_and_moves_by_month():
    cells = [(str(d), ("Today " if d == 16 else "") + f"{date(2026, 3, d):%A, %B} {d}, 2026")
             for d in range(1, 32)]
    screen = month_grid("com.google.android.calendar", "March 2026", "Change to previous month",
                        "Change to next month", cells,
                        node("android.widget.TextView", "Select date", bounds=(60, 120, 600, 180)),
                        node("android.widget.ImageButton", desc="Switch to text input mode",
                             rid="com.google.android.calendar:id/mtrl_picker_header_toggle",
                             bounds=(900, 220, 1040, 340), flags="clickable"),
                        node("android.widget.Button", "Cancel", bounds=(500, 2000, 750, 2120), flags="clickable"),
                        node("android.widget.Button", "OK", bounds=(800, 2000, 1040, 2120), flags="clickable"))
    assert pickers.reference_day(screen, date(2031, 1, 1)) == MONDAY  # the "Today" cell, not the machine's date
    assert "March 17" in label_of(screen, top("move the dentist to tomorrow", screen))
    assert label_of(screen, top("move the dentist to April 2", screen)) == "Change to next month"


def test_framework_date_picker_confirms_once_the_day_is_selected():
    cells = [(str(d), f"{d} March 2026" + (" selected" if d == 21 else "")) for d in range(1, 32)]
    screen = month_grid("com.android.settings", "March 2026", "Previous month", "Next month", cells,
                        node("android.widget.TextView", "2026", rid="android:id/date_picker_header_year",
                             bounds=(60, 120, 300, 200)),
                        node("android.widget.TextView", "Sat, Mar 21", rid="android:id/date_picker_header_date",
                             bounds=(60, 200, 700, 320)),
                        node("android.widget.Button", "Cancel", rid="android:id/button2",
                             bounds=(500, 2000, 750, 2120), flags="clickable"),
                        node("android.widget.Button", "OK", rid="android:id/button1",
                             bounds=(800, 2000, 1040, 2120), flags="clickable"))
    assert label_of(screen, top("Set the date to March 21", screen)) == "OK"


def test_french_picker_day_cells_described_in_french():
    cells = [(str(d), f"{d} mars 2026") for d in range(1, 32)]
    screen = month_grid("com.example.booking", "mars 2026", "Mois précédent", "Mois suivant", cells)
    assert "14 mars 2026" in label_of(screen, top("Book a table for March 14", screen))
    assert label_of(screen, top("Book a table for May 2", screen)) == "Mois suivant"


def test_compose_date_strip_under_a_month_heading():
    strip = [node("android.view.View", bounds=(20 + 150 * i, 600, 160 + 150 * i, 800), flags="clickable", children=[
        node("android.widget.TextView", f"{date(2026, 3, 16 + i):%a}", bounds=(40 + 150 * i, 620, 140 + 150 * i, 680)),
        node("android.widget.TextView", str(16 + i), bounds=(40 + 150 * i, 700, 140 + 150 * i, 780))])
        for i in range(7)]
    screen = screen_of("com.example.tablebooking", node("android.widget.TextView", "March 2026", bounds=(40, 400, 800, 500)),
                       *strip)
    chosen = top("Book a table for the 21st", screen)
    assert "21" in label_of(screen, chosen)


def test_google_calendar_day_view_steps_day_by_day_with_the_title_as_the_shown_day():
    screen = screen_of("com.google.android.calendar",
                       node("android.widget.ImageButton", desc="Previous day", bounds=(20, 300, 140, 420), flags="clickable"),
                       node("android.widget.TextView", "Mon, Mar 16", bounds=(300, 320, 780, 400)),
                       node("android.widget.ImageButton", desc="Next day", bounds=(940, 300, 1060, 420), flags="clickable"),
                       node("android.widget.LinearLayout", bounds=(0, 500, 1080, 640), flags="clickable", children=[
                           node("android.widget.TextView", "Standup", bounds=(40, 520, 800, 580))]))
    assert label_of(screen, top("When is the dentist on Wednesday, March 18?", screen)) == "Next day"
    same_day = top("Where is Standup on Monday, March 16?", screen)
    assert "Standup" in label_of(screen, same_day)


def _day_view(shown: str, *tabs: str):
    tab_nodes = [node("android.widget.TextView", t, bounds=(40 + 300 * i, 160, 300 + 300 * i, 240),
                      flags="clickable" + (" selected" if i == 0 else "")) for i, t in enumerate(tabs)]
    return screen_of("org.example.planner", *tab_nodes,
                     node("android.widget.ImageButton", desc="Previous day", bounds=(20, 300, 140, 420), flags="clickable"),
                     node("android.widget.TextView", shown, bounds=(300, 320, 780, 400)),
                     node("android.widget.ImageButton", desc="Next day", bounds=(940, 300, 1060, 420), flags="clickable"))


@pytest.mark.parametrize("task, tabs, wanted", [
    ("When does the pottery class start on Friday, March 27?", ("Day", "Schedule"), "Schedule"),  # 11 days on
    ("Text Mira Solis the time of the Board review on April 2", ("Day", "Agenda"), "Agenda"),
    ("When is the dentist on Wednesday, March 18?", ("Day", "Agenda"), "Next day"),  # two days: the arrow
    ("When does the pottery class start on Friday, March 27?", ("Day", "Week"), "Next day"),  # no view lists them all
])
def test_a_day_many_days_away_is_reached_through_a_view_that_lists_every_day(task, tabs, wanted):
    screen = _day_view("Mon, Mar 16", *tabs)
    assert label_of(screen, top(task, screen)) == wanted


def test_time_picker_switches_to_typing_then_fills_hour_minute_and_pm():
    dial = screen_of("com.google.android.deskclock",
                     node("android.widget.TextView", "9", rid="android:id/hours", bounds=(200, 300, 400, 500), flags="clickable"),
                     node("android.widget.TextView", "00", rid="android:id/minutes", bounds=(450, 300, 650, 500),
                          flags="clickable"),
                     node("android.widget.RadioButton", "AM", bounds=(800, 300, 950, 380), flags="clickable checkable checked"),
                     node("android.widget.RadioButton", "PM", bounds=(800, 400, 950, 480), flags="clickable checkable"),
                     node("android.widget.ImageButton", desc="Switch to text input mode for the time input.",
                          rid="android:id/toggle_mode", bounds=(40, 2000, 160, 2120), flags="clickable"),
                     node("android.widget.Button", "Cancel", bounds=(500, 2000, 750, 2120), flags="clickable"),
                     node("android.widget.Button", "OK", bounds=(800, 2000, 1040, 2120), flags="clickable"))
    first = top("Set an alarm for 6:45 pm", dial)
    assert "text input" in label_of(dial, first)
    scores = pickers.screen_scores(None, [Value("6:45 pm", "time")], dial, MONDAY)
    pm = next(i for i in dial.actionable if dial.labels[i].endswith("PM"))
    am = next(i for i in dial.actionable if dial.labels[i].endswith("AM"))
    assert scores[pm] > 0 > scores[am]
    typing = screen_of("com.google.android.deskclock",
                       node("android.widget.EditText", "9", rid="android:id/input_hour", bounds=(100, 300, 300, 460),
                            flags="clickable focusable"),
                       node("android.widget.EditText", "00", rid="android:id/input_minute", bounds=(400, 300, 600, 460),
                            flags="clickable"),
                       node("android.widget.Spinner", "AM", rid="android:id/am_pm_spinner", bounds=(700, 300, 950, 460),
                            flags="clickable"),
                       node("android.widget.Button", "OK", bounds=(800, 2000, 1040, 2120), flags="clickable"))
    ranked = rank("Set an alarm for 6:45 pm", "", typing, [], [])
    texts = [c.text for c in ranked[:3]]
    assert any('type "6" into' in t and "hour" in t for t in texts), texts
    assert any('type "45" into' in t and "minute" in t for t in texts), texts


def test_a_time_relative_to_an_event_is_read_first_then_set_moved_by_the_offset():
    from cascadroid.agents.subgoals import in_progress

    task = 'Set an alarm 45 minutes before "Board meeting" starts on Friday, March 20.'
    now, part = in_progress(task, {})
    assert part is not None and now == "What time does Board meeting start on Friday, March 20?"
    assert in_progress(task, {"time": "9:15"}) == ("Set an alarm for 08:30", None)
    after, _ = in_progress("remind me 1 hour after the match ends", {"time": "21:30"})
    assert after == "remind me for 22:30"
    assert in_progress("Set an alarm for 6:45", {})[1] is None


def test_a_new_time_no_row_shows_yet_goes_to_the_add_button_not_an_existing_alarm():
    clock = screen_of("com.google.android.deskclock",
                      node("android.widget.LinearLayout", bounds=(0, 300, 1080, 500), flags="clickable", children=[
                          node("android.widget.TextView", "6:30 AM", bounds=(40, 320, 500, 420)),
                          node("android.widget.TextView", "Gym", bounds=(40, 420, 500, 480))]),
                      node("android.widget.Switch", desc="6:30 AM alarm", bounds=(900, 360, 1040, 440),
                           flags="clickable checkable"),
                      node("android.widget.ImageButton", desc="Add alarm", bounds=(440, 2100, 640, 2300),
                           flags="clickable"),
                      node("android.widget.ImageButton", desc="New event", bounds=(40, 2100, 240, 2300),
                           flags="clickable"))
    assert label_of(clock, top("Set an alarm for 7:15 am", clock)) == "Add alarm"


def test_instead_of_names_the_old_time_and_hyphenated_durations_read():
    task = "Change the Gym alarm so it rings at 09:55 instead of 07:30"
    assert [v.text for v in pickers.keep_new(task, task_values(task), creating=False) if v.kind == "time"] == ["09:55"]
    assert [(v.text, v.kind) for v in task_values("Set a 12-minute timer")] == [("12-minute", "duration")]
    assert parse_duration("a 90-second timer") == {"seconds": 90}


def test_a_plain_request_keeps_its_date_and_time_to_type():
    task = 'put "Interview" in my calendar for Saturday, March 21 at 17:30'
    assert [v.kind for v in pickers.keep_new(task, task_values(task), creating=False)] == ["title", "date", "time"]
    task = "Set an alarm for 6:45"
    assert [v.text for v in pickers.keep_new(task, task_values(task), creating=False)] == ["6:45"]


def test_a_date_a_form_already_holds_is_not_typed_again_anywhere():
    form = screen_of("com.example.calendar",
                     node("android.widget.EditText", "", rid="com.example.calendar:id/title", bounds=(40, 300, 1040, 440),
                          flags="clickable"),
                     node("android.widget.EditText", "Sat, Mar 21, 2026", rid="com.example.calendar:id/start_date",
                          bounds=(40, 460, 1040, 600), flags="clickable"),
                     node("android.widget.EditText", "", rid="com.example.calendar:id/location",
                          bounds=(40, 620, 1040, 760), flags="clickable"))
    ranked = rank('Add "Dinner" to my calendar on March 21', "", form, [], [], limit=20)
    assert not [c for c in ranked if c.action.get("kind") == "type" and "21" in c.action.get("text", "")]
    assert pickers.in_fields(Value("March 21", "date"), form, MONDAY)


def test_a_quoted_new_time_stays_a_time():
    assert [(v.text, v.kind) for v in task_values('change the Gym alarm to "09:55"')] == [("09:55", "time")]
    task = 'change the Gym alarm from 07:30 to "09:55"'
    assert [v.text for v in pickers.keep_new(task, task_values(task), creating=False)] == ["09:55"]


def test_a_task_dates_its_request_with_another_languages_month_after_the_day():
    from cascadroid.agents.values import task_values
    for task, said in (("Trouve-moi une chambre à Nice du 13 au 15 juin", "15 juin"),
                       ("reserva una mesa para el 8 de agosto", "8 de agosto"),
                       ("Termin beim Zahnarzt am 3. Oktober", "3. Oktober")):
        assert [(v.text, v.kind) for v in task_values(task)][:1] == [(said, "date")], task
    for task in ("add 3 mars bars to my cart", "text Marco 5 marco photos"):  # a sweet, a name: no date
        assert not [v for v in task_values(task) if v.kind == "date"], task


def test_a_day_cell_of_another_month_with_the_tasks_day_number_is_not_the_tasks_day():
    # a travel app's calendar lists its months one under another: June is further down, March's 13 is not it
    from test_ui_conventions import first, node, screen_of
    cells = [node("TextView", (40 + 140 * (d % 7), 600 + 140 * (d // 7), 170 + 140 * (d % 7), 730 + 140 * (d // 7)),
                  str(d), f"{d} mars 2025", clickable=True) for d in range(1, 29)]
    _, screen = screen_of(node("TextView", (40, 480, 1040, 580), "mars 2025"),
                          node("ScrollView", (0, 400, 1080, 2200), "", "", *cells, scrollable=True))
    assert first("une chambre du 13 au 15 juin", screen) == {"kind": "swipe", "direction": "down"}
