"""First action on real-convention screens: ranked candidates alone, and the bundled model choosing.

The fixtures (tests/fixtures/real_screens) are hand-written uiautomator dumps that reproduce what
real phones show (switches known only by content-desc, U+2011 in "Wi‑Fi", Compose rows, CJK,
Arabic and Cyrillic text, WebViews, canvases, multi-window dumps with systemui first). Each has a
task in its own wording and the right first action (a tap, a typed value, an app opened or a
scroll). ``dev`` fixtures were tuned on; ``heldout`` ones were written before the ranker changed
and only measured. A fixture's optional ``batch`` (e.g. ``blind7``) reports it in a group of its
own (``heldout/blind7``), so a newly written batch is measured apart from those studied before.

    python benchmarks/bench_real_screens.py [--baseline REV] [--model] [--model-fixtures 12]
    python benchmarks/bench_real_screens.py --noise compose|flutter|...|all [--verbose]

``--noise KIND`` measures the dumps said as another toolkit, screen or vendor says them
(benchmarks/screen_noise.py), with the fixtures lost and gained against the dumps as written.

``--baseline REV`` measures the perceptor, ranker and parser of git revision REV side by side
(its package read with ``git archive``; the working tree is not touched).
"""

from __future__ import annotations

import argparse
import atexit
import importlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from cascadroid.device.types import AppInfo, Element, Locator, Observation

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "real_screens"


@dataclass
class Fixture:
    name: str
    split: str
    task: str
    expect: dict[str, Any]
    xml: str
    apps: list[AppInfo]
    package: str | None = None
    screenshot: bytes | None = None
    batch: str = ""

    @property
    def group(self) -> str:
        """The split, or split/batch for a batch reported on its own."""
        return f"{self.split}/{self.batch}" if self.batch else self.split


def load_fixtures(split: str | None = None) -> list[Fixture]:
    out = []
    for meta_path in sorted(FIXTURES.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if split and meta["split"] != split:
            continue
        shot = (FIXTURES / meta["screenshot"]).read_bytes() if meta.get("screenshot") else None
        apps = [AppInfo(label=a[0], package=a[1], activity=a[2] if len(a) > 2 else None) for a in meta.get("apps", [])]
        out.append(Fixture(meta_path.stem, meta["split"], meta["task"], meta["expect"],
                           meta_path.with_suffix(".xml").read_text(encoding="utf-8"), apps, meta.get("package"), shot,
                           meta.get("batch", "")))
    return out


def _matches(element: Element, spec: dict[str, Any]) -> bool:
    fields = {k: v for k, v in spec.items() if not k.startswith("_") and k != "bounds"}
    return Locator(**fields).matches(element) and spec.get("bounds", str(element.bounds)) == str(element.bounds)


def expected_ids(observation: Observation, specs: list[dict[str, Any]]) -> set[int]:
    """Ids of the elements the fixture's locators name (``_nth``: the nth match, from 1)."""
    ids: set[int] = set()
    for spec in specs:
        found = [e.id for e in observation.elements if _matches(e, spec)]
        if "_nth" in spec:
            found = found[spec["_nth"] - 1:spec["_nth"]]
        ids.update(found)
    return ids


def is_right(fixture: Fixture, observation: Observation, screen: Any, action: dict[str, Any],
             ids: set[int] | None = None) -> bool:
    """Whether ``action`` (a candidate's action) is the fixture's expected first action; ``ids``: the
    expected elements when known otherwise (marked before a screen noise changed the dump)."""
    expect, kind = fixture.expect, action.get("kind")

    def expected(specs: list[dict[str, Any]]) -> set[int]:
        return expected_ids(observation, specs) if ids is None else ids
    if expect["kind"] == "tap_ocr":  # a text box read from the screenshot, not a tree node
        label = screen.labels.get(action.get("element"), "")
        return kind == "tap" and action.get("element", -1) >= len(observation.elements) and \
            expect["text"].casefold() in label.casefold()
    if expect["kind"] == "swipe":  # scrolling towards a target out of view: the named list, or the screen
        element = action.get("element")
        return kind == "swipe" and action.get("direction") == expect["direction"] and \
            (element is None or element in expected(expect.get("any_of", [])))
    if expect["kind"] == "done":  # the screen already shows the task done, or the answer to a question
        answer = expect.get("answer")
        return kind == "done" and action.get("success") is not False and \
            (answer is None or answer.casefold() in str(action.get("answer", "")).casefold())
    if expect["kind"] == "back" and kind == "back":  # something unrelated covers the screen
        return True
    if expect["kind"] == "open_app" and kind == "open_app":
        return action.get("app") == expect["app"]
    if expect["kind"] in ("back", "open_app"):  # a dismiss control, or the app's icon, is as good
        specs, wanted = expect.get("or", []), "tap"
    else:
        specs, wanted = expect["any_of"], expect["kind"]
    if kind != wanted or (kind == "type" and expect["text"] not in action.get("text", "")):
        return False
    element = action.get("element")
    return any(element in (i, screen.target(i)) for i in expected(specs))


@dataclass
class Algorithm:
    name: str
    parse: Callable[..., Observation]
    perceive: Callable[..., Any]
    rank: Callable[..., list[Any]]
    takes_app_info: bool = True


def current() -> Algorithm:
    from cascadroid.agents.candidates import rank
    from cascadroid.agents.perceptor import perceive
    from cascadroid.device.uiautomator import parse_observation

    return Algorithm("now", parse_observation, perceive, rank)


def baseline(rev: str) -> Algorithm:
    """The perceptor, ranker and parser as they were at ``rev``: the whole package of that revision
    (``git archive``), imported under another name from a scratch directory."""
    root = Path(tempfile.mkdtemp(prefix="cascadroid_baseline_"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    pkg = root / "cascadroid_baseline"
    archive = subprocess.run(["git", "archive", "--format=tar", rev, "sdk", "agents", "memory", "tools", "device"],
                             cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    (root / "sdk").rename(pkg)
    for sub in ("agents", "memory", "tools", "device"):  # pyproject's package-dir: sdk/ is the package root
        (root / sub).rename(pkg / sub)
    sys.path.insert(0, str(root))
    mods: dict[str, ModuleType] = {n: importlib.import_module(f"cascadroid_baseline.{n}")
                                   for n in ("agents.perceptor", "agents.candidates", "device.uiautomator")}
    rank = mods["agents.candidates"].rank
    if "AppInfo" in (pkg / "agents" / "candidates.py").read_text(encoding="utf-8"):  # the device's apps, as its types
        old_app = importlib.import_module("cascadroid_baseline.device.types").AppInfo

        def rank_with_apps(task: str, subgoal: str, screen: Any, apps: list[Any], history: list[Any]) -> list[Any]:
            return mods["agents.candidates"].rank(task, subgoal, screen, [
                old_app(label=a, package="") if isinstance(a, str) else old_app(**a.model_dump()) for a in apps], history)
        rank = rank_with_apps
    return Algorithm(f"at {rev}", mods["device.uiautomator"].parse_observation, mods["agents.perceptor"].perceive,
                     rank, takes_app_info=True)


def first_candidates(algorithm: Algorithm, fixture: Fixture, ocr: Any = None) -> tuple[Observation, Any, list[Any]]:
    observation = algorithm.parse(fixture.xml, screenshot=fixture.screenshot)
    screen = algorithm.perceive(observation, ocr=ocr)
    apps: list[Any] = fixture.apps if algorithm.takes_app_info else [a.label for a in fixture.apps]
    return observation, screen, algorithm.rank(fixture.task, "", screen, apps, [])


def measure(algorithm: Algorithm, fixtures: list[Fixture], ocr: Any = None, *, verbose: bool = False) -> dict[str, tuple[int, int]]:
    """Right first actions (candidate 1) and fixtures that parsed, per group (split, or split/batch)."""
    tally: dict[str, list[int]] = {}
    for fixture in fixtures:
        row = tally.setdefault(fixture.group, [0, 0])
        row[1] += 1
        try:
            observation, screen, ranked = first_candidates(algorithm, fixture, ocr)
        except Exception as exc:  # the old parser may fail where the new one does not: count it as wrong
            name = "a held fixture" if HELD_NOW.match(fixture.batch) else fixture.name  # never a held one's name
            print(f"  {name}: error {type(exc).__name__}: {exc}")
            continue
        right = bool(ranked) and is_right(fixture, observation, screen, ranked[0].action)
        row[0] += right
        if verbose and not right and not HELD_NOW.match(fixture.batch):
            print(f"  miss {fixture.name}: {fixture.task!r} -> {[c.text for c in ranked[:3]]}")
    return {split: (right, total) for split, (right, total) in tally.items()}


HELD_NOW = re.compile(r"^(fresh40b|fresh40c|fresh41b|fresh41c|fresh42b|fresh42c|fresh43b|fresh43c|fresh44b|fresh44c)$")  # the batches held as the measure now: measured by the lead only, misses never printed


def noise_fixtures(fixtures: list[Fixture]) -> list[Fixture]:
    """Every fixture but those of the batches held now (HELD_NOW)."""
    return [f for f in fixtures if not HELD_NOW.match(f.batch)]


def judge(algorithm: Algorithm, fixture: Fixture, ocr: Any, ids: set[int] | None = None) -> tuple[bool, list[str]]:
    """Whether candidate 1 is right on ``fixture``, and the first three candidates' texts."""
    try:
        observation, screen, ranked = first_candidates(algorithm, fixture, ocr)
    except Exception as exc:  # a perturbed dump the parser refuses counts as wrong
        return False, [f"error {type(exc).__name__}: {exc}"]
    return bool(ranked) and is_right(fixture, observation, screen, ranked[0].action, ids), [c.text for c in ranked[:3]]


def measure_noise(kinds: list[str], fixtures: list[Fixture], ocr: Any, *, verbose: bool = False) -> None:
    """Per screen noise (benchmarks/screen_noise.py): right first actions, and the fixtures lost and
    gained against the unperturbed dumps. Expected nodes are marked before the change, judged by identity."""
    from screen_noise import perturb  # noqa: PLC0415 (benchmarks/ is on sys.path when run as a script)

    algorithm, fixtures = current(), noise_fixtures(fixtures)
    plain = {f.name: judge(algorithm, f, ocr)[0] for f in fixtures}
    print(f"  {'unperturbed':>12}: {sum(plain.values())}/{len(fixtures)}")
    for kind in kinds:
        right: dict[str, bool] = {}
        for fixture in fixtures:
            specs = fixture.expect.get("any_of") or fixture.expect.get("or") or []
            ids = expected_ids(algorithm.parse(fixture.xml), specs) if specs else set()
            xml, moved = perturb(fixture.xml, kind, fixture.name, ids, fixture.task)
            right[fixture.name], said = judge(algorithm, replace(fixture, xml=xml), ocr, moved if ids else None)
            if verbose and plain[fixture.name] and not right[fixture.name]:
                print(f"    {kind} lost {fixture.name}: {fixture.task!r} -> {said}")
        lost = [n.split("_")[0] for n in right if plain[n] and not right[n]]
        gained = [n.split("_")[0] for n in right if right[n] and not plain[n]]
        print(f"  {kind:>12}: {sum(right.values())}/{len(fixtures)}  lost {len(lost)}: {' '.join(lost) or '-'}"
              f"  gained {len(gained)}: {' '.join(gained) or '-'}")


def with_model(fixtures: list[Fixture], ocr: Any, limit: int) -> tuple[int, int, int, float]:
    """The bundled local model picking a number among the candidates, as the graph's choices mode does."""
    from cascadroid.agents import operator
    from cascadroid.agents.calls import ask
    from cascadroid.models import LocalModel

    model = LocalModel()
    algorithm, right, firsts, seconds = current(), 0, 0, 0.0
    for fixture in fixtures[:limit]:
        observation, screen, ranked = first_candidates(algorithm, fixture, ocr)
        apps = ", ".join(a.label for a in fixture.apps)
        started = time.perf_counter()
        asked = ask(model, purpose="operator", header=f"Task: {fixture.task}\nApps: {apps}",
                    instructions=operator.CHOICE_INSTRUCTIONS,
                    user=operator.choice_prompt(screen, [c.text for c in ranked], context=f"Task: {fixture.task}"),
                    output_type=operator.choice_type(len(ranked)), app=screen.package, max_tokens=20)
        seconds += time.perf_counter() - started
        if asked.value is not None:
            right += is_right(fixture, observation, screen, ranked[asked.value.choice - 1].action)
            firsts += asked.value.choice == 1
    return right, min(limit, len(fixtures)), firsts, seconds


def load_ocr() -> Any:
    try:
        from cascadroid.cascade.screenshot import ocr_engine
        return ocr_engine()
    except Exception as exc:  # OCR is optional: canvas fixtures then count as misses
        print(f"(no OCR: {exc})")
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="git revision of the old perceptor/ranker to measure side by side")
    parser.add_argument("--model", action="store_true", help="also measure the bundled model choosing")
    parser.add_argument("--model-fixtures", type=int, default=12)
    parser.add_argument("--noise", help="a screen noise of benchmarks/screen_noise.py, or 'all' (one line each)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    fixtures, ocr = load_fixtures(), load_ocr()
    if args.noise:
        from screen_noise import KINDS  # noqa: PLC0415
        kinds = list(KINDS) if args.noise == "all" else args.noise.split(",")
        print(f"{len(noise_fixtures(fixtures))} fixtures (the held batches left out); candidate 1 right per screen noise:")
        measure_noise(kinds, fixtures, ocr, verbose=args.verbose)
        return
    algorithms = ([baseline(args.baseline)] if args.baseline else []) + [current()]
    print(f"{len(fixtures)} fixtures; first action right with candidate 1 (no model):")
    for algorithm in algorithms:
        result = measure(algorithm, fixtures, ocr, verbose=args.verbose)
        cells = "  ".join(f"{split} {r}/{t} ({100 * r / t:.0f}%)" for split, (r, t) in sorted(result.items()))
        print(f"  {algorithm.name:>14}: {cells}")
    if args.model:
        for split in sorted({f.group for f in fixtures}):
            chosen = [f for f in fixtures if f.group == split]
            right, total, firsts, seconds = with_model(chosen, ocr, args.model_fixtures)
            print(f"  bundled model choosing, {split}: {right}/{total} ({100 * right / total:.0f}%), "
                  f"picked candidate 1 {firsts}/{total}, {seconds / max(total, 1):.2f} s per choice")


if __name__ == "__main__":
    main()
