"""Shared by the tasks on Mail, Signal, Chrome, Files and Gallery: packages, name pools, setup
writers, navigation for reference solutions, and the base of tasks that cannot be done."""

from __future__ import annotations

from typing import Any

from ...script import Step
from ...types import Locator
from .base import TaskTemplate, normalize
from .plan import Plan, rid

MAIL_PKG = "com.google.android.gm"
CHAT_PKG = "org.thoughtcrime.securesms"
BROWSER_PKG = "com.android.chrome"
FILES_PKG = "com.google.android.apps.nbu.files"
GALLERY_PKG = "com.google.android.apps.photos"

# what merely looking at a record changes (never a side effect of reading)
SEEN = ("mail.emails.*.read", "chat.chats.*.unread", "messages.threads.*.read")
BROWSING = ("browser.history", "browser.tabs", "browser.current", "browser.next_id")
# what a task that writes a chat, a note or a mail may change
CHATS = ("chat.chats", *SEEN)
NOTES = ("notes.notes", *SEEN)
SENT = ("mail.emails", *SEEN)

SUBJECTS = ["Parking permit", "Quarterly report", "Dentist reminder", "Wedding RSVP", "Lost keys", "Project kickoff",
            "Concert tickets", "Flat viewing", "Volunteer shift", "Garden party"]
PHRASES = ["Sounds good to me", "I will be there at 6", "Thanks, got it", "Can we move it to Monday?",
           "Please send the details", "Count me in"]
SERVICES = ["CloudBox", "PayQuick", "StreamFlix", "RideNow", "FoodHub"]


def address_of(name: str) -> str:
    """A stable e-mail address for a person's name: 'Ines Berg' -> 'ines.berg@example.com'."""
    return f"{name.lower().replace(' ', '.')}@example.com"


def mail_from(device: Any, sender: str, subject: str, body: str, *, minutes_ago: int = 5, read: bool = False) -> Any:
    """An email in the Inbox from ``sender`` (any other email with that subject is removed first)."""
    mail = device.app("mail")
    for email in list(mail.state.emails):
        if normalize(email.subject) == normalize(subject):
            mail.delete(email.id)
    return mail.receive(sender, address_of(sender), subject, body, minutes_ago=minutes_ago, read=read)


def emails_titled(device: Any, subject: str) -> list[Any]:
    return [e for e in device.app("mail").state.emails if normalize(e.subject) == normalize(subject)]


def sent_mail(device: Any, to: str) -> list[Any]:
    return [e for e in device.app("mail").state.emails if e.folder == "Sent" and e.to.strip().lower() == to.lower()]


def chat_with(device: Any, title: str, members: list[str] | None = None, *, group: bool = False) -> Any:
    """The chat called ``title`` (created if missing)."""
    app = device.app("chat")
    return app.titled(title) or app.add_chat(title, members, group=group)


def chat_sent(device: Any, title: str) -> list[str]:
    chat = device.app("chat").titled(title)
    return [m.text for m in chat.messages if m.sender == "You"] if chat else []


def said(texts: list[str], wanted: str) -> bool:
    """One of ``texts`` contains ``wanted`` (normalised, whole words)."""
    return any(f" {normalize(wanted)} " in f" {normalize(t)} " for t in texts)


# ---- navigation for reference solutions -------------------------------------------------------
def long_press(plan: Plan, **locator: str) -> Plan:
    return plan.add(Step(kind="long_press", target=Locator(**locator)))


def open_email(plan: Plan, subject: str) -> Plan:
    """Mail -> search the subject -> hide the keyboard -> the email."""
    plan.open("Mail").type(subject, resource_id=rid(MAIL_PKG, "search")).back()
    return plan.tap_row(subject)


def compose_mail(plan: Plan, to: str, subject: str, body: str) -> Plan:
    plan.open("Mail").tap(content_desc="Compose")
    plan.fill(MAIL_PKG, {"to": to, "subject": subject, "body": body})
    return plan.tap(resource_id=rid(MAIL_PKG, "send"))


def open_chat(plan: Plan, title: str) -> Plan:
    plan.open("Signal").type(title, resource_id=rid(CHAT_PKG, "search")).back()
    return plan.tap_row(title)


def chat_send(plan: Plan, title: str, text: str) -> Plan:
    open_chat(plan, title).type(text, resource_id=rid(CHAT_PKG, "embedded_text_editor"))
    return plan.tap(resource_id=rid(CHAT_PKG, "send_button"))


def chat_new_message(plan: Plan, name: str, text: str) -> Plan:
    """Signal -> New chat -> pick ``name`` -> type -> Send (a chat that may not exist yet)."""
    plan.open("Signal").tap(content_desc="New chat").type(name, resource_id=rid(CHAT_PKG, "search")).tap_row(name)
    plan.type(text, resource_id=rid(CHAT_PKG, "embedded_text_editor"))
    return plan.tap(resource_id=rid(CHAT_PKG, "send_button"))


def browse(plan: Plan, url: str) -> Plan:
    """Chrome -> type ``url`` in the address bar -> its suggestion."""
    plan.open("Chrome").tap(resource_id=rid(BROWSER_PKG, "url_bar"))
    return go_to(plan, url)


def go_to(plan: Plan, url: str) -> Plan:
    """Type ``url`` into the focused address bar and pick it from the suggestions."""
    return plan.type(url, resource_id=rid(BROWSER_PKG, "url_bar")).tap_row(url)


def browser_menu(plan: Plan, item: str) -> Plan:
    return plan.tap(content_desc="More options").tap_row(item)


def open_file(plan: Plan, name: str) -> Plan:
    plan.open("Files").type(name, resource_id=rid(FILES_PKG, "search")).back()
    return plan.tap_row(name)


def open_photo(plan: Plan, name: str) -> Plan:
    plan.open("Gallery")
    return plan.scroll_to(rid(GALLERY_PKG, "photo_list"), resource_id="android:id/title", text=name).tap_row(name)


def open_album(plan: Plan, name: str) -> Plan:
    return plan.open("Gallery").tap(text="Albums").tap_row(name)


# ---- tasks that cannot be done ----------------------------------------------------------------
REFUSALS = ("cannot", "can't", "cant", "not", "no", "unable", "impossible", "doesn't", "isn't", "there is no")


class Infeasible(TaskTemplate):
    """A request the phone cannot fulfil: success is stopping (done, no state change, see
    ``may_change``) and saying why: the answer refuses and names what is missing (``reasons``)."""

    tags = ("feasibility",)
    may_change = SEEN
    feasible = False

    def reasons(self, params: dict[str, Any]) -> list[str]:
        """Words one of which the explanation names (the missing person, file, setting...)."""
        raise NotImplementedError

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        if not device.finished or not answer:
            return False
        have = f" {normalize(answer)} "
        refuses = declined(device) or any(f" {normalize(word)} " in have for word in REFUSALS)
        return refuses and any(f" {normalize(r)} " in have for r in self.reasons(params))

    def explain(self, params: dict[str, Any]) -> str:
        return f"This cannot be done: there is no {self.reasons(params)[0]} on this phone."


def declined(device: Any) -> bool:
    """The last done() said the task failed (``Done.success`` False)."""
    done = [e.action for e in device.action_log if e.applied and e.action.kind == "done"]
    return bool(done) and done[-1].success is False

