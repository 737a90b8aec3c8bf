"""Signal-like messenger: chats and groups, send, mute, pin, delete, and new groups."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from pydantic import BaseModel, Field

from ..app import App, Dialog, DialogButton, Screen
from ..page import Page, ToolbarAction
from ..view import Node

ME = "You"
_PEOPLE = ["Ada Park", "Bruno Silva", "Chen Wei", "Dana Cole", "Elif Kaya", "Femi Okoro", "Gina Russo"]
_GROUPS = [("Family", 3), ("Climbing crew", 3), ("Flat 4B", 2), ("Book club", 3)]
_LINES = ["See you at 8?", "Who brings the cake?", "I'm in", "Running late", "Great photo!", "Let's do Sunday",
          "Can someone feed the cat?", "Done, thanks", "Meet at the station", "Ha, classic"]


class ChatMessage(BaseModel):
    sender: str  # "You" for mine
    text: str
    time: datetime


class Chat(BaseModel):
    id: int
    title: str  # the person's name, or the group's name
    members: list[str] = Field(default_factory=list)  # other people in the chat
    group: bool = False
    messages: list[ChatMessage] = Field(default_factory=list)
    muted: bool = False
    pinned: bool = False
    unread: int = 0


class ChatState(BaseModel):
    chats: list[Chat] = Field(default_factory=list)
    next_id: int = 1


class ChatApp(App[ChatState]):
    name = "chat"
    label = "Signal"
    package = "org.thoughtcrime.securesms"
    icon = "chat"
    home_slot = 12

    def initial_state(self, rng: random.Random) -> ChatState:
        state = ChatState()
        start = self.runtime.now - timedelta(days=2)
        people = rng.sample(_PEOPLE, 4)
        for title, size in rng.sample(_GROUPS, 2):
            state.chats.append(Chat(id=0, title=title, members=rng.sample(_PEOPLE, size), group=True))
        for name in people:
            state.chats.append(Chat(id=0, title=name, members=[name]))
        for chat in state.chats:
            chat.id = state.next_id
            state.next_id += 1
            when = start + timedelta(minutes=rng.randint(0, 2 * 24 * 60))
            for _ in range(rng.randint(1, 3)):
                sender = rng.choice(chat.members + [ME])
                chat.messages.append(ChatMessage(sender=sender, text=rng.choice(_LINES), time=when))
                when += timedelta(minutes=rng.randint(1, 60))
        return state

    def main_screen(self) -> Screen:
        return ChatList(self)

    # queries and changes
    def chat(self, chat_id: int) -> Chat | None:
        return next((c for c in self.state.chats if c.id == chat_id), None)

    def titled(self, title: str) -> Chat | None:
        want = title.strip().lower()
        return next((c for c in self.state.chats if c.title.lower() == want), None)

    def listed(self, query: str = "") -> list[Chat]:
        q = query.strip().lower()
        chats = [c for c in self.state.chats if q in c.title.lower()]
        return sorted(chats, key=lambda c: (not c.pinned, -(c.messages[-1].time.timestamp() if c.messages else 0)))

    def add_chat(self, title: str, members: list[str] | None = None, *, group: bool = False) -> Chat:
        chat = Chat(id=self.state.next_id, title=title, members=members or [title], group=group)
        self.state.next_id += 1
        self.state.chats.append(chat)
        return chat

    def post(self, chat_id: int, sender: str, text: str, *, minutes_ago: int = 0) -> None:
        chat = self.chat(chat_id)
        if chat is not None:
            chat.messages.append(ChatMessage(sender=sender, text=text, time=self.now() - timedelta(minutes=minutes_ago)))
            chat.messages.sort(key=lambda m: m.time)
            if sender != ME:
                chat.unread += 1

    def send(self, chat_id: int, text: str) -> None:
        self.post(chat_id, ME, text)

    def delete(self, chat_id: int) -> None:
        self.state.chats = [c for c in self.state.chats if c.id != chat_id]

    def share(self, text: str) -> None:
        """Open the chat picker to send ``text`` (what another app's Share does)."""
        self.runtime.launch(self.name)
        self.push(SharePicker(self, text))


class ChatList(Screen):
    activity = ".MainActivity"
    app: ChatApp

    def __init__(self, app: ChatApp) -> None:
        super().__init__(app)
        self.query = ""

    def build(self, page: Page) -> None:
        page.toolbar("Signal", actions=[ToolbarAction("New group", lambda: self.push(NewGroup(self.app)),
                                                      icon="group_add", rid="menu_new_group")])
        page.edit("search", self.query, hint="Search", on_change=self._search, rid="search")
        page.scroll_list("conversation_list", self.app.listed(self.query), self._row, row_height=80,
                         empty_text="No chats")
        page.fab("New chat", lambda: self.push(NewChat(self.app)), icon="edit", rid="fab")

    def _search(self, text: str) -> None:
        self.query = text
        self.scroll.clear()

    def _row(self, page: Page, chat: Chat, index: int) -> None:
        last = chat.messages[-1] if chat.messages else None
        preview = f"{last.sender}: {last.text}" if last else ""
        flags = "".join([", pinned" if chat.pinned else "", ", muted" if chat.muted else "",
                         f", {chat.unread} unread" if chat.unread else ""])
        page.item(chat.title, preview, rid="conversation_list_item", avatar=chat.title[:1], height=80,
                  desc=f"{chat.title}{flags}", on_click=lambda: self.push(Conversation(self.app, chat.id)),
                  on_long_click=lambda: self._options(chat.id))

    def _options(self, chat_id: int) -> None:
        chat = self.app.chat(chat_id)
        if chat is None:
            return

        def flip(attr: str) -> None:
            target = self.app.chat(chat_id)
            if target is not None:
                setattr(target, attr, not getattr(target, attr))

        self.app.dialog(Dialog(chat.title, package=self.app.package, stacked=True, buttons=[
            DialogButton("Unpin" if chat.pinned else "Pin", lambda: flip("pinned"), rid="pin"),
            DialogButton("Unmute" if chat.muted else "Mute", lambda: flip("muted"), rid="mute"),
            DialogButton("Delete", lambda: self.app.delete(chat_id), rid="delete"),
        ]))

    def on_back(self) -> bool:
        if self.query:
            self._search("")
            return True
        return False


class NewChat(Screen):
    """Pick a contact (from Contacts) to start a chat with."""

    activity = ".NewConversationActivity"
    app: ChatApp

    def __init__(self, app: ChatApp) -> None:
        super().__init__(app)
        self.query = ""
        self.focus = "search"

    def build(self, page: Page) -> None:
        page.toolbar("New message", back=self.close)
        page.edit("search", self.query, hint="Name or number", on_change=self._search, rid="search")
        names = sorted({c.title for c in self.app.state.chats if not c.group} | set(self._contacts()))
        shown = [n for n in names if self.query.strip().lower() in n.lower()]
        page.scroll_list("contact_list", shown, self._row, row_height=72, empty_text="No contacts found")

    def _contacts(self) -> list[str]:
        contacts = self.app.runtime.apps.get("contacts")
        return [c.name for c in contacts.state.contacts] if contacts is not None else []  # type: ignore[attr-defined]

    def _search(self, text: str) -> None:
        self.query = text
        self.scroll.clear()

    def _row(self, page: Page, name: str, index: int) -> None:
        page.item(name, rid="contact_row", avatar=name[:1], on_click=lambda: self._open(name))

    def _open(self, name: str) -> None:
        chat = self.app.titled(name) or self.app.add_chat(name)
        self.close()
        self.push(Conversation(self.app, chat.id))


class NewGroup(NewChat):
    activity = ".groups.ui.creategroup.CreateGroupActivity"

    def __init__(self, app: ChatApp) -> None:
        super().__init__(app)
        self.group_name = ""
        self.chosen: list[str] = []
        self.focus = "group_name"

    def build(self, page: Page) -> None:
        page.toolbar("New group", back=self.close, actions=[ToolbarAction("Create", self._create, icon="check",
                                                                         rid="create")])
        page.edit("group_name", self.group_name, hint="Group name (required)", on_change=self._name, rid="group_name")
        page.text(f"{len(self.chosen)} members: {', '.join(self.chosen)}" if self.chosen else "Add members",
                  rid="members", style="caption", height=32)
        page.edit("search", self.query, hint="Search contacts", on_change=self._search, rid="search")
        names = sorted({c.title for c in self.app.state.chats if not c.group} | set(self._contacts()))
        shown = [n for n in names if self.query.strip().lower() in n.lower()]
        page.scroll_list("contact_list", shown, self._row, row_height=72, empty_text="No contacts found")

    def _row(self, page: Page, name: str, index: int) -> None:
        chosen = name in self.chosen
        page.item(name, "Added" if chosen else "", rid="contact_row", avatar=name[:1], selected=chosen,
                  desc=f"{name}{', selected' if chosen else ''}", on_click=lambda: self._toggle(name))

    def _name(self, text: str) -> None:
        self.group_name = text

    def _toggle(self, name: str) -> None:
        self.chosen = [n for n in self.chosen if n != name] if name in self.chosen else [*self.chosen, name]

    def _create(self) -> None:
        if not self.group_name.strip() or not self.chosen:
            self.app.toast("Add a name and at least one member")
            return
        chat = self.app.add_chat(self.group_name.strip(), list(self.chosen), group=True)
        self.close()
        self.push(Conversation(self.app, chat.id))


class SharePicker(NewChat):
    """Choose the chat a shared text goes to."""

    activity = ".sharing.ShareActivity"

    def __init__(self, app: ChatApp, text: str) -> None:
        super().__init__(app)
        self.text = text

    def build(self, page: Page) -> None:
        page.toolbar("Share with", back=self.close)
        page.edit("search", self.query, hint="Search", on_change=self._search, rid="search")
        page.scroll_list("contact_list", self.app.listed(self.query), self._chat_row, row_height=72,
                         empty_text="No chats")

    def _chat_row(self, page: Page, chat: Chat, index: int) -> None:
        page.item(chat.title, rid="contact_row", avatar=chat.title[:1], on_click=lambda: self._send(chat.id))

    def _send(self, chat_id: int) -> None:
        self.app.send(chat_id, self.text)
        self.app.toast("Sent")
        self.close()
        self.push(Conversation(self.app, chat_id))


class Conversation(Screen):
    activity = ".conversation.ConversationActivity"
    app: ChatApp

    def __init__(self, app: ChatApp, chat_id: int) -> None:
        super().__init__(app)
        self.chat_id = chat_id
        self.draft = ""
        chat = app.chat(chat_id)
        if chat is not None:
            chat.unread = 0

    def build(self, page: Page) -> None:
        chat = self.app.chat(self.chat_id)
        if chat is None:
            page.toolbar("", back=self.close)
            return
        mute = "Unmute" if chat.muted else "Mute notifications"
        page.toolbar(chat.title, back=self.close,
                     actions=[ToolbarAction(mute, self._mute, icon="notifications", rid="menu_mute")])
        if chat.group:
            page.text(f"{len(chat.members)} members: {', '.join(chat.members)}", rid="conversation_subtitle",
                      style="caption", height=32)
        m = page.metrics
        compose_h = m.dp(72)
        shown = chat.messages[-8:]
        box = page.take(page.bottom - compose_h - page.y)
        listing = page.container.add(Node(cls="androidx.recyclerview.widget.RecyclerView",
                                          rid=page.rid("conversation_item_recycler"), bounds=box, style="list"))
        y = box[3] - len(shown) * m.dp(64)
        for message in shown:
            mine = message.sender == ME
            text = message.text if mine or not chat.group else f"{message.sender}: {message.text}"
            width = min(box[2] - box[0] - m.dp(64), m.dp(40 + 8.5 * len(text)))
            left = box[2] - m.dp(12) - width if mine else box[0] + m.dp(12)
            listing.add(Node(cls="android.widget.TextView", text=text, rid=page.rid("conversation_item_body"),
                             bounds=(left, max(box[1], y + m.dp(6)), left + width, max(box[1], y + m.dp(58))),
                             style="bubble_out" if mine else "bubble_in"))
            y += m.dp(64)
        cells = page.columns(72, 1, rid="bottom_bar")
        row = cells[0]
        row.right -= m.dp(64)
        row.edit("compose", self.draft, hint="Signal message", on_change=self._set, on_submit=self._send,
                 rid="embedded_text_editor", height=64)
        l, t, r, b = cells[0].container.bounds
        cells[0].container.add(Node(cls="android.widget.ImageButton", desc="Send", rid=page.rid("send_button"),
                                    bounds=(r - m.dp(60), t + m.dp(8), r - m.dp(8), t + m.dp(60)), clickable=True,
                                    focusable=True, enabled=bool(self.draft.strip()), on_click=self._send,
                                    icon="send", style="icon_button"))

    def _set(self, text: str) -> None:
        self.draft = text

    def _send(self) -> None:
        if self.draft.strip():
            self.app.send(self.chat_id, self.draft.strip())
            self.draft = ""

    def _mute(self) -> None:
        chat = self.app.chat(self.chat_id)
        if chat is not None:
            chat.muted = not chat.muted
            self.app.toast("Muted" if chat.muted else "Unmuted")
