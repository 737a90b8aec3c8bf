"""Which Appium ``mobile:`` command starts an intent or opens a deep link, per platform."""

from __future__ import annotations

from typing import Any

from ..errors import UnsupportedActionError
from ._android import VIEW
from .types import OpenUri


def intent_script(platform: str, action: OpenUri) -> tuple[str, dict[str, Any]]:
    """The ``mobile:`` command that starts ``action``: ``deepLink`` for a URI (UiAutomator2 wants
    the package; XCUITest takes an optional bundle id), ``startActivity`` for the rest on Android."""
    if platform == "ios":
        if action.uri is None:
            raise UnsupportedActionError(f"iOS has no intent actions like {action.action!r}",
                                         hint="open a URI instead (an app's own scheme), or open_app and navigate")
        return "mobile: deepLink", {"url": action.uri, **({"bundleId": action.package} if action.package else {})}
    if action.uri and action.package and action.action in (None, VIEW):
        return "mobile: deepLink", {"url": action.uri, "package": action.package}
    args = {"action": action.action or VIEW, "uri": action.uri, "package": action.package}
    return "mobile: startActivity", {key: value for key, value in args.items() if value is not None}
