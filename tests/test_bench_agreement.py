"""benchmarks/bench_agreement.py: a perturbed dump's nodes map back to the original's by identity (whatever
order, scale or a toolkit did to ids and bounds), added nodes map to nothing, and agreement and the vote
count what they say."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cascadroid.device.uiautomator import parse_observation

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import bench_agreement  # noqa: E402
import screen_noise  # noqa: E402

PKG = "org.example.kilnlog"


def _node(cls: str, bounds: str, *, text: str = "", desc: str = "", clickable: bool = False, kids: str = "") -> str:
    return (f'<node index="0" text="{text}" resource-id="{PKG}:id/n" class="{cls}" package="{PKG}" '
            f'content-desc="{desc}" clickable="{str(clickable).lower()}" checkable="false" checked="false" '
            f'focused="false" focusable="false" enabled="true" scrollable="false" long-clickable="false" '
            f'password="false" selected="false" bounds="{bounds}">{kids}</node>')


DUMP = ('<hierarchy rotation="0">' + _node("android.widget.FrameLayout", "[0,0][1080,2400]", kids=(
    _node("android.widget.TextView", "[40,200][700,300]", text="Firings") +
    _node("android.widget.LinearLayout", "[0,400][1080,600]", clickable=True, kids=(
        _node("android.widget.TextView", "[40,420][800,500]", text="Glaze batch") +
        _node("android.widget.TextView", "[40,500][800,580]", text="Cone six"))) +
    _node("android.widget.Button", "[700,700][1040,850]", text="Start firing", clickable=True) +
    _node("android.widget.Button", "[40,700][400,850]", text="Cancel", clickable=True)
)) + "</hierarchy>")
ORIGINAL = parse_observation(DUMP).elements
START = next(e.id for e in ORIGINAL if e.text == "Start firing")


def _said(element) -> str:
    return element.text or element.content_desc


@pytest.mark.parametrize("kind", screen_noise.KINDS)
def test_each_numbered_node_is_the_original_node(kind: str) -> None:
    xml, numbers = bench_agreement.rewritten(DUMP, kind, "invented", "start the firing", {START})
    assert bench_agreement._NUMBER not in xml and screen_noise.MARK not in xml
    elements = parse_observation(xml).elements
    assert len(elements) == len(numbers)
    moved = [e for e, n in zip(elements, numbers) if n == START]
    assert len(moved) == 1 and moved[0].clickable
    said = [_said(moved[0])] + [_said(e) for e in elements if e.parent == moved[0].id]  # compose: a text child
    assert any("Start firing" in s for s in said)
    for element, number in zip(elements, numbers):
        if number is not None and ORIGINAL[number].clickable:
            assert element.clickable  # a control maps to a control, never to an added text or wrapper


def test_order_and_scale_change_ids_or_bounds_but_not_the_mapping() -> None:
    xml, numbers = bench_agreement.rewritten(DUMP, "order", "invented", "", set())
    shuffled = parse_observation(xml).elements
    assert sorted(numbers) == list(range(len(ORIGINAL)))
    assert all(str(e.bounds) == str(ORIGINAL[n].bounds) for e, n in zip(shuffled, numbers))
    xml, numbers = bench_agreement.rewritten(DUMP, "scale", "invented", "", set())
    assert numbers == list(range(len(ORIGINAL)))
    assert str(parse_observation(xml).elements[START].bounds) != str(ORIGINAL[START].bounds)


def test_chrome_adds_unnumbered_nodes_and_never_covers_the_chosen_one() -> None:
    xml, numbers = bench_agreement.rewritten(DUMP, "chrome", "invented", "start the firing", {START})
    added = [e for e, n in zip(parse_observation(xml).elements, numbers) if n is None]
    assert added and all(n is None or 0 <= n < len(ORIGINAL) for n in numbers)
    box = ORIGINAL[START].bounds
    for e in added:
        if e.package == PKG and e.clickable:  # a banner's button or a tab: beside the chosen node, not over it
            assert e.bounds.right <= box.left or e.bounds.left >= box.right or \
                e.bounds.bottom <= box.top or e.bounds.top >= box.bottom


def test_keys_tell_actions_apart_and_an_added_node_is_no_original() -> None:
    assert bench_agreement.key({"kind": "tap", "element": 9}, 3) == "tap:3"
    assert bench_agreement.key({"kind": "long_press", "element": 9}, 3) != "tap:3"
    assert bench_agreement.key({"kind": "tap", "element": 9}, None) == "tap:added"
    assert bench_agreement.key({"kind": "open_app", "app": "org.example.kilnlog"}, None) == "open_app:org.example.kilnlog"
    assert bench_agreement.key({"kind": "swipe", "direction": "up"}, None) == "swipe:up"


def _row(top_right: bool, runs: list[tuple[str, bool]]) -> dict:
    return {"top": "tap:1", "cands": [{"right": top_right}],
            "runs": [{"noise": "order" if i % 2 else "typos", "key": k, "right": r} for i, (k, r) in enumerate(runs)]}


def test_agreement_is_the_share_of_runs_keeping_the_first_action() -> None:
    row = _row(False, [("tap:1", False), ("tap:2", True), ("tap:1", False), (None, False)])
    assert bench_agreement.agreement(row) == 0.5
    assert bench_agreement.agreement(row, ("order",)) == 0.0
    assert bench_agreement.agreement(_row(True, [])) == 1.0


def test_the_vote_moves_only_on_a_majority_and_a_tie_keeps_the_first_action() -> None:
    assert bench_agreement.voted(_row(False, [("tap:2", True)] * 3 + [("tap:1", False)])) is True  # 3 to 2
    assert bench_agreement.voted(_row(False, [("tap:2", True)] * 2 + [("tap:1", False)])) is False  # 2 to 2: kept
    assert bench_agreement.voted(_row(True, [(None, False), (None, False)])) is True  # failed runs cast no vote


def test_rewriting_is_the_same_every_run() -> None:
    assert bench_agreement.rewritten(DUMP, "flutter", "invented", "", {START}) == \
        bench_agreement.rewritten(DUMP, "flutter", "invented", "", {START})
