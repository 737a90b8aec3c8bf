"""Contacts, chats, groups and mail on screens written in real apps' conventions (uiautomator
dumps: a Google-Contacts-like list with a search bar and a content-desc-only FAB, a German contact
list, a WhatsApp-like new-group member picker, Signal-like group pages, a Gmail-like message view
and list rows)."""

from __future__ import annotations

from fixtures_uidump import W, screen_of
from fixtures_uidump import node as uidump_node

from cascadroid.agents import conversations, lookup
from cascadroid.agents.candidates import rank
from cascadroid.agents.task_parts import goal_names
from cascadroid.agents.text import words
from cascadroid.agents.values import task_values


def node(cls: str, box: tuple[int, int, int, int], *children: str, click: bool = False, **kw) -> str:
    return uidump_node(cls, box, *children, click=click, long=click, **kw)


def text(t: str, box: tuple[int, int, int, int], **kw) -> str:
    return node("android.widget.TextView", box, text=t, **kw)


def button(desc: str, box: tuple[int, int, int, int]) -> str:
    return node("android.widget.ImageButton", box, desc=desc, click=True)


def field(hint: str, box: tuple[int, int, int, int], rid: str = "", value: str = "") -> str:
    return node("android.widget.EditText", box, text=value or hint, rid=rid, click=True)


def row(top: int, *texts: str, height: int = 160) -> str:
    parts = [text(t, (200, top + 20 + 60 * i, 900, top + 70 + 60 * i)) for i, t in enumerate(texts)]
    return node("android.view.ViewGroup", (0, top, W, top + height), *parts, click=True)


def listing(*rows_: str, top: int = 400) -> str:
    return node("androidx.recyclerview.widget.RecyclerView", (0, top, W, 2200), *rows_, scroll=True)


def tapped(label: str, kind: str = "tap") -> dict:
    return {"kind": kind, "line": f'{kind} [9] "{label}"', "key": f"{kind} [9]", "outcome": "success"}


def typed_into(label: str, value: str) -> dict:
    return {"kind": "type", "line": f'type [9] "{label}" "{value}"', "key": "type [9]", "outcome": "success"}


def first(task: str, screen, history=()):
    return rank(task, "", screen, [], list(history))[0]


NAMES = ["Ada Park", "Bruno Silva", "Chen Diaz", "Dana Cole", "Elif Kaya", "Farah Silva"]


def contacts_list(search_hint: str, fab: str, package: str = "com.google.android.contacts"):
    return screen_of(package, field(search_hint, (40, 120, 1040, 240), rid=f"{package}:id/open_search_bar"),
                     listing(*[row(400 + 170 * i, n) for i, n in enumerate(NAMES)]),
                     button(fab, (860, 2040, 1040, 2200)))


def test_a_person_not_listed_is_searched_for_rather_than_created():
    best = first("Remove Noah Berg from my favourite contacts.", contacts_list("Search contacts", "Create contact"))
    assert best.action["kind"] == "type" and best.action["text"] == "Noah Berg"


def test_a_german_contact_list_is_searched_through_its_suche_field():
    screen = contacts_list("Kontakte durchsuchen", "Kontakt erstellen", "com.samsung.android.app.contacts")
    best = first("Set Oscar Kowalski's address to 973 Willow Ct, Fairview.", screen)
    assert best.action["kind"] == "type" and best.action["text"] == "Oscar Kowalski"


def test_a_search_that_found_nobody_ends_in_an_honest_give_up():
    empty = screen_of("com.google.android.contacts",
                      field("Search contacts", (40, 120, 1040, 240), value="Oscar Dubois"),
                      text("No contacts found", (200, 600, 900, 680)))
    best = first("Call Oscar Dubois.", empty, [typed_into("Search contacts", "Oscar Dubois")])
    assert best.action["kind"] == "done" and best.action.get("success") is False


def test_names_that_start_the_task_keep_all_but_the_verb():
    assert goal_names("Remove Noah Berg from my favourites") == ["Noah Berg"]
    assert goal_names("Call Ana Ruiz") == ["Ana Ruiz"]
    assert goal_names("Noah Berg called") == []  # two words at the start: a name or a verb and a name, unknown


def test_a_new_group_with_members_starts_with_the_new_group_button():
    chats = screen_of("com.whatsapp", text("WhatsApp", (40, 120, 600, 240)),
                      listing(row(400, "Maya Ferrari", "You: ok"), row(570, "Iris Lind", "Iris: see you")),
                      button("New group", (700, 120, 820, 240)), button("New chat", (860, 2040, 1040, 2200)))
    best = first('Create a WhatsApp group called "Road trip" with Maya Ferrari and Iris Lind.', chats)
    assert "New group" in best.text


def test_members_are_searched_and_picked_before_the_group_is_created():
    picker = screen_of("com.whatsapp", button("Navigate up", (0, 120, 100, 240)), text("New group", (120, 120, 600, 240)),
                       field("Group name", (40, 300, 1040, 400)), field("Search name or number", (40, 420, 1040, 520)),
                       listing(row(600, "Ada Park"), row(770, "Bruno Silva")),
                       button("Next", (860, 2040, 1040, 2200)))
    task = 'Create a WhatsApp group called "Road trip" with Maya Ferrari and Iris Lind.'
    best = first(task, picker)
    assert best.action["kind"] == "type" and best.action["text"] == "Maya Ferrari"
    found = screen_of("com.whatsapp", button("Navigate up", (0, 120, 100, 240)), text("New group", (120, 120, 600, 240)),
                      field("Group name", (40, 300, 1040, 400)),
                      field("Search name or number", (40, 420, 1040, 520), value="Maya Ferrari"),
                      listing(row(600, "Maya Ferrari")), button("Next", (860, 2040, 1040, 2200)))
    best = first(task, found, [tapped("New group"), typed_into("Search name or number", "Maya Ferrari")])
    assert best.action["kind"] == "tap" and "Maya Ferrari" in best.text


def test_a_create_button_waits_for_the_members_still_to_pick():
    """"Create a group ... and add A and B": the group's Create button is no step while A shows unpicked."""
    def picker(*more: str):
        bar = node("android.view.ViewGroup", (0, 100, W, 260), button("Navigate up", (0, 120, 100, 240)),
                   text("New group", (120, 120, 600, 240)),
                   node("android.widget.Button", (860, 120, 1040, 240), text="Create", click=True))  # "Create (in: New group)"
        return screen_of("org.example.chat", bar, field("Group name", (40, 300, 1040, 400), value="Book club"),
                         field("Search", (40, 420, 1040, 520), value="Noor Haddad"), listing(row(600, "Noor Haddad")), *more)
    task = 'Create a new chat group called "Book club" and add Noor Haddad and Tomas Berg.'
    history = [tapped("New group"), typed_into("Search", "Noor Haddad"), typed_into("Group name", "Book club")]
    best = first(task, picker(), history)
    assert best.action["kind"] == "tap" and "Noor Haddad" in best.text
    done_picking = history + [tapped("Noor Haddad"), typed_into("Search", "Tomas Berg"), tapped("Tomas Berg")]
    assert "Create" in first(task, picker(), done_picking).text  # both picked: now it is the step


def test_a_quote_after_the_mail_it_answers_is_no_message_and_the_one_after_with_is():
    kinds = {v.text: v.kind for v in task_values('Reply to Jonas\'s email "Garden party" with "Sounds good".')}
    assert kinds["Garden party"] == "quoted" and kinds["Sounds good"] == "message"
    kinds = {v.text: v.kind for v in task_values('Post "Can we move it?" in the Signal group "Road trip".')}
    assert kinds["Can we move it?"] == "message" and kinds["Road trip"] == "quoted"
    assert task_values('Text Bo "hi"')[0].kind == "message"


def test_a_saved_value_on_the_contact_page_means_done_not_a_tap_on_it():
    page = screen_of("com.google.android.contacts", button("Navigate up", (0, 120, 100, 240)),
                     button("Edit contact", (840, 120, 940, 240)), button("More options", (960, 120, 1060, 240)),
                     text("Iris Berg", (40, 400, 900, 500)),
                     node("android.widget.LinearLayout", (0, 700, W, 860), text("iris.berg@work.org", (200, 720, 900, 780)),
                          text("Work", (200, 790, 900, 840)), click=True))
    history = [tapped("Edit contact"), typed_into("Email", "iris.berg@work.org"), tapped("Save")]
    best = first("Add the email address iris.berg@work.org to Iris Berg's contact.", page, history)
    assert best.action["kind"] == "done"


def test_group_members_are_read_from_the_group_page_not_from_a_chat_row():
    task = 'Who besides me is in the group "Dinner club"?'
    assert conversations.asks(task) == "members"
    chats = screen_of("org.thoughtcrime.securesms", listing(row(400, "Dinner club", "Theo Nakamura: Me! Where?")))
    assert first(task, chats).action["kind"] == "tap"
    info = screen_of("org.thoughtcrime.securesms", text("Dinner club", (40, 120, 900, 240)),
                     text("Members: Maya Dubois, Theo Nakamura, You", (40, 300, 1000, 360)))
    best = first(task, info, [tapped("Dinner club")])
    assert best.action == {"kind": "done", "answer": "Maya Dubois and Theo Nakamura"}


def test_who_asked_is_the_sender_of_the_message_about_it():
    lines = ['    Ines Eriksen: Who is in for Saturday?', '    Hugo Holm: Me! Where do we meet?']
    found = conversations.answer("speaker", 'In the group "Study group", who asked where to meet?', lines,
                                 ["Study group"])
    assert found == ("Hugo Holm", 1.0)
    assert conversations.answer("speaker", "Which member wanted to know the meeting place?", lines, [])[0] == "Hugo Holm"


def test_the_recipient_of_a_sent_mail_is_the_address_after_to():
    task = 'To which address did I send the email "Project kickoff"?'
    assert conversations.asks(task) == "recipient"
    lines = ["    Project kickoff", "    Me", "    me@example.com · to maya.n@example.com"]
    assert conversations.answer("recipient", task, lines, ["Project kickoff"]) == ("maya.n@example.com", 1.0)


def test_a_question_ending_on_a_stranded_to_asks_the_recipient():
    for task in ('which inbox did my memo "Rota" go to', 'Who was the invoice "Q2 fees" sent to?',
                 "what address did the parcel note get mailed to, thx"):
        assert conversations.asks(task) == "recipient", task
    for task in ("which room do I go to for the party", 'who sent the memo "Rota"', 'what did Ivo send to the crew?'):
        assert conversations.asks(task) != "recipient", task  # must not fire: "to" leads somewhere, or a sender


def test_the_subject_of_a_starred_mail_is_read_from_the_starred_row():
    task = "What is the subject of my only starred email from Luca Ivanova?"
    assert conversations.asks(task) == "subject"
    lines = ['[16] LinearLayout "Luca Ivanova, Invoice | Luca Ivanova · Attached."',
             '[20] LinearLayout "Starred, Luca Ivanova, Parking permit | Luca Ivanova · Details inside."']
    assert conversations.answer("subject", task, lines, ["Luca Ivanova"]) == ("Parking permit", 1.0)


def test_a_search_field_is_known_in_other_languages():
    screen = contacts_list("Rechercher des contacts", "Créer un contact", "com.google.android.contacts")
    assert any(lookup.search_field(screen, i) for i in screen.editable)


def test_from_my_contacts_in_lower_case_names_the_people_not_the_app():
    from cascadroid.agents import app_choice
    from cascadroid.device.types import AppInfo

    apps = [AppInfo(label="Signal", package="org.thoughtcrime.securesms"),
            AppInfo(label="Contacts", package="com.google.android.contacts")]
    task = "Start a Signal chat with Ana Ruiz from my contacts"
    chosen = {c.app.label: c.score for c in app_choice.choose(words(task), "", apps, task)}
    assert chosen["Signal"] > chosen["Contacts"]


def test_a_new_chat_picker_is_searched_for_the_person_and_the_quote_after_and_send_is_the_message():
    picker = screen_of("org.thoughtcrime.securesms", button("Navigate up", (0, 120, 100, 240)),
                       text("New message", (120, 120, 600, 240)),
                       field("Name, username or number", (40, 300, 1040, 400), rid="org.thoughtcrime.securesms:id/search_view"),
                       listing(row(500, "Ada Park"), row(670, "Bruno Silva")))
    task = 'Start a Signal chat with Kim Osei from my contacts and send "See you at 6".'
    best = first(task, picker, [tapped("New chat")])
    assert best.action["kind"] == "type" and best.action["text"] == "Kim Osei"
    assert {v.text: v.kind for v in task_values(task)}["See you at 6"] == "message"


def test_a_list_scrolled_through_to_its_end_without_the_person_gives_up():
    dialer = screen_of("com.google.android.dialer", text("Contacts", (40, 120, 600, 240)),
                       listing(*[row(400 + 170 * i, n) for i, n in enumerate(NAMES)]))
    history = [{"kind": "swipe", "line": "swipe down", "key": "swipe down", "outcome": "success"},
               {"kind": "swipe", "line": "swipe down", "key": "swipe down", "outcome": "no_change"}]
    from cascadroid.device.types import AppInfo

    phone = [AppInfo(label="Phone", package="com.google.android.dialer")]
    best = rank("Call Kim Osei.", "", dialer, phone, history)[0]
    assert best.action["kind"] == "done" and best.action.get("success") is False


def test_a_group_chat_is_made_with_new_group_and_roles_after_a_quote_say_its_field():
    chats = screen_of("com.whatsapp", text("WhatsApp", (40, 120, 600, 240)),
                      button("New group", (700, 120, 820, 240)), button("New chat", (860, 2040, 1040, 2200)))
    assert "New group" in first('Set up a group chat named "Climb" and put Kim Osei in it.', chats).text
    kinds = {v.text: v.kind for v in task_values('Put "Flat viewing" as the subject and "See you" in the text.')}
    assert kinds["Flat viewing"] == "title" and kinds["See you"] == "message"
    assert conversations.asks("Remind me who's in the Climb chat - just the other people.") == "members"


def test_a_name_opening_a_bracketed_reason_is_no_verb():
    from cascadroid.agents.goal import parse_goal

    goal = parse_goal("unstar Kim Osei (Kim Osei does not need to be a starred contact any more)")
    assert "unstar" in goal.verbs and "kim" not in goal.verbs


def test_a_message_said_as_a_noun_is_sent_by_its_own_verb():
    from cascadroid.agents.wording import canonical
    assert canonical('A text to Ilse Varga saying "Gate is open", please.') == 'text Ilse Varga saying "Gate is open"'
    assert canonical('send a quick text to Ivo Marsh: "running late"') == 'text Ivo Marsh: "running late"'
    assert canonical('A text to Ivo Marsh, please: "running late"') == 'text Ivo Marsh: "running late"'
    assert canonical('An email to kai@example.net saying "Invoice attached", please.') == \
        'send an email to kai@example.net saying "Invoice attached"'
    # must not fire: a message sent already said with its verb, a thing to me, a noun that is no request
    assert canonical('Send a message to the Rowers group saying "hi"') == 'Send a message to the Rowers group saying "hi"'
    assert canonical('Send a text to me saying "x"') == 'Send a text to me saying "x"'
    assert canonical("A text to Bo Li is what I need") == "A text to Bo Li is what I need"
    # review 27: what happened to a message said as a noun (invented people and apps)
    for said in ("A text to Bo Li on Friday failed to send", "A message to Ana Ruiz via Chirpa bounced back",
                 "An email to kai@example.net never arrived"):
        assert canonical(said) == said
    assert canonical("A text to Bo Li saying the gate is open") == 'text Bo Li saying "the gate is open"'


def test_a_recipient_asked_with_its_object_before_the_stranded_to():
    assert conversations.asks('which address did I send the email "Rota" to?') == "recipient"
    assert conversations.asks("Who did I forward the Lease mail to?") == "recipient"
    # must not fire: what was sent, or sent to someone named
    assert conversations.asks("which photo did I send to Ivo?") is None
    assert conversations.asks("What did I send Ivo?") is None
