"""The navigation bar's keys (back, home, recents) are no tap candidates of an app's screen: the agent's own back
and home act for them (agents/perceptor.py). Invented app, real System UI ids."""

from __future__ import annotations

from cascadroid.agents.perceptor import perceive
from cascadroid.device.uiautomator import parse_observation

_FLAGS = ('checkable="false" checked="false" enabled="true" focusable="true" focused="false" scrollable="false" '
          'long-clickable="false" password="false" selected="false"')


def _node(package: str, rid: str, text: str, desc: str, bounds: str, clickable: bool = True, kids: str = "") -> str:
    return (f'<node index="0" text="{text}" resource-id="{rid}" class="android.widget.FrameLayout" package="{package}" '
            f'content-desc="{desc}" clickable="{str(clickable).lower()}" {_FLAGS} bounds="{bounds}">{kids}</node>')


def _screen(front: str) -> str:
    app = _node("org.example.clock", "org.example.clock:id/saver", "Screen saver", "", "[0,300][1080,460]")
    keys = "".join(_node("com.android.systemui", f"com.android.systemui:id/{rid}", "", desc, f"[{x},2300][{x + 200},2400]")
                   for rid, desc, x in (("back", "Back", 100), ("home", "Home", 440), ("recent_apps", "Overview", 780)))
    bar = _node("com.android.systemui", "com.android.systemui:id/navigation_bar_frame", "", "", "[0,2280][1080,2400]",
                clickable=False, kids=keys)
    root = _node(front, "", "", "", "[0,0][1080,2400]", clickable=False, kids=app + bar)
    return f'<hierarchy rotation="0">{root}</hierarchy>'


def test_the_navigation_keys_are_not_listed_over_an_app():
    screen = perceive(parse_observation(_screen("org.example.clock")))
    assert sorted(screen.labels.values()) == ["Screen saver"]
