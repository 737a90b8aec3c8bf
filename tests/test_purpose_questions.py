"""A request followed by the question it serves: the control the request names leads the one only the question
names (invented apps and wordings), with cases that must not fire."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import perceive
from cascadroid.agents.purpose_questions import split
from cascadroid.device.uiautomator import parse_observation

PKG = "org.example.parcelpal"


def _tab(i: int, text: str) -> str:
    return (f'<node index="{i}" text="{text}" resource-id="" class="android.widget.Button" package="{PKG}" '
            f'content-desc="" checkable="false" checked="false" clickable="true" enabled="true" focusable="true" '
            f'focused="false" scrollable="false" long-clickable="false" password="false" selected="false" '
            f'bounds="[{270 * i},2200][{270 * i + 270},2330]" />')


def _first(task: str, *tabs: str) -> str:
    kids = "".join(_tab(i, t) for i, t in enumerate(tabs))
    xml = (f'<hierarchy rotation="0"><node index="0" text="" resource-id="" class="android.widget.FrameLayout" '
           f'package="{PKG}" content-desc="" checkable="false" checked="false" clickable="false" enabled="true" '
           f'focusable="false" focused="false" scrollable="false" long-clickable="false" password="false" '
           f'selected="false" bounds="[0,0][1080,2400]">{kids}</node></hierarchy>')
    return rank(task, "", perceive(parse_observation(xml)), [], [])[0].text


def test_the_request_names_the_control_not_the_question_it_serves():
    assert "Orders" in _first("check my orders, did the refund arrive?", "Refund", "Orders", "Help")
    assert "Calendar" in _first("open the calendar, is the dentist on friday?", "Dentist", "Calendar", "Help")


def test_no_question_or_a_question_alone_changes_nothing():
    assert split("open my orders and track the refund") is None  # must not fire: no question
    assert split("has the return been refunded?") is None  # a question alone: nothing to lead
    assert split("open my orders, has the return been refunded?") == ("open my orders", "has the return been refunded?")
