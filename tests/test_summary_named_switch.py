"""A switch already on finishes a task only when the task names the switch, not when it only shares words with the
switch's summary (agents/switches.py): invented gesture settings."""

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import Screen


def _gestures() -> Screen:
    labels = {20: "Quick torch", 21: "Quick capture", 22: "Lift to silence"}
    context = {20: "Quick torch | Make two chopping motions for the torch",
               21: "Quick capture | Twist the phone twice to open the camera",
               22: "Lift to silence | Pick up the phone twice to silence calls"}
    lines = ['[20] Switch "Quick torch" (off)', '[21] Switch "Quick capture" (on)', '[22] Button "Lift to silence"']
    return Screen(package="com.example.gestures", digest="g", lines=lines, actionable=list(labels), labels=labels,
                  context=context, checked={20: False, 21: True},
                  bounds={i: [0, 400 + 200 * n, 1080, 580 + 200 * n] for n, i in enumerate(labels)}, width=1080)


def test_a_switch_on_named_only_by_its_summary_finishes_nothing():
    top = rank("activate the gesture of shaking the phone twice for light", "", _gestures(), [], [])[0]
    assert top.action.get("kind") != "done"


def test_a_switch_named_by_its_title_and_already_on_finishes():
    top = rank("turn on quick capture", "", _gestures(), [], [])[0]
    assert top.action.get("kind") == "done"
