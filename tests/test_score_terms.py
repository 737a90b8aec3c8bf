"""agents/score_terms.py: a tap's base score kept as named addends, whose sum is the score rank built."""

from __future__ import annotations

from fixtures_uidump import W, node

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import perceive
from cascadroid.agents.score_terms import Terms
from cascadroid.device.uiautomator import parse_observation


def test_zeros_are_not_kept_and_the_total_is_the_sum_in_order() -> None:
    terms = Terms((("shared", 1.0), ("in_row", 0.0), ("switch", 0.5)))
    terms("verb", 1.5)
    terms("ocr", 0.0)
    assert list(terms) == [("shared", 1.0), ("switch", 0.5), ("verb", 1.5)]
    assert terms.total == 3.0
    assert Terms().total == 0.0


def test_a_tap_keeps_the_terms_its_score_was_built_from() -> None:
    rows = "".join(node("android.widget.TextView", (0, 400 + 150 * i, W, 540 + 150 * i), text=t, click=True)
                   for i, t in enumerate(["Morning Run", "Delete Morning Run", "Evening Swim"]))
    root = node("android.widget.FrameLayout", (0, 0, W, 2400), rows, package="org.example.trails")
    xml = f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?><hierarchy rotation=\"0\">{root}</hierarchy>"
    screen = perceive(parse_observation(xml))
    ranked = rank("open Morning Run", "", screen, [], [], limit=40)
    taps = {c.text.split("] ", 1)[1]: c for c in ranked if c.action.get("kind") == "tap"}
    assert dict(taps["Morning Run"].terms)["shared"] > 0  # the task's words are on it
    assert "no_delete" in dict(taps["Delete Morning Run"].terms)  # the task deletes nothing
    assert not taps["Evening Swim"].terms  # nothing raised or lowered it where it was built
