"""When a question is read as one and what it answers (session 31 review): existence asked as a count, a value asked
without a question word, a yes/no question about a switch, the colon of a clock time, a search suggestion echoing the
query, a mail's subject asked with "tell me". Invented apps, labels and wordings; must-not-fire cases beside each."""

from __future__ import annotations

from cascadroid.agents import answers, conversations, page_answers, switch_answers
from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import perceive
from cascadroid.agents.wording import canonical
from cascadroid.device.types import AppInfo
from cascadroid.device.uiautomator import parse_observation


def _kind(task: str) -> str | None:
    asked = answers.asked(canonical(task))
    return asked.kind if asked else None


# ---- whether things exist: how many there are -------------------------------------------------------------------
def test_whether_things_of_a_kind_exist_is_asked_as_a_count():
    assert canonical("Are there any unread emails in my inbox?") == "how many unread emails are there in my inbox?"
    assert canonical("Do I have events on Friday, May 8?") == "how many events do I have on Friday, May 8?"
    assert canonical("any missed calls in my call log?") == "how many missed calls are there in my call log?"
    assert canonical("are any of my alarms switched on?") == "how many of my alarms are switched on?"
    assert canonical("did I get any texts from Rosa today") == "how many texts did I get from Rosa today?"
    for task in ("do I have starred contacts?", "Do I have Threema chats with unread messages?"):
        assert _kind(task) == "count"


def test_one_thing_or_a_request_after_it_is_no_count():
    assert _kind("Do I have a meeting tomorrow?") != "count"  # one thing
    assert _kind("Do I have enough storage?") != "count"
    assert canonical("Do I have any photos from Lisbon, and if so send one to Rosa") == \
        "Do I have any photos from Lisbon, and if so send one to Rosa"  # a check, then a request
    assert _kind("any news from Rosa?") != "count"  # "news" is no plural of things


# ---- a value asked without a question word ----------------------------------------------------------------------
def test_a_value_asked_by_find_need_or_said_alone_is_a_question():
    assert _kind("find Ilse Varga's email address for me") == "email"
    assert _kind("I need Ilse Varga's phone number") == "phone"
    assert _kind("Ilse Varga's phone number") == "phone"
    assert _kind('find the start time of "Pottery class" on Friday, May 8') == "time"
    assert _kind('find the location of "Pottery class"') == "address"
    assert _kind('the code in my note "Locker"') == "code"


def test_a_thing_to_find_or_a_value_to_set_is_no_question():
    assert _kind("find the photo IMG_1200.jpg") is None
    assert _kind("find my phone") is None
    assert _kind("find Ilse's number and text it to Rosa") is None  # read, then used: another shape
    assert canonical('the location of "Pottery class" should be Studio 9 now').startswith("the location of")
    assert "saying" not in canonical("I need the code from the Vaultly email - I'd like you to tell me what it is.")


# ---- a yes/no question said without its mark ---------------------------------------------------------------------
def test_a_yes_no_question_without_its_mark_is_a_question():
    for task in ("is bluetooth on", "is my alarm set for tomorrow", "did Rosa text me", "does the bakery open on Sunday"):
        assert answers.asked(task) is not None, task


def test_requests_that_open_like_a_question_stay_requests():
    for task in ("is it possible to turn off notifications", "is bluetooth on, if not turn it on", "Do Not Disturb on",
                 "do not disturb on", "Are you able to turn on wifi", "Do you think you could mute the Hiking group",
                 "Is it ok to delete the note Groceries"):
        assert answers.asked(task) is None, task


# ---- a switch asked about is read, never toggled ------------------------------------------------------------------
_ROW = ('<node index="{i}" text="{text}" resource-id="" class="android.widget.{cls}" package="com.example.settings" '
        'content-desc="" checkable="{check}" checked="{checked}" clickable="{click}" enabled="true" focusable="false" '
        'focused="false" scrollable="false" long-clickable="false" password="false" selected="false" bounds="{b}" />')


def _settings() -> str:
    rows = [("TextView", "Links", False, False, "[0,100][1080,200]"),
            ("TextView", "Bluetooth", False, False, "[0,300][800,400]"),
            ("Switch", "", True, False, "[900,300][1020,400]"),
            ("TextView", "Flight mode", False, False, "[0,500][800,600]"),
            ("Switch", "", True, False, "[900,500][1020,600]"),
            ("TextView", "Hotspot", False, False, "[0,700][800,800]"),
            ("Switch", "", True, True, "[900,700][1020,800]")]
    nodes = "".join(_ROW.format(i=i, text=t, cls=c, check=str(k).lower(), checked=str(on).lower(), click=str(k).lower(),
                                b=b) for i, (c, t, k, on, b) in enumerate(rows))
    return ('<?xml version="1.0" encoding="UTF-8"?><hierarchy rotation="0"><node index="0" text="" resource-id="" '
            'class="android.widget.FrameLayout" package="com.example.settings" content-desc="" checkable="false" '
            'checked="false" clickable="false" enabled="true" focusable="false" focused="false" scrollable="false" '
            f'long-clickable="false" password="false" selected="false" bounds="[0,0][1080,2400]">{nodes}</node></hierarchy>')


_APPS = [AppInfo(label="Settings", package="com.example.settings")]


def test_a_switch_question_is_answered_from_its_state_and_the_switch_is_left_alone():
    screen = perceive(parse_observation(_settings()))
    for task, said in (("Is Bluetooth on?", "No, Bluetooth is off"), ("is the hotspot turned on", "Yes, Hotspot is on"),
                       ("is flight mode off", "Yes, Flight mode is off"), ("check whether bluetooth is on", "No")):
        top = rank(task, "", screen, _APPS, [{"kind": "open_app", "line": "open the Settings app", "outcome": "success"}])[0]
        assert top.action.get("kind") == "done" and top.action.get("answer", "").startswith(said), (task, top.text)


def test_a_switch_request_is_no_question():
    screen = perceive(parse_observation(_settings()))
    top = rank("turn bluetooth on", "", screen, _APPS, [{"kind": "open_app", "line": "open the Settings app",
                                                          "outcome": "success"}])[0]
    assert top.action.get("kind") == "tap" and "Bluetooth" in top.text
    assert switch_answers.answer("turn bluetooth on", screen.lines) is None


# ---- what a line says: not the colon of a clock time --------------------------------------------------------------
def test_a_line_is_read_after_a_label_colon_never_inside_a_time():
    row = ["[4] LinearLayout \"Pottery class | Fri, May 8 · 17:15 · Studio 9\""]
    assert answers.find(answers.Asked("line", {"pottery", "class"}), row, ["Pottery class"], {}) is None
    said = ["[4] LinearLayout \"Rosa Lind | 10:02 Rosa Lind: see you at the gate\""]
    assert answers.find(answers.Asked("line", {"rosa"}), said, ["Rosa Lind"], {}) == ("see you at the gate", 0.9)


# ---- a search suggestion echoing the query is no label -------------------------------------------------------------
def test_a_suggestion_row_echoing_the_typed_query_is_no_label_and_value():
    lines = ['[1] EditText "url bar" = "tide times in porto tomorrow" (field, focused)',
             '[3] LinearLayout "tide times in porto tomorrow | Search"']
    assert page_answers.labelled({"tide", "times", "porto", "tomorrow"}, lines) is None
    lines = ['[1] EditText "search" = "kernel" (field)', '[5] LinearLayout "Kernel version | 6.1.25"']
    assert page_answers.labelled({"kernel", "version"}, lines) == "6.1.25"  # a label the query is only part of


# ---- a mail's subject asked with "tell me" ------------------------------------------------------------------------
def test_the_subject_asked_with_tell_me_is_the_subject():
    assert conversations.asks("tell me the subject of the starred email from Rosa Lind") == "subject"
    assert conversations.asks("read me the subject of the latest email from Rosa") == "subject"
    assert conversations.asks("email Rosa with the subject Lunch") is None  # a subject given, not asked


# ---- a value copied into another app is read first -----------------------------------------------------------------
def test_a_value_copied_somewhere_is_read_first():
    from cascadroid.agents import subgoals
    read = subgoals.read_part(canonical('copy the code in the Vaultly email into a new note called "Vaultly code"'))
    assert read is not None and read.asked.kind == "code" and read.rest.startswith("copy it into a new note")
    assert subgoals.read_part(canonical("copy the file minutes.pdf to Documents")) is None  # a file copied: nothing read


# ---- an item action, then a part that goes on with it ---------------------------------------------------------------
def test_after_an_item_action_a_part_that_goes_on_with_it_is_next():
    from cascadroid.agents.progress import parts
    from cascadroid.agents.task_parts import current_part
    pressed = [{"kind": "open_app", "line": "open the Albums app", "outcome": "success", "key": "open_app Albums"},
               {"kind": "tap", "line": 'tap [11] "DSC_0412.jpg"', "outcome": "success"},
               {"kind": "tap", "line": 'tap [5] "Favourite"', "outcome": "success"}]
    task = canonical("favourite DSC_0412.jpg, then share it with Rosa on Threema")
    assert parts(task) == ["add DSC_0412.jpg to favourites", "share it with Rosa on Threema"]
    assert current_part(task, pressed) == "share it with Rosa on Threema"
    assert canonical("favourite DSC_0412.jpg then delete DSC_0400.jpg").startswith("add DSC_0412.jpg to favourites then")


def test_a_part_on_another_item_or_an_unpressed_act_waits():
    from cascadroid.agents.task_parts import current_part
    opened = [{"kind": "open_app", "line": "open the Albums app", "outcome": "success", "key": "open_app Albums"},
              {"kind": "tap", "line": 'tap [11] "DSC_0412.jpg"', "outcome": "success"}]
    task = canonical("favourite DSC_0412.jpg, then share it with Rosa on Threema")
    assert current_part(task, opened) == "add DSC_0412.jpg to favourites"  # nothing pressed yet
    other = canonical("favourite DSC_0412.jpg then delete DSC_0400.jpg")
    assert current_part(other, opened + [{"kind": "tap", "line": 'tap [5] "Favourite"', "outcome": "success"}]) == \
        "add DSC_0412.jpg to favourites"  # another item: not from this one's page


def test_a_preview_cut_short_is_opened_not_answered():
    cut = ["[2] LinearLayout \"Rosa Lind | Rosa Lind: Can you pick up the kids from school and then go to the…\""]
    assert answers.find(answers.Asked("line", {"rosa"}), cut, ["Rosa Lind"], {}) is None
    whole = ["[2] LinearLayout \"Rosa Lind | Rosa Lind: see you at the gate\""]
    assert answers.find(answers.Asked("line", {"rosa"}), whole, ["Rosa Lind"], {}) == ("see you at the gate", 0.9)
