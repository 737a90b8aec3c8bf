"""The launcher: a date line and a grid of app icons (every launchable app, by ``home_slot``)."""

from __future__ import annotations

import random

from pydantic import BaseModel

from ..app import App, Screen
from ..page import Page
from ..view import Node


class LauncherState(BaseModel):
    columns: int = 4


class HomeScreen(Screen):
    activity = ".NexusLauncherActivity"

    def build(self, page: Page) -> None:
        runtime = self.app.runtime
        page.space(24)
        page.text(runtime.now.strftime("%A, %B %-d"), rid="date", style="headline", height=56)
        page.space(24)
        apps = runtime.launchable_apps()
        columns = self.app.state.columns
        for start in range(0, len(apps), columns):
            cells = page.columns(104, columns, rid="workspace")
            for cell, app in zip(cells, apps[start:start + columns]):
                l, t, r, b = cell.container.bounds
                cell.container.add(Node(
                    cls="android.widget.TextView", text=app.label, desc=app.label, rid=cell.rid("icon"),
                    bounds=(l + cell.dp(4), t + cell.dp(4), r - cell.dp(4), b - cell.dp(4)), clickable=True,
                    focusable=True, long_clickable=True, icon=app.icon, style="launcher_icon",
                    on_click=lambda name=app.name: runtime.launch(name)))


class Launcher(App[LauncherState]):
    name = "home"
    label = "Home"
    package = "com.google.android.apps.nexuslauncher"
    launchable = False

    def initial_state(self, rng: random.Random) -> LauncherState:
        return LauncherState()

    def main_screen(self) -> Screen:
        return HomeScreen(self)
