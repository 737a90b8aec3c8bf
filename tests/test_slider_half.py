"""Half a level said as a word ("à moitié", "auf die Hälfte", "一半") is 50%: a slider already there finishes the task,
one elsewhere moves toward it; half an amount ("half an hour") names no level (agents/slider_levels.py)."""

import pytest
from fixtures_uidump import W, node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.agents.slider_levels import slider_candidates, wanted_level


@pytest.mark.parametrize("task", [
    "set the volume to half", "dimme das Licht im Flur auf die Hälfte", "pon el volumen a la mitad", "亮度调到一半",
    "音量を半分にして", "밝기 절반으로 줄여줘", "ściemnij lampę w kuchni na pół", "chỉnh độ sáng một nửa",
])
def test_half_said_as_a_word_is_fifty(task):
    assert wanted_level(task) == 50.0


@pytest.mark.parametrize("task", ["set a timer for half an hour", "半小时后提醒我", "nửa tiếng nữa nhắc tôi",
                                  "set brightness to 30%", "play half of the playlist"])
def test_half_an_amount_names_no_level(task):
    assert wanted_level(task) != 50.0


def _lamp(level: int):
    return screen_of("com.example.lights",
                     node("android.widget.TextView", (40, 120, 900, 220), text="Flur"),
                     node("android.widget.Switch", (40, 300, W - 40, 420), desc="Flur, an", click=True,
                          checkable=True, checked=True),
                     node("android.widget.SeekBar", (40, 500, W - 40, 600), desc=f"Helligkeit, {level} %", click=True),
                     node("android.widget.TextView", (40, 700, 500, 800), text="Szenen"),
                     node("android.view.View", (40, 820, 500, 920), desc="Lesen, 100 %", click=True),
                     node("android.view.View", (540, 820, W - 40, 920), desc="Entspannen, 40 %", click=True))


def test_a_slider_already_at_half_finishes_the_task():
    assert rank("dimme das Licht im Flur auf die Hälfte", "", _lamp(50), [], [])[0].action["kind"] == "done"


def test_a_slider_elsewhere_moves_toward_half():
    moves = {c[0]["direction"]: c[2] for c in slider_candidates(3, "Helligkeit, 90 %", set(), 0.0, "Licht auf die Hälfte")}
    assert moves["left"] > 0 > moves["right"]
