"""A control that undoes the thing a task names is no way to do it (agents/undoing.py): invented home pages in
several languages, and cases where the undo is what the task asks (it says cancel)."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of


def _clinic(cancel: str, details: str, book: str, contact: str):
    return screen_of(node("TextView", (40, 300, 1040, 380), "Next visit: Thu 11.12 09:40"),
                     node("Button", (40, 400, 520, 500), details, clickable=True),
                     node("Button", (560, 400, 1040, 500), cancel, clickable=True),
                     node("View", (40, 600, 520, 900), book, clickable=True),
                     node("View", (560, 600, 1040, 900), contact, clickable=True))


def test_booking_never_taps_the_cancel_of_the_booking_shown():
    for task, labels in (("book an appointment with my GP", ("Cancel appointment", "Appointment details",
                                                             "Appointments", "Message a doctor")),
                         ("termin beim hausarzt vereinbaren", ("Termin abbrechen", "Termin-Details", "Termine",
                                                               "Arzt kontaktieren")),
                         ("prendre rendez-vous chez le médecin", ("Annuler le rendez-vous", "Détails du rendez-vous",
                                                                  "Rendez-vous", "Écrire au médecin"))):
        observation, screen = _clinic(*labels[:1], labels[1], labels[2], labels[3])
        cancel = element(observation, text=labels[0])
        assert first(task, screen) != {"kind": "tap", "element": cancel.id}, task


def test_the_undo_stays_when_the_task_says_it():
    observation, screen = _clinic("Cancel appointment", "Appointment details", "Appointments", "Message a doctor")
    cancel = {"kind": "tap", "element": element(observation, text="Cancel appointment").id}
    assert first("cancel my appointment on Thursday", screen) == cancel
    assert first("Termin absagen: cancel appointment", screen) == cancel


def test_a_listed_item_whose_name_starts_like_an_undo_is_no_undo():
    """"Clear Case | $9.49" is a product (clear as in see-through), not a Clear button; a one-part "Clear cases"
    button is an undo of the cases the task names."""
    from cascadroid.agents import undoing
    from cascadroid.agents.candidates import Candidate
    observation, screen = screen_of(
        node("View", (0, 300, 1080, 480), "", "", node("TextView", (40, 320, 700, 380), "Clear Case"),
             node("TextView", (40, 390, 700, 450), "$9.49"), clickable=True),
        node("Button", (40, 2000, 1040, 2120), "Clear cases", clickable=True))
    row = next(i for i, label in screen.labels.items() if label.startswith("Clear Case |"))
    button = element(observation, text="Clear cases").id
    out = [Candidate({"kind": "tap", "element": row}, "row", 1.0), Candidate({"kind": "tap", "element": button}, "b", 1.0)]
    undoing.adjust(out, "buy a phone case for me", screen)
    assert out[0].score == 1.0 and out[1].score == 1.0 - undoing.PENALTY
