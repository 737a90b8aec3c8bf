"""A note dictated after a verb of writing down and "that" (agents/noted_that.py): the clause is typed into the open
note's body, in several languages; must-not-fire: a message to a person, "write down that number", no clause."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.noted_that import noted


def _new_note():
    """A notes app's new note (invented "Jotter"): the title, the body focused and empty, the toolbar."""
    return screen_of(node("ImageButton", (20, 100, 140, 220), "", "Back", clickable=True),
                     node("EditText", (50, 280, 1030, 400), "Title", "", clickable=True),
                     node("EditText", (50, 490, 1030, 1300), "", "", clickable=True, focused=True,
                          rid="com.jotter:id/body"),
                     node("ImageButton", (900, 100, 1040, 220), "", "Done", clickable=True))


def test_the_clause_after_that_is_typed_into_the_note():
    for task, clause in (("anota que el fontanero viene el martes", "el fontanero viene el martes"),
                         ("запиши, что у Пети аллергия на орехи", "у Пети аллергия на орехи"),
                         ("schreib auf, dass Oma gelbe Rosen mag", "Oma gelbe Rosen mag"),
                         ("zapisz, że klucz leży pod doniczką", "klucz leży pod doniczką")):
        assert noted(task) == clause, task
        observation, screen = _new_note()
        action = first(task, screen)
        assert action.get("kind") == "type" and action.get("text") == clause, task
        assert action["element"] in {element(observation, resource_id="com.jotter:id/body").id,
                                     element(observation, text="Title").id}, task


def test_no_note_said_otherwise():
    for task in ("write to Ana that I am late", "tell Bo that the plumber comes on Tuesday", "write down that number",
                 "remember that the shop closes at six", "note that"):
        assert noted(task) is None, task
