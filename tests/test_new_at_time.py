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


def test_must_not_fire_on_an_alarm_the_task_changes():
    english = {3: "Work | 6:30 AM | Mon-Fri", 4: "Gym | 8:00 AM | Sat, Sun", 9: "Add alarm"}
    lines = ["Work", "6:30 AM", "Gym", "8:00 AM"]
    assert _first(_run("change the work alarm to 7:00", english, lines)) == "scroll down to see more"
    assert _first(_run("move my gym alarm to 9:15", english, lines)) == "scroll down to see more"
    assert _first(_run("set an alarm for 7:00", english, lines)) == "tap [9] Add alarm"  # a new one still


def test_a_time_shown_on_an_alarm_row_is_no_am_pm_toggle_and_a_change_adds_nothing():
    """pickers.screen_scores: with 7:00 still to set and no field, the rows "8:00 AM" are times shown, not the picker's
    AM/PM toggle, and "Add alarm" is no way to change the work alarm."""
    from cascadroid.agents import pickers
    from cascadroid.agents.perceptor import Screen
    from cascadroid.agents.values import task_values

    labels = {3: "Work", 4: "6:30 AM", 5: "Gym", 6: "8:00 AM", 9: "Add alarm"}
    screen = Screen(package="com.example.clock", digest="c", lines=[f'[{i}] View "{t}"' for i, t in labels.items()],
                    actionable=list(labels), labels=labels)
    today = pickers.reference_day(screen)
    for task in ("change the work alarm to 7:00", "set an alarm for 7:00"):
        pending = [v for v in task_values(task) if v.kind == "time"]
        scores = pickers.screen_scores(None, pending, screen, today, frozenset(task.split()))
        assert not scores.get(4) and not scores.get(6), task  # no toggle
        assert bool(scores.get(9)) == task.startswith("set"), task  # Add only for a new alarm
    toggles = {1: "AM", 2: "PM", 3: "OK"}  # the picker's own toggles still do
    picker = Screen(package="com.example.clock", digest="p", lines=[f'[{i}] Button "{t}"' for i, t in toggles.items()],
                    actionable=list(toggles), labels=toggles)
    pending = [v for v in task_values("set an alarm for 7:00 pm") if v.kind == "time"]
    assert pickers.screen_scores(None, pending, picker, today, frozenset())[2] > 0
