"""uiautomator dumps written by hand for unit tests: one node builder and the perceived screen of a
hierarchy, in the attribute order and formats a real `uiautomator dump` uses (1080 px wide)."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from cascadroid.agents.perceptor import Screen, perceive
from cascadroid.device.uiautomator import parse_observation

W = 1080


def node(cls: str, box: tuple[int, int, int, int], *children: str, text: str = "", desc: str = "", rid: str = "",
         click: bool = False, long: bool = False, focusable: bool | None = None, focused: bool = False,
         scroll: bool = False, checkable: bool = False, checked: bool = False, selected: bool = False,
         package: str = "") -> str:
    """One <node>; ``focusable`` follows ``click`` unless given."""
    attrs = {"index": "0", "text": text, "resource-id": rid, "class": cls, "package": package, "content-desc": desc,
             "checkable": checkable, "checked": checked, "clickable": click, "enabled": True,
             "focusable": click if focusable is None else focusable, "focused": focused, "scrollable": scroll,
             "long-clickable": long, "password": False, "selected": selected,
             "bounds": f"[{box[0]},{box[1]}][{box[2]},{box[3]}]"}
    head = " ".join(f"{k}={quoteattr(str(v).lower() if isinstance(v, bool) else v)}" for k, v in attrs.items())
    return f"<node {head}>{''.join(children)}</node>" if children else f"<node {head} />"


def screen_of(package: str, *children: str) -> Screen:
    """The perceived screen of ``children`` under a full-screen FrameLayout of app ``package``."""
    root = node("android.widget.FrameLayout", (0, 0, W, 2400), *children)
    xml = f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?><hierarchy rotation=\"0\">{root}</hierarchy>"
    return perceive(parse_observation(xml.replace('package=""', f'package="{package}"')))
