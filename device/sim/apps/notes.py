"""Notes: a searchable list of notes; create, edit and delete."""

from __future__ import annotations

import random

from pydantic import BaseModel, Field

from ..app import App, Screen
from ..page import Page, ToolbarAction

_SAMPLES = [
    ("Groceries", "Milk, eggs, spinach, rice, coffee beans"),
    ("Gift ideas", "Mom: scarf. Leo: puzzle book. Ana: plant"),
    ("Packing list", "Passport, charger, adapter, sunscreen"),
    ("Book list", "Project Hail Mary; Piranesi; The Overstory"),
    ("Workout", "Mon legs, Wed back, Fri push, Sun run 5k"),
    ("Recipes to try", "Shakshuka, miso soup, lemon pasta"),
    ("Meeting notes", "Ship v2 on Friday. Ask Dana about budget."),
    ("Bike lock", "Code is 4821"),
    ("Garden", "Water tomatoes every 2 days; repot basil"),
    ("Movies", "Dune Part Two, Past Lives, Perfect Days"),
]


class Note(BaseModel):
    id: int
    title: str
    body: str = ""


class NotesState(BaseModel):
    notes: list[Note] = Field(default_factory=list)  # newest last
    next_id: int = 1


class Notes(App[NotesState]):
    name = "notes"
    label = "Notes"
    package = "com.google.android.keep"
    icon = "note"
    home_slot = 50

    def initial_state(self, rng: random.Random) -> NotesState:
        state = NotesState()
        for title, body in rng.sample(_SAMPLES, 6):
            state.notes.append(Note(id=state.next_id, title=title, body=body))
            state.next_id += 1
        return state

    def main_screen(self) -> Screen:
        return NoteList(self)

    # queries and changes, for screens and task code
    def note(self, note_id: int) -> Note | None:
        return next((n for n in self.state.notes if n.id == note_id), None)

    def find(self, query: str) -> list[Note]:
        """Notes whose title or body contains ``query`` (case-insensitive), newest first."""
        q = query.strip().lower()
        return [n for n in self.listed() if q in n.title.lower() or q in n.body.lower()]

    def titled(self, title: str) -> list[Note]:
        want = title.strip().lower()
        return [n for n in self.state.notes if n.title.strip().lower() == want]

    def listed(self) -> list[Note]:
        return list(reversed(self.state.notes))

    def add(self, title: str, body: str = "") -> Note:
        note = Note(id=self.state.next_id, title=title, body=body)
        self.state.next_id += 1
        self.state.notes.append(note)
        return note

    def delete(self, note_id: int) -> None:
        self.state.notes = [n for n in self.state.notes if n.id != note_id]


class NoteList(Screen):
    activity = ".activities.BrowseActivity"
    app: Notes

    def __init__(self, app: Notes) -> None:
        super().__init__(app)
        self.query = ""

    def build(self, page: Page) -> None:
        page.toolbar("Notes")
        page.edit("search", self.query, hint="Search your notes", on_change=self._search, rid="search")
        shown = self.app.find(self.query) if self.query else self.app.listed()
        page.scroll_list("notes_list", shown, self._row, row_height=72,
                         empty_text=f"No notes match {self.query!r}" if self.query else "No notes yet")
        page.fab("New note", lambda: self.push(NoteEditor(self.app, None)), icon="add", rid="new_note")

    def _search(self, text: str) -> None:
        self.query = text
        self.scroll.clear()

    def _row(self, page: Page, note: Note, index: int) -> None:
        page.item(note.title or "(untitled)", note.body[:48], rid="note_row", icon="note",
                  on_click=lambda: self.push(NoteEditor(self.app, note.id)))

    def on_back(self) -> bool:
        if self.query:
            self._search("")
            return True
        return False


class NoteEditor(Screen):
    """A new note (``note_id`` None) or an existing one: title and body; Save keeps the changes."""

    activity = ".activities.EditorActivity"
    app: Notes

    def __init__(self, app: Notes, note_id: int | None) -> None:
        super().__init__(app)
        self.note_id = note_id
        note = app.note(note_id) if note_id is not None else None
        self.title = note.title if note else ""
        self.body = note.body if note else ""
        if note is None:
            self.focus = "title"

    def build(self, page: Page) -> None:
        actions = [ToolbarAction("Save", self.save, icon="check", rid="save")]
        if self.note_id is not None:
            actions.insert(0, ToolbarAction("Delete note", self._delete, icon="delete", rid="delete_note"))
        page.toolbar("New note" if self.note_id is None else "Edit note", back=self.close, actions=actions)
        page.edit("title", self.title, hint="Title", on_change=self._set_title, rid="title")
        page.space(8)
        page.edit("body", self.body, hint="Note", on_change=self._set_body, rid="body", height=200)

    def _set_title(self, text: str) -> None:
        self.title = text

    def _set_body(self, text: str) -> None:
        self.body = text

    def save(self) -> None:
        title, body = self.title.strip(), self.body.strip()
        if not title and not body:
            self.app.toast("Empty note discarded")
            self.close()
            return
        note = self.app.note(self.note_id) if self.note_id is not None else None
        if note is None:
            self.app.add(title, body)
        else:
            note.title, note.body = title, body
        self.app.toast("Note saved")
        self.close()

    def _delete(self) -> None:
        self.app.delete(self.note_id)  # type: ignore[arg-type]
        self.app.toast("Note deleted")
        self.close()
