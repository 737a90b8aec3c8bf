"""Simulated phone benchmark: step cost, screenshot cost, and what an agent reads per screen.

    python benchmarks/bench_device.py [--rounds 300] [--shots 30]

Targets (issue 4): observe + act without screenshot <= 2 ms median; screenshot render at
1080x2400 <= 30 ms; the element list an agent reads <= 25% of the raw XML (tokens ~ chars/4).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from cascadroid.device import Back, Locator, OpenApp, Swipe, Tap
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.render import Renderer
from cascadroid.device.uiautomator import parse_observation


def median_ms(fn: Callable[[], object], rounds: int, clock: Callable[[], float] = time.perf_counter) -> float:
    times = []
    for _ in range(rounds):
        start = clock()
        fn()
        times.append((clock() - start) * 1000)
    return statistics.median(times)


TOUR: list[tuple[str, Callable[[SimDevice], None]]] = [
    ("home", lambda p: None),
    ("settings", lambda p: p.act(OpenApp(app="Settings"))),
    ("settings/display", lambda p: _tap(p, text="Display")),
    ("contacts", lambda p: p.act(OpenApp(app="Contacts"))),
    ("contacts/scrolled", lambda p: p.act(Swipe(direction="down"))),
    ("messages", lambda p: p.act(OpenApp(app="Messages"))),
    ("messages/thread", lambda p: _tap(p, resource_id="com.google.android.apps.messaging:id/conversation_row")),
    ("phone/keypad", lambda p: p.act(OpenApp(app="Phone"))),
    ("clock/alarms", lambda p: p.act(OpenApp(app="Clock"))),
]


def _tap(phone: SimDevice, **locator: str) -> None:
    element = phone.observe().find(Locator(**locator))
    if element is None:
        raise SystemExit(f"benchmark tour broke: nothing matches {locator} on {phone.observe().activity}")
    phone.act(Tap(element=element.id))


def step_cost(rounds: int) -> dict[str, float]:
    """observe + act on a loop where every step changes the screen (Settings: open Display,
    go back, ...), so each observe composes and parses a new tree; and the parts of it."""
    phone = SimDevice(seed=0)
    phone.act(OpenApp(app="Settings"))

    def step() -> None:
        obs = phone.observe()
        target = obs.find(Locator(text="Display", resource_id="android:id/title"))  # the list row
        if target is not None:
            phone.act(Tap(element=target.id))
        else:
            phone.act(Back())

    observe_only = median_ms(lambda: phone.observe(), rounds)
    frame = phone.compose()
    build = median_ms(phone.compose, rounds)
    parse = median_ms(lambda: parse_observation(frame.xml, package=frame.package), rounds)
    loop = median_ms(step, rounds)
    kinds = [e.action.kind for e in phone.action_log[1:]]
    if kinds.count("tap") < rounds // 3 or kinds.count("back") < rounds // 3:
        raise SystemExit(f"benchmark loop did not alternate screens: {kinds[:10]}")
    loop_cpu = median_ms(step, rounds, clock=time.process_time)
    return {"observe+act": loop, "observe+act, CPU time": loop_cpu, "observe (cached parse)": observe_only,
            "compose tree + XML": build, "parse XML (shared parser)": parse, "elements": len(frame.nodes)}


def screenshot_cost(shots: int) -> dict[str, float]:
    phone = SimDevice(seed=0)
    phone.act(OpenApp(app="Contacts"))
    frame = phone.compose()
    renderer = Renderer(phone.width, phone.height)
    renderer.png(phone, frame)  # load fonts
    draw = median_ms(lambda: renderer.image(phone, frame), shots)
    png = median_ms(lambda: renderer.png(phone, frame), shots)
    observe = median_ms(lambda: phone.observe(screenshot=True), shots)
    cpu = median_ms(lambda: renderer.png(phone, frame), shots, clock=time.process_time)
    return {"draw (image only)": draw, "draw + PNG encode": png, "observe(screenshot=True)": observe,
            "draw + PNG, CPU time": cpu}


def text_sizes() -> list[tuple[str, int, int, int]]:
    """(screen, elements, XML tokens, element-list tokens) per screen of the tour."""
    try:
        from cascadroid.agents.perceptor import perceive
    except ImportError:  # the agents package is optional for this benchmark
        perceive = None
    phone = SimDevice(seed=0)
    rows = []
    for name, go in TOUR:
        go(phone)
        obs = phone.observe()
        listing = perceive(obs).text() if perceive else compact(obs)
        rows.append((name, len(obs.elements), len(obs.xml) // 4, len(listing) // 4))
    return rows


def compact(obs) -> str:  # noqa: ANN001 - fallback when cascadroid.agents is not importable
    return "\n".join(f"{e.id}: {e.cls.rsplit('.', 1)[-1]} {e.label}" for e in obs.elements
                     if e.clickable or e.is_editable or e.text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--shots", type=int, default=30)
    args = parser.parse_args()

    steps = step_cost(args.rounds)
    print(f"observe + act, no screenshot ({args.rounds} rounds, {steps.pop('elements'):.0f}-element screen):")
    for label, value in steps.items():
        print(f"  {label:<28} {value:7.3f} ms median")
    print(f"  target <= 2 ms: {'met' if steps['observe+act'] <= 2 else 'MISSED'} "
          f"(ratio to target {steps['observe+act'] / 2:.2f})")

    shots = screenshot_cost(args.shots)
    print(f"screenshot at 1080x2400 ({args.shots} shots, Contacts list; wall clock unless noted):")
    for label, value in shots.items():
        print(f"  {label:<28} {value:7.2f} ms median")
    print(f"  target <= 30 ms: {'met' if shots['draw + PNG encode'] <= 30 else 'MISSED'} "
          f"(ratio to target {shots['draw + PNG encode'] / 30:.2f})")

    rows = text_sizes()
    print("what an agent reads per screen (tokens ~ chars/4): element list vs raw XML")
    for name, count, xml_tokens, list_tokens in rows:
        print(f"  {name:<20} {count:3d} elements  XML {xml_tokens:5d}  list {list_tokens:4d}  "
              f"{list_tokens / xml_tokens:6.1%}")
    total_xml = sum(r[2] for r in rows)
    total_list = sum(r[3] for r in rows)
    ratio = total_list / total_xml
    print(f"  all screens: list/XML = {ratio:.1%}; target <= 25%: {'met' if ratio <= 0.25 else 'MISSED'}")


if __name__ == "__main__":
    main()
