"""Browser tasks on screens written the way Chrome and Samsung Internet dump them (uiautomator):
an address bar, a tab switcher, an overflow "More options", WebView pages whose content is bare
``android.view.View`` text nodes without ids, tab rows with "Close ... tab" X buttons."""

from __future__ import annotations

from cascadroid.agents import answers, browsing
from cascadroid.agents.candidates import rank
from tests.test_menus_counting import W, button, listing, node, row, screen_of, tapped, text, toolbar

CHROME = "com.android.chrome"
SAMSUNG = "com.sec.android.app.sbrowser"


def web(*lines: str, top: int = 400, links: tuple[str, ...] = ()) -> str:
    """A WebView: text nodes, then links (clickable), all bare Views without ids."""
    nodes = [node("android.view.View", (40, top + 120 * i, 1040, top + 100 + 120 * i), text=t)
             for i, t in enumerate(lines)]
    start = top + 120 * len(lines)
    nodes += [node("android.view.View", (40, start + 120 * i, 1040, start + 100 + 120 * i), text=t, click=True)
              for i, t in enumerate(links)]
    return node("android.webkit.WebView", (0, top - 40, W, 2300), *nodes, desc=lines[0] if lines else "")


def chrome_bar(url: str, tabs: int = 2) -> str:
    bar = node("android.widget.EditText", (40, 100, 760, 240), text=url, rid=f"{CHROME}:id/url_bar", click=True)
    switcher = node("android.widget.ImageButton", (780, 100, 900, 240), desc=f"Switch or close tabs, {tabs} open tabs",
                    text=str(tabs), rid=f"{CHROME}:id/tab_switcher_button", click=True)
    menu = node("android.widget.ImageButton", (940, 100, 1060, 240), desc="More options",
                rid=f"{CHROME}:id/menu_button", click=True)
    return node("android.widget.FrameLayout", (0, 80, W, 260), bar, switcher, menu, rid=f"{CHROME}:id/toolbar")


NEWS = screen_of(CHROME, chrome_bar("news.example.com"),
                 web("Morning News", "Top stories", links=("Weather today", "Events this week", "Easy recipes")))
CHROME_MENU = screen_of(CHROME, node("android.widget.ListView", (500, 80, W, 1400), *[
    node("android.widget.LinearLayout", (500, 80 + 150 * i, W, 220 + 150 * i), text(t, (560, 100 + 150 * i, 1000, 200 + 150 * i)),
         click=True) for i, t in enumerate(["New tab", "New Incognito tab", "History", "Downloads", "Bookmarks",
                                           "Recent tabs", "Share…", "Settings"])]))
TAB_SWITCHER = screen_of(CHROME, toolbar("2 open tabs", button("Navigate up", (0, 120, 100, 220)),
                                         button("New tab", (960, 120, 1060, 220))),
                         listing(row(300, "Morning News", "news.example.com", trailing="Close Morning News tab"),
                                 row(480, "Events this week", "events.example.com", trailing="Close Events this week tab")))
HISTORY = screen_of(CHROME, toolbar("History", button("Navigate up", (0, 120, 100, 220)),
                                    button("Search your history", (960, 120, 1060, 220))),
                    listing(row(300, "Weather today", "weather.example.com"), row(480, "Morning News", "news.example.com"),
                            row(660, "Easy recipes", "recipes.example.com")))
# Samsung Internet: the address bar's id says "location", and a bottom bar holds Bookmarks and Tabs.
SAMSUNG_PAGE = screen_of(SAMSUNG, node("android.widget.EditText", (40, 100, 1040, 240), text="events.example.com",
                                       rid=f"{SAMSUNG}:id/location_bar_edit_text", click=True),
                         web("Events this week", "Jazz night, Friday 20:00", links=("Book fair",)),
                         node("android.widget.LinearLayout", (0, 2250, W, 2400), *[
                             button(d, (216 * i, 2260, 216 * i + 200, 2390))
                             for i, d in enumerate(["Back", "Forward", "Home", "Bookmarks", "Tabs"])]))


def best(task: str, screen, history=()):
    return rank(task, "", screen, [], list(history))[0]


def test_the_collection_a_task_is_about():
    assert browsing.collection('Close the Chrome tab showing "Events this week"') == "tab"
    assert browsing.collection("Delete my bookmark Weather today") == "bookmark"
    assert browsing.collection("Which page did I visit most recently?") == "history"
    assert browsing.collection("Clear my browsing history") == "history"
    assert browsing.collection("Bookmark example.com") is None  # an action: the page's menu item does it
    assert browsing.collection("Add example.com to my bookmarks") is None
    assert browsing.collection("Open example.com in a new tab") is None  # "New tab", not the tab switcher


def test_a_browser_is_known_by_its_address_bar_or_tab_switcher():
    assert browsing.is_browser(NEWS) and browsing.is_browser(SAMSUNG_PAGE)
    contact = screen_of("com.google.android.contacts", node("android.widget.EditText", (40, 300, 1040, 440),
                                                            text="12 Main St", rid="x:id/address_field", click=True))
    assert not browsing.is_browser(contact)


def test_closing_a_tab_opens_the_tab_switcher_not_the_link_with_its_title():
    first = best('Close the tab showing "Events this week", keeping the other tabs.', NEWS)
    assert "Switch or close tabs" in first.text


def test_in_the_tab_switcher_the_named_tab_is_closed_then_the_task_is_done():
    task = "Shut the Events this week tab in the browser."
    assert "Close Events this week tab" in best(task, TAB_SWITCHER).text
    one_left = screen_of(CHROME, toolbar("1 open tab", button("Navigate up", (0, 120, 100, 220))),
                         listing(row(300, "Morning News", "news.example.com", trailing="Close Morning News tab")))
    history = [tapped("Switch or close tabs, 2 open tabs"), tapped("Close Events this week tab")]
    assert best(task, one_left, history).action["kind"] == "done"  # the other tab stays open


def test_a_bookmark_is_found_behind_more_options_then_in_bookmarks():
    task = 'Delete my Chrome bookmark "Weather today".'
    assert best(task, NEWS).text.endswith("More options")
    assert best(task, CHROME_MENU, [tapped("More options")]).text.endswith("Bookmarks")


def test_samsung_internet_keeps_bookmarks_and_tabs_on_its_bottom_bar():
    assert best("How many bookmarks do I have?", SAMSUNG_PAGE).text.endswith("Bookmarks")
    assert best("Close the Events this week tab", SAMSUNG_PAGE).text.endswith("Tabs")


def test_the_last_page_visited_is_the_history_lists_first_row():
    assert "History" in best("Which page did I visit most recently? Give its title.", CHROME_MENU,
                             [tapped("More options")]).text
    done = best("What's the last site in my browser history?", HISTORY, [tapped("More options"), tapped("History")])
    assert done.action == {"kind": "done", "answer": "Weather today"}


def test_a_pages_text_answers_hours_durations_and_stated_counts():
    page = ["    City Library hours", "    Open Monday to Saturday, 9am to 5pm", "    Closed on Sundays"]
    hours = answers.asked("What are the City Library's opening hours?")
    assert hours.kind == "hours" and answers.find(hours, page, ["City Library"], {})[0] == "9am to 5pm"
    assert answers.asked("When is the museum open?").kind == "hours"
    assert answers.asked("What time does the museum open?").kind == "time"
    recipe = ["    Miso soup", "    Serves 4", "    Ready in 15 minutes"]
    took = answers.asked("How long does Miso soup take to make?")
    assert took.kind == "duration" and answers.find(took, recipe, ["Miso soup"], {})[0] == "15 minutes"
    serves = answers.asked("How many people does the Miso soup recipe serve?")
    assert answers.find(serves, recipe, ["Miso soup"], {})[0] == "4"
