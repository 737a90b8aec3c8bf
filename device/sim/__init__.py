"""The simulated Android phone: apps with real state, UIAutomator XML, Pillow screenshots.

    from cascadroid.device import OpenApp
    from cascadroid.device.sim import SimDevice, save_screen

    phone = SimDevice(seed=3)
    phone.act(OpenApp(app="Settings"))
    phone.observe().elements          # parsed from the UIAutomator XML
    phone.app("settings").state.wifi  # live app state, readable and writable
    save_screen(phone, "out/")        # out/screen.png + out/screen.xml
"""

from .app import App, Dialog, DialogButton, Notification, QuickTile, Screen
from .page import Metrics, Page, ToolbarAction
from .runtime import ActionLogEntry, SimDevice, SurprisePlan, discover_apps
from .screens import save_screen
from .server import RemoteSimDevice, SimServer, serve_sim
from .view import Node, to_xml

__all__ = [
    "ActionLogEntry", "App", "Dialog", "DialogButton", "Metrics", "Node", "Notification", "Page", "QuickTile",
    "RemoteSimDevice", "Screen", "SimDevice", "SimServer", "SurprisePlan", "ToolbarAction", "discover_apps",
    "save_screen", "serve_sim", "to_xml",
]
