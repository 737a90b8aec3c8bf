"""The simulated phone's intent resolver: which app and screen an ``open_uri`` action opens.

As on Android: a Settings intent action opens that page; ``tel:`` the dialer with the number
filled (nothing is dialled); ``sms:``/``smsto:`` a conversation with the ``body`` drafted;
``geo:…?q=`` a maps search; ``mailto:`` a compose; ``content://com.android.calendar/events``
(VIEW or INSERT) a new event; ``http(s):`` a new browser tab; ``APPNAME://`` (an app's own scheme) that
app. A ``package`` that is not the handler's, or a link nothing handles, is refused unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote

from ...errors import InvalidActionError
from ..types import OpenUri

if TYPE_CHECKING:
    from .app import App, Screen
    from .runtime import SimDevice

VIEW = "android.intent.action.VIEW"
_VIEWERS = (VIEW, "android.intent.action.DIAL", "android.intent.action.SENDTO", "android.intent.action.INSERT",
            "android.intent.action.EDIT")

# Settings intent action -> screen class per skin ("classic", "pixel", "vendor"), from the Settings app.
_SETTINGS_PAGES: dict[str, dict[str, str]] = {
    "android.settings.WIFI_SETTINGS": {"classic": "WifiScreen", "pixel": "PixelInternet", "vendor": "VendorWifi"},
    "android.settings.BLUETOOTH_SETTINGS": {"classic": "DevicesScreen", "pixel": "PixelBluetooth",
                                            "vendor": "VendorBluetooth"},
    "android.settings.WIRELESS_SETTINGS": {"classic": "NetworkScreen", "pixel": "PixelNetwork",
                                           "vendor": "VendorConnections"},
    "android.settings.AIRPLANE_MODE_SETTINGS": {"classic": "NetworkScreen", "pixel": "PixelNetwork",
                                                "vendor": "VendorConnections"},
    "android.settings.DISPLAY_SETTINGS": {"classic": "DisplayScreen", "pixel": "DisplayScreen",
                                          "vendor": "DisplayScreen"},
}
_SETTINGS_HOME = "android.settings.SETTINGS"


def open_uri(phone: SimDevice, action: OpenUri) -> str:
    """Bring the handling app forward on the page ``action`` names; the message says where."""
    if action.uri is None:
        name, make = _settings(phone, action.action or "")
    elif (action.action or VIEW) in _VIEWERS:
        name, make = _viewer(phone, action.uri)
    else:
        name, make = None, None
    app = phone.apps.get(name or "")
    if app is None or make is None or (action.package and action.package != app.package):
        raise InvalidActionError(
            f"no app on this phone opens {action.uri or action.action}"
            + (f" in {action.package}" if action.package else ""),
            hint="open the app with open_app and navigate to the page instead")
    phone.launch(app.name)
    screen = make(app)
    if screen is not None:
        phone.push(app.name, screen)
    return f"opened {action.uri or action.action} in {app.label}"


Maker = Callable[["App[Any]"], "Screen | None"]


def _settings(phone: SimDevice, intent: str) -> tuple[str | None, Maker | None]:
    if intent == _SETTINGS_HOME:
        return "settings", lambda app: None
    pages = _SETTINGS_PAGES.get(intent)
    if pages is None:
        return None, None

    def make(app: App[Any]) -> Screen:
        from .apps import settings, settings_skins

        name = pages.get(app.skin.name, pages["classic"])
        module = settings if hasattr(settings, name) else settings_skins
        return getattr(module, name)(app)

    return "settings", make


def _viewer(phone: SimDevice, uri: str) -> tuple[str | None, Maker | None]:
    scheme, _, rest = uri.partition(":")
    scheme = scheme.lower()
    target, _, query = rest.partition("?")
    params = {key: values[0] for key, values in parse_qs(query).items()}
    target = unquote(target)
    if scheme == "tel":
        return "phone", lambda app: _dialer(app, target)
    if scheme in ("sms", "smsto"):
        return "messages", lambda app: _conversation(app, target, params.get("body", ""))
    if scheme == "geo":
        return "maps", lambda app: _maps(app, params.get("q", ""))
    if scheme == "mailto":
        return "mail", lambda app: _compose(app, target, params.get("subject", ""), params.get("body", ""))
    if scheme == "content" and target.startswith("//com.android.calendar/"):
        return "calendar", lambda app: _event(app, target, params)
    if scheme in ("http", "https"):
        return "browser", lambda app: _browse(app, uri)
    own = next((key for key, app in phone.apps.items() if app.launchable and key == scheme), None)
    return own, (lambda app: None) if own else None


def _dialer(app: App[Any], number: str) -> Screen:
    from .apps.phone import Dialer

    screen = Dialer(app)  # type: ignore[arg-type]
    screen.tab, screen.number = "Keypad", number
    return screen


def _conversation(app: App[Any], address: str, body: str) -> Screen:
    from .apps.messages import Conversation

    screen = Conversation(app, address)  # type: ignore[arg-type]
    screen.draft = body
    return screen


def _maps(app: App[Any], query: str) -> Screen:
    from .apps.maps import MapHome

    screen = MapHome(app)  # type: ignore[arg-type]
    screen.query = query
    return screen


def _compose(app: App[Any], to: str, subject: str, body: str) -> Screen:
    from .apps.mail import Compose

    return Compose(app, to=to, subject=subject, body=body)  # type: ignore[arg-type]


def _event(app: App[Any], target: str, params: dict[str, str]) -> Screen | None:
    from .apps.calendar import EventEditor

    if not target.rstrip("/").endswith("/events"):
        return None  # content://com.android.calendar/time/…: the calendar itself
    screen = EventEditor(app, None, app.now().date())  # type: ignore[arg-type]
    for key in ("title", "location"):
        screen.draft[key] = params.get(key, screen.draft[key])
    return screen


def _browse(app: App[Any], url: str) -> Screen | None:
    from .apps.browser import BrowserScreen

    app.new_tab(url)  # type: ignore[attr-defined]  # as Chrome opens a link from another app
    top = app.screens[-1] if app.screens else None
    return None if isinstance(top, BrowserScreen) else BrowserScreen(app)  # type: ignore[arg-type]
