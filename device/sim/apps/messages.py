"""Messages: conversation threads, compose to a contact or number, send, reply, incoming texts."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from pydantic import BaseModel, Field

from ..app import App, Dialog, DialogButton, Screen
from ..page import Page, ToolbarAction
from ..view import Node
from .contacts import Contact, digits, sample_contacts

_INCOMING = ["Are we still on for lunch tomorrow?", "Can you call me when you get a chance?",
             "Running 10 minutes late, sorry!", "Thanks for yesterday :)", "Did you see the game last night?",
             "Happy birthday!! 🎉", "The package arrived.", "What time is the meeting?", "Sounds good, see you then",
             "Can you send me the address?", "I'll bring the snacks", "Let's reschedule to Friday"]
_OUTGOING = ["Sure, see you at noon", "On my way", "Ok!", "I'll call you tonight", "Thanks!", "Yes, 3 pm works",
             "No worries", "Sent it to your email"]


class Message(BaseModel):
    text: str
    incoming: bool
    time: datetime


class Thread(BaseModel):
    id: int
    address: str  # the other side's phone number
    messages: list[Message] = Field(default_factory=list)
    read: bool = True

    @property
    def last(self) -> Message | None:
        return self.messages[-1] if self.messages else None


class MessagesState(BaseModel):
    threads: list[Thread] = Field(default_factory=list)
    next_id: int = 1


class Messages(App[MessagesState]):
    name = "messages"
    label = "Messages"
    package = "com.google.android.apps.messaging"
    icon = "message"
    home_slot = 10

    def initial_state(self, rng: random.Random) -> MessagesState:
        # numbers of contacts are drawn from the same seeded contact list as the Contacts app
        people = sample_contacts(random.Random(f"{self.runtime.seed}:contacts")).contacts
        state = MessagesState()
        start = self.runtime.now - timedelta(days=3)
        for person in rng.sample(people, min(6, len(people))):
            thread = Thread(id=state.next_id, address=person.phone)
            state.next_id += 1
            when = start + timedelta(minutes=rng.randint(0, 3 * 24 * 60))
            for _ in range(rng.randint(1, 4)):
                incoming = rng.random() < 0.6
                text = rng.choice(_INCOMING if incoming else _OUTGOING)
                thread.messages.append(Message(text=text, incoming=incoming, time=when))
                when += timedelta(minutes=rng.randint(1, 90))
            state.threads.append(thread)
        return state

    def main_screen(self) -> Screen:
        return ThreadList(self)

    # queries and changes
    def display_name(self, address: str) -> str:
        contacts = self.runtime.apps.get("contacts")
        contact = contacts.by_number(address) if contacts is not None else None  # type: ignore[attr-defined]
        return contact.name if contact is not None else address

    def thread_with(self, address: str) -> Thread | None:
        want = digits(address) or address
        return next((t for t in self.state.threads if (digits(t.address) or t.address) == want), None)

    def _append(self, address: str, text: str, *, incoming: bool) -> Thread:
        thread = self.thread_with(address)
        if thread is None:
            thread = Thread(id=self.state.next_id, address=address)
            self.state.next_id += 1
            self.state.threads.append(thread)
        thread.messages.append(Message(text=text, incoming=incoming, time=self.now()))
        thread.read = not incoming
        return thread

    def send(self, address: str, text: str) -> Thread:
        """Send ``text`` to ``address`` (creating the thread); what the Send button does."""
        return self._append(address, text, incoming=False)

    def receive(self, address: str, text: str) -> Thread:
        """An incoming text: adds it and posts a notification that opens the conversation."""
        thread = self._append(address, text, incoming=True)
        self.notify(self.display_name(address), text, on_open=lambda: self.open_conversation(address, launch=False))
        return thread

    def sorted_threads(self) -> list[Thread]:
        return sorted(self.state.threads, key=lambda t: t.last.time if t.last else datetime.min, reverse=True)

    def open_conversation(self, address: str, *, launch: bool = True) -> None:
        """Bring Messages to the front on the conversation with ``address`` (used by Contacts)."""
        if launch:
            self.runtime.launch(self.name)
        self.push(Conversation(self, address))


class ThreadList(Screen):
    activity = ".ui.ConversationListActivity"
    app: Messages

    def build(self, page: Page) -> None:
        page.toolbar("Messages", actions=[ToolbarAction("Search", lambda: None, icon="search")])
        page.scroll_list("conversation_list", self.app.sorted_threads(), self._row, row_height=80,
                         empty_text="No conversations")
        page.fab("Start chat", lambda: self.push(NewConversation(self.app)), icon="message", rid="start_chat_fab")

    def _row(self, page: Page, thread: Thread, index: int) -> None:
        last = thread.last
        preview = (("You: " if not last.incoming else "") + last.text) if last else ""
        name = self.app.display_name(thread.address)
        page.item(name, preview, rid="conversation_row", avatar=name[:1], height=80,
                  desc=f"{name}. {preview}." + ("" if thread.read else " Unread."),
                  on_click=lambda: self.push(Conversation(self.app, thread.address)),
                  on_long_click=lambda: self._confirm_delete(thread.id, name))

    def _confirm_delete(self, thread_id: int, name: str) -> None:
        def delete() -> None:
            self.app.state.threads = [t for t in self.app.state.threads if t.id != thread_id]
            self.app.toast("Conversation deleted")

        self.app.dialog(Dialog(f"Delete conversation with {name}?", buttons=[DialogButton("Cancel"),
                                                                            DialogButton("Delete", delete)],
                               package=self.app.package))


class NewConversation(Screen):
    activity = ".ui.conversationlist.NewConversationActivity"
    app: Messages

    def __init__(self, app: Messages) -> None:
        super().__init__(app)
        self.to = ""
        self.focus = "recipient"

    def build(self, page: Page) -> None:
        page.toolbar("New conversation", back=self.close)
        page.edit("recipient", self.to, hint="Type a name, phone number, or email", on_change=self._set,
                  on_submit=self._submit, rid="recipient_text_view")
        contacts = self.app.runtime.apps.get("contacts")
        matches = contacts.find(self.to) if contacts is not None else []  # type: ignore[attr-defined]
        if self.to and digits(self.to) and not matches:
            page.item(f"Send to {self.to}", rid="send_to_number", icon="message",
                      on_click=lambda: self._open(self.to.strip()))
        page.scroll_list("contact_picker", matches, self._row, row_height=72, empty_text="")

    def _set(self, text: str) -> None:
        self.to = text
        self.scroll.clear()

    def _row(self, page: Page, contact: Contact, index: int) -> None:
        page.item(contact.name, contact.phone, rid="contact_picker_row", avatar=contact.name[:1],
                  on_click=lambda: self._open(contact.phone))

    def _submit(self) -> None:
        if digits(self.to):
            self._open(self.to.strip())

    def _open(self, address: str) -> None:
        self.close()
        self.push(Conversation(self.app, address))


class Conversation(Screen):
    """One thread. The newest messages are shown at the bottom; swipe up shows older ones."""

    activity = ".ui.conversation.ConversationActivity"
    app: Messages

    def __init__(self, app: Messages, address: str) -> None:
        super().__init__(app)
        self.address = address
        self.draft = ""
        thread = app.thread_with(address)
        if thread is not None:
            thread.read = True

    def build(self, page: Page) -> None:
        name = self.app.display_name(self.address)
        page.toolbar(name, back=self.close, actions=[
            ToolbarAction("Call", lambda: self.app.runtime.app("phone").call(self.address), icon="call")])
        thread = self.app.thread_with(self.address)
        messages = thread.messages if thread else []
        m = page.metrics
        compose_h = m.dp(72)
        list_bottom = page.bottom - compose_h
        bubble_h = m.dp(64)
        visible = max(1, (list_bottom - page.y) // bubble_h)
        rid = page.rid("message_list")
        newest_hidden = self.scroll.get(rid, 0)  # how many newest messages are scrolled out below
        end = max(0, len(messages) - newest_hidden)
        start = max(0, end - visible)
        box = page.take(list_bottom - page.y)
        listing = page.container.add(Node(cls="androidx.recyclerview.widget.RecyclerView", rid=rid, bounds=box,
                                          scrollable=len(messages) > visible, style="list"))
        y = box[3] - (end - start) * bubble_h
        for message in messages[start:end]:
            width = min(box[2] - box[0] - m.dp(64), m.dp(40 + 8.5 * len(message.text)))
            left = box[0] + m.dp(12) if message.incoming else box[2] - m.dp(12) - width
            listing.add(Node(cls="android.widget.TextView", text=message.text, rid=page.rid("message_text"),
                             desc=f"{'Received' if message.incoming else 'You said'}: {message.text}",
                             bounds=(left, y + m.dp(6), left + width, y + bubble_h - m.dp(6)), long_clickable=True,
                             style="bubble_in" if message.incoming else "bubble_out"))
            y += bubble_h

        def scroll(direction: str) -> bool:
            hidden = self.scroll.get(rid, 0)
            step = max(1, visible - 1)
            new = min(len(messages) - visible, hidden + step) if direction == "up" else max(0, hidden - step) \
                if direction == "down" else hidden
            new = max(0, new)
            if new == hidden:
                return False
            self.scroll[rid] = new
            return True

        listing.on_scroll = scroll
        cells = page.columns(72, 1, rid="compose_bar")
        row = cells[0]
        row.right -= m.dp(64)
        row.edit("compose", self.draft, hint="Text message", on_change=self._set, on_submit=self.send,
                 rid="compose_message_text", height=64)
        l, t, r, b = cells[0].container.bounds
        cells[0].container.add(Node(cls="android.widget.ImageButton", desc="Send SMS", rid=page.rid("send_message_button"),
                                    bounds=(r - m.dp(60), t + m.dp(8), r - m.dp(8), t + m.dp(60)), clickable=True,
                                    focusable=True, enabled=bool(self.draft.strip()), on_click=self.send, icon="send",
                                    style="icon_button"))

    def _set(self, text: str) -> None:
        self.draft = text

    def send(self) -> None:
        if not self.draft.strip():
            return
        self.app.send(self.address, self.draft.strip())
        self.draft = ""
        self.scroll.clear()
