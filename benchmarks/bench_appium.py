"""Appium backend: command round trip through AppiumDevice vs raw appium-python-client.

Both sides use the same session on one local Appium server with @appium/fake-driver. Rounds
are interleaved and medians compared; target ratio (cascadroid / raw) <= 1.1 for each command:

1. observe: ``device.observe()`` (page source + parse into elements) vs ``driver.page_source``,
   on a small screen (5 elements) and on a long list (243 elements), where parsing into
   Element models is extra work the raw client does not do (printed separately);
2. tap: ``device.act(Tap(element=...))`` vs a raw W3C touch ActionBuilder at the same point;
3. type: ``device.act(TypeText(...))`` vs raw find_element (same XPath) + clear + send_keys.

Needs node and an Appium install (scripts/install_appium.sh).
Run: python benchmarks/bench_appium.py [--rounds 200] [--appium-home .appium]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from appium.webdriver.common.appiumby import AppiumBy
from selenium.webdriver.common.actions import interaction
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.actions.pointer_input import PointerInput

from cascadroid.device import AppiumDevice, Tap, TypeText, parse_observation
from cascadroid.device.appium import element_xpaths
from cascadroid.testing.appium_server import appium_server, fake_driver_capabilities

ROWS = 60
SMALL_APP = (
    '<app width="1080" height="2400"><android.widget.FrameLayout class="android.widget.FrameLayout" '
    'package="com.example.notes" bounds="[0,0][1080,2400]">'
    '<android.widget.TextView class="android.widget.TextView" text="New note" bounds="[0,100][1080,200]"/>'
    '<MockInputField class="android.widget.EditText" resource-id="com.example.notes:id/title" focused="true" '
    'bounds="[40,300][1040,420]"/><MockInputField class="android.widget.EditText" bounds="[40,460][1040,900]"/>'
    '<MockButton class="android.widget.Button" text="Save" clickable="true" bounds="[40,1000][540,1120]"/>'
    "</android.widget.FrameLayout></app>"
)


def fake_app(rows: int = ROWS) -> str:
    """A notes list: a search field, then rows of (title, subtitle, star button)."""
    items = []
    for i in range(rows):
        top = 300 + i * 120
        items.append(
            f'<android.widget.LinearLayout class="android.widget.LinearLayout" package="com.example.notes" '
            f'clickable="true" bounds="[0,{top}][1080,{top + 120}]">'
            f'<android.widget.TextView class="android.widget.TextView" package="com.example.notes" '
            f'text="Note {i}" bounds="[40,{top}][800,{top + 70}]"/>'
            f'<android.widget.TextView class="android.widget.TextView" package="com.example.notes" '
            f'text="Edited {i} min ago" bounds="[40,{top + 70}][800,{top + 120}]"/>'
            f'<MockButton class="android.widget.ImageButton" package="com.example.notes" content-desc="Star note {i}" '
            f'clickable="true" bounds="[900,{top}][1040,{top + 120}]"/></android.widget.LinearLayout>'
        )
    return (
        '<app width="1080" height="7800"><android.widget.FrameLayout class="android.widget.FrameLayout" '
        'package="com.example.notes" bounds="[0,0][1080,7800]">'
        '<MockInputField class="android.widget.EditText" package="com.example.notes" '
        'resource-id="com.example.notes:id/search" focused="true" clickable="true" bounds="[40,100][1040,220]"/>'
        f'<android.widget.ScrollView class="android.widget.ScrollView" package="com.example.notes" scrollable="true" '
        f'bounds="[0,300][1080,7800]">{"".join(items)}</android.widget.ScrollView>'
        "</android.widget.FrameLayout></app>"
    )


def compare(rounds: int, sdk: Callable[[], object], raw: Callable[[], object]) -> tuple[float, float]:
    """Median milliseconds of (sdk, raw), interleaved after a warm-up."""
    for _ in range(5):
        sdk(), raw()
    sdk_ms, raw_ms = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        raw()
        raw_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        sdk()
        sdk_ms.append((time.perf_counter() - start) * 1000)
    return statistics.median(sdk_ms), statistics.median(raw_ms)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--appium-home", type=Path, default=Path(__file__).resolve().parents[1] / ".appium")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, appium_server(args.appium_home, log_path=Path(tmp) / "a.log") as server:
        small, app = Path(tmp) / "small.xml", Path(tmp) / "notes.xml"
        small.write_text(SMALL_APP)
        app.write_text(fake_app())
        with AppiumDevice(server.url, fake_driver_capabilities(small)) as small_device:
            observe_small = compare(args.rounds, small_device.observe, lambda: small_device.driver.page_source)
        device = AppiumDevice(server.url, fake_driver_capabilities(app))
        driver = device.driver
        screen = device.observe()
        star = next(e for e in screen.elements if e.content_desc == "Star note 30")
        search = next(e for e in screen.elements if e.resource_id.endswith("search"))
        x, y = star.bounds.center
        search_xpath = element_xpaths(screen.xml)[search.id]
        parse_ms = compare(args.rounds, lambda: parse_observation(screen.xml), lambda: None)[0]

        def raw_tap() -> None:
            builder = ActionBuilder(driver, mouse=PointerInput(interaction.POINTER_TOUCH, "finger"), duration=0)
            builder.pointer_action.move_to_location(x, y).pointer_down().pause(0.05).pointer_up()
            builder.perform()

        def raw_type() -> None:
            field = driver.find_element(AppiumBy.XPATH, search_xpath)
            field.clear()
            field.send_keys("groceries")

        results = {
            "observe (5 elements)": observe_small,
            "observe (243 elements)": compare(args.rounds, device.observe, lambda: driver.page_source),
            "tap": compare(args.rounds, lambda: device.act(Tap(element=star.id)), raw_tap),
            "type": compare(args.rounds, lambda: device.act(TypeText(text="groceries", element=search.id)), raw_type),
        }
        device.close()

    print(f"Appium {server.url} fake driver, {len(screen.elements)} elements, {args.rounds} interleaved rounds")
    print(f"{'command':<24}{'cascadroid ms':>15}{'raw ms':>10}{'ratio':>8}  target <= 1.10")
    for name, (sdk_ms, raw_ms) in results.items():
        ratio = sdk_ms / raw_ms
        print(f"{name:<24}{sdk_ms:>15.2f}{raw_ms:>10.2f}{ratio:>8.2f}  {'ok' if ratio <= 1.1 else 'MISSED'}")
    print(f"of which parsing {len(screen.elements)} elements (parse_observation alone): {parse_ms:.2f} ms")


if __name__ == "__main__":
    main()
