"""Mail: an inbox with folders (Inbox, Starred, Sent, Archive), read, search, star, archive,
delete, reply, forward and compose (to, subject, body)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from pydantic import BaseModel, Field

from ..app import App, Screen
from ..page import Page, ToolbarAction

OWN_ADDRESS = "me@example.com"
FOLDERS = ("Inbox", "Starred", "Sent", "Archive")
_SAMPLES = [
    ("Lena Fischer", "lena.fischer@example.org", "Team offsite", "The offsite is in the Lakeside lodge. Bring boots."),
    ("Bank Alerts", "alerts@bank.example", "Your statement is ready", "Your monthly statement is available online."),
    ("Marco Rossi", "marco@rossi.example", "Photos from Sunday", "Here are the photos from the picnic, enjoy!"),
    ("Travel Desk", "desk@travel.example", "Booking confirmed", "Your hotel booking HX-4410 is confirmed."),
    ("Priya Shah", "priya.shah@example.com", "Book club", "Next book: Piranesi. We meet at Cafe Nord."),
    ("Newsletter", "news@weekly.example", "This week in tech", "Phones, chips and a new kind of battery."),
    ("Tom Becker", "tom.becker@example.net", "Invoice 2231", "Please find invoice 2231 attached. Due in 14 days."),
    ("City Library", "info@library.example", "Your loan is due", "Please return 'The Overstory' by Friday."),
    ("Gym Club", "hello@gym.example", "New classes", "Yoga moves to Tuesdays at 7 pm."),
]


class Email(BaseModel):
    id: int
    sender: str  # display name
    address: str  # sender's address ("me@example.com" for mail I sent)
    to: str = OWN_ADDRESS
    subject: str
    body: str = ""
    time: datetime
    folder: str = "Inbox"  # Inbox, Sent or Archive
    starred: bool = False
    read: bool = True


class MailState(BaseModel):
    emails: list[Email] = Field(default_factory=list)
    next_id: int = 1


class Mail(App[MailState]):
    name = "mail"
    label = "Mail"
    package = "com.google.android.gm"
    icon = "mail"
    home_slot = 15

    def initial_state(self, rng: random.Random) -> MailState:
        state = MailState()
        when = self.runtime.now - timedelta(days=4)
        for sender, address, subject, body in rng.sample(_SAMPLES, 6):
            when += timedelta(minutes=rng.randint(60, 900))
            state.emails.append(Email(id=state.next_id, sender=sender, address=address, subject=subject, body=body,
                                      time=when, read=rng.random() < 0.5, starred=rng.random() < 0.2))
            state.next_id += 1
        return state

    def main_screen(self) -> Screen:
        return Inbox(self)

    # queries and changes
    def email(self, email_id: int) -> Email | None:
        return next((e for e in self.state.emails if e.id == email_id), None)

    def in_folder(self, folder: str) -> list[Email]:
        if folder == "Starred":
            chosen = [e for e in self.state.emails if e.starred]
        else:
            chosen = [e for e in self.state.emails if e.folder == folder]
        return sorted(chosen, key=lambda e: e.time, reverse=True)

    def search(self, query: str) -> list[Email]:
        q = query.strip().lower()
        return [e for e in sorted(self.state.emails, key=lambda e: e.time, reverse=True)
                if q in f"{e.sender} {e.address} {e.subject} {e.body}".lower()]

    def receive(self, sender: str, address: str, subject: str, body: str, *, minutes_ago: int = 1,
                read: bool = False) -> Email:
        """Put an email in the Inbox (state only), dated ``minutes_ago`` before now."""
        email = Email(id=self.state.next_id, sender=sender, address=address, subject=subject, body=body,
                      time=self.now() - timedelta(minutes=minutes_ago), read=read)
        self.state.next_id += 1
        self.state.emails.append(email)
        return email

    def send(self, to: str, subject: str, body: str) -> Email:
        email = Email(id=self.state.next_id, sender="Me", address=OWN_ADDRESS, to=to, subject=subject, body=body,
                      time=self.now(), folder="Sent")
        self.state.next_id += 1
        self.state.emails.append(email)
        return email

    def delete(self, email_id: int) -> None:
        self.state.emails = [e for e in self.state.emails if e.id != email_id]

    def compose(self, to: str = "", subject: str = "", body: str = "") -> None:
        """Bring Mail to the front on a new message (what a mailto: link or Share does)."""
        self.runtime.launch(self.name)
        self.push(Compose(self, to=to, subject=subject, body=body))


class Inbox(Screen):
    activity = ".ConversationListActivityGmail"
    app: Mail

    def __init__(self, app: Mail) -> None:
        super().__init__(app)
        self.folder = "Inbox"
        self.query = ""

    def build(self, page: Page) -> None:
        page.toolbar(self.folder)
        page.edit("search", self.query, hint="Search in mail", on_change=self._search, rid="search")
        page.tabs(FOLDERS, self.folder, self._folder, rid="folders")
        shown = self.app.search(self.query) if self.query else self.app.in_folder(self.folder)
        page.scroll_list("thread_list", shown, self._row, row_height=80,
                         empty_text="No results" if self.query else f"Nothing in {self.folder}")
        page.fab("Compose", lambda: self.push(Compose(self.app)), icon="edit", rid="compose_button")

    def _search(self, text: str) -> None:
        self.query = text
        self.scroll.clear()

    def _folder(self, folder: str) -> None:
        self.folder = folder
        self.query = ""
        self.scroll.clear()

    def _row(self, page: Page, email: Email, index: int) -> None:
        who = f"To: {email.to}" if email.folder == "Sent" else email.sender
        page.item(email.subject, f"{who} · {email.body[:36]}", rid="viewified_conversation_item_view", avatar=who[:1],
                  height=80, desc=f"{'' if email.read else 'Unread, '}{'Starred, ' if email.starred else ''}"
                                  f"{who}, {email.subject}",
                  on_click=lambda: self.push(Reader(self.app, email.id)))

    def on_back(self) -> bool:
        if self.query:
            self._search("")
            return True
        if self.folder != "Inbox":
            self._folder("Inbox")
            return True
        return False


class Reader(Screen):
    activity = ".ConversationViewActivity"
    app: Mail

    def __init__(self, app: Mail, email_id: int) -> None:
        super().__init__(app)
        self.email_id = email_id
        email = app.email(email_id)
        if email is not None:
            email.read = True

    def build(self, page: Page) -> None:
        email = self.app.email(self.email_id)
        if email is None:
            page.toolbar("", back=self.close)
            page.text("This message was deleted", style="caption")
            return
        star = "Unstar" if email.starred else "Star"
        page.toolbar("", back=self.close, actions=[
            ToolbarAction("Archive", self._archive, icon="archive", rid="archive"),
            ToolbarAction("Delete", self._delete, icon="delete", rid="delete"),
            ToolbarAction("Mark unread", self._unread, icon="mail", rid="mark_unread"),
        ])
        page.text(email.subject, rid="subject_and_folder_view", style="headline", height=56)
        page.item(email.sender, f"{email.address} · to {email.to}", rid="sender_name", avatar=email.sender[:1])
        page.icon_button(star, self._star, icon="star" if email.starred else "star_border", rid="conversation_star",
                         height=48)
        page.text(email.body, rid="message_body", height=160)
        cells = page.columns(56, 2, rid="reply_bar")
        cells[0].button("Reply", self._reply, rid="reply")
        cells[1].button("Forward", self._forward, rid="forward")

    def _star(self) -> None:
        email = self.app.email(self.email_id)
        if email is not None:
            email.starred = not email.starred

    def _archive(self) -> None:
        email = self.app.email(self.email_id)
        if email is not None:
            email.folder = "Archive"
            self.app.toast("Archived")
        self.close()

    def _delete(self) -> None:
        self.app.delete(self.email_id)
        self.app.toast("Moved to Bin")
        self.close()

    def _unread(self) -> None:
        email = self.app.email(self.email_id)
        if email is not None:
            email.read = False
        self.close()

    def _reply(self) -> None:
        email = self.app.email(self.email_id)
        if email is not None:
            self.push(Compose(self.app, to=email.address, subject=f"Re: {email.subject}"))

    def _forward(self) -> None:
        email = self.app.email(self.email_id)
        if email is not None:
            self.push(Compose(self.app, subject=f"Fwd: {email.subject}", body=email.body))


class Compose(Screen):
    activity = ".ComposeActivityGmail"
    app: Mail

    def __init__(self, app: Mail, *, to: str = "", subject: str = "", body: str = "") -> None:
        super().__init__(app)
        self.to, self.subject, self.body = to, subject, body
        self.focus = "to" if not to else "body"

    def build(self, page: Page) -> None:
        ready = "@" in self.to
        page.toolbar("Compose", back=self.close, actions=[ToolbarAction("Send", self._send, icon="send", rid="send")])
        page.text(f"From {OWN_ADDRESS}", rid="from_account_name", style="caption", height=32)
        page.edit("to", self.to, hint="To", on_change=self._set("to"), rid="to")
        page.edit("subject", self.subject, hint="Subject", on_change=self._set("subject"), rid="subject")
        page.edit("body", self.body, hint="Compose email", on_change=self._set("body"), rid="body", height=160)
        if not ready and self.to:
            page.text("Add a valid address to send", rid="to_error", style="caption", height=32)

    def _set(self, key: str) -> Callable[[str], None]:
        def change(text: str) -> None:
            setattr(self, key, text)
        return change

    def _send(self) -> None:
        to = self.to.strip()
        if "@" not in to:
            self.app.toast("Add at least one recipient")
            return
        self.app.send(to, self.subject.strip(), self.body.strip())
        self.app.toast("Sent")
        self.close()
