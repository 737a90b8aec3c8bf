"""Tasks that cannot be done: the person, record or setting asked for does not exist. Success is
looking, then stopping with a reason (done, an answer that refuses and names what is missing) and
changing nothing."""

from __future__ import annotations

import random
from typing import Any

from ...script import Step
from .base import TaskTemplate
from .common import CONTACTS_PKG, SHOP_PKG, contact, person
from .media import ALBUMS, NEW_FILES
from .nav import CHAT_PKG, FILES_PKG, MAIL_PKG, PHRASES, Infeasible
from .plan import Plan, rid

FEATURES = ["satellite messaging", "5G standalone mode", "wireless power sharing", "eSIM roaming", "face unlock"]
GADGETS = ["Quantum Toaster", "Hover Board X", "Pocket Espresso Robot", "Solar Umbrella Pro"]


def _nobody(device: Any, name: str) -> None:
    """Make sure no contact, chat or email involves ``name``."""
    found = contact(device, name)
    if found is not None:
        device.app("contacts").delete(found.id)
    chat = device.app("chat").titled(name)
    if chat is not None:
        device.app("chat").delete(chat.id)
    mail = device.app("mail")
    mail.state.emails = [e for e in mail.state.emails if e.sender != name]


class _Nobody(Infeasible):
    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "text": rng.choice(PHRASES)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        _nobody(device, params["name"])

    def reasons(self, params: dict[str, Any]) -> list[str]:
        return [params["name"], params["name"].split()[0]]

    def explain(self, params: dict[str, Any]) -> str:
        return f"I can't do that: there is no {params['name']} here."


class ReplyToMissingMail(_Nobody):
    name = "feasibility_reply_missing_email"
    apps = ("mail",)
    difficulty = "medium"
    goal = "Reply \"{text}\" to the email from {name}."
    goals = ("Answer {name}'s mail with: {text}",
             "{name} wrote me an email recently, right? Please reply \"{text}\" to it.",
             "reply to {name}: {text}")

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Mail").type(params["name"], resource_id=rid(MAIL_PKG, "search"))
        return plan.done(self.explain(params))


class ChatUnknownPerson(_Nobody):
    name = "feasibility_chat_unknown_person"
    apps = ("chat", "contacts")
    difficulty = "medium"
    goal = "Send \"{text}\" to {name} on Signal."
    goals = ("Signal {name}: {text}",
             "Could you message {name} on Signal and say \"{text}\"?",
             "on Signal tell {name} {text}")

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Signal").tap(content_desc="New chat")
        plan.type(params["name"], resource_id=rid(CHAT_PKG, "search"))
        return plan.done(self.explain(params))


class CallUnknownPerson(_Nobody):
    name = "feasibility_call_unknown_person"
    apps = ("contacts", "phone")
    difficulty = "easy"
    goal = "Call {name}."
    goals = ("Phone {name} for me.",
             "I need to talk to {name} right away, please ring them.",
             "ring {name}")

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Contacts").type(params["name"], resource_id=rid(CONTACTS_PKG, "search"))
        return plan.done(self.explain(params))


class MissingSetting(Infeasible):
    name = "feasibility_missing_setting"
    apps = ("settings",)
    difficulty = "easy"
    goal = "Turn on {feature} in Settings."
    goals = ("Enable {feature}.",
             "My friend says this phone has {feature} - could you switch it on for me in the settings?",
             "settings: {feature} on")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"feature": rng.choice(FEATURES)}

    def reasons(self, params: dict[str, Any]) -> list[str]:
        return [params["feature"]]

    def explain(self, params: dict[str, Any]) -> str:
        return f"This phone's Settings have no {params['feature']} option, so I cannot turn it on."

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Settings").done(self.explain(params))


class MissingProduct(Infeasible):
    name = "feasibility_missing_product"
    apps = ("shop",)
    difficulty = "medium"
    goal = "Add \"{product}\" to my cart in Shop."
    goals = ("Put a {product} in the Shop cart.",
             "I saw an ad for the {product}; could you add one to my Shop cart?",
             "cart += {product}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"product": rng.choice(GADGETS)}

    def reasons(self, params: dict[str, Any]) -> list[str]:
        return [params["product"]]

    def explain(self, params: dict[str, Any]) -> str:
        return f"Shop does not sell a {params['product']}; no such product, so nothing was added."

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Shop").type(params["product"], resource_id=rid(SHOP_PKG, "search"))
        return plan.done(self.explain(params))


class MissingFile(Infeasible):
    name = "feasibility_missing_file"
    apps = ("files",)
    difficulty = "medium"
    goal = "Move {file} to the Documents folder."
    goals = ("Put the file {file} into Documents.",
             "Could you tidy up and move {file} over to my Documents folder?",
             "mv {file} Documents")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"file": rng.choice(NEW_FILES)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("files")
        app.state.files = [f for f in app.state.files if f.name != params["file"]]

    def reasons(self, params: dict[str, Any]) -> list[str]:
        return [params["file"]]

    def explain(self, params: dict[str, Any]) -> str:
        return f"There is no file named {params['file']} on this phone, so it cannot be moved."

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Files").type(params["file"], resource_id=rid(FILES_PKG, "search"))
        return plan.done(self.explain(params))


class MissingAlbum(Infeasible):
    name = "feasibility_missing_album"
    apps = ("gallery",)
    difficulty = "easy"
    goal = "Rename my album \"{album}\" to \"{album} old\"."
    goals = ("Give the {album} album the new name {album} old.",
             "Please rename the Gallery album called \"{album}\" to \"{album} old\".",
             "album {album} -> {album} old")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"album": rng.choice(ALBUMS)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("gallery")
        app.state.albums = [a for a in app.state.albums if a.name != params["album"]]

    def reasons(self, params: dict[str, Any]) -> list[str]:
        return [params["album"]]

    def explain(self, params: dict[str, Any]) -> str:
        return f"There is no album called {params['album']} in Gallery, so there is nothing to rename."

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Gallery").tap(text="Albums").done(self.explain(params))


TEMPLATES: tuple[type[TaskTemplate], ...] = (
    ReplyToMissingMail, ChatUnknownPerson, CallUnknownPerson, MissingSetting, MissingProduct, MissingFile,
    MissingAlbum,
)
