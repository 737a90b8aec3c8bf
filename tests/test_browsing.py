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
    assert browsing.collection("Can you tell me the title of the page I looked at most recently in Surfy?") == "history"
    assert browsing.collection("the site we were on last - what was it called?") == "history"
    assert browsing.collection("Which page was I on most recently in Surfy?") == "history"
    assert browsing.collection("What website were we last on?") == "history"
    assert browsing.collection("What page was I on in my book?") is None  # a reader's page
    assert browsing.collection("Which page was I on last in my Quarn novel?") is None
    assert browsing.collection("bookmark the page I am looking at") is None  # the page in front, no history
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


def test_an_opened_page_or_address_finishes_an_open_task():
    recipe = screen_of(CHROME, chrome_bar("recipes.example.com/miso-soup"), web("Miso soup", "Serves 4"))
    assert best("Go to recipes.example.com and open the recipe for Miso soup", recipe,
                [{"kind": "open_uri", "line": "open_uri https://recipes.example.com", "key": "open_uri https://recipes.example.com",
                  "outcome": "success"}, tapped("Miso soup")]).action["kind"] == "done"
    site = screen_of(CHROME, chrome_bar("recipes.example.com"), web("Easy recipes", links=("Miso soup",)))
    opened_site = [{"kind": "open_uri", "line": "open_uri https://recipes.example.com", "outcome": "success"}]
    assert browsing.opened("Open recipes.example.com in a new tab", site, opened_site)  # a link opens a new tab
    assert not browsing.opened("Open the Miso soup recipe on recipes.example.com", site, opened_site)  # a page of it
    assert not browsing.opened("Open recipes.example.com in a new tab", site, [tapped("recipes.example.com | Open")])


def test_a_line_of_a_web_page_is_read_before_it_is_passed_on():
    from cascadroid.agents.subgoals import read_part

    part = read_part('Email ana@example.org today\'s deal from shop.example.com/deals, with the subject "Deal".')
    assert part.object == "deal" and part.where == "shop.example.com/deals" and part.rest.startswith("Email ana@")
    page = ["    Deals of the day", "    Deal of the day: Desk Lamp for $19.99", "    Free shipping over $50"]
    assert answers.find(part.asked, page, [part.object], {})[0] == "Desk Lamp for $19.99"
    aside = read_part("Send the deal of the day (shop.example.com/deals) to ana@example.org by mail")
    assert aside.object == "deal of the day" and aside.rest.startswith("Send it to ana@")
    assert read_part("Note how many people the Chili recipe on recipes.example.com serves, in a note").asked.kind == "count"


def test_a_link_in_a_mail_is_read_in_the_message_not_from_its_cut_preview():
    from cascadroid.agents.subgoals import in_progress, read_part

    part = read_part('Open the web page Luca Moreau linked in the email "Concert tickets".')
    assert part.asked.kind == "url" and part.object == "Concert tickets"
    inbox = ['[16] LinearLayout "Luca Moreau, Concert tickets | Have a look at shop.example.com/dea"']
    assert answers.find(part.asked, inbox, [part.object], {}) is None  # the row's preview is cut short
    message = ["    Concert tickets", "    Luca Moreau", "    luca.moreau@example.org · to me",
               "    Have a look at shop.example.com/deals before we talk."]
    assert answers.find(part.asked, message, [part.object], {})[0] == "shop.example.com/deals"
    task, reading = in_progress("Visit the link from Luca Moreau's Concert tickets mail in Chrome.",
                                {"url": "shop.example.com/deals"})
    assert reading is None and "shop.example.com/deals" in task


def test_a_temperature_asked_inside_a_message_task_is_read_on_the_citys_line():
    from cascadroid.agents.subgoals import read_part

    part = read_part("Tell Road trip on Signal how warm it is in Oslo today (from weather.example.com).")
    assert part.asked.kind == "temperature" and part.object == "Oslo"
    page = ["    Weather today", "    Lisbon: 30°C, sunny", "    Oslo: 23°C, windy"]
    assert answers.find(part.asked, page, [part.object], {})[0] == "23°C"


def test_chatty_browser_wordings_keep_what_the_request_refers_to():
    from cascadroid.agents.counting import count_asked
    from cascadroid.agents.wording import canonical

    assert "Miso soup" in canonical("I'd like to cook Miso soup tonight - find its page on recipes.example.com.")
    assert "Miso soup" in canonical("I want to know if I have time to cook Miso soup - how many minutes does the recipe site say?")
    assert not count_asked("how many bookmarks are saved in the browser right now?").place  # the app and a time
    assert browsing.collection("how many bookmarks are saved in the browser right now?") == "bookmark"


def test_a_verb_after_i_names_no_app():
    from cascadroid.agents.app_choice import choose
    from cascadroid.device.types import AppInfo

    apps = [AppInfo(label="Keep Notes", package="com.google.android.keep"),
            AppInfo(label="Chrome", package="com.android.chrome")]
    task = "save weather.example.com as a bookmark (I keep going back to weather.example.com)"
    best_app = max(choose({"save", "bookmark", "keep", "url"}, "", apps, task), key=lambda c: c.score)
    assert best_app.app.label == "Chrome"


def test_terse_browser_notes_as_tasks():
    from cascadroid.agents.wording import canonical

    assert canonical("rm bookmark Weather today") == "delete bookmark Weather today"
    from cascadroid.agents.counting import count_asked

    assert count_asked(canonical("chrome bookmark count")).noun == {"bookmark"}
    assert "example.org" in canonical("example.org -> Opening times") and "Opening times" in canonical(
        "example.org -> Opening times") and not canonical("example.org -> Opening times").startswith("change")


def test_a_new_tab_is_opened_before_the_address_is_typed():
    task = "open library.example.com/hours in new tab"
    first = best(task, NEWS)  # Chrome keeps "New tab" in its overflow and in the tab switcher
    assert first.action["kind"] == "tap" and ("More options" in first.text or "Switch or close tabs" in first.text)
    assert best(task, CHROME_MENU, [tapped("More options")]).text.endswith("New tab")
    assert best(task, TAB_SWITCHER).text.startswith("tap") and "New tab" in best(task, TAB_SWITCHER).text


def test_terse_link_and_temperature_questions():
    from cascadroid.agents.subgoals import read_part

    assert read_part("open link in Concert tickets mail").object == "Concert tickets"
    assert answers.asked("Kyoto temp today?").kind == "temperature"


def test_the_one_keeps_its_noun_and_a_date_word_in_a_title_is_no_value_to_type():
    from cascadroid.agents.wording import canonical

    task = canonical("I have too many tabs open - close the one with Weather today but leave the rest.")
    assert "tabs" in task
    one_left = screen_of(CHROME, toolbar("1 open tab", button("Navigate up", (0, 120, 100, 220))),
                         listing(row(300, "Morning News", "news.example.com", trailing="Close Morning News tab")))
    history = [tapped("Switch or close tabs, 2 open tabs"), tapped("Close Weather today tab")]
    assert best(task, one_left, history).action["kind"] == "done"


# An invented browser's overflow menu (another vendor, other ids): the act and the list side by side.
SURFY = "org.surfy.browser"
SURFY_MENU = screen_of(SURFY, node("android.widget.ListView", (500, 80, W, 1400), *[
    node("android.widget.LinearLayout", (500, 80 + 150 * i, W, 220 + 150 * i), text(t, (560, 100 + 150 * i, 1000, 200 + 150 * i)),
         click=True) for i, t in enumerate(["New tab", "Bookmark this page", "Bookmarks", "Downloads", "History"])]))


def test_bookmarking_a_page_is_the_act_not_the_list_of_bookmarks():
    opened = [tapped("More options")]
    for task in ("bookmark kites.example.org in Surfy", "add kites.example.org to my Surfy bookmarks",
                 "put kites.example.org into my bookmarks"):
        assert best(task, SURFY_MENU, opened).text.endswith("Bookmark this page"), task
    # must not fire: a task about the bookmarks themselves goes to their list
    assert best('Delete my Surfy bookmark "Kite shop".', SURFY_MENU, opened).text.endswith("Bookmarks")
    assert best("How many bookmarks do I have in Surfy?", SURFY_MENU, opened).text.endswith("Bookmarks")


def test_the_page_seen_last_is_asked_of_history_however_the_recency_is_placed():
    # review 27: the adverb before the verb, or another verb of seeing a page (invented browsers)
    assert browsing.collection("What's the title of the page I most recently looked at?") == "history"
    assert browsing.collection("What's the title of the page I opened last in Webby?") == "history"
    assert browsing.collection("Give me the link we most recently opened in Pathfinder") == "history"
    assert browsing.collection("bookmark the page I opened") is None  # no recency: the page in front
