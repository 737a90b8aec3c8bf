"""A question that names no app is looked up on the web: the browser opens from the home screen and
its address bar takes the question's own words (Firefox and Samsung Internet conventions)."""

from __future__ import annotations

from fixtures_uidump import W, node, screen_of

from cascadroid.agents import web_lookup
from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import Screen
from cascadroid.device.types import AppInfo

FIREFOX = "org.mozilla.firefox"
APPS = [
    AppInfo(label="Phone", package="com.samsung.android.dialer"),
    AppInfo(label="Samsung Messages", package="com.samsung.android.messaging"),
    AppInfo(label="Calendar", package="com.samsung.android.calendar"),
    AppInfo(label="Gallery", package="com.sec.android.gallery3d"),
    AppInfo(label="Firefox", package=FIREFOX),
    AppInfo(label="Clock", package="com.sec.android.app.clockpackage"),
]


def launcher() -> Screen:
    lines = [f'[{i}] ImageView "{a.label}" (desc)' for i, a in enumerate(APPS, 3)]
    return Screen(package="com.sec.android.app.launcher", digest="home", lines=lines,
                  actionable=list(range(3, 3 + len(APPS))), labels={i: a.label for i, a in enumerate(APPS, 3)},
                  locators={i: {"desc": a.label} for i, a in enumerate(APPS, 3)})


def firefox_start() -> Screen:
    bar = node("android.widget.EditText", (40, 2200, 900, 2340), text="Search or enter address",
               rid=f"{FIREFOX}:id/mozac_browser_toolbar_url_view", click=True)
    tabs = node("android.widget.ImageButton", (920, 2200, 1060, 2340), desc="Tabs, 1 open tab", text="1", click=True)
    return screen_of(FIREFOX, node("android.webkit.WebView", (0, 100, W, 2180),
                                   node("android.view.View", (40, 200, 1040, 300), text="Top sites")), bar, tabs)


def test_a_question_naming_no_app_opens_the_browser_from_the_home_screen():
    best = rank("museum opening hours?", "", launcher(), APPS, [])[0]
    assert best.action == {"kind": "open_app", "app": "Firefox"}
    best = rank("How long does banana bread bake?", "", launcher(), APPS, [])[0]
    assert best.action == {"kind": "open_app", "app": "Firefox"}


def test_a_question_about_an_apps_kind_of_thing_still_opens_that_app():
    assert rank("When is my dentist appointment?", "", launcher(), APPS, [])[0].action["app"] == "Calendar"
    assert rank("How many alarms are on?", "", launcher(), APPS, [])[0].action["app"] == "Clock"


def test_no_browser_for_a_request_or_inside_an_app():
    make = lambda action, text, score: action  # noqa: E731
    assert web_lookup.open_browser(make, "Tidy up the home screen", "com.sec.android.app.launcher", APPS) == []
    assert web_lookup.open_browser(make, "museum hours?", "com.samsung.android.calendar", APPS) == []
    assert web_lookup.open_browser(make, "museum hours?", "com.sec.android.app.launcher", APPS[:3]) == []  # none


def test_the_search_is_the_questions_own_words_without_its_grammar():
    assert web_lookup.query("When does the Science Museum close on Sundays?") == "Science Museum close Sundays"
    assert web_lookup.query("What is the population of Lagos?") == "population Lagos"
    assert web_lookup.query("Pad thai: how many calories?") == "Pad thai calories"


def test_the_browsers_address_bar_takes_the_search():
    best = rank("ferry timetable to Capri?", "", firefox_start(), APPS, [])[0]
    assert best.action["kind"] == "type" and best.action["text"] == "ferry timetable Capri"


def test_an_address_a_history_question_or_another_app_gets_no_search():
    assert not web_lookup.with_query("ferry times on capriferries.example.it?", [], firefox_start())
    assert not web_lookup.with_query("which site did I visit last?", [], firefox_start())
    assert not web_lookup.with_query("ferry times?", [], launcher())
    assert not web_lookup.with_query("Book the ferry to Capri", [], firefox_start())


def test_a_site_the_task_names_is_browsed_to_and_a_search_is_typed_once():
    assert not web_lookup.with_query("How long does the baking blog say the bread needs?", [], firefox_start())
    typed = [{"kind": "type", "line": 'type "ferry timetable Capri" into [3] url bar', "outcome": "success"}]
    assert not web_lookup.with_query("ferry timetable to Capri?", [], firefox_start(), typed)
