"""A group named by one of its members ("mute the group Ines Vale is in"), on an invented chat app's screens: the
group rows are opened in turn (the one the person spoke in last first), a group page that does not name the person
is left, the one that does is acted on; a task naming no member leaves the rows alone."""

from __future__ import annotations

from fixtures_uidump import W, node, screen_of

from cascadroid.agents import member_groups
from cascadroid.agents.candidates import rank

TALK = "org.example.talk"


def chat_list(*rows_: str) -> object:
    rows = [node("android.widget.LinearLayout", (0, 300 + 200 * i, W, 480 + 200 * i),
                 node("android.widget.TextView", (40, 320 + 200 * i, 1000, 380 + 200 * i), text=title),
                 node("android.widget.TextView", (40, 400 + 200 * i, 1000, 460 + 200 * i), text=preview), click=True)
            for i, (title, preview) in enumerate(r.split(" | ") for r in rows_)]
    return screen_of(TALK, node("android.widget.TextView", (40, 100, 600, 200), text="Talk"),
                     node("androidx.recyclerview.widget.RecyclerView", (0, 280, W, 2200), *rows, scroll=True))


def group_page(title: str, members: str) -> object:
    return screen_of(TALK, node("android.widget.ImageButton", (0, 80, 140, 220), desc="Back", click=True),
                     node("android.widget.TextView", (160, 80, 800, 150), text=title),
                     node("android.widget.TextView", (160, 150, 800, 210), text=members),
                     node("android.widget.ImageButton", (900, 80, 1040, 220), desc="Mute", click=True),
                     node("android.widget.EditText", (40, 2200, 900, 2320), text="Message", click=True))


ROWS = ("Kite club | Oskar Lind: Wind looks good", "Mira Sol | Mira Sol: see you", "Pottery pals | Juno Park: kiln at 6",
        "Board games | You: Friday?")
TASK = "Mute the group that Ines Vale is in"


def tap(label: str) -> dict:
    return {"kind": "tap", "line": f"tap [12] {label}", "outcome": "success"}


def test_the_member_is_read_from_the_task():
    assert member_groups.member_of(TASK) == "Ines Vale"
    assert member_groups.member_of("which group has Ines Vale as a member?") == "Ines Vale"
    assert member_groups.member_of("mute Ines Vale's group") == "Ines Vale"
    assert member_groups.member_of("Mute the Kite club group") is None
    assert member_groups.member_of("Send Ines's group photo to Oskar") is None


def test_the_next_group_not_yet_opened_is_opened():
    screen = chat_list(*ROWS)
    best = rank(TASK, "", screen, [], [], notes={})[0]
    assert best.action["kind"] == "tap" and screen.labels[best.action["element"]].startswith("Kite club")
    best = rank(TASK, "", screen, [], [tap(ROWS[0]), {"kind": "back", "line": "go back", "outcome": "success"}],
                notes={})[0]
    assert best.action["kind"] == "tap" and screen.labels[best.action["element"]].startswith("Pottery pals")


def test_a_group_page_without_the_member_is_left_and_the_one_with_them_is_acted_on():
    other = group_page("Kite club", "3 members: Oskar Lind, Mira Sol, Tam Ode")
    assert rank(TASK, "", other, [], [tap(ROWS[0])], notes={})[0].action["kind"] == "back"
    theirs = group_page("Pottery pals", "3 members: Juno Park, Ines Vale, Tam Ode")
    best = rank(TASK, "", theirs, [], [tap(ROWS[2])], notes={})[0]
    assert best.action["kind"] == "tap" and theirs.labels[best.action["element"]] == "Mute"


def test_a_task_naming_no_member_opens_no_group_for_one():
    screen = chat_list(*ROWS)
    best = rank("Mute the Board games group", "", screen, [], [], notes={})[0]
    assert not (best.action["kind"] == "tap" and screen.labels[best.action["element"]].startswith("Kite club"))
