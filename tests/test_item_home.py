"""Which app holds an item that a terse task names with no app ("star Lost keys", "Safe code?"), on
launchers written in real phones' conventions: a Pixel with Gmail, Keep Notes and WhatsApp, a
Samsung with One UI packages, a Japanese phone whose labels are Japanese and whose packages say nothing."""

from __future__ import annotations

import pytest

from cascadroid.agents import item_home
from cascadroid.agents.candidates import rank
from cascadroid.agents.knowledge_hint import KnowledgeHint
from cascadroid.agents.perceptor import Screen
from cascadroid.device.types import AppInfo
from cascadroid.memory.knowledge import KnownElement, KnownScreen

PIXEL = [
    AppInfo(label="Phone", package="com.google.android.dialer"),
    AppInfo(label="Clock", package="com.google.android.deskclock"),
    AppInfo(label="Settings", package="com.android.settings"),
    AppInfo(label="Gmail", package="com.google.android.gm"),
    AppInfo(label="WhatsApp", package="com.whatsapp"),
    AppInfo(label="Keep Notes", package="com.google.android.keep"),
    AppInfo(label="Photos", package="com.google.android.apps.photos"),
]
SAMSUNG = [
    AppInfo(label="Phone", package="com.samsung.android.dialer"),
    AppInfo(label="Clock", package="com.sec.android.app.clockpackage"),
    AppInfo(label="Samsung Notes", package="com.samsung.android.app.notes"),
    AppInfo(label="Email", package="com.samsung.android.email.provider"),
    AppInfo(label="My Files", package="com.sec.android.app.myfiles"),
]
JAPANESE = [
    AppInfo(label="電話", package="jp.co.vendor.telecom"),
    AppInfo(label="設定", package="jp.co.vendor.system"),
    AppInfo(label="メール", package="jp.co.vendor.post"),
    AppInfo(label="メッセージ", package="jp.co.vendor.talk"),
    AppInfo(label="メモ", package="jp.co.vendor.pad"),
]


def launcher(apps: list[AppInfo]) -> Screen:
    """Icons that carry only a content-desc, as Pixel and One UI launchers draw them."""
    labels = dict(enumerate((a.label for a in apps), 3))
    return Screen(package="com.android.launcher3", digest="home",
                  lines=[f'[{i}] ImageView "{label}" (desc)' for i, label in labels.items()],
                  actionable=list(labels), labels=labels, locators={i: {"desc": label} for i, label in labels.items()})


def app_screen(package: str, rows: list[str]) -> Screen:
    """An app's first screen: a search box and a list of rows (a Compose list: rows as clickable text)."""
    labels = {5: "Search", **dict(enumerate(rows, 10))}
    return Screen(package=package, digest=package,
                  lines=[f'[{i}] View "{label}"' for i, label in labels.items()],
                  actionable=list(labels), labels=labels, locators={i: {"text": t} for i, t in labels.items()})


def opened(history_apps: list[str]) -> list[dict]:
    return [{"kind": "open_app", "outcome": "success", "key": f"open_app {a}", "line": f"open_app {a}"}
            for a in history_apps]


def first(task: str, screen: Screen, apps: list[AppInfo], history: list[dict] | None = None) -> dict:
    return rank(task, "", screen, apps, history or [])[0].action


@pytest.mark.parametrize("task, item", [
    ("star Lost keys", "Lost keys"), ("archive: Quarterly report", "Quarterly report"),
    ("mark Flat viewing as unread", "Flat viewing"), ("What is the code of Safe?", "Safe"),
    ("show my boarding pass", ""), ("open Gmail", ""),
])
def test_the_item_is_the_capitalised_run_that_names_no_app(task, item):
    assert item_home.item(task, PIXEL) == item


@pytest.mark.parametrize("task, apps, home", [
    ("star Lost keys", PIXEL, "Gmail"),
    ("archive: Quarterly report", SAMSUNG, "Email"),
    ("unread: Flat viewing", JAPANESE, "メール"),
])
def test_the_verbs_usual_home_opens_first(task, apps, home):
    assert first(task, launcher(apps), apps) == {"kind": "open_app", "app": home}


def test_an_app_with_no_named_items_is_not_searched():
    offered = {c.action["app"] for c in rank("Safe code?", "", launcher(PIXEL), PIXEL, [], limit=50)
               if c.action["kind"] == "open_app"}
    assert offered and not offered & {"Phone", "Clock", "Settings"}


def test_an_app_whose_screen_lacks_the_item_is_left_for_the_next_untried_one():
    inbox = app_screen("com.google.android.gm", ["Ana Ruiz, Lunch on Friday", "Bank, Your statement"])
    history = opened(["Gmail"])
    move = first("Safe code?", inbox, PIXEL, history)
    assert move["kind"] == "open_app" and move["app"] not in {"Gmail", "Phone", "Clock", "Settings"}
    keep = first("Safe code?", app_screen("com.google.android.keep", ["Groceries", "Safe code"]), PIXEL,
                 opened(["Gmail", "WhatsApp", "Keep Notes"]))
    assert keep["kind"] == "tap" and keep["element"] == 11  # the item is here: no more app hopping


def test_every_app_is_tried_once():
    history = opened([a.label for a in SAMSUNG])
    screen = app_screen("com.sec.android.app.myfiles", ["Downloads", "Documents"])
    assert not [c for c in rank("archive: Quarterly report", "", screen, SAMSUNG, history, limit=50)
                if c.action["kind"] == "open_app"]


def test_a_task_that_names_its_app_is_not_searched_elsewhere():
    assert first("star Lost keys in WhatsApp", launcher(PIXEL), PIXEL) == {"kind": "open_app", "app": "WhatsApp"}


def test_the_app_the_user_is_in_is_not_left_at_once():
    """At the first step the app in front is the user's: a row naming the item in other words, its search or its
    list's rest come before hopping to every other app (moving on is for an app this run opened to look)."""
    photos = app_screen("com.google.android.apps.photos", ["Lisbon, May 2024 | 85 items", "Favourites | 12 items"])
    ranked = rank("open the Lisbon trip", "", photos, PIXEL, [], limit=50)
    assert ranked[0].action == {"kind": "tap", "element": 10}  # the row naming Lisbon, not another app
    hops = [c.score for c in ranked if c.action["kind"] == "open_app"]
    assert all(s < ranked[0].score - 0.5 for s in hops)
    scores = item_home.homes("open the Lisbon trip", {"lisbon", "trip"}, photos.package, PIXEL,
                             "\n".join(photos.lines), [])
    assert scores and all(s < item_home.MOVE_ON - 1.0 for _, s in scores)
    looked = item_home.homes("open the Lisbon trip", {"lisbon", "trip"}, photos.package, PIXEL,
                             "\n".join(photos.lines), opened(["Photos"]))
    assert looked and max(s for _, s in looked) > item_home.MOVE_ON - 0.5  # opened here to look, not here: move on


def test_an_app_where_this_run_saw_the_item_comes_first():
    history = opened(["WhatsApp"]) + [{"kind": "tap", "outcome": "success", "key": "tap [12]",
                                       "line": 'tap [12] "Safe code"'}] + opened(["Gmail"])
    inbox = app_screen("com.google.android.gm", ["Ana Ruiz, Lunch on Friday"])
    scores = {a.label: s for a, s in item_home.homes("What is the code of Safe?", {"code", "safe"}, inbox.package,
                                                     PIXEL, "\n".join(inbox.lines), history)}
    assert item_home.seen_in(history, "Safe") == "WhatsApp"
    assert max(scores, key=scores.get) == "WhatsApp"  # back to where it was seen, before any new app
    again = history + opened(["WhatsApp", "Gmail"])
    assert "WhatsApp" not in {a.label for a, _ in item_home.homes("What is the code of Safe?", {"code", "safe"},
                                                                   inbox.package, PIXEL, "", again)}


def test_explored_knowledge_outranks_the_verbs_usual_home(memory_store):
    memory_store.knowledge.record_screen(KnownScreen(
        signature="notes", app="com.google.android.keep", title="Keep Notes",
        elements=[KnownElement(key="View||note", label="Lost keys")], texts=["Lost keys: under the mat"]))
    home = launcher(PIXEL)
    hinted = KnowledgeHint(memory_store.knowledge).apply("star Lost keys", home,
                                                         rank("star Lost keys", "", home, PIXEL, [], limit=100), PIXEL)
    assert hinted[0].action == {"kind": "open_app", "app": "Keep Notes"}


def test_a_reply_names_a_message_not_an_item():
    apps = [AppInfo(label="Phone", package="com.google.android.dialer"), *PIXEL[3:]]
    homes = {a.label for a, _ in item_home.homes("reply Yes, sounds good", {"reply", "yes", "sound", "good"},
                                                 "com.android.launcher3", apps, "", [])}
    assert homes == {"Gmail"}  # the verb's usual home only: WhatsApp and Keep are no place to look for "Yes"
    inbox = app_screen("com.google.android.gm", ["Ana Ruiz, Lunch on Friday"])
    assert not item_home.homes("reply Yes, sounds good", {"reply"}, inbox.package, apps, "\n".join(inbox.lines), [])
