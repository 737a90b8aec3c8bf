"""agents/new_at_time.py: a new alarm at a time no row shows takes the add control; invented clock apps."""

from __future__ import annotations

from cascadroid.agents import new_at_time
from cascadroid.agents.candidates import Candidate


def _run(task: str, labels: dict[int, str], lines: list[str]) -> list[Candidate]:
    out = [Candidate({"kind": "tap", "element": e}, f"tap [{e}] {t}", 1.0) for e, t in labels.items()]
    out.append(Candidate({"kind": "swipe", "direction": "down"}, "scroll down to see more", 1.5))
    new_at_time.adjust(out, task, labels, lines)
    return out


def _first(out: list[Candidate]) -> str:
    return max(out, key=lambda c: c.score).text


# an invented German clock app: two alarms, a floating "Wecker hinzufügen"
GERMAN = {3: "06:30 Wecker", 4: "08:00 Wecker", 9: "Wecker hinzufügen"}
GERMAN_LINES = ["06:30", "Werktags", "08:00", "Sa, So"]
# an invented French clock app
FRENCH = {1: "Alarme de 7 h 15", 2: "Ajouter une alarme", 5: "Minuteur"}
FRENCH_LINES = ["7:15", "Lun, Mar"]


def test_a_new_alarm_at_an_unshown_time_takes_the_add_control():
    assert _first(_run("stell mir einen Wecker auf 5:40", GERMAN, GERMAN_LINES)) == "tap [9] Wecker hinzufügen"
    assert _first(_run("mets-moi une nouvelle alarme à 6h20", FRENCH, FRENCH_LINES)) == "tap [2] Ajouter une alarme"
    assert _first(_run("set an alarm for 5:40", GERMAN, GERMAN_LINES)) == "tap [9] Wecker hinzufügen"


def test_must_not_fire_on_a_shown_time_no_time_or_another_kind():
    assert _first(_run("mets-moi une nouvelle alarme à 7:15", FRENCH, FRENCH_LINES)) == "scroll down to see more"
    assert _first(_run("ajoute une alarme", FRENCH, FRENCH_LINES)) == "scroll down to see more"  # no time given
    assert _first(_run("supprime l'alarme de 6h20", FRENCH, FRENCH_LINES)) == "scroll down to see more"  # no making
    labels = {1: "Ajouter un contact", 2: "Alarme de 7 h 15"}  # an add control of another kind
    assert _first(_run("mets-moi une nouvelle alarme à 6h20", labels, FRENCH_LINES)) == "scroll down to see more"
