"""Tasks on Chrome: open pages, follow links, bookmarks, history, tabs, and questions read off pages."""

from __future__ import annotations

import random
from typing import Any

from ...script import Step
from ..apps.browser import CITIES, RECIPES
from .base import QuestionTask, TaskTemplate
from .nav import BROWSER_PKG, BROWSING, browse, browser_menu, go_to
from .plan import Plan, rid

SITES = ["weather.example.com", "events.example.com", "library.example.com/hours", "store.example.com/deals",
         "recipes.example.com"]


def current_url(device: Any) -> str:
    tab = device.app("browser").tab()
    return tab.url if tab else ""


def page(device: Any, url: str) -> Any:
    found = device.app("browser").page(url)
    if found is None:
        raise LookupError(url)
    return found


def line_with(device: Any, url: str, prefix: str) -> str:
    return next(line for line in page(device, url).lines if line.startswith(prefix))


class BrowserOpenSite(TaskTemplate):
    name = "browser_open_site"
    apps = ("browser",)
    difficulty = "easy"
    tags = ("browser", "navigate")
    may_change = BROWSING
    goal = "Open {url} in Chrome."
    goals = ("Go to the website {url}.",
             "Could you pull up {url} in the browser for me?",
             "chrome: {url}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"url": rng.choice(SITES)}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return current_url(device) == params["url"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return browse(Plan(device), params["url"]).done()


class BrowserFollowRecipe(TaskTemplate):
    name = "browser_open_recipe"
    apps = ("browser",)
    difficulty = "medium"
    tags = ("browser", "navigate", "link")
    may_change = BROWSING
    goal = "In Chrome, go to recipes.example.com and open the recipe for {recipe}."
    goals = ("Open the {recipe} recipe on recipes.example.com.",
             "I'd like to cook {recipe} tonight - find its page on recipes.example.com in the browser.",
             "recipes.example.com -> {recipe}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"recipe": rng.choice(RECIPES)[0]}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        found = device.app("browser").page(current_url(device))
        return found is not None and found.title == params["recipe"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return browse(Plan(device), "recipes.example.com").tap(text=params["recipe"]).done()


class BrowserBookmark(TaskTemplate):
    name = "browser_bookmark_page"
    apps = ("browser",)
    difficulty = "medium"
    tags = ("browser", "bookmark")
    may_change = (*BROWSING, "browser.bookmarks")
    goal = "Bookmark the page {url} in Chrome."
    goals = ("Add {url} to my browser bookmarks.",
             "I keep going back to {url}; please save it as a bookmark.",
             "bookmark {url}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"url": rng.choice(SITES)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("browser")
        app.state.bookmarks = [b for b in app.state.bookmarks if b.url != params["url"]]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(b.url == params["url"] for b in device.app("browser").state.bookmarks)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return browser_menu(browse(Plan(device), params["url"]), "Bookmark this page").done()


class BrowserDeleteBookmark(TaskTemplate):
    name = "browser_delete_bookmark"
    apps = ("browser",)
    difficulty = "medium"
    tags = ("browser", "bookmark", "delete")
    may_change = ("browser.bookmarks",)
    goal = "Delete my Chrome bookmark \"{title}\"."
    goals = ("Remove the {title} bookmark from the browser.",
             "I don't use the \"{title}\" bookmark any more, could you delete it?",
             "rm bookmark {title}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"url": rng.choice(SITES)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        from ..apps.browser import site_pages

        return {"title": next(p.title for p in site_pages(random.Random(0)) if p.url == params["url"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        from ..apps.browser import Bookmark

        app = device.app("browser")
        if not any(b.url == params["url"] for b in app.state.bookmarks):
            app.state.bookmarks.append(Bookmark(url=params["url"], title=self.goal_fields(params)["title"]))

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        marks = device.app("browser").state.bookmarks
        return not any(b.url == params["url"] for b in marks)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = browser_menu(Plan(device).open("Chrome"), "Bookmarks")
        return plan.tap(content_desc=f"Delete bookmark {self.goal_fields(params)['title']}").done()


class BrowserClearHistory(TaskTemplate):
    name = "browser_clear_history"
    apps = ("browser",)
    difficulty = "easy"
    tags = ("browser", "history", "delete")
    may_change = ("browser.history",)
    goal = "Clear my browsing history in Chrome."
    goals = ("Wipe the browser history.",
             "Someone is borrowing my phone - please clear everything in Chrome's history first.",
             "clear chrome history")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return not device.app("browser").state.history

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = browser_menu(Plan(device).open("Chrome"), "History")
        return plan.tap(resource_id=rid(BROWSER_PKG, "clear_browsing_data_button")).done()


class _Tabs(TaskTemplate):
    """Setup: tabs open on the news page and on ``url``."""

    apps = ("browser",)

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"url": rng.choice(SITES)}

    def goal_fields(self, params: dict[str, Any]) -> dict[str, Any]:
        return BrowserDeleteBookmark().goal_fields(params)

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        from ..apps.browser import Tab

        app = device.app("browser")
        app.state.tabs.append(Tab(id=app.state.next_id, url=params["url"]))
        app.state.next_id += 1


class BrowserCloseTab(_Tabs):
    name = "browser_close_tab"
    difficulty = "medium"
    tags = ("browser", "tabs")
    may_change = ("browser.tabs", "browser.current")
    goal = "Close the Chrome tab showing \"{title}\", keeping the other tabs."
    goals = ("Shut the {title} tab in the browser.",
             "I have too many tabs open - close the one with {title} but leave the rest.",
             "close tab {title}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        tabs = device.app("browser").state.tabs
        return bool(tabs) and not any(t.url == params["url"] for t in tabs)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Chrome").tap(resource_id=rid(BROWSER_PKG, "tab_switcher_button"))
        return plan.tap(content_desc=f"Close {self.goal_fields(params)['title']} tab").done()


class BrowserOpenInNewTab(TaskTemplate):
    name = "browser_open_in_new_tab"
    apps = ("browser",)
    difficulty = "medium"
    tags = ("browser", "tabs", "navigate")
    may_change = BROWSING
    goal = "Open {url} in a new Chrome tab, keeping the current one."
    goals = ("New browser tab with {url}, please don't close what's open.",
             "Without losing the page I have open, open {url} in another tab.",
             "new tab: {url}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"url": rng.choice(SITES)}

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        urls = [t.url for t in device.app("browser").state.tabs]
        return len(urls) >= 2 and "news.example.com" in urls and params["url"] in urls

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = browser_menu(Plan(device).open("Chrome"), "New tab")
        plan.tap(resource_id=rid(BROWSER_PKG, "url_bar"))
        return go_to(plan, params["url"]).done()


class BrowserWeatherQuestion(QuestionTask):
    name = "browser_weather_question"
    apps = ("browser",)
    difficulty = "medium"
    tags = ("browser", "question", "read")
    may_change = BROWSING
    goal = "According to weather.example.com, what is the temperature in {city} today?"
    goals = ("How warm is it in {city} today? Check weather.example.com.",
             "I'm packing for {city} - look up today's temperature there on weather.example.com.",
             "{city} temp today (weather.example.com)?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"city": rng.choice(CITIES)}

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        degrees = line_with(device, "weather.example.com", params["city"]).split(": ")[1].split("°")[0]
        return [f"{degrees}°C", f"{degrees} degrees", degrees]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return browse(Plan(device), "weather.example.com").done(self.expected(device, params)[0])


class BrowserRecipeServesQuestion(QuestionTask):
    name = "browser_recipe_question"
    apps = ("browser",)
    difficulty = "medium"
    tags = ("browser", "question", "read")
    may_change = BROWSING
    goal = "How many minutes does the {recipe} recipe on recipes.example.com take?"
    goals = ("Check recipes.example.com: how long does {recipe} take to make?",
             "I want to know if I have time to cook {recipe} - how many minutes does the recipe site say?",
             "{recipe} ready in how many minutes?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"recipe": rng.choice(RECIPES)[0]}

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        url = f"recipes.example.com/{params['recipe'].lower().replace(' ', '-')}"
        return [line_with(device, url, "Ready in").split()[2]]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = browse(Plan(device), "recipes.example.com").tap(text=params["recipe"])
        return plan.done(self.expected(device, params)[0])


class BrowserLibraryHoursQuestion(QuestionTask):
    name = "browser_library_hours_question"
    apps = ("browser",)
    difficulty = "easy"
    tags = ("browser", "question", "read")
    may_change = BROWSING
    goal = "What are the City Library's opening hours? They are on library.example.com/hours."
    goals = ("Look up when the City Library is open (library.example.com/hours).",
             "Can you check library.example.com/hours and tell me the library's opening hours on weekdays?",
             "library hours?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {}

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        hours = line_with(device, "library.example.com/hours", "Open").split(", ")[-1]
        start, end = hours.split("-")
        return [hours, f"{start} to {end}", f"{start} - {end}"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return browse(Plan(device), "library.example.com/hours").done(self.expected(device, params)[0])


class BrowserBookmarkCountQuestion(QuestionTask):
    name = "browser_bookmark_count_question"
    apps = ("browser",)
    difficulty = "easy"
    tags = ("browser", "question", "count")
    goal = "How many bookmarks do I have in Chrome?"
    goals = ("Count my browser bookmarks.",
             "I'm tidying up - how many bookmarks are saved in the browser right now?",
             "chrome bookmark count")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"extra": rng.sample(SITES, rng.randint(0, 3))}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        from ..apps.browser import Bookmark

        app = device.app("browser")
        for url in params["extra"]:
            if not any(b.url == url for b in app.state.bookmarks):
                app.state.bookmarks.append(Bookmark(url=url, title=url))

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [str(len(device.app("browser").state.bookmarks))]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return browser_menu(Plan(device).open("Chrome"), "Bookmarks").done(self.expected(device, params)[0])


class BrowserLastVisitedQuestion(QuestionTask):
    name = "browser_last_visited_question"
    apps = ("browser",)
    difficulty = "medium"
    tags = ("browser", "question", "history")
    goal = "Which page did I visit most recently in Chrome? Give its title."
    goals = ("What's the last site in my browser history?",
             "I closed a page by mistake - what was the title of the most recent page in my Chrome history?",
             "latest history entry?")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"url": rng.choice(SITES)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        device.app("browser").visit(params["url"])
        device.app("browser").visit("news.example.com")
        device.app("browser").state.history.pop()  # the tab is back on the news, the history ends at url

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        history = device.app("browser").state.history
        return [history[-1].title, history[-1].url]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return browser_menu(Plan(device).open("Chrome"), "History").done(self.expected(device, params)[0])


TEMPLATES: tuple[type[TaskTemplate], ...] = (
    BrowserOpenSite, BrowserFollowRecipe, BrowserBookmark, BrowserDeleteBookmark, BrowserClearHistory, BrowserCloseTab,
    BrowserOpenInNewTab, BrowserWeatherQuestion, BrowserRecipeServesQuestion, BrowserLibraryHoursQuestion,
    BrowserBookmarkCountQuestion, BrowserLastVisitedQuestion,
)
