"""The simulated Android phone: apps with real state, UIAutomator XML, Pillow screenshots.

>>> from cascadroid.device.sim import SimDevice
>>> phone = SimDevice(seed=3)
>>> phone.act(OpenApp(app="Settings"))
>>> phone.observe().elements[:3]
"""

from .app import App, Dialog, DialogButton, Notification, QuickTile, Screen
from .page import Metrics, Page, ToolbarAction
from .runtime import ActionLogEntry, SimDevice, SurprisePlan, discover_apps
from .view import Node, to_xml

__all__ = [
    "ActionLogEntry", "App", "Dialog", "DialogButton", "Metrics", "Node", "Notification", "Page", "QuickTile",
    "Screen", "SimDevice", "SurprisePlan", "ToolbarAction", "discover_apps", "to_xml",
]
