"""Multi-app tasks around Chrome: read a web page, act in Signal, Notes or Mail (and follow a mailed link)."""

from __future__ import annotations

import random
from typing import Any

from ...script import Step
from ..apps.browser import CITIES, RECIPES
from .base import TaskTemplate, normalize
from .common import person
from .nav import (
    BROWSING,
    CHATS,
    NOTES,
    SEEN,
    SENT,
    SUBJECTS,
    address_of,
    browse,
    chat_send,
    chat_sent,
    chat_with,
    compose_mail,
    mail_from,
    open_email,
    said,
    sent_mail,
)
from .plan import Plan
from .productivity import new_note, notes_titled


class WeatherToGroup(TaskTemplate):
    name = "browser_weather_to_chat"
    apps = ("browser", "chat")
    difficulty = "medium"
    tags = ("browser", "chat", "share")
    may_change = (*CHATS, *BROWSING)
    goal = "Look up today's temperature in {city} on weather.example.com and post it in the Signal group \"{group}\"."
    goals = ("Tell {group} on Signal how warm it is in {city} today (from weather.example.com).",
             "We're deciding on a trip to {city} in the {group} chat - check weather.example.com and share "
             "today's temperature there.",
             "{city} temperature -> Signal {group}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"city": rng.choice(CITIES), "group": rng.choice(["Road trip", "Weekend plans", "Hiking"])}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        chat_with(device, params["group"], ["Ada Park", "Chen Wei"], group=True)

    def temperature(self, device: Any, params: dict[str, Any]) -> str:
        page = device.app("browser").page("weather.example.com")
        line = next(x for x in page.lines if x.startswith(params["city"]))
        return line.split(": ")[1].split(",")[0]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        degrees = self.temperature(device, params).split("°")[0]
        return said(chat_sent(device, params["group"]), degrees)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = browse(Plan(device), "weather.example.com")
        return chat_send(plan, params["group"], f"{params['city']}: {self.temperature(device, params)}").done()


class RecipeToNote(TaskTemplate):
    name = "browser_recipe_to_note"
    apps = ("browser", "notes")
    difficulty = "medium"
    tags = ("browser", "notes", "create")
    may_change = (*NOTES, *BROWSING)
    goal = "Note how many people the {recipe} recipe on recipes.example.com serves, in a note titled \"{recipe}\"."
    goals = ("Make a note called {recipe} with the number of servings from its recipe page.",
             "Planning dinner: please check recipes.example.com for how many {recipe} serves and jot it down in a "
             "note named \"{recipe}\".",
             "note {recipe}: servings")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"recipe": rng.choice(RECIPES)[0]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for note in notes_titled(device, params["recipe"]):
            device.app("notes").delete(note.id)

    def serves(self, device: Any, params: dict[str, Any]) -> str:
        url = f"recipes.example.com/{params['recipe'].lower().replace(' ', '-')}"
        return device.app("browser").page(url).lines[0].split()[1]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        want = self.serves(device, params)
        return any(f" {want} " in f" {normalize(n.body)} " for n in notes_titled(device, params["recipe"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = browse(Plan(device), "recipes.example.com").tap(text=params["recipe"])
        return new_note(plan, params["recipe"], f"Serves {self.serves(device, params)}").done()


class DealToMail(TaskTemplate):
    name = "browser_deal_to_mail"
    apps = ("browser", "mail")
    difficulty = "medium"
    tags = ("browser", "mail", "share")
    may_change = (*SENT, *BROWSING)
    goal = "Email {to} today's deal from store.example.com/deals, with the subject \"Deal\"."
    goals = ("Send the deal of the day (store.example.com/deals) to {to} by mail, subject Deal.",
             "{to} is shopping for gifts - please mail them what today's deal on store.example.com/deals is "
             "(subject \"Deal\").",
             "mail {to}: deal of the day")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"to": address_of(person(rng))}

    def deal(self, device: Any) -> str:
        line = device.app("browser").page("store.example.com/deals").lines[0]
        return line.split(": ", 1)[1].split(" for ")[0]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return any(said([e.body, e.subject], self.deal(device)) for e in sent_mail(device, params["to"]))

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = browse(Plan(device), "store.example.com/deals")
        line = device.app("browser").page("store.example.com/deals").lines[0]
        return compose_mail(plan, params["to"], "Deal", line).done()


class MailLinkToBrowser(TaskTemplate):
    name = "mail_link_to_browser"
    apps = ("mail", "browser")
    difficulty = "medium"
    tags = ("mail", "browser", "navigate")
    may_change = (*SEEN, *BROWSING)
    goal = "Open the web page {sender} linked in the email \"{subject}\"."
    goals = ("Visit the link from {sender}'s {subject} mail in Chrome.",
             "{sender} sent me a link in the \"{subject}\" email - could you open that page in the browser?",
             "open link in {subject} mail")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        from .browser import SITES

        return {"sender": person(rng), "subject": rng.choice(SUBJECTS), "url": rng.choice(SITES)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        mail_from(device, params["sender"], params["subject"], f"Have a look at {params['url']} before we talk.")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        from .browser import current_url

        return current_url(device) == params["url"]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return browse(open_email(Plan(device), params["subject"]), params["url"]).done()


TEMPLATES: tuple[type[TaskTemplate], ...] = (WeatherToGroup, RecipeToNote, DealToMail, MailLinkToBrowser)
