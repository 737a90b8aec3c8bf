"""Settings as two vendors lay it out: Pixel ("Network & internet" > "Internet" holds the Wi-Fi
switch; Bluetooth under "Connection preferences") and a Samsung-style One UI ("Connections" with
Wi-Fi and Bluetooth rows that open their pages while their own switches flip them; "Flight mode";
Light/Dark choices in Display). :func:`route` says where each setting lives on each skin.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..app import Screen
from ..page import Page

if TYPE_CHECKING:
    from .settings import Settings, WifiNetwork

TITLE = "android:id/title"
PACKAGE = "com.android.settings"

PIXEL_HOME = [
    ("Network & internet", "Mobile, Wi-Fi, hotspot", "wifi"),
    ("Connected devices", "Bluetooth, pairing", "bluetooth"),
    ("Apps", "Assistant, recent apps, default apps", "apps"),
    ("Notifications", "Notification history, conversations", "bell"),
    ("Battery", "82%", "battery"),
    ("Storage", "41% used - 75.5 GB free", "storage"),
    ("Sound & vibration", "Volume, haptics, Do Not Disturb", "sound"),
    ("Display", "Dark theme, font size, brightness", "display"),
    ("Wallpaper & style", "Colors, themed icons, app grid", "palette"),
    ("Accessibility", "Display, interaction, audio", "accessibility"),
    ("Security & privacy", "App security, device lock, permissions", "lock"),
    ("Location", "On - 3 apps have access to location", "location"),
    ("Safety & emergency", "Emergency SOS, medical info, alerts", "info"),
    ("Passwords & accounts", "Saved passwords, autofill, synced accounts", "key"),
    ("System", "Languages, gestures, time, backup", "info"),
    ("About phone", "Pixel 8", "phone"),
]
VENDOR_HOME = [
    ("Connections", "Wi-Fi • Bluetooth • SIM manager", "wifi"),
    ("Connected devices", "Quick Share • Android Auto", "bluetooth"),
    ("Modes and Routines", "Modes • Routines", "apps"),
    ("Sounds and vibration", "Sound mode • Ringtone", "sound"),
    ("Notifications", "Status bar • Do not disturb", "bell"),
    ("Display", "Brightness • Eye comfort shield • Navigation bar", "display"),
    ("Battery", "Power saving • Charging", "battery"),
    ("Wallpaper and style", "Wallpapers • Colour palette", "palette"),
    ("Themes", "Themes • Wallpapers • Icons", "palette"),
    ("Home screen", "Layout • App icon badges", "apps"),
    ("Lock screen and AOD", "Screen lock type • Always On Display", "lock"),
    ("Security and privacy", "Biometrics • Permission manager", "lock"),
    ("Location", "Location requests", "location"),
    ("Apps", "Default apps • App settings", "apps"),
    ("General management", "Language and keyboard • Date and time", "info"),
    ("Accessibility", "TalkBack • Mono audio • Assistant menu", "accessibility"),
    ("Software update", "Download and install", "info"),
    ("About phone", "Status • Legal information • Phone name", "phone"),
]


def route(skin: str, setting: str, on: bool = True) -> tuple[list[str], dict[str, str]]:
    """Row titles to tap from the Settings home (as the classic screens spell them; the skin's
    typography is applied by the plan), then the locator of what changes ``setting``.

    ``setting``: wifi, airplane_mode, bluetooth, dark_mode, brightness (the slider) or networks
    (the Wi-Fi network list)."""
    def row(text: str) -> dict[str, str]:
        return {"resource_id": TITLE, "text": text}

    def rid(name: str) -> dict[str, str]:
        return {"resource_id": f"{PACKAGE}:id/{name}"}

    routes: dict[str, dict[str, tuple[list[str], dict[str, str]]]] = {
        "classic": {
            "wifi": (["Network & internet"], rid("wifi_switch")),
            "airplane_mode": (["Network & internet"], rid("airplane_switch")),
            "bluetooth": (["Connected devices"], rid("bluetooth_switch")),
            "dark_mode": (["Display"], rid("dark_switch")),
            "brightness": (["Display"], rid("brightness")),
            "networks": (["Network & internet", "Wi-Fi networks"], rid("networks")),
        },
        "pixel": {
            "wifi": (["Network & internet", "Internet"], row("Wi-Fi")),
            "airplane_mode": (["Network & internet"], row("Airplane mode")),
            "bluetooth": (["Connected devices", "Connection preferences", "Bluetooth"], row("Use Bluetooth")),
            "dark_mode": (["Display"], row("Dark theme")),
            "brightness": (["Display"], rid("brightness")),
            "networks": (["Network & internet", "Internet"], rid("networks")),
        },
        "vendor": {
            "wifi": (["Connections"], {"content_desc": "Wi-Fi"}),
            "airplane_mode": (["Connections"], row("Flight mode")),
            "bluetooth": (["Connections"], {"content_desc": "Bluetooth"}),
            "dark_mode": (["Display"], row("Dark" if on else "Light")),
            "brightness": (["Display"], rid("brightness")),
            "networks": (["Connections", "Wi-Fi"], rid("networks")),
        },
    }
    rows, target = routes[skin][setting]
    return list(rows), dict(target)


def toggle(flag: bool, setter: Callable[[bool], None]) -> Callable[[], None]:
    """A switch's click: flip ``flag`` through ``setter``."""
    return lambda: setter(not flag)


def network_rows(page: Page, app: Settings) -> None:
    """The Wi-Fi network list (or why there is none)."""
    s = app.state
    if not s.wifi:
        page.text("To see available networks, turn Wi-Fi on.", style="caption", rid="empty")
        return
    page.scroll_list("networks", s.networks, lambda p, n, i: _network(p, n, app), row_height=72)


def _network(page: Page, network: WifiNetwork, app: Settings) -> None:
    s = app.state
    connected = network.ssid == s.wifi_network
    summary = "Connected" if connected else ("Saved" if not network.secured else "Secured")

    def connect(ssid: str = network.ssid) -> None:
        s.wifi_network = ssid

    page.item(network.ssid, summary, icon="wifi", on_click=connect, selected=connected)


class SkinHome(Screen):
    """The Settings home of a vendor skin; ``opens`` maps row titles to their screens."""

    app: Settings

    def build(self, page: Page) -> None:
        vendor = self.app.skin.name == "vendor"
        if vendor:  # One UI's collapsing large title: the first rows start low
            page.text("Settings", rid="collapsing_title", style="headline center", height=150)
        page.toolbar("" if vendor else "Settings")
        entries = VENDOR_HOME if vendor else PIXEL_HOME
        page.scroll_list("recycler_view", entries, self._row, row_height=72)

    def _row(self, page: Page, entry: tuple[str, str, str], index: int) -> None:
        title, summary, icon = entry
        page.item(title, summary, icon=icon, on_click=lambda: self.push(self._open(title)))

    def _open(self, title: str) -> Screen:
        screens: dict[str, Any] = {"Network & internet": PixelNetwork, "Connected devices": PixelConnected,
                                   "Connections": VendorConnections}
        if self.app.skin.name == "vendor":
            screens["Connected devices"] = None
        factory = screens.get(title)
        return factory(self.app) if factory else self.app.shared_screen(title)


class PixelNetwork(Screen):
    activity = ".network.NetworkDashboardActivity"
    app: Settings

    def build(self, page: Page) -> None:
        s = self.app.state
        page.toolbar("Network & internet", back=self.close)
        internet = "Airplane mode" if s.airplane_mode else ((s.wifi_network or "Not connected") if s.wifi else "Off")
        page.item("Internet", internet, icon="wifi", on_click=lambda: self.push(PixelInternet(self.app)))
        page.item("Calls & SMS", "T-Mobile", icon="call")
        page.item("SIMs", "T-Mobile", icon="info")
        page.switch("Airplane mode", s.airplane_mode, toggle(s.airplane_mode, self.app.set_airplane),
                    rid="airplane_switch")
        page.item("Hotspot & tethering", "Off", icon="wifi")
        page.item("Data Saver", "Off", icon="info")
        page.item("VPN", "None", icon="lock")


class PixelInternet(Screen):
    activity = ".network.InternetSettingsActivity"
    app: Settings

    def build(self, page: Page) -> None:
        s = self.app.state
        page.toolbar("Internet", back=self.close)
        page.item("T-Mobile", "Mobile data", icon="info")
        page.switch("Wi-Fi", s.wifi, toggle(s.wifi, self.app.set_wifi), rid="wifi_switch")
        network_rows(page, self.app)


class PixelConnected(Screen):
    activity = ".connecteddevice.ConnectedDeviceDashboardActivity"
    app: Settings

    def build(self, page: Page) -> None:
        s = self.app.state
        page.toolbar("Connected devices", back=self.close)
        page.item("Pair new device", icon="add")
        page.text("Saved devices", style="section", height=40)
        for device in s.paired_devices:
            page.item(device, "Connected" if s.bluetooth else "Not connected", icon="bluetooth")
        page.item("Connection preferences", "Bluetooth, Android Auto, NFC",
                  on_click=lambda: self.push(PixelPreferences(self.app)), icon="settings")


class PixelPreferences(Screen):
    activity = ".connecteddevice.AdvancedConnectedDeviceActivity"
    app: Settings

    def build(self, page: Page) -> None:
        s = self.app.state
        page.toolbar("Connection preferences", back=self.close)
        page.item("Bluetooth", "On" if s.bluetooth else "Off", icon="bluetooth",
                  on_click=lambda: self.push(PixelBluetooth(self.app)))
        page.item("Cast", "Not connected", icon="info")
        page.item("Printing", "1 print service on", icon="info")
        page.item("Android Auto", "Use apps on your car screen", icon="info")


class PixelBluetooth(Screen):
    activity = ".bluetooth.BluetoothSettingsActivity"
    app: Settings

    def build(self, page: Page) -> None:
        s = self.app.state
        page.toolbar("Bluetooth", back=self.close)
        page.switch("Use Bluetooth", s.bluetooth, toggle(s.bluetooth, self.app.set_bluetooth), rid="bluetooth_switch")
        page.item("Pair new device", icon="add")
        page.text("Device name: Pixel 8", style="caption", height=40)


class VendorConnections(Screen):
    activity = ".Settings$ConnectionsSettingsActivity"
    app: Settings

    def build(self, page: Page) -> None:
        s, app = self.app.state, self.app
        page.toolbar("Connections", back=self.close)
        page.switch("Wi-Fi", s.wifi, toggle(s.wifi, app.set_wifi), summary=(s.wifi_network or "") if s.wifi else "",
                    on_open=lambda: self.push(VendorWifi(app)))
        page.switch("Bluetooth", s.bluetooth, toggle(s.bluetooth, app.set_bluetooth),
                    on_open=lambda: self.push(VendorBluetooth(app)))
        page.switch("NFC and contactless payments", False, lambda: None)
        page.switch("Flight mode", s.airplane_mode, toggle(s.airplane_mode, app.set_airplane))
        page.item("SIM manager")
        page.item("Mobile networks")
        page.item("Data usage")
        page.item("Mobile Hotspot and Tethering")
        page.item("More connection settings")


class VendorWifi(Screen):
    activity = ".wifi.WifiSettingsActivity"
    app: Settings

    def build(self, page: Page) -> None:
        s = self.app.state
        page.toolbar("Wi-Fi", back=self.close)
        page.switch("On" if s.wifi else "Off", s.wifi, toggle(s.wifi, self.app.set_wifi), rid="wifi_switch")
        page.text("Available networks", style="section", height=40)
        network_rows(page, self.app)


class VendorBluetooth(Screen):
    activity = ".bluetooth.BluetoothSettingsActivity"
    app: Settings

    def build(self, page: Page) -> None:
        s = self.app.state
        page.toolbar("Bluetooth", back=self.close)
        page.switch("On" if s.bluetooth else "Off", s.bluetooth, toggle(s.bluetooth, self.app.set_bluetooth))
        page.text("Paired devices", style="section", height=40)
        for device in s.paired_devices:
            page.item(device, icon="bluetooth")


def vendor_display(screen: Screen, page: Page, app: Settings) -> None:
    """One UI's Display: Light / Dark choices, then brightness."""
    s = app.state
    page.toolbar("Display", back=screen.close)
    cells = page.columns(72, 2, rid="theme_choices")
    for cell, label, dark in ((cells[0], "Light", False), (cells[1], "Dark", True)):
        cell.item(label, rid="", on_click=lambda dark=dark: app.set_dark_mode(dark), selected=s.dark_mode == dark)
    page.item("Dark mode settings", "Turn on as scheduled", icon="dark")

    def set_level(fraction: float) -> None:
        s.brightness = round(fraction * 100)

    page.slider("Brightness", s.brightness / 100, set_level, rid="brightness", value_text=f"{s.brightness}%")
    page.switch("Adaptive brightness", True, lambda: None)
    page.switch("Eye comfort shield", False, lambda: None)
    page.item("Screen timeout", "30 seconds")
