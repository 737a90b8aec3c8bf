"""A task's "dim" or "louder" moves a slider the way its request says; a reason appended ("..., so it's dim") says
no way to move one (agents/slider_levels.py)."""

from cascadroid.agents.slider_levels import slider_candidates
from cascadroid.agents.text import words


def _bonus(label: str, task: str, score: float = 0.0) -> dict[str, float]:
    return {c[0]["direction"]: c[2] - score for c in slider_candidates(7, label, words(task), score, task)}


def test_a_reason_appended_says_no_way_to_move_a_slider():
    assert _bonus("Alarm volume", "set the screen saver to night mode so it's dim") == {"left": -0.5, "right": -0.5}
    assert _bonus("Volume", "open the radio app, so it's louder than the TV")["right"] == -0.5


def test_the_requests_own_words_move_a_slider():
    assert _bonus("Brightness", "make the brightness dimmer", score=1.0)["left"] == 1.5
    assert _bonus("", "make it quieter")["left"] == 1.5
    assert _bonus("Warmth 70%", "make the porch lamp dimmer so I can sleep")["left"] == 1.5
