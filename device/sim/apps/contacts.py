"""Contacts: a searchable list, contact details, create, edit and delete."""

from __future__ import annotations

import random
import re

from pydantic import BaseModel, Field

from ..app import App, Dialog, DialogButton, Screen
from ..page import Page, ToolbarAction

_FIRST = ["Alice", "Bruno", "Chen", "Dana", "Elif", "Farah", "Gabriel", "Hana", "Ivan", "Julia", "Kofi", "Lena",
          "Marco", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wei", "Yusuf", "Zoe"]
_LAST = ["Adams", "Baker", "Costa", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Khan",
         "Lopez", "Moreau", "Novak", "Okafor", "Patel", "Rossi", "Silva", "Tanaka", "Weber"]
_STREETS = ["Oak St", "Maple Ave", "Pine Rd", "Cedar Ln", "Elm St", "Lake Dr", "Hill Rd", "Park Ave"]
_CITIES = ["Springfield", "Riverton", "Lakeside", "Fairview", "Greenville"]


class Contact(BaseModel):
    id: int
    name: str
    phone: str = ""
    email: str = ""
    address: str = ""
    starred: bool = False


class ContactsState(BaseModel):
    contacts: list[Contact] = Field(default_factory=list)
    next_id: int = 1


def digits(number: str) -> str:
    """Digits of a phone number, last 10 only, so '+1 (650) 555-0101' matches '6505550101'."""
    return re.sub(r"\D", "", number)[-10:]


def sample_contacts(rng: random.Random, count: int = 24) -> ContactsState:
    """The seeded address book (Messages and Phone draw their history from the same one)."""
    names = sorted({f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(count)})
    state = ContactsState()
    for name in names:
        first, last = name.lower().split()
        state.contacts.append(Contact(
            id=state.next_id, name=name, phone=f"+1 {rng.randint(201, 989)}-555-{rng.randint(100, 199):04d}",
            email=f"{first}.{last}@example.com" if rng.random() < 0.7 else "",
            address=f"{rng.randint(1, 999)} {rng.choice(_STREETS)}, {rng.choice(_CITIES)}" if rng.random() < 0.5 else ""))
        state.next_id += 1
    return state


class Contacts(App[ContactsState]):
    name = "contacts"
    label = "Contacts"
    package = "com.android.contacts"
    icon = "person"
    home_slot = 20
    permission = "access your contacts"

    def initial_state(self, rng: random.Random) -> ContactsState:
        return sample_contacts(rng)

    def main_screen(self) -> Screen:
        return ContactList(self)

    # queries and changes, for screens, other apps and task code
    def get(self, contact_id: int) -> Contact | None:
        return next((c for c in self.state.contacts if c.id == contact_id), None)

    def find(self, query: str) -> list[Contact]:
        """Contacts whose name, phone or email contains ``query`` (case-insensitive), by name."""
        q = query.strip().lower()
        qd = digits(q)
        found = [c for c in self.state.contacts
                 if q in c.name.lower() or q in c.email.lower() or (qd and qd in digits(c.phone))]
        return sorted(found, key=lambda c: c.name.lower())

    def by_number(self, number: str) -> Contact | None:
        want = digits(number)
        return next((c for c in self.state.contacts if want and digits(c.phone) == want), None)

    def add(self, name: str, phone: str = "", email: str = "", address: str = "") -> Contact:
        contact = Contact(id=self.state.next_id, name=name, phone=phone, email=email, address=address)
        self.state.next_id += 1
        self.state.contacts.append(contact)
        return contact

    def delete(self, contact_id: int) -> None:
        self.state.contacts = [c for c in self.state.contacts if c.id != contact_id]


class ContactList(Screen):
    activity = ".activities.PeopleActivity"
    app: Contacts

    def __init__(self, app: Contacts) -> None:
        super().__init__(app)
        self.query = ""

    def build(self, page: Page) -> None:
        page.toolbar("Contacts")
        page.edit("search", self.query, hint="Search contacts", on_change=self._search, rid="search")
        shown = self.app.find(self.query) if self.query else sorted(self.app.state.contacts, key=lambda c: c.name.lower())
        page.scroll_list("contact_list", shown, self._row, row_height=64,
                         empty_text=f"No contacts match {self.query!r}" if self.query else "No contacts")
        page.fab("Create contact", lambda: self.push(ContactEditor(self.app, None)), icon="add")

    def _search(self, text: str) -> None:
        self.query = text
        self.scroll.clear()

    def _row(self, page: Page, contact: Contact, index: int) -> None:
        page.item(contact.name, rid="contact_row", avatar=contact.name[:1], height=64,
                  on_click=lambda: self.push(ContactDetail(self.app, contact.id)))

    def on_back(self) -> bool:
        if self.query:
            self._search("")
            return True
        return False


class ContactDetail(Screen):
    activity = ".quickcontact.QuickContactActivity"
    app: Contacts

    def __init__(self, app: Contacts, contact_id: int) -> None:
        super().__init__(app)
        self.contact_id = contact_id

    def build(self, page: Page) -> None:
        contact = self.app.get(self.contact_id)
        if contact is None:
            page.toolbar("Contact", back=self.close)
            page.text("This contact was deleted.", style="caption")
            return
        page.toolbar("", back=self.close, actions=[
            ToolbarAction("Star" if not contact.starred else "Unstar", self._star, icon="star"),
            ToolbarAction("Edit contact", lambda: self.push(ContactEditor(self.app, contact.id)), icon="edit",
                          rid="menu_edit"),
            ToolbarAction("Delete", self._confirm_delete, icon="delete", rid="menu_delete"),
        ])
        page.text(contact.name, rid="large_title", style="headline center", height=64)
        runtime = self.app.runtime
        if contact.phone:
            cells = page.columns(72, 2, rid="actions")
            cells[0].action("Call", lambda: runtime.app("phone").call(contact.phone), rid="call_button", icon="call")
            cells[1].action("Text", lambda: runtime.app("messages").open_conversation(contact.phone), rid="text_button",
                            icon="message")
            page.item(contact.phone, "Mobile", icon="call", rid="phone")
        if contact.email:
            mail = runtime.apps.get("mail")  # tapping the address writes to it, as a mailto: link does
            page.item(contact.email, "Email", icon="email", rid="email",
                      on_click=(lambda: mail.compose(to=contact.email)) if mail is not None else None)  # type: ignore[attr-defined]
        if contact.address:
            page.item(contact.address, "Address", icon="location", rid="address")

    def _star(self) -> None:
        contact = self.app.get(self.contact_id)
        if contact is not None:
            contact.starred = not contact.starred

    def _confirm_delete(self) -> None:
        def delete() -> None:
            self.app.delete(self.contact_id)
            self.close()
            self.app.toast("Contact deleted")

        self.app.dialog(Dialog("Delete this contact?", buttons=[DialogButton("Cancel"), DialogButton("Delete", delete)],
                               package=self.app.package))


class ContactEditor(Screen):
    """Create (``contact_id`` None) or edit a contact. Save needs a name or a phone number."""

    activity = ".activities.ContactEditorActivity"
    app: Contacts
    FIELDS = (("name", "Name"), ("phone", "Phone"), ("email", "Email"), ("address", "Address"))

    def __init__(self, app: Contacts, contact_id: int | None) -> None:
        super().__init__(app)
        self.contact_id = contact_id
        existing = app.get(contact_id) if contact_id is not None else None
        self.draft = {key: getattr(existing, key) if existing else "" for key, _ in self.FIELDS}

    def build(self, page: Page) -> None:
        title = "Create contact" if self.contact_id is None else "Edit contact"
        ready = not self.app.skin.guarded_buttons or bool(self.draft["name"].strip() or self.draft["phone"].strip())
        page.toolbar(title, back=self.close,
                     actions=[ToolbarAction("Save", self.save, icon="check", rid="save", enabled=ready)])
        page.space(8)
        for key, hint in self.FIELDS:
            page.edit(key, self.draft[key], hint=hint, on_change=lambda text, key=key: self.draft.__setitem__(key, text),
                      rid=f"{key}_field")
            page.space(8)

    def save(self) -> None:
        draft = {k: v.strip() for k, v in self.draft.items()}
        if not draft["name"] and not draft["phone"]:
            self.app.toast("Add a name or a phone number")
            return
        name = draft["name"] or draft["phone"]
        existing = self.app.get(self.contact_id) if self.contact_id is not None else None
        if existing is None:
            contact = self.app.add(name, draft["phone"], draft["email"], draft["address"])
            self.close()
            self.push(ContactDetail(self.app, contact.id))
        else:
            existing.name, existing.phone, existing.email, existing.address = (
                name, draft["phone"], draft["email"], draft["address"])
            self.close()
        self.app.toast("Contact saved")
