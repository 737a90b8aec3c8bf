"""Settings: Wi-Fi (and its networks), Bluetooth, airplane mode, brightness, dark theme.

The classic layout is here; the Pixel and One UI-style layouts of the vendor skins are in
``settings_skins.py`` (:meth:`Settings.route` says where each setting lives on this phone)."""

from __future__ import annotations

import random

from pydantic import BaseModel, Field

from ..app import App, QuickTile, Screen
from ..page import Page
from .settings_skins import SkinHome, route, toggle, vendor_display

PACKAGE = "com.android.settings"


class WifiNetwork(BaseModel):
    ssid: str
    secured: bool = True
    signal: int = Field(default=3, ge=0, le=4)


class SettingsState(BaseModel):
    wifi: bool = True
    wifi_network: str | None = None  # the SSID connected to while Wi-Fi is on
    networks: list[WifiNetwork] = Field(default_factory=list)
    bluetooth: bool = False
    paired_devices: list[str] = Field(default_factory=list)
    airplane_mode: bool = False
    brightness: int = Field(default=60, ge=0, le=100)  # percent
    dark_mode: bool = False


_NETWORKS = ["HomeNet", "Cafe_Guest", "TP-Link_4F2A", "Office-5G", "Library Free WiFi", "NETGEAR42", "Pixel hotspot"]
_DEVICES = ["Pixel Buds Pro", "Car audio", "JBL Flip 6", "Galaxy Watch", "Bose QC45"]


class Settings(App[SettingsState]):
    name = "settings"
    label = "Settings"
    package = PACKAGE
    icon = "settings"
    home_slot = 90

    def initial_state(self, rng: random.Random) -> SettingsState:
        networks = [WifiNetwork(ssid=s, secured=rng.random() < 0.8, signal=rng.randint(1, 4))
                    for s in rng.sample(_NETWORKS, 5)]
        return SettingsState(networks=networks, wifi_network=networks[0].ssid,
                             paired_devices=rng.sample(_DEVICES, 2), brightness=rng.choice([40, 50, 60, 70]))

    def main_screen(self) -> Screen:
        return SettingsHome(self) if self.skin.classic else SkinHome(self)

    def shared_screen(self, title: str) -> Screen:
        """The screens every skin shares: Display, or a plain page for a row that opens nothing here."""
        return DisplayScreen(self) if title == "Display" else InfoScreen(self, title)

    def route(self, setting: str, on: bool = True) -> tuple[list[str], dict[str, str]]:
        """Rows to tap from the home screen, then the locator that changes ``setting`` on this skin."""
        return route(self.skin.name, setting, on)

    # state changes (used by screens and quick tiles)
    def set_wifi(self, on: bool) -> None:
        self.state.wifi = on

    def set_bluetooth(self, on: bool) -> None:
        self.state.bluetooth = on

    def set_airplane(self, on: bool) -> None:
        self.state.airplane_mode = on
        if on:
            self.state.wifi = False
            self.state.bluetooth = False

    def set_dark_mode(self, on: bool) -> None:
        self.state.dark_mode = on

    def status_icons(self) -> list[tuple[str, str]]:
        s = self.state
        icons = []
        if s.airplane_mode:
            icons.append(("Airplane mode on.", "airplane"))
        if s.bluetooth:
            icons.append(("Bluetooth on.", "bluetooth"))
        if s.wifi and s.wifi_network:
            icons.append((self.skin.say("Wi-Fi signal full."), "wifi"))
        return icons

    def quick_tiles(self) -> list[QuickTile]:
        s = self.state
        return [
            QuickTile("Internet", s.wifi, lambda: self.set_wifi(not s.wifi), icon="wifi"),
            QuickTile("Bluetooth", s.bluetooth, lambda: self.set_bluetooth(not s.bluetooth), icon="bluetooth"),
            QuickTile("Airplane mode", s.airplane_mode, lambda: self.set_airplane(not s.airplane_mode),
                      icon="airplane"),
            QuickTile("Dark theme", s.dark_mode, lambda: self.set_dark_mode(not s.dark_mode), icon="dark"),
        ]


class SettingsHome(Screen):
    app: Settings
    _ENTRIES = [
        ("Network & internet", "Wi-Fi, mobile, data usage, hotspot", "wifi"),
        ("Connected devices", "Bluetooth, pairing", "bluetooth"),
        ("Apps", "Recent apps, default apps", "apps"),
        ("Notifications", "Notification history, conversations", "bell"),
        ("Battery", "82%", "battery"),
        ("Storage", "41% used - 75.5 GB free", "storage"),
        ("Sound & vibration", "Volume, haptics, Do Not Disturb", "sound"),
        ("Display", "Dark theme, font size, brightness", "display"),
        ("Wallpaper & style", "Colors, themed icons, app grid", "palette"),
        ("Accessibility", "Display, interaction, audio", "accessibility"),
        ("Security & privacy", "App security, device lock, permissions", "lock"),
        ("Location", "On - 3 apps have access to location", "location"),
        ("Passwords & accounts", "Saved passwords, autofill, synced accounts", "key"),
        ("System", "Languages, gestures, time, backup", "info"),
        ("About phone", "Pixel 8", "phone"),
    ]

    def build(self, page: Page) -> None:
        page.toolbar("Settings")
        page.scroll_list("recycler_view", self._ENTRIES, self._row, row_height=72)

    def _row(self, page: Page, entry: tuple[str, str, str], index: int) -> None:
        title, summary, icon = entry
        page.item(title, summary, icon=icon, on_click=lambda: self.push(self._open(title)))

    def _open(self, title: str) -> Screen:
        screens = {"Network & internet": NetworkScreen, "Connected devices": DevicesScreen, "Display": DisplayScreen}
        if title in screens:
            return screens[title](self.app)
        return InfoScreen(self.app, title)


class NetworkScreen(Screen):
    activity = ".network.NetworkDashboardActivity"
    app: Settings

    def build(self, page: Page) -> None:
        s = self.app.state
        page.toolbar("Network & internet", back=self.close)
        wifi_summary = (s.wifi_network or "Not connected") if s.wifi else "Off"
        page.switch("Wi-Fi", s.wifi, toggle(s.wifi, self.app.set_wifi), rid="wifi_switch", summary=wifi_summary)
        page.item("Wi-Fi networks", f"{len(s.networks)} networks nearby" if s.wifi else "Turn on Wi-Fi to see networks",
                  on_click=lambda: self.push(WifiScreen(self.app)), icon="wifi")
        page.switch("Airplane mode", s.airplane_mode, toggle(s.airplane_mode, self.app.set_airplane),
                    rid="airplane_switch")
        page.item("SIMs", "T-Mobile")
        page.item("Hotspot & tethering", "Off")
        page.item("Data Saver", "Off")


class WifiScreen(Screen):
    activity = ".wifi.WifiSettingsActivity"
    app: Settings

    def build(self, page: Page) -> None:
        s = self.app.state
        page.toolbar("Wi-Fi", back=self.close)
        page.switch("Use Wi-Fi", s.wifi, toggle(s.wifi, self.app.set_wifi), rid="wifi_switch")
        if not s.wifi:
            page.text("To see available networks, turn Wi-Fi on.", style="caption", rid="empty")
            return
        page.scroll_list("networks", s.networks, self._row, row_height=72)

    def _row(self, page: Page, network: WifiNetwork, index: int) -> None:
        s = self.app.state
        connected = network.ssid == s.wifi_network
        summary = "Connected" if connected else ("Saved" if not network.secured else "Secured")

        def connect(ssid: str = network.ssid) -> None:
            s.wifi_network = ssid

        page.item(network.ssid, summary, icon="wifi", on_click=connect, selected=connected)


class DevicesScreen(Screen):
    activity = ".connecteddevice.ConnectedDeviceDashboardActivity"
    app: Settings

    def build(self, page: Page) -> None:
        s = self.app.state
        page.toolbar("Connected devices", back=self.close)
        page.switch("Bluetooth", s.bluetooth, toggle(s.bluetooth, self.app.set_bluetooth), rid="bluetooth_switch",
                    summary="On" if s.bluetooth else "Off")
        page.text("Saved devices", style="section", height=40)
        for device in s.paired_devices:
            page.item(device, "Connected" if s.bluetooth else "Not connected", icon="bluetooth")
        page.item("Pair new device", icon="add")


class DisplayScreen(Screen):
    activity = ".display.DisplaySettings"
    app: Settings

    def build(self, page: Page) -> None:
        s = self.app.state
        if self.app.skin.name == "vendor":
            return vendor_display(self, page, self.app)
        page.toolbar("Display", back=self.close)
        page.space(8)

        def set_level(fraction: float) -> None:
            s.brightness = round(fraction * 100)

        page.slider("Brightness level", s.brightness / 100, set_level, rid="brightness", value_text=f"{s.brightness}%")
        page.switch("Dark theme", s.dark_mode, toggle(s.dark_mode, self.app.set_dark_mode), rid="dark_switch",
                    summary="On" if s.dark_mode else "Off")
        page.item("Screen timeout", "After 30 seconds of inactivity")
        page.item("Font size", "Default")
        page.item("Auto-rotate screen", "Off")


class InfoScreen(Screen):
    activity = ".SubSettings"

    def __init__(self, app: App[SettingsState], title: str) -> None:
        super().__init__(app)
        self.title = title

    def build(self, page: Page) -> None:
        page.toolbar(self.title, back=self.close)
        if self.title == "About phone":
            for title, value in [("Device name", "Pixel 8"), ("Phone number", "+1 650-555-0100"),
                                 ("Android version", "15"), ("Model", "GKWS6"), ("Build number", "AP4A.250105.002")]:
                page.item(title, value)
        else:
            page.text("Nothing here changes in the simulator.", style="caption", rid="summary")
