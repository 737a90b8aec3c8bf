"""Which app to open, and reading in one app before acting in another (issue 15), on real phones'
app lists: vendor labels ("Phone by Google", "Samsung Messages"), vendor packages with no plain
word ("com.sec.android.app.clockpackage"), labels in other scripts, launcher icons that carry
only a content-desc."""

from __future__ import annotations

import pytest

from cascadroid.agents import app_choice, notetaker, subgoals
from cascadroid.agents.candidates import rank
from cascadroid.agents.goal import clause_verbs
from cascadroid.agents.knowledge_hint import KnowledgeHint
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.text import words
from cascadroid.device.types import AppInfo
from cascadroid.memory.knowledge import KnownElement, KnownScreen

SAMSUNG = [
    AppInfo(label="Phone", package="com.samsung.android.dialer"),
    AppInfo(label="Samsung Messages", package="com.samsung.android.messaging"),
    AppInfo(label="Clock", package="com.sec.android.app.clockpackage"),
    AppInfo(label="Calendar", package="com.samsung.android.calendar"),
    AppInfo(label="Samsung Notes", package="com.samsung.android.app.notes"),
    AppInfo(label="Gallery", package="com.sec.android.gallery3d"),
    AppInfo(label="My Files", package="com.sec.android.app.myfiles"),
    AppInfo(label="Settings", package="com.android.settings"),
    AppInfo(label="Maps", package="com.google.android.apps.maps"),
    AppInfo(label="Keep Notes", package="com.google.android.keep"),
    AppInfo(label="Shop", package="com.example.store"),
]
# A Japanese phone: labels in Japanese, packages that say nothing of the category.
JAPANESE = [
    AppInfo(label="電話", package="jp.co.vendor.telecom"),
    AppInfo(label="メッセージ", package="jp.co.vendor.talk"),
    AppInfo(label="時計", package="jp.co.vendor.widgets"),
    AppInfo(label="カレンダー", package="jp.co.vendor.scheduler"),
    AppInfo(label="設定", package="jp.co.vendor.system"),
]
OTHERS = [AppInfo(label="Phone by Google", package="com.google.android.dialer"), AppInfo(label="Телефон", package="ru.vendor.app1"),
          AppInfo(label="Messages", package="com.google.android.apps.messaging")]


def best_app(task: str, apps: list[AppInfo]) -> str:
    choices = app_choice.choose(words(task), "com.android.launcher3", apps, task,
                                clause_verbs(task))
    return max(choices, key=lambda c: c.score).app.label if choices else ""


@pytest.mark.parametrize("task, samsung, japanese", [
    ("call mum", "Phone", "電話"),
    ("text Sam that I'm running late", "Samsung Messages", "メッセージ"),
    ("set a 5 minute timer", "Clock", "時計"),
    ("what's on my schedule tomorrow", "Calendar", "カレンダー"),
    ("wifi off", "Settings", "設定"),
    ("wake me up at 6:30", "Clock", "時計"),
])
def test_a_task_that_names_no_app_opens_the_app_of_its_category(task, samsung, japanese):
    assert best_app(task, SAMSUNG) == samsung
    assert best_app(task, JAPANESE) == japanese


def test_other_vendors_labels_and_scripts_name_their_category():
    assert best_app("dial 555 0100", OTHERS[:1]) == "Phone by Google"
    assert best_app("call the plumber", OTHERS[1:2]) == "Телефон"
    assert best_app("directions to the airport", SAMSUNG) == "Maps"
    assert best_app("open the pdf I downloaded", SAMSUNG) == "My Files"


def test_a_word_of_the_package_that_is_the_tasks_verb_names_no_app():
    # "keep" is Google Keep's package word and an English verb
    assert best_app('Remove "Espresso" from my cart and keep the rest', SAMSUNG) == "Shop"


def test_an_app_label_inside_a_compound_noun_names_no_app():
    assert best_app("Which Wi-Fi network is my phone connected to?", SAMSUNG) == "Settings"
    assert best_app("In Shop, buy the cheapest of the Phone cases", SAMSUNG) == "Shop"
    assert best_app("Open the Phone app", SAMSUNG) == "Phone"
    signal = [AppInfo(label="Signal", package="org.thoughtcrime.securesms")]

    def score(task: str) -> float:
        return app_choice.choose(words(task), "", signal, task, clause_verbs(task))[0].score

    assert score("Read me Ana Ruiz's latest Signal message") >= score("Open Signal") > score("the Signal strength bars")


def test_a_two_word_app_name_said_whole_beats_apps_sharing_one_of_its_words_whatever_follows_it():
    wallets = [AppInfo(label="Teal Plus", package="com.teal.mx.tealplus"), AppInfo(label="Pago ya", package="com.teal.pagoya"),
               AppInfo(label="Teal Cash", package="com.teal.tealcash.mx")]
    assert best_app("abre teal cash porfa, le debo dinero a mi primo", wallets) == "Teal Cash"
    # must not fire: a one-word label before a noun is still that noun's first half
    assert best_app("Which Wi-Fi network is my phone connected to?", SAMSUNG) == "Settings"


def launcher(labels: list[str]) -> Screen:
    """A launcher whose icons carry only a content-desc (no text), as Pixel and One UI launchers do."""
    lines = [f'[{i}] ImageView "{label}" (desc)' for i, label in enumerate(labels, 3)]
    return Screen(package="com.sec.android.app.launcher", digest="home", lines=lines,
                  actionable=list(range(3, 3 + len(labels))), labels=dict(enumerate(labels, 3)),
                  locators={i: {"desc": label} for i, label in enumerate(labels, 3)})


def test_the_ranked_first_action_on_a_launcher_opens_the_needed_app():
    home = launcher([a.label for a in SAMSUNG])
    best = rank("set a 5 minute timer", "", home, SAMSUNG, [])[0]
    assert best.action == {"kind": "open_app", "app": "Clock"}


@pytest.mark.parametrize("task, kind, rest", [
    ("Look up when my dentist appointment is and text it to Sam", "time", "Text it to Sam"),
    ("Find the cheapest flight and note its price", "amount", "Note it"),
    ("Send Ana the code from my latest email", "code", "Send Ana it"),
    ("Tell Sam when the dentist appointment is", "time", "Tell Sam it"),
    ("Save the Wi-Fi password Ana Ruiz texted me in a new note", "code", "Save it in a new note"),
    ("message Jo Park the size of scan_04.pdf in Drive", "size", "message Jo Park it in Drive"),  # a file name's dot
])
def test_a_value_read_in_one_place_is_read_first(task, kind, rest):
    part = subgoals.read_part(task)
    assert part is not None and (part.asked.kind, part.rest) == (kind, rest)


def test_a_relative_clause_asks_nothing():
    assert subgoals.read_part("Call the person who sent me the most recent text") is None
    assert subgoals.read_part("Forward the last text Ana Ruiz sent me to Bo") is None
    assert subgoals.read_part("call the last person who texted") is None
    assert subgoals.read_part("Text Bo Lee: when are you free?") is None  # the message to send
    assert subgoals.read_part("tell me how many files the Documents folder holds") is None  # a question for me


def test_the_notetaker_rules_keep_a_code_from_a_mail_named_by_its_sender():
    task = "Text Sam the code from the Acme email."
    mail = ["    Acme <no-reply@acme.example>", "    Your sign-in code", "    Your verification code is 482913.",
            '[8] ImageButton "Navigate up"', '[9] ImageButton "Reply"']
    assert notetaker.wanted(task, screen_changed=True)
    assert notetaker.by_rules(task, mail, []) == {"code": "482913"}


def test_once_the_value_is_read_the_app_for_the_rest_opens_next():
    calendar = Screen(package="com.samsung.android.calendar", digest="cal",
                      lines=["    Dentist", "    Tue, 17 March · 15:00 – 16:00", '[5] ImageButton "Navigate up"'],
                      actionable=[5], labels={5: "Navigate up"}, locators={5: {"desc": "Navigate up"}})
    task = "Look up when my dentist appointment is and text it to Sam"
    history = [{"kind": "open_app", "outcome": "success", "key": 'open_app "Calendar"', "line": "open Calendar"}]
    best = rank(task, "", calendar, SAMSUNG, history, notes={"time": "15:00"})[0]
    assert best.action == {"kind": "open_app", "app": "Samsung Messages"}


def test_explored_screens_choose_the_app_when_the_words_name_none(memory_store):
    apps = [AppInfo(label="Wallet", package="com.vendor.pay"), AppInfo(label="TripIt", package="com.tripit")]
    memory_store.knowledge.record_screen(KnownScreen(
        signature="trips", app="com.tripit", title="Upcoming trips",
        elements=[KnownElement(key="Button||pass", label="Boarding pass")], texts=["Lisbon · Gate 12"]))
    home = launcher([a.label for a in apps])
    task = "show my boarding pass"
    assert not [c for c in rank(task, "", home, apps, []) if c.action["kind"] == "open_app"]
    hinted = KnowledgeHint(memory_store.knowledge).apply(task, home, rank(task, "", home, apps, [], limit=100), apps)
    assert hinted[0].action == {"kind": "open_app", "app": "TripIt"}


def test_the_app_to_read_in_follows_the_values_object_not_its_kind():
    home = launcher([a.label for a in SAMSUNG])
    task = "Send Maya Lee the file name of my newest photo on Signal"
    assert subgoals.read_part(task).place == "my newest photo"
    assert rank(task, "", home, SAMSUNG, [])[0].action == {"kind": "open_app", "app": "Gallery"}  # not My Files


def test_a_third_person_verb_before_a_gerund_names_no_app():
    apps = [AppInfo(label="Pulse", package="org.example.pulse"), AppInfo(label="Jotter", package="com.example.keep")]
    said = "go through the chats with new messages (Pulse keeps pinging me about them)"
    chosen = [c.app.label for c in app_choice.choose(words(said), "launcher", apps, said, clause_verbs(said))]
    assert "Jotter" not in chosen  # "keeps pinging": a verb, never the package's word
    kept = "save the packing list in keep"  # the package's word said as a name still picks it
    assert "Jotter" in [c.app.label for c in app_choice.choose(words(kept), "launcher", apps, kept, clause_verbs(kept))]
