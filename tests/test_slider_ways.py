"""A task's "dim" or "louder" moves a slider the task names, or one that names nothing, never a slider named for
another thing (agents/slider_levels.py)."""

from cascadroid.agents.slider_levels import slider_candidates
from cascadroid.agents.text import words


def _bonus(label: str, task: str, score: float = 0.0) -> dict[str, float]:
    return {c[0]["direction"]: c[2] - score for c in slider_candidates(7, label, words(task), score, task)}


def test_a_slider_named_for_another_thing_is_not_moved_by_the_tasks_way():
    assert _bonus("Alarm volume", "set the screen saver to night mode so it's dim") == {"left": -0.5, "right": -0.5}


def test_a_named_or_unlabelled_slider_moves_the_way_the_task_says():
    assert _bonus("Brightness", "make the brightness dimmer", score=1.0)["left"] == 1.5
    assert _bonus("", "make it quieter")["left"] == 1.5  # a bare slider: the one the task means
