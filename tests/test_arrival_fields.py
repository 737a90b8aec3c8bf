"""A trip form's arrival field (named by its id or by the word it shows while empty: "Llegada", "Aller à") takes the
place the task goes to (invented carpool app), and a field holding a real place is left alone."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import perceive
from cascadroid.device.uiautomator import parse_observation

PKG = "org.example.sharedride"


def _field(i: int, rid: str, text: str, focused: bool) -> str:
    return (f'<node index="{i}" text="{text}" resource-id="{PKG}:id/{rid}" class="android.widget.EditText" '
            f'package="{PKG}" content-desc="" checkable="false" checked="false" clickable="true" enabled="true" '
            f'focusable="true" focused="{str(focused).lower()}" scrollable="false" long-clickable="true" '
            f'password="false" selected="false" bounds="[40,{300 + 160 * i}][1040,{420 + 160 * i}]" />')


def _form(origin: str, arrival: str) -> str:
    kids = _field(0, "origin_box", origin, False) + _field(1, "arrival_box", arrival, True)
    return (f'<hierarchy rotation="0"><node index="0" text="" resource-id="" class="android.widget.FrameLayout" '
            f'package="{PKG}" content-desc="" checkable="false" checked="false" clickable="false" enabled="true" '
            f'focusable="false" focused="false" scrollable="false" long-clickable="false" password="false" '
            f'selected="false" bounds="[0,0][1080,2400]">{kids}</node></hierarchy>')


def _ranked(task: str, xml: str):
    return rank(task, "", perceive(parse_observation(xml)), [], [])


def test_the_place_gone_to_is_typed_into_the_arrival_field_showing_its_own_name():
    best = _ranked("voy a Valencia mañana", _form("Madrid", "Llegada"))[0].action
    assert best["kind"] == "type" and best["text"] == "Valencia"


def test_an_arrival_field_holding_a_place_is_not_typed_over():
    ranked = _ranked("voy a Valencia mañana", _form("Madrid", "Ciudad Real"))  # must not fire: a real value
    assert not any(c.action.get("kind") == "type" and c.action.get("text") == "Valencia" for c in ranked)
