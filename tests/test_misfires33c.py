"""Misfires found in session 33 on ordinary inputs (invented apps), each with its must-not-fire cases: a relayed
statement with a lexical verb is a message; ..."""

from __future__ import annotations

from test_typing_first32 import chat_screen
from test_ui_conventions import element, first, node, screen_of, tapped

from cascadroid.agents.told_messages import told


def test_a_statement_with_a_lexical_verb_is_the_message():
    said = {"let her know the photos look great": 'tell her saying "the photos look great"',
            "tell him the train leaves at 6": 'tell him saying "the train leaves at 6"',
            "let them know the meeting moved to Thursday": 'tell them saying "the meeting moved to Thursday"',
            "tell her the kids loved the gifts": 'tell her saying "the kids loved the gifts"',
            "tell mom the flight landed": 'tell mom saying "the flight landed"'}
    assert {task: told(task) for task in said} == said
    for thing in ("tell her the wifi password", "text Bo the flight details for Friday", "tell Ana the opening hours today",
                  "tell her the time the movie starts", "text him the photos Ana took", "tell her the updated schedule",
                  "text him the signed contract", "tell them the photos from Saturday", "let her know the results",
                  "tell Bo the file Ana shared", "text Lena the code Netbank emailed me"):
        assert told(thing) == thing, thing  # must not fire: a thing to pass on (a noun phrase, a modifier after it)


def test_the_chat_box_takes_a_statement_with_a_lexical_verb():
    for task, text in (("let her know the parcel arrived", "the parcel arrived"),
                       ("tell her the pictures came out great", "the pictures came out great")):
        observation, screen = chat_screen()
        box = element(observation, cls="android.widget.EditText")
        assert first(task, screen) == {"kind": "type", "element": box.id, "text": text}, task


def _trip_form(entry="Enter destination", rid=""):
    return screen_of(node("TextView", (40, 300, 300, 360), "From"),
                     node("TextView", (40, 360, 1040, 460), "Current location", clickable=True),
                     node("TextView", (40, 540, 1040, 640), entry, clickable=True, rid=rid),
                     node("TextView", (40, 700, 700, 800), "Today, 09:40", clickable=True),
                     node("Button", (40, 960, 1040, 1080), "Search", clickable=True),
                     node("TextView", (40, 1200, 1040, 1300), "Recent: Linz → Graz", clickable=True))


def test_a_trip_forms_destination_entry_comes_before_its_search_button():
    for task in ("find a train to Salzburg", "search connections to Villach", "trains to Bregenz tomorrow"):
        observation, screen = _trip_form()
        entry = element(observation, text="Enter destination")
        assert first(task, screen) == {"kind": "tap", "element": entry.id}, task
    observation, screen = _trip_form("Country, city or airport", "com.example.trips:id/destination")
    entry = element(observation, text="Country, city or airport")
    assert first("find cheap flights to Lisbon", screen) == {"kind": "tap", "element": entry.id}
    observation, screen = _trip_form()  # must not fire: no place said, the form's Search is what the task asks
    button = element(observation, text="Search")
    assert first("search for trains", screen) == {"kind": "tap", "element": button.id}


def _login(masked=True, hint="Password"):
    secret = node("EditText", (40, 560, 1040, 680), "", "", clickable=True, hint=hint)
    if masked:
        secret = secret.replace("<node ", '<node password="true" ', 1)
    return screen_of(node("TextView", (40, 200, 1040, 300), "Welcome to Hollow Bank"),
                     node("EditText", (40, 400, 1040, 520), "", "", clickable=True, hint="Username"), secret,
                     node("Button", (40, 760, 1040, 880), "Log in", clickable=True))


def test_a_password_field_takes_no_address_or_name():
    from cascadroid.agents.candidates import rank
    for masked, hint in ((True, "Password"), (False, "PIN"), (True, "")):
        observation, screen = _login(masked, hint)
        secret = element(observation, hint=hint)
        user = element(observation, hint="Username")
        typed = [c.action for c in rank("sign in as lea.moss@example.org", "", screen, [], [], limit=10)
                 if c.action.get("kind") == "type"]
        assert {"kind": "type", "element": user.id, "text": "lea.moss@example.org"} in typed, hint
        assert not any(a["element"] == secret.id for a in typed), hint  # the account is no password
    observation, screen = _login()  # must not fire: the username field still takes the address
    user = element(observation, hint="Username")
    assert any(c.action == {"kind": "type", "element": user.id, "text": "lea.moss@example.org"}
               for c in rank("log in with lea.moss@example.org", "", screen, [], [], limit=10))


def _display():
    def row(y, title, switch=None):
        kids = [node("TextView", (60, y + 30, 800, y + 100), title)]
        if switch is not None:
            kids.append(node("Switch", (900, y + 50, 1020, y + 140), "", "", clickable=True).replace(
                "<node ", f'<node checkable="true" checked="{str(switch).lower()}" ', 1))
        return node("LinearLayout", (0, y, 1080, y + 200), "", "", *kids, clickable=True)
    return screen_of(node("RecyclerView", (0, 260, 1080, 2000), "", "",
                          row(260, "Brightness level"), row(460, "Dark theme", False), row(660, "Screen timeout"),
                          row(860, "Auto-rotate screen", True), row(1060, "Screen saver"), scrollable=True))


def test_a_switch_already_right_is_no_finish_when_only_a_page_word_names_it():
    from cascadroid.agents.candidates import rank
    observation, screen = _display()
    top = rank("make the screen stay on longer", "", screen, [], [], limit=3)[0]
    assert top.action.get("kind") != "done"  # "screen" alone names no "Auto-rotate screen": nothing is done yet
    observation, screen = _display()  # must not fire: a switch named by other words of the task
    assert first("turn on dark mode", screen)["kind"] == "tap"
    assert rank("turn off dark mode", "", screen, [], [], limit=1)[0].action["kind"] == "done"  # already off



def _inbox():
    rows = [node("LinearLayout", (0, 300 + 200 * n, 1080, 500 + 200 * n), "", "",
                 node("TextView", (40, 320 + 200 * n, 800, 380 + 200 * n), sender),
                 node("TextView", (40, 400 + 200 * n, 800, 460 + 200 * n), subject), clickable=True)
             for n, (sender, subject) in enumerate((("Nordlicht Bank", "Your statement"), ("Pia Sander", "Re: Saturday"),
                                                    ("Tandem Books", "Your order shipped")))]
    return screen_of(node("ImageButton", (0, 110, 140, 250), "", "Open navigation drawer", clickable=True),
                     node("RecyclerView", (0, 280, 1080, 2000), "", "", *rows, scrollable=True))


def test_a_control_of_another_thing_earns_nothing_by_the_tasks_verb():
    from cascadroid.agents.candidates import rank
    observation, screen = _inbox()
    drawer = element(observation, content_desc="Open navigation drawer")
    for task in ("open the email from Grünwald Tours", "open the mail from my landlord"):
        top = rank(task, "", screen, [], [], limit=1)[0]
        assert top.action != {"kind": "tap", "element": drawer.id}, task  # its row is further down
    assert tapped(observation, screen, "open the email from Pia Sander", text="Pia Sander")  # must not fire: the row in view


def test_note_down_writes_what_follows_it():
    from cascadroid.agents.wording import canonical
    assert canonical("note down: renew the car insurance") == 'write saying "renew the car insurance"'
    assert canonical("note down the locker code 2291") == "write the locker code 2291"
    assert canonical("note Errands - post office") == 'create a new note titled "Errands" that says "post office"'  # must not fire


def test_quantifiers_of_other_languages_name_no_row():
    from cascadroid.agents.all_items import over_all
    for task in ("active tous mes bons", "activa todos los cupones", "aktiviere alle Gutscheine", "activate both vouchers",
                 "delete the last three photos", "активируй все купоны"):
        assert over_all(task), task
    for task in ("activate the cheese voucher", "tell her I miss you", "fais-le tout de suite", "call Toussaint"):
        assert not over_all(task), task  # must not fire: one row named, a pronoun, "right away", a name


def test_a_create_button_for_another_thing_starts_no_message():
    from cascadroid.agents.text import words
    from cascadroid.agents.verb_heads import makes_message
    sending = frozenset(words("text message send sms email mail write reply share", stopwords=frozenset()))
    assert not makes_message(words("contact"), sending) and not makes_message(words("group"), sending)
    assert makes_message(words("chat"), sending) and makes_message(set(), sending) and makes_message({"message"}, sending)
    rows = [node("TextView", (40, 500 + 160 * n, 1040, 640 + 160 * n), name, clickable=True)
            for n, name in enumerate(("Arne Voss", "Bettina Ruhl", "Cem Aydin"))]
    observation, screen = screen_of(node("Button", (40, 300, 1040, 440), "Create contact", clickable=True),
                                    node("RecyclerView", (0, 480, 1080, 2000), "", "", *rows, scrollable=True))
    assert not tapped(observation, screen, "text Grandpa", text="Create contact")  # he is further down the list


def test_an_arabic_name_ends_before_and_his_number_written_as_one_word():
    from cascadroid.agents.wording import canonical
    assert canonical("أضف جهة اتصال باسم سامي نور ورقمه 0551234567") == 'أضف جهة اتصال titled "سامي نور" ورقمه 0551234567'
    assert canonical("أضف جهة اتصال باسم سامي وجيه") == 'أضف جهة اتصال titled "سامي وجيه"'  # must not fire: a name


def test_a_switch_already_right_finishes_when_the_task_names_its_row_by_a_word_no_other_row_holds():
    from test_dates import node as n
    from test_dates import screen_of as dumped

    from cascadroid.agents.candidates import rank

    def alarm(i: int, time: str, name: str, on: bool):
        y = 300 + 220 * i
        return n("android.widget.LinearLayout", bounds=(0, y, 1080, y + 200), children=(
            n("android.widget.TextView", time, bounds=(40, y + 20, 500, y + 110)),
            n("android.widget.TextView", name, bounds=(40, y + 120, 500, y + 180)),
            n("android.widget.Switch", desc=f"{time} alarm", bounds=(880, y + 60, 1040, y + 140),
              flags="checkable clickable" + (" checked" if on else ""))))
    screen = dumped("org.example.clock", n("android.widget.TextView", "Alarms", bounds=(40, 100, 600, 200)),
                    alarm(0, "06:15", "Pills", True), alarm(1, "07:45", "Gym", False), alarm(2, "08:30", "Alarm", False))
    first = rank("turn my Pills alarm back on", "", screen, [], [])[0]
    assert first.action["kind"] == "done"  # its switch is on already: the task is done
