"""benchmarks/screen_noise.py: each screen noise keeps the marked node, changes what it says it changes,
and is the same every run."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cascadroid.device.uiautomator import parse_observation

_path = Path(__file__).resolve().parent.parent / "benchmarks" / "screen_noise.py"
_spec = importlib.util.spec_from_file_location("screen_noise", _path)
screen_noise = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(screen_noise)

PKG = "org.example.gardenlog"


def _node(cls: str, bounds: str, *, text: str = "", desc: str = "", rid: str = "", clickable: bool = False,
          checkable: bool = False, checked: bool = False, focused: bool = False, kids: str = "") -> str:
    flags = (f'clickable="{str(clickable).lower()}" checkable="{str(checkable).lower()}" '
             f'checked="{str(checked).lower()}" focused="{str(focused).lower()}" focusable="{str(clickable).lower()}"')
    return (f'<node index="0" text="{text}" resource-id="{rid}" class="{cls}" package="{PKG}" content-desc="{desc}" '
            f'{flags} enabled="true" scrollable="false" long-clickable="false" password="false" selected="false" '
            f'bounds="{bounds}">{kids}</node>')


ROW = _node("android.widget.LinearLayout", "[0,400][1080,600]", clickable=True, kids=(
    _node("android.widget.TextView", "[40,420][800,500]", text="Tomato beds") +
    _node("android.widget.TextView", "[40,500][800,580]", text="Watered yesterday")))
DUMP = ('<hierarchy rotation="0">' + _node("android.widget.FrameLayout", "[0,0][1080,2400]", kids=(
    _node("android.widget.TextView", "[40,200][700,300]", text="My beds", rid=f"{PKG}:id/title") +
    ROW +
    _node("android.widget.Switch", "[880,700][1040,800]", desc="Frost alerts", rid=f"{PKG}:id/frost",
          clickable=True, checkable=True, checked=True) +
    _node("android.widget.EditText", "[40,900][1040,1000]", text="", rid=f"{PKG}:id/note", clickable=True,
          focused=True) +
    _node("android.widget.Button", "[700,2000][1040,2150]", text="Add bed", rid=f"{PKG}:id/add", clickable=True)
)) + "</hierarchy>")


def _ids(xml: str, **match: str) -> set[int]:
    obs = parse_observation(xml)
    return {e.id for e in obs.elements if all(getattr(e, k) == v for k, v in match.items())}


def _noised(kind: str, marked: set[int], task: str = "Add a bed for peppers") -> tuple[list, set[int]]:
    xml, moved = screen_noise.perturb(DUMP, kind, "invented", marked, task)
    assert screen_noise.MARK not in xml
    return parse_observation(xml).elements, moved


ADD = _ids(DUMP, text="Add bed")
SWITCH = _ids(DUMP, content_desc="Frost alerts")


@pytest.mark.parametrize("kind", screen_noise.KINDS)
def test_the_marked_node_survives_and_the_noise_is_repeatable(kind):
    elements, moved = _noised(kind, ADD)
    assert len(moved) == 1
    node = elements[moved.pop()]
    assert node.clickable and "Add bed" in (node.text + node.content_desc + " ".join(
        e.text + e.content_desc for e in elements if e.parent == node.id))
    assert screen_noise.perturb(DUMP, kind, "invented", ADD) == screen_noise.perturb(DUMP, kind, "invented", ADD)


def test_compose_drops_ids_and_classes_and_moves_a_button_text_to_a_child():
    elements, moved = _noised("compose", ADD | SWITCH)
    assert all(not e.resource_id for e in elements)
    button = next(elements[i] for i in moved if not elements[i].checkable)
    assert button.cls == "android.view.View" and button.text == ""
    assert [e.text for e in elements if e.parent == button.id] == ["Add bed"]
    switch = next(elements[i] for i in moved if elements[i].checkable)
    assert switch.checked and switch.cls == "android.view.View"
    assert any(e.cls.endswith("EditText") for e in elements)


def test_flutter_says_text_in_content_desc_and_folds_a_row_into_its_parent():
    row_text = _ids(DUMP, text="Watered yesterday")
    elements, moved = _noised("flutter", row_text)
    row = elements[moved.pop()]
    assert row.clickable and row.content_desc == "Tomato beds\nWatered yesterday"
    assert not any(e.parent == row.id for e in elements)
    assert all(not e.text for e in elements if not e.is_editable)


def test_react_native_gives_touchables_their_text_as_content_desc_and_bare_test_ids():
    elements, moved = _noised("react_native", ADD)
    button = elements[moved.pop()]
    assert button.cls == "android.view.ViewGroup" and button.content_desc == "Add bed"
    assert all(":id/" not in e.resource_id for e in elements)
    row = next(e for e in elements if e.clickable and e.content_desc.startswith("Tomato beds"))
    assert row.content_desc == "Tomato beds, Watered yesterday"


def test_webview_wraps_the_content_and_strips_ids():
    elements, moved = _noised("webview", ADD)
    web = next(e for e in elements if e.cls == "android.webkit.WebView")
    node = elements[moved.pop()]
    while node.parent is not None and node.id != web.id:
        node = elements[node.parent]
    assert node.id == web.id
    assert all(not e.resource_id for e in elements)


def test_order_shuffles_siblings_and_keeps_every_bounds():
    before = sorted(str(e.bounds) for e in parse_observation(DUMP).elements)
    orders = set()
    for name in ("a", "b", "c", "d"):
        xml, _ = screen_noise.perturb(DUMP, "order", name, ADD)
        elements = parse_observation(xml).elements
        assert sorted(str(e.bounds) for e in elements) == before
        orders.add(tuple(e.text for e in elements))
    assert len(orders) > 1


def test_scale_rescales_every_bounds_to_another_screen():
    xml, moved = screen_noise.perturb(DUMP, "scale", "invented", ADD)
    obs = parse_observation(xml)
    assert (obs.width, obs.height) in {(720, 1600), (1600, 2560)}
    assert obs.elements[moved.pop()].bounds.right == round(1040 * obs.width / 1080)


def test_chrome_adds_bars_and_a_keyboard_with_no_word_of_the_task_and_never_over_the_marked_node():
    field = _ids(DUMP, resource_id=f"{PKG}:id/note")
    elements, moved = _noised("chrome", field, task="Go back home and type a note")
    packages = {e.package for e in elements}
    assert {"com.android.systemui", screen_noise.IME} <= packages
    said = {w for e in elements for w in (e.text + " " + e.content_desc).casefold().split()}
    assert not {"back", "home", "a"} & said
    target = elements[moved.pop()].bounds
    for e in elements:
        if e.package == screen_noise.IME:
            b = e.bounds
            assert b.bottom <= target.top or b.top >= target.bottom or b.right <= target.left or b.left >= target.right


def test_chrome_adds_a_bottom_navigation_only_when_there_is_none():
    no_field = DUMP.replace('focused="true"', 'focused="false"')
    xml, _ = screen_noise.perturb(no_field, "chrome", "invented", set(), "Open the tomato bed")
    tabs = [e for e in parse_observation(xml).elements if e.clickable and e.bounds.top >= 2400 * 0.82
            and e.package == PKG and e.text == ""]
    assert 4 <= len(tabs) <= 5
    three = "".join(_node("android.widget.Button", f"[{i * 300},2200][{i * 300 + 280},2320]", text=f"T{i}",
                          clickable=True) for i in range(3))
    crowded = no_field.replace("</node></hierarchy>", three + "</node></hierarchy>")
    xml, _ = screen_noise.perturb(crowded, "chrome", "invented", set(), "Open the tomato bed")
    assert not any(e.content_desc in screen_noise._TABS and e.package == PKG for e in parse_observation(xml).elements)


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        screen_noise.perturb(DUMP, "qt", "invented", set())
    assert ET.fromstring(DUMP) is not None
