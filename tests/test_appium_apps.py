"""The apps and contacts an Appium session reports, from the answers real drivers give to ``mobile:``
commands (UiAutomator2's ``mobile: shell`` / ``mobile: listApps``, XCUITest's ``mobile: listApps``).

The fake driver has none of these commands (tests/test_appium_ios.py covers that refusal through a
real server); here each command's answer is the text or JSON a real driver returns."""

from __future__ import annotations

from typing import Any

from cascadroid.device._appium_apps import list_apps, read_contacts
from cascadroid.device.adb import CONTACTS_QUERY, LAUNCHER_QUERY
from cascadroid.device.types import AppInfo

LAUNCHER_OUT = """com.google.android.apps.messaging/.ui.ConversationListActivity
com.android.settings/.Settings
org.telegram.messenger/org.telegram.ui.LaunchActivity
com.android.settings/.Settings$WifiSettingsActivity
"""
CONTACTS_OUT = """Row: 0 display_name=Zofia Wierzbicka
Row: 1 display_name=NULL
Row: 2 display_name=Tomasz Okonkwo
"""


class Driver:
    """Answers ``mobile:`` commands from a table; a command not in it is refused (None), as the
    device's ``_mobile`` does after logging the driver's refusal."""

    def __init__(self, answers: dict[tuple[str, str], Any]) -> None:
        self.answers = answers
        self.calls: list[tuple[str, dict]] = []

    def __call__(self, what: str, script: str, args: dict[str, Any]) -> Any:
        self.calls.append((script, args))
        key = (script, args.get("command") or args.get("applicationType") or "")
        return self.answers.get(key)


def test_android_apps_come_from_the_launcher_query_with_home_activities():
    driver = Driver({("mobile: shell", "cmd"): LAUNCHER_OUT})

    apps = list_apps("android", driver)

    assert apps == [
        AppInfo(label="Messaging", package="com.google.android.apps.messaging", activity=".ui.ConversationListActivity"),
        AppInfo(label="Settings", package="com.android.settings", activity=".Settings"),
        AppInfo(label="Telegram Messenger", package="org.telegram.messenger", activity="org.telegram.ui.LaunchActivity"),
    ]
    assert driver.calls == [("mobile: shell", {"command": LAUNCHER_QUERY[0], "args": list(LAUNCHER_QUERY[1:])})]


def test_android_without_shell_access_falls_back_to_list_apps():
    driver = Driver({("mobile: listApps", ""): ["com.android.settings", "org.telegram.messenger"]})

    apps = list_apps("android", driver)

    assert [(a.label, a.package, a.activity) for a in apps] == [
        ("Settings", "com.android.settings", None), ("Telegram Messenger", "org.telegram.messenger", None)]
    assert [script for script, _ in driver.calls] == ["mobile: shell", "mobile: listApps"]


def test_ios_apps_are_user_then_system_apps_labelled_by_display_name():
    driver = Driver({
        ("mobile: listApps", "User"): {"com.example.ledgerly": {"CFBundleDisplayName": "Ledgerly"}},
        ("mobile: listApps", "System"): {"com.apple.Preferences": {"CFBundleDisplayName": "Settings"},
                                         "com.apple.MobileSMS": {"CFBundleName": "Messages"}},
    })

    assert list_apps("ios", driver) == [AppInfo(label="Ledgerly", package="com.example.ledgerly"),
                                        AppInfo(label="Settings", package="com.apple.Preferences"),
                                        AppInfo(label="Messages", package="com.apple.MobileSMS")]


def test_a_driver_without_the_commands_lists_nothing_and_asks_once_per_kind():
    android, ios = Driver({}), Driver({})

    assert list_apps("android", android) == [] and list_apps("ios", ios) == []
    assert [script for script, _ in android.calls] == ["mobile: shell", "mobile: listApps"]
    assert ios.calls == [("mobile: listApps", {"applicationType": "User"})]  # refused: System is not asked


def test_contacts_come_from_the_provider_on_android_and_not_at_all_on_ios():
    driver = Driver({("mobile: shell", "content"): CONTACTS_OUT})

    assert read_contacts("android", driver) == ["Zofia Wierzbicka", "Tomasz Okonkwo"]
    assert driver.calls == [("mobile: shell", {"command": CONTACTS_QUERY[0], "args": list(CONTACTS_QUERY[1:])})]
    ios = Driver({("mobile: shell", "content"): CONTACTS_OUT})
    assert read_contacts("ios", ios) == [] and ios.calls == []
