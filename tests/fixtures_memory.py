"""Fixtures for the memory tests: a store on a real SQLite file and a tiny chat-app device.

``ChatDevice`` is a small Device double (until tests run shortcuts on the simulated phone
as well): it renders UIAutomator XML for three screens of a chat app, parses it with the
real parser, applies actions by element id, and records every action it was sent.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

import pytest

from cascadroid.device.types import ActionResult, Back, Observation, OpenApp, Tap, TypeText
from cascadroid.device.uiautomator import parse_observation
from cascadroid.errors import InvalidActionError
from cascadroid.memory import MemoryStore

CHAT = "com.example.chat"


def _node(rid: str = "", text: str = "", desc: str = "", cls: str = "android.widget.TextView", y: int = 0, clickable: bool = True) -> str:
    return (
        f'<node class="{cls}" package="{CHAT}" resource-id={quoteattr(rid and f"{CHAT}:id/{rid}")} '
        f"text={quoteattr(text)} content-desc={quoteattr(desc)} clickable=\"{str(clickable).lower()}\" "
        f'bounds="[0,{y}][1080,{y + 100}]" />'
    )


class ChatDevice:
    """Inbox -> search contacts -> conversation; sends messages; records actions."""

    def __init__(self, contacts: tuple[str, ...] = ("Alice", "Bob", "Carol"), screen: str = "inbox") -> None:
        self.contacts = contacts
        self.screen = screen
        self.query = ""
        self.contact = ""
        self.draft = ""
        self.sent: list[tuple[str, str]] = []
        self.actions: list[object] = []
        self.closed = False

    def xml(self) -> str:
        if self.screen == "inbox":
            nodes = [_node("title", "Chats", clickable=False), _node("search", desc="Search", y=100), _node("fab", desc="New chat", y=200)]
        elif self.screen == "search":
            hits = [c for c in self.contacts if self.query and self.query.lower() in c.lower()]
            nodes = [_node("query", self.query, cls="android.widget.EditText", y=100)]
            nodes += [_node("contact_name", c, y=200 + 100 * i) for i, c in enumerate(hits)]
        else:
            nodes = [_node("header", self.contact, clickable=False), _node("message", self.draft, cls="android.widget.EditText", y=100), _node("send", desc="Send", y=200)]
        return f'<hierarchy rotation="0"><node class="android.widget.FrameLayout" package="{CHAT}" bounds="[0,0][1080,2400]">{"".join(nodes)}</node></hierarchy>'

    def observe(self, *, screenshot: bool = False) -> Observation:
        return parse_observation(self.xml(), width=1080, height=2400)

    def act(self, action: object) -> ActionResult:
        self.actions.append(action)
        observation = self.observe()
        if isinstance(action, OpenApp):
            if action.app != CHAT:
                raise InvalidActionError(f"app {action.app!r} is not installed")
            self.screen = "inbox"
        elif isinstance(action, Back):
            self.screen = {"conversation": "search", "search": "inbox"}.get(self.screen, self.screen)
        elif isinstance(action, Tap):
            element = observation.element(action.element)
            name = element.resource_id.rsplit("/", 1)[-1]
            if name == "search":
                self.screen, self.query = "search", ""
            elif name == "contact_name":
                self.screen, self.contact, self.draft = "conversation", element.text, ""
            elif name == "send":
                if not self.draft:
                    return ActionResult(ok=False, message="nothing to send")
                self.sent.append((self.contact, self.draft))
                self.draft = ""
            else:
                return ActionResult(ok=True, message="nothing happened")
        elif isinstance(action, TypeText):
            element = observation.element(action.element) if action.element is not None else None
            name = element.resource_id.rsplit("/", 1)[-1] if element else ""
            if name == "query":
                self.query = action.text
            elif name == "message":
                self.draft = action.text
            else:
                raise InvalidActionError("no text field focused")
        return ActionResult()

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def memory_store(tmp_path):
    store = MemoryStore(tmp_path / "memory.db")
    yield store
    store.close()


@pytest.fixture
def chat_device():
    return ChatDevice()
