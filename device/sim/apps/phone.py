"""Phone: keypad, calls (an in-call screen), call log, and calling a contact."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Literal

from pydantic import BaseModel, Field

from ..app import App, Screen
from ..page import Page, ToolbarAction
from .contacts import Contact, digits, sample_contacts

_KEYS = [("1", ""), ("2", "ABC"), ("3", "DEF"), ("4", "GHI"), ("5", "JKL"), ("6", "MNO"), ("7", "PQRS"), ("8", "TUV"),
         ("9", "WXYZ"), ("*", ""), ("0", "+"), ("#", "")]


class Call(BaseModel):
    number: str
    direction: Literal["outgoing", "incoming", "missed"]
    time: datetime
    duration_s: int = 0


class PhoneState(BaseModel):
    call_log: list[Call] = Field(default_factory=list)  # oldest first
    in_call: str | None = None  # the number on the line, while a call is up


class Phone(App[PhoneState]):
    name = "phone"
    label = "Phone"
    package = "com.google.android.dialer"
    icon = "call"
    home_slot = 0
    permission = "make and manage phone calls"

    def initial_state(self, rng: random.Random) -> PhoneState:
        people = sample_contacts(random.Random(f"{self.runtime.seed}:contacts")).contacts
        state = PhoneState()
        when = self.runtime.now - timedelta(days=4)
        for _ in range(rng.randint(4, 8)):
            person = rng.choice(people)
            number = person.phone if rng.random() < 0.8 else f"+1 800-555-{rng.randint(1000, 9999)}"
            when += timedelta(minutes=rng.randint(30, 900))
            direction = rng.choice(["outgoing", "incoming", "missed"])
            state.call_log.append(Call(number=number, direction=direction, time=when,
                                       duration_s=0 if direction == "missed" else rng.randint(20, 900)))
        return state

    def main_screen(self) -> Screen:
        return Dialer(self)

    def contact_for(self, number: str) -> Contact | None:
        contacts = self.runtime.apps.get("contacts")
        return contacts.by_number(number) if contacts is not None else None  # type: ignore[attr-defined]

    def call(self, number: str) -> None:
        """Place a call (brings Phone to the front on the in-call screen); logged at once."""
        self.runtime.launch(self.name)
        self.state.call_log.append(Call(number=number, direction="outgoing", time=self.now()))
        self.state.in_call = number
        self.push(InCall(self, number, len(self.state.call_log) - 1))


class Dialer(Screen):
    activity = ".main.impl.MainActivity"
    app: Phone

    def __init__(self, app: Phone) -> None:
        super().__init__(app)
        self.tab = "Keypad"
        self.number = ""

    def build(self, page: Page) -> None:
        page.toolbar("Phone", actions=[ToolbarAction("Search contacts", lambda: self.select("Contacts"), icon="search")])
        page.tabs(["Recents", "Contacts", "Keypad"], self.tab, self.select)
        if self.tab == "Recents":
            log = list(reversed(self.app.state.call_log))
            page.scroll_list("call_log", log, self._call_row, row_height=72, empty_text="No recent calls")
        elif self.tab == "Contacts":
            contacts = self.app.runtime.apps.get("contacts")
            people = sorted(contacts.state.contacts, key=lambda c: c.name.lower()) if contacts else []
            page.scroll_list("contact_list", people, self._contact_row, row_height=64, empty_text="No contacts")
        else:
            self._keypad(page)

    def select(self, tab: str) -> None:
        self.tab = tab

    def _call_row(self, page: Page, call: Call, index: int) -> None:
        contact = self.app.contact_for(call.number)
        name = contact.name if contact else call.number
        summary = f"{call.direction.capitalize()} · {call.time.strftime('%b %-d, %H:%M')}"
        page.item(name, summary, icon=f"call_{call.direction}", rid="call_log_row", desc=f"{name}, {summary}",
                  on_click=lambda: self.app.call(call.number))

    def _contact_row(self, page: Page, contact: Contact, index: int) -> None:
        page.item(contact.name, contact.phone, avatar=contact.name[:1], rid="contact_row",
                  on_click=lambda: self.app.call(contact.phone))

    def _keypad(self, page: Page) -> None:
        page.space(16)
        page.edit("digits", self.number, hint="Enter a number", on_change=self._set, on_submit=self._dial,
                  rid="digits", style="digits", height=72)
        page.space(8)
        for row in range(4):
            cells = page.columns(88, 3, rid="dialpad")
            for cell, (key, _letters) in zip(cells, _KEYS[row * 3:row * 3 + 3]):
                cell.text(key, desc=key, rid=f"dialpad_key_{'star' if key == '*' else 'pound' if key == '#' else key}",
                          style="key", height=88, on_click=lambda key=key: self._set(self.number + key))
        cells = page.columns(96, 3, rid="dialpad_actions")
        cells[1].icon_button("Call", self._dial, icon="call", rid="dialpad_voice_call_button", height=88,
                             style="fab_green")
        cells[2].icon_button("Backspace", lambda: self._set(self.number[:-1]), icon="backspace",
                             rid="deleteButton", height=88)

    def _set(self, text: str) -> None:
        self.number = text

    def _dial(self) -> None:
        if digits(self.number) or self.number.strip():
            number, self.number = self.number.strip(), ""
            self.app.call(number)
        else:
            self.app.toast("Enter a number to call")


class InCall(Screen):
    activity = "com.android.incallui.InCallActivity"
    app: Phone

    def __init__(self, app: Phone, number: str, log_index: int) -> None:
        super().__init__(app)
        self.number = number
        self.log_index = log_index
        self.started = app.now()
        self.muted = False
        self.speaker = False

    def build(self, page: Page) -> None:
        contact = self.app.contact_for(self.number)
        elapsed = int((self.app.now() - self.started).total_seconds())
        page.space(48)
        page.text(contact.name if contact else self.number, rid="contactgrid_contact_name",
                  style="headline center", height=64)
        if contact:
            page.text(self.number, rid="contactgrid_number", style="body center")
        page.text(f"{elapsed // 60:02d}:{elapsed % 60:02d}" if elapsed else "Calling…",
                  rid="contactgrid_bottom_timer", style="caption center")
        page.space(max(0, (page.remaining - page.dp(360)) / page.metrics.density))
        cells = page.columns(96, 3, rid="incall_buttons")
        cells[0].icon_button("Mute" if not self.muted else "Unmute", self._mute, icon="mute", height=88)
        cells[1].icon_button("Keypad", lambda: None, icon="dialpad", height=88)
        cells[2].icon_button("Speaker" if not self.speaker else "Speaker off", self._speaker, icon="speaker", height=88)
        page.space(40)
        cells = page.columns(96, 3)
        cells[1].icon_button("End call", self.end, icon="call_end", rid="incall_end_call_button", height=88,
                             style="fab_red")

    def _mute(self) -> None:
        self.muted = not self.muted

    def _speaker(self) -> None:
        self.speaker = not self.speaker

    def on_back(self) -> bool:
        return True  # Back does not hang up; press End call

    def end(self) -> None:
        log = self.app.state.call_log
        if 0 <= self.log_index < len(log):
            log[self.log_index].duration_s = int((self.app.now() - self.started).total_seconds())
        self.app.state.in_call = None
        self.close()
