"""A field named by the task and its new value, unquoted ("set the place to X", "the subject line should say X"),
goes into the field whose resource id names it ("compose_subject", "event_location") when its label, in the app's
language ("Assunto", "Ort"), shares no word with the task: ids are a developer's English whatever the UI's language."""

from __future__ import annotations

from fixtures_uidump import node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.agents.values import task_values

MAIL = "com.example.mail"
AGENDA = "org.example.agenda"


def field(app: str, rid: str, label: str, top: int, focused: bool = False, shown: str = "") -> list[str]:
    return [node("android.widget.TextView", (40, top, 300, top + 100), text=label),
            node("android.widget.EditText", (320, top, 1040, top + 100), text=shown, rid=f"{app}:id/{rid}", click=True,
                 focused=focused)]


def test_the_field_and_value_said_unquoted_are_read():
    assert [(v.text, v.kind) for v in task_values("set the subject to Quarterly budget review")] == [
        ("Quarterly budget review", "title")]
    assert [(v.text, v.kind) for v in task_values("the location should be Rua Augusta 210")] == [
        ("Rua Augusta 210", "address")]
    assert [(v.text, v.kind) for v in task_values("change the venue to Sala Nobre")] == [("Sala Nobre", "address")]
    assert task_values("set the alarm to wake me up") == []  # no field named


def test_the_subject_goes_into_the_subject_field_not_the_focused_body():
    screen = screen_of(MAIL, *field(MAIL, "compose_to", "Para", 300, shown="ana@exemplo.pt"),
                       *field(MAIL, "compose_subject", "Assunto", 420),
                       node("android.widget.EditText", (40, 560, 1040, 1400), text="Olá Ana, segue em anexo.",
                            click=True, focused=True))
    top = rank("set the subject to Orçamento da cozinha", "", screen, [], [])[0]
    subject = next(i for i, loc in screen.locators.items() if loc.get("resource_id", "").endswith("compose_subject"))
    assert top.action == {"kind": "type", "element": subject, "text": "Orçamento da cozinha"}


def test_the_place_goes_into_the_location_field_not_the_focused_title():
    screen = screen_of(AGENDA, *field(AGENDA, "eventTitle", "Titel", 300, focused=True, shown="Zahnarzt"),
                       *field(AGENDA, "eventLocation", "Ort", 420),
                       *field(AGENDA, "eventNotes", "Notizen", 540))
    top = rank("the location should be Hauptstraße 12, Freiburg", "", screen, [], [])[0]
    where = next(i for i, loc in screen.locators.items() if loc.get("resource_id", "").endswith("eventLocation"))
    assert top.action == {"kind": "type", "element": where, "text": "Hauptstraße 12, Freiburg"}
