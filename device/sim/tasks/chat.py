"""Tasks on Signal (the second messenger): send, group messages, mute, pin, delete, new group, questions."""

from __future__ import annotations

import random
from typing import Any

from ...script import Step
from .base import QuestionTask, TaskTemplate
from .common import FIRST, LAST, person, two_people
from .nav import (
    CHAT_PKG,
    PHRASES,
    SEEN,
    chat_new_message,
    chat_send,
    chat_sent,
    chat_with,
    long_press,
    open_chat,
    said,
)
from .plan import Plan, rid

GROUPS = ["Road trip", "Board games", "Dinner club", "Running buddies", "Study group", "Neighbours"]
CHATS = ("chat.chats",)


def _chat(device: Any, title: str) -> Any:
    chat = device.app("chat").titled(title)
    if chat is None:
        raise LookupError(title)
    return chat


class _Person(TaskTemplate):
    """Setup: a one-to-one chat with ``name`` (one old message from them)."""

    apps = ("chat",)

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "text": rng.choice(PHRASES)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        chat = chat_with(device, params["name"])
        device.app("chat").post(chat.id, params["name"], "Hey! Long time.", minutes_ago=90)


class _Group(TaskTemplate):
    """Setup: a group ``group`` with two members, one message from each."""

    apps = ("chat",)

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        a, b = two_people(rng)
        return {"group": rng.choice(GROUPS), "a": a, "b": b, "text": rng.choice(PHRASES)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("chat")
        old = app.titled(params["group"])
        if old is not None:
            app.delete(old.id)
        chat = app.add_chat(params["group"], [params["a"], params["b"]], group=True)
        app.post(chat.id, params["a"], "Who is in for Saturday?", minutes_ago=50)
        app.post(chat.id, params["b"], "Me! Where do we meet?", minutes_ago=40)


class ChatSend(_Person):
    name = "chat_send_message"
    difficulty = "easy"
    tags = ("chat", "send")
    may_change = CHATS
    goal = "Send {name} \"{text}\" on Signal."
    goals = ("Signal message to {name}: {text}",
             "Can you drop {name} a quick note on Signal that says \"{text}\"?",
             "On Signal, write to {name} - {text}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return said(chat_sent(device, params["name"]), params["text"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return chat_send(Plan(device), params["name"], params["text"]).done()


class ChatNewMessage(TaskTemplate):
    name = "chat_message_new_contact"
    apps = ("chat", "contacts")
    difficulty = "medium"
    tags = ("chat", "send", "new")
    may_change = CHATS
    goal = "Start a Signal chat with {name} from my contacts and send \"{text}\"."
    goals = ("Message {name} on Signal for the first time: {text}",
             "I've never chatted with {name} on Signal - open a new chat with them and say \"{text}\".",
             "new Signal chat, {name}, text: {text}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"name": person(rng), "text": rng.choice(PHRASES)}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        from .common import ensure_contact, phone_number

        ensure_contact(device, params["name"], phone_number(random.Random(params["name"])))
        old = device.app("chat").titled(params["name"])
        if old is not None:
            device.app("chat").delete(old.id)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return said(chat_sent(device, params["name"]), params["text"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return chat_new_message(Plan(device), params["name"], params["text"]).done()


class ChatGroupSend(_Group):
    name = "chat_group_message"
    difficulty = "easy"
    tags = ("chat", "send", "group")
    may_change = CHATS
    goal = "Post \"{text}\" in the Signal group \"{group}\"."
    goals = ("Tell the {group} group on Signal: {text}",
             "Could you write \"{text}\" into my {group} group chat on Signal?",
             "{group} (Signal): {text}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return said(chat_sent(device, params["group"]), params["text"])

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return chat_send(Plan(device), params["group"], params["text"]).done()


class _Flag(_Group):
    """Long-press the chat in the list and pick ``option`` in the dialog."""

    difficulty = "easy"
    attr = "muted"
    option = "Mute"
    initially = False

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        setattr(_chat(device, params["group"]), self.attr, self.initially)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return getattr(_chat(device, params["group"]), self.attr) is not self.initially

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Signal")
        plan.scroll_to(rid(CHAT_PKG, "conversation_list"), resource_id="android:id/title", text=params["group"])
        long_press(plan, resource_id="android:id/title", text=params["group"])
        return plan.tap(text=self.option).done()


class ChatMute(_Flag):
    name = "chat_mute_group"
    tags = ("chat", "mute")
    may_change = ("chat.chats.*.muted", *SEEN)
    goal = "Mute the Signal group \"{group}\"."
    goals = ("Silence notifications from {group} on Signal.",
             "The {group} group keeps buzzing my phone - can you mute it in Signal?",
             "mute {group}")


class ChatUnmute(_Flag):
    name = "chat_unmute_group"
    tags = ("chat", "mute")
    option = "Unmute"
    initially = True
    may_change = ("chat.chats.*.muted", *SEEN)
    goal = "Unmute the Signal group \"{group}\"."
    goals = ("Turn notifications for {group} back on in Signal.",
             "I muted {group} on Signal a while ago; please unmute it so I see their messages again.",
             "unmute {group}")


class ChatPin(_Flag):
    name = "chat_pin_group"
    tags = ("chat", "pin")
    attr = "pinned"
    option = "Pin"
    may_change = ("chat.chats.*.pinned", *SEEN)
    goal = "Pin the \"{group}\" chat to the top in Signal."
    goals = ("Keep {group} at the top of my Signal chats.",
             "Could you pin my {group} group in Signal so it stays first in the list?",
             "pin {group}")


class ChatUnpin(_Flag):
    name = "chat_unpin_group"
    tags = ("chat", "pin")
    attr = "pinned"
    option = "Unpin"
    initially = True
    may_change = ("chat.chats.*.pinned", *SEEN)
    goal = "Unpin the \"{group}\" chat in Signal."
    goals = ("{group} no longer needs to be pinned in Signal; unpin it.",
             "Please take the {group} group off the top of my Signal list (unpin it).",
             "unpin {group}")


class ChatDelete(_Person):
    name = "chat_delete_chat"
    difficulty = "easy"
    tags = ("chat", "delete")
    may_change = CHATS
    goal = "Delete my Signal chat with {name}."
    goals = ("Remove the conversation with {name} from Signal.",
             "I don't need my Signal thread with {name} any more, please delete it.",
             "delete Signal chat {name}")

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        return device.app("chat").titled(params["name"]) is None and bool(device.app("chat").state.chats)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Signal").type(params["name"], resource_id=rid(CHAT_PKG, "search")).back()
        long_press(plan, resource_id="android:id/title", text=params["name"])
        return plan.tap(text="Delete").done()


class ChatCreateGroup(TaskTemplate):
    name = "chat_create_group"
    apps = ("chat",)
    difficulty = "medium"
    tags = ("chat", "group", "create")
    may_change = CHATS
    goal = "Create a Signal group called \"{group}\" with {a} and {b}."
    goals = ("New Signal group {group}: add {a} and {b}.",
             "Set up a group chat on Signal named \"{group}\" and put {b} and {a} in it, please.",
             "signal group {group} w/ {a}, {b}")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        a, b = two_people(rng)
        return {"group": rng.choice(GROUPS), "a": a, "b": b}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        app = device.app("chat")
        old = app.titled(params["group"])
        if old is not None:
            app.delete(old.id)
        for name in (params["a"], params["b"]):
            chat_with(device, name)

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        chat = _chat(device, params["group"])
        return chat.group and set(chat.members) == {params["a"], params["b"]}

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        plan = Plan(device).open("Signal").tap(content_desc="New group")
        plan.type(params["group"], resource_id=rid(CHAT_PKG, "group_name"))
        for name in (params["a"], params["b"]):
            plan.type(name, resource_id=rid(CHAT_PKG, "search")).tap_row(name)
        return plan.tap(resource_id=rid(CHAT_PKG, "create")).done()


class ChatLastMessageQuestion(_Person, QuestionTask):
    name = "chat_last_message_question"
    difficulty = "easy"
    tags = ("chat", "question")
    may_change = SEEN
    goal = "What did {name} last write to me on Signal?"
    goals = ("Read me {name}'s latest Signal message.",
             "I missed something from {name} on Signal - what was the last thing they said?",
             "last Signal msg from {name}?")

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        super().setup(device, params)
        chat = _chat(device, params["name"])
        device.app("chat").post(chat.id, params["name"], params["text"], minutes_ago=3)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        chat = _chat(device, params["name"])
        return [next(m.text for m in reversed(chat.messages) if m.sender == params["name"])]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_chat(Plan(device), params["name"]).done(self.expected(device, params)[0])


class ChatGroupMembersQuestion(_Group, QuestionTask):
    name = "chat_group_members_question"
    difficulty = "easy"
    tags = ("chat", "question", "group")
    may_change = SEEN
    goal = "Who besides me is in the Signal group \"{group}\"?"
    goals = ("List the members of my {group} group on Signal.",
             "Remind me who's in the {group} chat on Signal - just the other people.",
             "{group} members?")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [" and ".join(_chat(device, params["group"]).members), ", ".join(_chat(device, params["group"]).members)]

    def check(self, device: Any, params: dict[str, Any], answer: str | None) -> bool:
        from .base import answer_matches

        return all(answer_matches(answer, [m]) for m in _chat(device, params["group"]).members)

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_chat(Plan(device), params["group"]).done(self.expected(device, params)[0])


class ChatWhoAskedQuestion(_Group, QuestionTask):
    name = "chat_who_asked_question"
    difficulty = "medium"
    tags = ("chat", "question", "group")
    may_change = SEEN
    goal = "In the Signal group \"{group}\", who asked where to meet?"
    goals = ("Which member of {group} on Signal wanted to know the meeting place?",
             "Someone in my {group} group asked where we meet - who was it?",
             "{group}: who asked about the meeting point?")

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        chat = _chat(device, params["group"])
        return [m.sender for m in chat.messages if "where do we meet" in m.text.lower()]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return open_chat(Plan(device), params["group"]).done(self.expected(device, params)[0])


class ChatUnreadChatsQuestion(QuestionTask):
    name = "chat_unread_count_question"
    apps = ("chat",)
    difficulty = "medium"
    tags = ("chat", "question", "count")
    goal = "How many Signal chats have unread messages?"
    goals = ("Count my Signal conversations with something unread.",
             "Before I open Signal, how many of my chats there are waiting with unread messages?",
             "signal unread chats count")

    def sample_params(self, rng: random.Random) -> dict[str, Any]:
        return {"names": [f"{f} {rng.choice(LAST)}" for f in rng.sample(FIRST, rng.randint(1, 3))]}

    def setup(self, device: Any, params: dict[str, Any]) -> None:
        for name in params["names"]:
            chat = chat_with(device, name)
            device.app("chat").post(chat.id, name, "Call me back?", minutes_ago=4)

    def expected(self, device: Any, params: dict[str, Any]) -> list[str]:
        return [str(sum(1 for c in device.app("chat").state.chats if c.unread))]

    def solution(self, device: Any, params: dict[str, Any]) -> list[Step]:
        return Plan(device).open("Signal").done(self.expected(device, params)[0])


TEMPLATES: tuple[type[TaskTemplate], ...] = (
    ChatSend, ChatNewMessage, ChatGroupSend, ChatMute, ChatUnmute, ChatPin, ChatUnpin, ChatDelete, ChatCreateGroup,
    ChatLastMessageQuestion, ChatGroupMembersQuestion, ChatWhoAskedQuestion, ChatUnreadChatsQuestion,
)
