"""A field whose label or shown hint names a message in any language takes the message (agents/fields.py), not the
subject field beside it; a search field's hint naming messages takes none."""

from __future__ import annotations

from screens_made import made_screen

from cascadroid.agents.candidates import rank


def _compose(body_hint: str) -> object:
    rows = [("ImageButton", "Zurück"), ("ImageButton", "Senden")]
    return made_screen("de.example.post", "Verfassen", rows, {"An": "jonas@example.org", "Betreff": "", "text field": body_hint})


def test_the_message_goes_into_the_field_its_hint_names_as_a_message_in_any_language() -> None:
    for hint in ("Nachricht verfassen", "Сообщение", "Escribe un mensaje"):
        assert rank("schreib Jonas, dass der Termin verschoben ist", "", _compose(hint), [], [])[0].action == {
            "kind": "type", "element": 9, "text": "der Termin verschoben ist"}, hint


def test_a_search_hint_naming_messages_takes_no_message() -> None:
    screen = made_screen("de.example.chat", "Chats", [("TextView", "Jonas | 09:12")], {"text field": "Nachrichten suchen"})
    assert not any(c.action.get("kind") == "type" and c.action.get("text") == "der Termin verschoben ist"
                   and c.score >= 3.0 for c in rank("schreib Jonas, dass der Termin verschoben ist", "", screen, [], []))


def test_a_chats_only_field_that_says_nothing_takes_the_message_above_the_senders_names() -> None:
    bubbles = [("TextView", "Jonas | Kommst du heute? | 18:02"), ("TextView", "Jonas | Sag Bescheid | 18:40")]
    screen = made_screen("de.example.chat", "Jonas", bubbles, {"text field": "Aa"})
    best = rank("schreib Jonas, dass ich gleich da bin", "", screen, [], [])[0]
    assert best.action.get("kind") == "type" and best.action.get("text") == "ich gleich da bin"


def test_must_not_fire_on_a_form_of_several_fields_that_say_nothing() -> None:
    screen = made_screen("de.example.form", "Formular", [("TextView", "Jonas | 18:02")], {"text field": "", "Feld": ""})
    ranked = rank("schreib Jonas, dass ich gleich da bin", "", screen, [], [])
    assert not any(c.action.get("kind") == "type" and c.score >= 2.5 for c in ranked)
