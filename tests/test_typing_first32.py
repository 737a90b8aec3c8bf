"""Typing as the first action on ordinary screens (invented apps): the value a task gives reaches its field, and the rules
that used to misfire on these inputs stay narrow: an e-mail meets "Email or phone"; a mic beside a search bar is no
search prompt; a Thai, Chinese or polite search asks to search; "find me X" looks for X; "want to fly to X" goes to X;
a relayed statement, "say ...", "reply that ...", "ask X if ...", "type X" are messages; a hint dumped as a field's text
names the field; a Romance message after its channel is the message; a focused search page takes a plain query.
Must-not-fire cases beside each."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.agents.entry_points import asks_search
from cascadroid.agents.fields import hint_as_text
from cascadroid.agents.told_messages import asked, told
from cascadroid.agents.trip_destinations import destination
from cascadroid.agents.values import FIELDS, Value, fit
from cascadroid.agents.wording import canonical


def test_an_email_fits_a_field_that_also_names_a_phone():
    email = Value("lena.moss@example.org", "email", FIELDS["email"])
    assert fit(email, {"email", "or", "phone"}) == 1.0
    assert fit(Value("lena_moss", "handle", FIELDS["handle"]), {"phone", "number", "username", "or", "email"}) == 1.0
    assert fit(email, {"phone", "number"}) == -1.0  # must not fire: a field for numbers only
    assert fit(Value("Lena Moss", "name", FIELDS["name"]), {"contact", "number"}) == -1.0  # a name is no number


def test_sign_in_types_the_address_into_the_email_or_phone_field():
    observation, screen = screen_of(
        node("TextView", (40, 300, 1040, 400), "Sign in to Quillbox"),
        node("EditText", (40, 450, 1040, 560), "", "", clickable=True, hint="Email or phone"),
        node("EditText", (40, 600, 1040, 710), "", "", clickable=True, hint="Password"),
        node("Button", (40, 850, 1040, 960), "Sign in", clickable=True))
    field = element(observation, hint="Email or phone")
    assert first("sign in with lena.moss@example.org", screen) == {"kind": "type", "element": field.id,
                                                                   "text": "lena.moss@example.org"}


def _shop_home(bar: str):
    """A shop's home whose search bar is a clickable View with a text child, a mic beside it (invented "Cartwheel")."""
    return screen_of(node("View", (40, 130, 880, 230), "", "", node("TextView", (120, 150, 800, 210), bar), clickable=True),
                     node("ImageView", (900, 130, 1000, 230), "", "Voice search", clickable=True),
                     node("TextView", (40, 600, 500, 800), "Flash deals", clickable=True),
                     node("TextView", (540, 600, 1040, 800), "Electronics", clickable=True))


def test_the_search_bar_not_the_mic_beside_it_opens_the_search():
    for task in ("search for wireless earbuds", "ค้นหาหูฟังไร้สาย", "帮我找一下蓝牙耳机", "ابحث عن سماعات لاسلكية",
                 "can you search for wireless earbuds"):
        observation, screen = _shop_home("Search for brands and products")
        bar = next(e for e in observation.elements if e.clickable and e.bounds.left == 40 and e.bounds.top == 130)
        assert first(task, screen) == {"kind": "tap", "element": bar.id}, task


def test_a_mic_alone_in_the_app_bar_stays_a_search_prompt():
    observation, screen = screen_of(node("ImageButton", (900, 130, 1000, 230), "", "Voice search", clickable=True),
                                    node("TextView", (40, 600, 500, 800), "Flash deals", clickable=True))
    mic = element(observation, content_desc="Voice search")
    assert first("search for wireless earbuds", screen) == {"kind": "tap", "element": mic.id}


def test_search_asked_in_unspaced_scripts_and_politely():
    for task in ("ค้นหาหูฟังไร้สาย", "搜索蓝牙耳机", "帮我找一下蓝牙耳机", "can you search for shoes",
                 "I want to search for shoes", "could you please find a gas station"):
        assert asks_search(task), task
    for task in ("หาดใหญ่ weather", "finder settings", "searching history off", "open my findings"):
        assert not asks_search(task), task  # must not fire: a word that only begins like a search verb


def _search_box(focused: bool = False):
    return screen_of(node("EditText", (40, 130, 880, 230), "", "", clickable=True, hint="Search products",
                          rid="com.example.app:id/search_input", focused=focused),
                     node("ImageView", (900, 130, 1000, 230), "", "Voice search", clickable=True),
                     node("TextView", (40, 850, 1040, 1050), "Running shoes from $29", clickable=True))


def test_find_me_looks_for_the_thing_and_look_up_is_a_search():
    observation, screen = _search_box(focused=True)
    box = element(observation, cls="android.widget.EditText")
    assert first("find me cheap running shoes", screen) == {"kind": "type", "element": box.id,
                                                            "text": "cheap running shoes"}
    observation, screen = _search_box()
    box = element(observation, cls="android.widget.EditText")
    assert first("look up a phone case for iPhone 15", screen) == {"kind": "type", "element": box.id,
                                                                   "text": "phone case for iPhone 15"}


def test_an_infinitive_or_a_time_is_no_part_of_the_destination():
    assert destination("I want to fly to Lisbon") == "Lisbon"
    assert destination("I'd like to go to the train station") == "train station"
    assert destination("flights to Lisbon next weekend") == "Lisbon"
    assert destination("a ride to Terminal 2") == "Terminal 2"
    assert destination("fahr mich nach Köln Hauptbahnhof") == "Köln Hauptbahnhof"
    assert destination("I need to be there by 5") is None  # must not fire: no place at all


def test_relayed_statements_are_messages():
    assert told("tell her the camera is broken") == 'tell her saying "the camera is broken"'
    assert told("tell him the door code is 4412") == 'tell him saying "the door code is 4412"'
    assert told("say I'll call you back later") == 'say saying "I\'ll call you back later"'
    assert told("reply that sounds good") == 'reply saying "sounds good"'
    for thing in ("tell her the address", "text Bo the address of the restaurant", "tell Ana what time the match starts",
                  "tell her to call me", "text him the address we have for the party", "answer that call",
                  "reply that email", "write that down", "text Bo the code that is on the fridge"):
        assert told(thing) == thing, thing  # must not fire: a thing to pass on, a question, an item


def test_a_yes_no_question_is_put_to_the_person():
    assert asked("ask her if she's free tonight") == "Are you free tonight?"
    assert asked("ask Ana if her flight has landed") == "Has your flight landed?"
    assert asked("ask my boss if the report is due today") == "Is the report due today?"
    assert asked("ask her if she paid") is None  # no auxiliary to put first
    assert asked("ask Siri what time it is") is None


def test_words_after_a_verb_of_typing_are_typed():
    assert told("type call the plumber tomorrow") == 'type saying "call the plumber tomorrow"'
    assert told("write buy milk and eggs") == 'write saying "buy milk and eggs"'
    assert told("enter 4412") == 'enter saying "4412"'
    for thing in ("type in my address", "write Ana an email", "enter the code from the SMS", "enter Settings",
                  "write it down", "type the address", "write back"):
        assert told(thing) == thing, thing


def test_messages_in_other_languages_without_their_marker():
    said = {"告诉她我晚点到": 'tell 她 saying "我晚点到"',
            "उसे बोलो मैं दस मिनट में पहुँच रहा हूँ": 'tell उसे saying "मैं दस मिनट में पहुँच रहा हूँ"',
            "رد عليها بأني سأتأخر": 'tell عليها saying "سأتأخر"',
            "fala pra ju q tô chegando": 'tell ju saying "tô chegando"',
            "dile a Carlos por WhatsApp que llego tarde": 'tell Carlos saying "llego tarde"'}
    assert {task: told(task) for task in said} == said
    assert told("告诉我天气怎么样") == "告诉我天气怎么样"  # must not fire: the user is told


def chat_screen():
    """A conversation with Mira: title bar, her last message, the empty message box and a camera button."""
    return screen_of(node("ImageButton", (0, 110, 100, 230), "", "Navigate up", clickable=True),
                     node("TextView", (120, 120, 600, 200), "Mira Holt", clickable=True),
                     node("ImageButton", (830, 110, 950, 230), "", "Voice call", clickable=True),
                     node("ImageButton", (960, 110, 1080, 230), "", "More options", clickable=True),
                     node("TextView", (40, 900, 700, 980), "Are you coming tonight?"),
                     node("EditText", (110, 1380, 760, 1460), "", "", clickable=True, hint="Message"),
                     node("ImageButton", (850, 1380, 940, 1460), "", "Camera", clickable=True))


def test_the_chat_box_takes_the_message_not_a_button_or_a_date():
    for task, text in (("tell her the camera is broken", "the camera is broken"),
                       ("say I'll call you back later", "I'll call you back later"),
                       ("ask her if she's free tonight", "Are you free tonight?"),
                       ("告诉她我晚点到", "我晚点到")):
        observation, screen = chat_screen()
        box = element(observation, cls="android.widget.EditText")
        assert first(task, screen) == {"kind": "type", "element": box.id, "text": text}, task


def test_a_hint_dumped_as_text_names_the_field():
    assert hint_as_text("First name") and hint_as_text("Enter your email") and hint_as_text("Phone")
    for held in ("Call mom", "Road trip notes", "Lena", "12 Elm Row", "Meeting notes for Friday"):
        assert not hint_as_text(held), held  # must not fire: text the field holds
    observation, screen = screen_of(node("EditText", (40, 300, 1040, 440), "First name", "", clickable=True),
                                    node("EditText", (40, 460, 1040, 600), "Last name", "", clickable=True),
                                    node("EditText", (40, 780, 1040, 920), "Phone", "", clickable=True))
    phone = element(observation, text="Phone")
    actions = [c.action for c in rank("add a contact named Lena Moss with the number +1 555 0100", "", screen, [], [])[:3]]
    assert {"kind": "type", "element": phone.id, "text": "+1 555 0100"} in actions
    assert all(a.get("text") != "+1 555 0100" for a in actions if a.get("element") != phone.id)


def test_canonical_reads_the_new_message_forms():
    assert canonical("tell her the camera is broken") == 'tell her saying "the camera is broken"'


def test_a_focused_search_page_takes_a_plain_query():
    keyboard = node("FrameLayout", (0, 1500, 1080, 2300), "", "", node("ImageView", (900, 2000, 1060, 2100), "", "Delete",
                                                                        clickable=True)).replace(
        'package="com.example.app"', 'package="com.google.android.inputmethod.latin"')
    observation, screen = screen_of(
        node("EditText", (40, 130, 800, 230), "", "", clickable=True, hint="Search here", focused=True,
             rid="com.example.app:id/search_edit"),
        node("TextView", (40, 260, 330, 340), "Restaurants", clickable=True),
        node("TextView", (350, 260, 520, 340), "Hotels", clickable=True), keyboard)
    box = element(observation, cls="android.widget.EditText")
    assert screen.keyboard_shown
    action = first("附近的药店", screen)
    assert action == {"kind": "type", "element": box.id, "text": "附近的药店"}
    assert first("hotels", screen) == {"kind": "tap", "element": element(observation, text="Hotels").id}  # shown: tapped


def test_replies_said_plainly_and_messages_written_to_someone():
    assert told("reply ok see you") == 'reply to the most recent message I received saying "ok see you"'
    assert told("respond with thanks") == 'reply to the most recent message I received saying "thanks"'
    assert told("say happy birthday to Ana") == 'tell Ana saying "happy birthday"'
    assert told("write to Ana that I'll be late tomorrow") == 'write to Ana saying "I\'ll be late tomorrow"'
    assert told("envía un correo a bo@example.org diciendo que ya pagué") == 'tell bo@example.org saying "ya pagué"'
    for thing in ("reply to Ana", "reply all", "reply now", "reply to the email from Bo", "reply with a thumbs up",
                  "reply Ana that I'm in", "say it again", "say something", "write back soon", "reply in the group"):
        assert told(thing) == thing, thing  # must not fire: whom or when, an item, a thing to send


def test_an_address_or_handle_ends_where_an_unspaced_script_goes_on():
    from cascadroid.agents.values import task_values
    assert [(v.text, v.kind) for v in task_values("给lena@example.org发邮件")] == [("lena@example.org", "email")]
    assert [(v.text, v.kind) for v in task_values("打开example.com看看")] == [("example.com", "url")]
    assert [(v.text, v.kind) for v in task_values("关注@quillbox吧")] == [("quillbox", "handle")]
    assert [(v.text, v.kind) for v in task_values("email müller@example.de")] == [("müller@example.de", "email")]
    assert task_values("St.Louis trip") == []  # must not fire: no lower-case top-level domain


def test_a_translators_prompt_box_is_tapped_before_typing():
    observation, screen = screen_of(node("TextView", (40, 200, 480, 300), "English", clickable=True),
                                    node("TextView", (600, 200, 1040, 300), "Spanish", clickable=True),
                                    node("TextView", (40, 350, 1040, 800), "Enter text", clickable=True),
                                    node("ImageButton", (100, 1900, 300, 2050), "", "Camera", clickable=True),
                                    node("ImageButton", (780, 1900, 980, 2050), "", "Voice", clickable=True))
    box = element(observation, text="Enter text")
    for task in ("translate good morning into Spanish", "how do you say where is the bathroom in Spanish"):
        assert first(task, screen) == {"kind": "tap", "element": box.id}, task
    assert first("open the camera", screen) != {"kind": "tap", "element": box.id}  # must not fire: no phrase to translate


def test_say_and_type_leave_consent_and_possessives_alone():
    assert told("say hi to grandma on WhatsApp") == 'tell grandma on WhatsApp saying "hi"'
    for thing in ("say yes to the cookie banner", "say no to notifications", "type Ana's email",
                  "write Bo's birthday in my calendar"):
        assert told(thing) == thing, thing


def test_wishes_after_a_pronoun_and_a_list_after_its_colon():
    from cascadroid.agents.values import task_values
    assert told("tell her happy birthday") == 'tell her saying "happy birthday"'
    assert told("text him good luck") == 'text him saying "good luck"'
    for thing in ("tell her the address", "text him back", "tell her about the party", "tell them everything",
                  "text her tomorrow", "tell him Bo's number", "text them the link"):
        assert told(thing) == thing, thing  # must not fire: a thing, a topic, a time
    assert [(v.text, v.kind) for v in task_values("make a packing list: socks, charger, passport")] == \
        [("socks, charger, passport", "message")]
    assert [(v.text, v.kind) for v in task_values("location: Town Hall, date: March 21")][0] == ("Town Hall", "labelled")
