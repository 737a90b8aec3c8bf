"""What an Appium session can say about the phone through ``mobile:`` commands: its apps, its contacts.

``mobile(what, script, args)`` runs one command and answers None when the driver refuses it
(the caller logs why), so a driver without these commands simply lists nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ._android import label_from_package
from ._ios import ios_apps
from .adb import CONTACTS_QUERY, LAUNCHER_QUERY
from .types import AppInfo

Mobile = Callable[[str, str, dict[str, Any]], Any]
_COMPONENT = re.compile(r"^\s*([A-Za-z][\w.]*)/([\w.$]+)\s*$", re.MULTILINE)
_CONTACT_ROW = re.compile(r"^Row: \d+ display_name=(.*)$", re.MULTILINE)


def list_apps(platform: str, mobile: Mobile) -> list[AppInfo]:
    """iOS: ``mobile: listApps`` (user, then system apps). Android: the launcher query through
    ``mobile: shell`` (the server needs ``--allow-insecure=uiautomator2:adb_shell``), else
    ``mobile: listApps`` (packages without home activities)."""
    if platform == "ios":
        found: dict[str, AppInfo] = {}
        for kind in ("User", "System"):
            listed = mobile("list apps", "mobile: listApps", {"applicationType": kind})
            if listed is None:
                break
            found.update({app.package: app for app in ios_apps(listed)})
        return list(found.values())
    out = mobile("list apps", "mobile: shell", {"command": LAUNCHER_QUERY[0], "args": list(LAUNCHER_QUERY[1:])})
    launcher = dict.fromkeys(_COMPONENT.findall(out)) if isinstance(out, str) else {}
    if launcher:
        apps: dict[str, AppInfo] = {}
        for package, activity in launcher:
            apps.setdefault(package, AppInfo(label=label_from_package(package), package=package, activity=activity))
        return list(apps.values())
    listed = mobile("list apps", "mobile: listApps", {})
    packages = listed if isinstance(listed, list) else list(listed) if isinstance(listed, dict) else []
    return [AppInfo(label=label_from_package(str(p)), package=str(p)) for p in packages]


def read_contacts(platform: str, mobile: Mobile) -> list[str]:
    """Android: display names from the contacts provider through ``mobile: shell``; iOS: none
    (Appium cannot read the address book there)."""
    if platform == "ios":
        return []
    out = mobile("read contacts", "mobile: shell", {"command": CONTACTS_QUERY[0], "args": list(CONTACTS_QUERY[1:])})
    rows = _CONTACT_ROW.findall(out) if isinstance(out, str) else []
    return [name.strip() for name in rows if name.strip() not in ("", "NULL")]
