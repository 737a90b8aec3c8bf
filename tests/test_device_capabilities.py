"""Devices declare the apps they can launch and the contacts they hold (ListsApps, ReadsContacts):
the simulator from its own apps, adb from the launcher query and the contacts provider."""

from __future__ import annotations

import threading

import pytest
from fixtures_devices import LAUNCHER_XML, NOTES_XML

from cascadroid.agent import Agent
from cascadroid.device import AdbDevice, OpenApp
from cascadroid.device._android import label_from_package
from cascadroid.device.sim import SimDevice
from cascadroid.device.sim.server import RemoteSimDevice, SimServer
from cascadroid.device.types import AppInfo, ListsApps, ReadsContacts, device_apps, device_contacts
from cascadroid.errors import DeviceConnectionError, InvalidActionError
from cascadroid.settings import Settings
from cascadroid.testing import FakeAdb, FakeScreen, ScriptedModel

PHONE_APPS = ["com.example.notes/.EditActivity", "org.telegram.messenger/org.telegram.ui.LaunchActivity",
              "com.google.android.apps.messaging/.ui.ConversationListActivity"]
CONTACTS = ["Zofia Wierzbicka", "Tomasz Okonkwo", "Zofia Wierzbicka", "Ines  "]


def _phone(tmp_path, **kwargs) -> FakeAdb:
    screens = {"launcher": FakeScreen(LAUNCHER_XML, "com.android.launcher3", ".Launcher"),
               "notes": FakeScreen(NOTES_XML, "com.example.notes", ".EditActivity")}
    return FakeAdb(tmp_path / "adb", screens, apps={"com.example.notes": "notes", "org.telegram.messenger": "notes"},
                   launchable=PHONE_APPS, contacts=CONTACTS, **kwargs)


def _shell_count(fake: FakeAdb, first_words: list[str]) -> int:
    return sum(1 for words in fake.shell_commands() if words[: len(first_words)] == first_words)


@pytest.mark.parametrize(("package", "label"), [
    ("com.android.settings", "Settings"),
    ("com.google.android.apps.messaging", "Messaging"),
    ("org.telegram.messenger", "Telegram Messenger"),
    ("com.whatsapp", "Whatsapp"),
    ("com.example.myNotes", "Example My Notes"),
    ("com.sec.android.app.camera", "Camera"),
    ("com.instagram.android", "Instagram"),
    ("com.android.chrome/com.google.android.apps.chrome.Main", "Chrome"),
])
def test_labels_come_from_the_package_words(package, label):
    assert label_from_package(package) == label


def test_the_simulator_lists_its_home_screen_apps_and_its_contacts():
    phone = SimDevice(seed=3)
    assert isinstance(phone, ListsApps) and isinstance(phone, ReadsContacts)

    apps = device_apps(phone)
    assert [(a.label, a.package) for a in apps] == [(a.label, a.package) for a in phone.launchable_apps()]
    assert all(a.package and a.label for a in apps)

    before = device_contacts(phone)
    assert before and before == [c.name for c in phone.app("contacts").state.contacts]
    phone.app("contacts").add("Zofia Wierzbicka", "+1 415 555 0101")
    assert device_contacts(phone) == [*before, "Zofia Wierzbicka"]  # read live, not a copy from the start


def test_the_remote_simulator_declares_the_same_over_http():
    phone = SimDevice(seed=3)
    server = SimServer(phone)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with RemoteSimDevice(server.url) as remote:
            assert device_apps(remote) == device_apps(phone)
            assert device_contacts(remote) == device_contacts(phone)
    finally:
        server.shutdown()
        server.server_close()


def test_adb_lists_the_launcher_apps_once_with_labels_and_home_activities(tmp_path):
    fake = _phone(tmp_path)
    device = AdbDevice(adb_path=str(fake.executable))
    assert isinstance(device, ListsApps)

    apps = device.installed_apps()
    again = device.installed_apps()

    assert apps == again == [
        AppInfo(label="Example Notes", package="com.example.notes", activity=".EditActivity"),
        AppInfo(label="Telegram Messenger", package="org.telegram.messenger", activity="org.telegram.ui.LaunchActivity"),
        AppInfo(label="Messaging", package="com.google.android.apps.messaging", activity=".ui.ConversationListActivity"),
    ]
    assert _shell_count(fake, ["cmd", "package", "query-activities"]) == 1  # cached per device


def test_apps_with_the_same_label_are_told_apart_by_package(tmp_path):
    screens = {"launcher": FakeScreen(LAUNCHER_XML, "com.android.launcher3", ".Launcher")}
    fake = FakeAdb(tmp_path / "adb", screens, launchable=["com.android.camera/.Camera", "com.sec.android.app.camera/.Camera"])

    labels = [a.label for a in AdbDevice(adb_path=str(fake.executable)).installed_apps()]

    assert labels == ["Camera", "Camera (com.sec.android.app.camera)"]


def test_open_app_by_a_listed_label_starts_its_home_activity(tmp_path):
    fake = _phone(tmp_path)
    device = AdbDevice(adb_path=str(fake.executable))

    device.act(OpenApp(app="telegram messenger"))

    assert fake.shell_commands()[-1] == ["am", "start", "-n", "org.telegram.messenger/org.telegram.ui.LaunchActivity"]
    assert fake.screen == "notes"


def test_the_users_own_labels_win_and_keep_the_home_activity(tmp_path):
    fake = _phone(tmp_path)
    device = AdbDevice(adb_path=str(fake.executable), apps={"Telegram": "org.telegram.messenger", "Pad": "com.example.pad"})

    labels = {a.label: a for a in device.installed_apps()}

    assert labels["Telegram"].activity == "org.telegram.ui.LaunchActivity"
    assert "Telegram Messenger" not in labels  # one entry per package
    assert labels["Pad"] == AppInfo(label="Pad", package="com.example.pad")
    with pytest.raises(InvalidActionError, match="'Signal' is not a package name") as caught:
        device.act(OpenApp(app="Signal"))
    assert "Telegram" in caught.value.hint


def test_an_unknown_label_lists_the_apps_again_before_failing(tmp_path):
    fake = _phone(tmp_path)
    device = AdbDevice(adb_path=str(fake.executable))
    device.installed_apps()

    with pytest.raises(InvalidActionError):
        device.act(OpenApp(app="Signal"))

    assert _shell_count(fake, ["cmd", "package", "query-activities"]) == 2  # a new install would be found


def test_phones_without_the_launcher_query_list_user_packages_and_open_them_with_monkey(tmp_path):
    fake = _phone(tmp_path, launcher_query=False)
    device = AdbDevice(adb_path=str(fake.executable))

    apps = device.installed_apps()
    device.act(OpenApp(app="Example Notes"))

    assert [a.package for a in apps] == sorted(c.split("/")[0] for c in PHONE_APPS)
    assert all(a.activity is None for a in apps)
    assert ["pm", "list", "packages", "-3"] in fake.shell_commands()
    assert fake.shell_commands()[-1][:3] == ["monkey", "-p", "com.example.notes"]


def test_adb_reads_contact_names_once_without_duplicates_or_blanks(tmp_path):
    fake = _phone(tmp_path)
    device = AdbDevice(adb_path=str(fake.executable))
    assert isinstance(device, ReadsContacts)

    assert device_contacts(device) == ["Zofia Wierzbicka", "Tomasz Okonkwo", "Ines"]
    assert device_contacts(device) == ["Zofia Wierzbicka", "Tomasz Okonkwo", "Ines"]
    assert _shell_count(fake, ["content", "query"]) == 1


def test_an_empty_address_book_has_no_names(tmp_path):
    screens = {"launcher": FakeScreen(LAUNCHER_XML, "com.android.launcher3", ".Launcher")}
    fake = FakeAdb(tmp_path / "adb", screens)

    assert device_contacts(AdbDevice(adb_path=str(fake.executable))) == []


def test_a_lost_phone_is_not_mistaken_for_an_empty_app_list(tmp_path):
    fake = _phone(tmp_path)
    device = AdbDevice(serial="emulator-5554", adb_path=str(fake.executable))
    fake.set_device_state("emulator-5554", None)

    with pytest.raises(DeviceConnectionError):
        device.installed_apps()
    with pytest.raises(DeviceConnectionError):
        device.contact_names()


def test_the_agent_offers_the_phones_apps_then_the_users(tmp_path):
    fake = _phone(tmp_path)
    device = AdbDevice(adb_path=str(fake.executable))
    settings = Settings.load(data_dir=tmp_path / "data", agent={"save_screenshots": False})

    agent = Agent(device, local=ScriptedModel(responder=lambda request: {"action": "done"}), memory=False,
                  settings=settings, apps=["Messaging", "Pad", AppInfo(label="Mail", package="com.example.mail")])

    assert [a.label for a in agent.apps] == ["Messaging", "Pad", "Mail", "Example Notes", "Telegram Messenger"]
    assert agent.apps[0].package == "com.google.android.apps.messaging"  # a label the phone lists takes its entry


def test_the_operator_may_open_only_the_labels_it_was_given():
    from cascadroid.agents import operator
    from cascadroid.agents.perceptor import perceive
    from cascadroid.device.uiautomator import parse_observation

    screen = perceive(parse_observation(LAUNCHER_XML, width=1080, height=2400))
    apps = [AppInfo(label="Telegram Messenger", package="org.telegram.messenger"),
            AppInfo(label="Camera", package="com.android.camera")]
    schema = operator.output_type(screen, apps)

    assert schema.model_validate({"action": "open_app", "app": "Telegram Messenger"}).app == "Telegram Messenger"
    with pytest.raises(ValueError):
        schema.model_validate({"action": "open_app", "app": "org.telegram.messenger"})


def test_a_phone_with_many_apps_names_the_ones_the_task_mentions_first():
    from cascadroid.agents import operator

    apps = [AppInfo(label=f"Tool {i}", package=f"com.example.tool{i}") for i in range(operator.APPS_SHOWN + 5)]
    apps.append(AppInfo(label="Banking", package="com.example.bank"))

    few = operator.apps_line(apps[:3], "open banking")
    many = operator.apps_line(apps, "Pay the rent in my banking app")

    assert few == "Tool 0, Tool 1, Tool 2"  # all fit: the device's order
    assert many.startswith("Banking, Tool 0, ") and many.endswith("(+6 more)")
    assert many.count(", ") == operator.APPS_SHOWN - 1
