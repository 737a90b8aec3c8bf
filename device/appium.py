"""AppiumDevice: a phone or emulator driven through an Appium server (appium-python-client).

Needs the optional dependency: ``pip install 'cascadroid[appium]'``. Observations are the
page source: a UIAutomator dump (Android) goes through the shared parser, an XCUITest source
(iOS) through :mod:`._ios`; gestures are W3C pointer actions on both. The platform is the
session's ``platformName``; for a driver that names another (the fake driver), the page
source's form. A lost session is re-created once per command; a second failure raises
:class:`~cascadroid.errors.DeviceConnectionError`.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import ConfigurationError, DeviceConnectionError, DeviceError, UnsupportedActionError
from ._android import KEYCODE_ENTER, KEYCODE_HOME, LONG_PRESS_MS, SWIPE_MS, AndroidDevice, AppTarget, intent_text
from ._appium_apps import list_apps, read_contacts
from ._appium_intents import intent_script
from ._ios import is_xcuitest, navigation_back_button, parse_xcuitest, xcuitest_xpaths
from .types import AppInfo, Element, Observation, OpenUri
from .uiautomator import parse_observation

if TYPE_CHECKING:
    from appium.webdriver.webdriver import WebDriver

    from ..settings import Settings

T = TypeVar("T")
_log = logging.getLogger(__name__)

DEFAULT_SERVER_URL = "http://127.0.0.1:4723"
_START_HINT = (
    "start Appium there, e.g. `appium server --address 127.0.0.1 --port 4723` "
    "(install: `npm install -g appium && appium driver install uiautomator2`, or `xcuitest` for iOS), "
    "or pass the right server_url"
)


def _import_client() -> Any:
    try:
        from appium import webdriver
    except ImportError as exc:
        raise ConfigurationError(
            "AppiumDevice needs the Appium Python client, which is not installed",
            hint="pip install 'cascadroid[appium]'",
        ) from exc
    return webdriver


def _server_message(exc: Exception) -> str:
    message = getattr(exc, "msg", None) or str(exc)
    if "Connection refused" in message:
        return "connection refused"
    return message.splitlines()[0].strip() if message else type(exc).__name__


class AppiumDevice(AndroidDevice):
    """A Device backed by an Appium session. Element ids refer to the last :meth:`observe`.

    ``apps``: labels of your own (``{"Label": "package or bundle id"}``), besides those the
    driver lists. ``contacts``: names to mask besides those the phone's address book gives
    (iOS gives none through Appium; pass them here).
    """

    def __init__(
        self,
        server_url: str = DEFAULT_SERVER_URL,
        capabilities: Mapping[str, Any] | None = None,
        *,
        apps: Mapping[str, str] | Iterable[AppInfo] | None = None,
        contacts: Iterable[str] | None = None,
        command_timeout_s: float = 60.0,
    ) -> None:
        self._webdriver = _import_client()
        if not server_url.startswith(("http://", "https://")):
            raise ConfigurationError(
                f"Appium server_url {server_url!r} is not an http(s) URL", hint=f"e.g. {DEFAULT_SERVER_URL!r}"
            )
        if not capabilities:
            raise ConfigurationError(
                "AppiumDevice needs capabilities",
                hint="use AppiumDevice.for_android(udid=...) / for_ios(udid=...) or pass e.g. "
                "{'platformName': 'Android', 'appium:automationName': 'UiAutomator2'}",
            )
        self.server_url = server_url.rstrip("/")
        self.capabilities = dict(capabilities)
        self.command_timeout_s = command_timeout_s
        super().__init__(apps)
        self.declared_contacts = list(contacts or [])
        self.reconnects = 0
        self._xpaths: list[str] | None = None
        self._driver: WebDriver = self._new_session()
        self._size = self._window_size()
        self.platform = self._platform()

    @classmethod
    def for_android(
        cls,
        server_url: str = DEFAULT_SERVER_URL,
        *,
        udid: str | None = None,
        app_package: str | None = None,
        app_activity: str | None = None,
        avd: str | None = None,
        no_reset: bool = True,
        extra_capabilities: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> AppiumDevice:
        """UiAutomator2 capabilities for a real phone (``udid`` from ``adb devices``) or an emulator."""
        caps: dict[str, Any] = {
            "platformName": "Android",
            "appium:automationName": "UiAutomator2",
            "appium:noReset": no_reset,
            "appium:newCommandTimeout": 300,
        }
        optional = {"appium:udid": udid, "appium:appPackage": app_package, "appium:appActivity": app_activity,
                    "appium:avd": avd}
        caps.update({key: value for key, value in optional.items() if value is not None})
        caps.update(extra_capabilities or {})
        return cls(server_url, caps, **kwargs)

    @classmethod
    def for_ios(
        cls,
        server_url: str = DEFAULT_SERVER_URL,
        *,
        udid: str | None = None,
        bundle_id: str | None = None,
        device_name: str | None = None,
        platform_version: str | None = None,
        extra_capabilities: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> AppiumDevice:
        """XCUITest capabilities for an iPhone (``udid``) or a simulator (``device_name``)."""
        caps: dict[str, Any] = {"platformName": "iOS", "appium:automationName": "XCUITest",
                                "appium:noReset": True, "appium:newCommandTimeout": 300}
        optional = {"appium:udid": udid, "appium:bundleId": bundle_id, "appium:deviceName": device_name,
                    "appium:platformVersion": platform_version}
        caps.update({key: value for key, value in optional.items() if value is not None})
        caps.update(extra_capabilities or {})
        return cls(server_url, caps, **kwargs)

    @classmethod
    def from_settings(cls, settings: Settings | None = None, **kwargs: Any) -> AppiumDevice:
        """Connect with ``settings.appium`` (``CASCADROID_APPIUM__SERVER_URL``, ``...__CAPABILITIES``)."""
        from ..settings import Settings

        config = (settings or Settings.load()).appium
        if config.capabilities:
            return cls(config.server_url, config.capabilities, command_timeout_s=config.command_timeout_s, **kwargs)
        return cls.for_android(config.server_url, udid=config.udid, command_timeout_s=config.command_timeout_s, **kwargs)

    # -- session ---------------------------------------------------------------------------

    @property
    def driver(self) -> WebDriver:
        """The underlying appium-python-client driver, for commands cascadroid does not wrap."""
        return self._driver

    @property
    def session_id(self) -> str:
        return str(self._driver.session_id)

    def _platform(self) -> str:
        """``"ios"`` or ``"android"``: the session's ``platformName``, else the page source's form."""
        name = str(self.capabilities.get("platformName") or self._driver.capabilities.get("platformName") or "")
        if name.lower() in ("ios", "tvos"):
            return "ios"
        if name.lower() == "android":
            return "android"
        source = self._call("page source (platform)", lambda driver: driver.page_source)
        return "ios" if is_xcuitest(source) else "android"

    @property
    def driver_name(self) -> str:
        return str(self.capabilities.get("appium:automationName") or self.capabilities.get("automationName") or "?")

    def _new_session(self) -> WebDriver:
        from appium.options.common import AppiumOptions
        from appium.webdriver.client_config import AppiumClientConfig
        from selenium.common.exceptions import WebDriverException

        options = AppiumOptions()
        options.load_capabilities(self.capabilities)
        config = AppiumClientConfig(remote_server_addr=self.server_url, timeout=self.command_timeout_s)
        try:
            return self._webdriver.Remote(self.server_url, options=options, client_config=config)
        except WebDriverException as exc:
            raise ConfigurationError(
                f"the Appium server at {self.server_url} refused the session: {_server_message(exc)}",
                hint="check the capabilities (platformName, appium:automationName, device udid, app) "
                "and that the driver is installed (`appium driver list --installed`)",
            ) from exc
        except Exception as exc:
            if not _is_connection_failure(exc):
                raise
            raise DeviceConnectionError(
                f"no Appium server answers at {self.server_url} ({_server_message(exc)})", hint=_START_HINT
            ) from exc

    def _reconnect(self, what: str, cause: Exception) -> None:
        try:
            self._driver = self._new_session()
        except (ConfigurationError, DeviceConnectionError) as exc:
            raise DeviceConnectionError(
                f"the Appium session was lost during {what} ({_server_message(cause)}) and could not be "
                f"re-created: {exc.message}",
                hint=exc.hint,
            ) from cause
        self.reconnects += 1
        self._size = self._window_size()

    def _call(self, what: str, command: Callable[[WebDriver], T]) -> T:
        """Run one driver command; re-create a lost session once, and say clearly what failed."""
        try:
            return self._translate(what, command)
        except _SessionLost as lost:
            self._reconnect(what, lost.cause)
        try:
            return self._translate(what, command)
        except _SessionLost as lost:
            raise DeviceConnectionError(
                f"the Appium session at {self.server_url} was lost again during {what} after reconnecting "
                f"({_server_message(lost.cause)})",
                hint="check that the device is still attached (`adb devices`) and the server log; "
                "resume the run by its id once it is back",
            ) from lost.cause

    def _translate(self, what: str, command: Callable[[WebDriver], T]) -> T:
        from selenium.common.exceptions import (
            InvalidSessionIdException,
            UnknownMethodException,
            WebDriverException,
        )

        try:
            return command(self._driver)
        except InvalidSessionIdException as exc:
            raise _SessionLost(exc) from exc
        except WebDriverException as exc:
            if isinstance(exc, UnknownMethodException) or "unknown command" in _server_message(exc).lower():
                raise UnsupportedActionError(
                    f"{what} is not supported by the Appium driver {self.driver_name!r}: {_server_message(exc)}",
                    hint="use a driver that has it (UiAutomator2 for Android, XCUITest for iOS), or avoid this "
                    "action on this device",
                ) from exc
            raise DeviceError(
                f"{what} failed on the Appium server at {self.server_url}: {_server_message(exc)}",
                hint="see the Appium server log for the full error",
            ) from exc
        except Exception as exc:
            if _is_connection_failure(exc):
                raise _SessionLost(exc) from exc
            raise

    def _window_size(self) -> tuple[int, int]:
        size = self._translate("window size", lambda driver: driver.get_window_size())
        return int(size["width"]), int(size["height"])

    def close(self) -> None:
        """End the Appium session (the server keeps running)."""
        try:
            self._driver.quit()
        except Exception:  # the session or server may already be gone; nothing left to end
            pass

    def __enter__(self) -> AppiumDevice:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- Device protocol ---------------------------------------------------------------------

    def observe(self, *, screenshot: bool = False) -> Observation:
        xml = self._call("observe (page source)", lambda driver: driver.page_source)
        png = self._call("screenshot", lambda driver: driver.get_screenshot_as_png()) if screenshot else None
        if is_xcuitest(xml):
            observed = parse_xcuitest(xml, screenshot=png)
            self._last = observed.model_copy(update={"package": self._bundle_id(observed.package)})
        else:
            width, height = self._size
            self._last = parse_observation(xml, width=width, height=height, screenshot=png)
        self._xpaths = None
        return self._last

    def _bundle_id(self, app_name: str) -> str:
        """iOS names the foreground app by its display name: the bundle id of that listed app."""
        return next((app.package for app in self.installed_apps() if app.label == app_name), app_name)

    def _tap(self, x: int, y: int) -> None:
        self._gesture("tap", [(x, y, 0)], hold_ms=50)

    def _long_press(self, x: int, y: int) -> None:
        self._gesture("long_press", [(x, y, 0)], hold_ms=LONG_PRESS_MS)

    def _drag(self, start: tuple[int, int], end: tuple[int, int]) -> None:
        self._gesture("swipe", [(*start, 0), (*end, SWIPE_MS)], hold_ms=0)

    def _back(self) -> None:
        """Android: the back key. iOS has none: the navigation bar's back button, else an edge swipe."""
        if self.platform != "ios":
            self._call("back", lambda driver: driver.back())
            return
        button = navigation_back_button(self._last) if self._last else None
        if button is not None:
            self._gesture("back", [(*button.bounds.center, 0)], hold_ms=50)
            return
        width, height = self._size
        self._gesture("back", [(1, height // 2, 0), (width * 2 // 3, height // 2, SWIPE_MS)], hold_ms=0)

    def _home(self) -> None:
        if self.platform == "ios":
            self._call("home", lambda driver: driver.execute_script("mobile: pressButton", {"name": "home"}))
        else:
            self._press_key("home", KEYCODE_HOME)

    def _gesture(self, what: str, points: list[tuple[int, int, int]], *, hold_ms: int) -> None:
        """One finger: down at the first point, hold, move through the rest (x, y, move ms), up."""
        from selenium.webdriver.common.actions import interaction
        from selenium.webdriver.common.actions.action_builder import ActionBuilder
        from selenium.webdriver.common.actions.pointer_input import PointerInput

        def perform(driver: WebDriver) -> None:
            builder = ActionBuilder(driver, mouse=PointerInput(interaction.POINTER_TOUCH, "finger"), duration=0)
            finger = builder.pointer_action.source
            (x0, y0, _), rest = points[0], points[1:]
            finger.create_pointer_move(duration=0, x=x0, y=y0, origin="viewport")
            finger.create_pointer_down(button=0)
            if hold_ms:
                finger.create_pause(hold_ms / 1000)
            for x, y, move_ms in rest:
                finger.create_pointer_move(duration=move_ms, x=x, y=y, origin="viewport")
            finger.create_pointer_up(button=0)
            builder.perform()

        self._call(what, perform)

    def _press_key(self, what: str, keycode: int) -> None:
        self._call(what, lambda driver: driver.execute_script("mobile: pressKey", {"keycode": keycode}))

    def _type_into(self, field: Element, text: str, *, focus: bool, clear: bool, submit: bool) -> None:
        """Send keys to the field's WebElement (found by its XPath in the last page source)."""
        from appium.webdriver.common.appiumby import AppiumBy

        xpath = self._xpath(field.id)

        def send(driver: WebDriver) -> None:
            web_element = driver.find_element(AppiumBy.XPATH, xpath)
            if clear:
                web_element.clear()
            web_element.send_keys(text)

        self._call("type", send)
        if submit and self.platform == "ios":
            self._call("type (submit with Return)",
                       lambda driver: driver.find_element(AppiumBy.XPATH, xpath).send_keys("\n"))
        elif submit:
            self._press_key("type (submit with Enter)", KEYCODE_ENTER)

    def _xpath(self, element_id: int) -> str:
        if self._xpaths is None:
            xml = self._last.xml if self._last else "<hierarchy/>"
            self._xpaths = xcuitest_xpaths(xml) if is_xcuitest(xml) else element_xpaths(xml)
        return self._xpaths[element_id]

    def _launch(self, target: AppTarget, app: str) -> None:
        if self.platform == "ios":
            self._call(f"open_app {app!r}",
                       lambda driver: driver.execute_script("mobile: launchApp", {"bundleId": target.package}))
        elif target.activity:
            self._call(
                f"open_app {app!r}",
                lambda driver: driver.execute_script("mobile: startActivity", {"intent": target.component}),
            )
        else:
            self._call(f"open_app {app!r}", lambda driver: driver.activate_app(target.package))

    def _open_uri(self, action: OpenUri) -> None:
        script, args = intent_script(self.platform, action)
        self._call(f"open_uri {intent_text(action)}", lambda driver: driver.execute_script(script, args))

    # -- capabilities (ListsApps, ReadsContacts) ----------------------------------------------

    def _list_apps(self) -> list[AppInfo]:
        return list_apps(self.platform, self._mobile)

    def _read_contacts(self) -> list[str]:
        """The ``contacts`` given, then the phone's (Android only: iOS gives none through Appium)."""
        if self.platform == "ios":
            _log.info("Appium on iOS cannot read the address book; only the contacts= given are masked")
        return [*self.declared_contacts, *read_contacts(self.platform, self._mobile)]

    def _mobile(self, what: str, script: str, args: dict[str, Any]) -> Any:
        """One ``mobile:`` command; None (with a log line saying why) when the driver refuses it."""
        try:
            return self._call(f"{what} ({script})", lambda driver: driver.execute_script(script, args))
        except DeviceConnectionError:
            raise
        except DeviceError as exc:
            _log.warning("the Appium driver %r cannot %s: %s", self.driver_name, what, exc.message[:300])
            return None


class _SessionLost(Exception):
    def __init__(self, cause: Exception) -> None:
        super().__init__(str(cause))
        self.cause = cause


def _is_connection_failure(exc: BaseException) -> bool:
    import urllib3.exceptions

    return isinstance(exc, (ConnectionError, urllib3.exceptions.HTTPError))


def element_xpaths(xml: str) -> list[str]:
    """An absolute, positional XPath for each element, in the parser's depth-first id order.

    Follows the same rule as :func:`~cascadroid.device.uiautomator.parse_elements`: a node is an
    element when its tag is ``node`` or it has ``bounds``; other tags are containers.
    """
    root = ET.fromstring(xml)
    paths: list[str] = []

    def visit(node: ET.Element, path: str) -> None:
        seen: dict[str, int] = {}
        for child in node:
            seen[child.tag] = seen.get(child.tag, 0) + 1
            child_path = f"{path}/{child.tag}[{seen[child.tag]}]"
            if child.tag == "node" or "bounds" in child.attrib:
                paths.append(child_path)
            visit(child, child_path)

    visit(root, f"/{root.tag}")
    return paths
