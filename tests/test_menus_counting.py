"""Verbs behind menus and counts of list rows, on screens written in real apps' conventions
(uiautomator dumps: WhatsApp-like chat list and popup menu, Gmail-like mail, a German file
manager with "Weitere Optionen", Samsung-like call log, Compose lists without ids)."""

from __future__ import annotations

from fixtures_uidump import W, node, screen_of

from cascadroid.agents import counting, menus
from cascadroid.agents.candidates import rank


def text(t: str, box: tuple[int, int, int, int], **kw) -> str:
    return node("android.widget.TextView", box, text=t, **kw)


def button(desc: str, box: tuple[int, int, int, int]) -> str:
    return node("android.widget.ImageButton", box, desc=desc, click=True)


def row(top: int, *texts: str, cls: str = "android.widget.RelativeLayout", trailing: str = "", height: int = 180,
        desc: str = "") -> str:
    parts = [text(t, (200, top + 20 + 60 * i, 900, top + 70 + 60 * i)) for i, t in enumerate(texts)]
    if trailing:
        parts.append(button(trailing, (960, top + 40, 1060, top + 140)))
    return node(cls, (0, top, W, top + height), *parts, click=True, long=True, desc=desc)


def listing(*rows_: str, top: int = 300, scroll: bool = False) -> str:
    return node("androidx.recyclerview.widget.RecyclerView", (0, top, W, 2200), *rows_, scroll=scroll)


def toolbar(title: str, *buttons: str) -> str:
    return node("android.view.ViewGroup", (0, 80, W, 280), text(title, (40, 120, 600, 240)), *buttons)


def first(task: str, screen, history=()):
    return rank(task, "", screen, [], list(history))[0]


def tapped(label: str, kind: str = "tap", outcome: str = "success") -> dict:
    return {"kind": kind, "line": f'{kind} [9] "{label}"', "key": f"{kind} [9]", "outcome": outcome}


# WhatsApp-like: the chat list has no verbs; a chat's page has a toolbar overflow.
CHATS = ("com.whatsapp", toolbar("WhatsApp", button("Camera", (760, 120, 860, 220)),
                                 button("More options", (960, 120, 1060, 220))),
         listing(row(300, "Family", "Mum: See you Sunday"), row(480, "Climbing crew", "Leo: Rope is packed"),
                 row(660, "Dana Cole", "You: Ha, classic")))
CHAT_PAGE = ("com.whatsapp", toolbar("Family", button("Navigate up", (0, 120, 100, 220)),
                                     button("Video call", (660, 120, 760, 220)), button("Voice call", (780, 120, 880, 220)),
                                     button("More options", (960, 120, 1060, 220))),
             text("Mum: See you Sunday", (40, 600, 900, 660)))


def test_a_verb_missing_from_an_object_page_opens_its_overflow_menu():
    best = first('Mute the "Family" chat', screen_of(*CHAT_PAGE))
    assert best.action["kind"] == "tap" and "More options" in best.text


def test_after_its_page_had_no_verb_the_row_is_long_pressed_for_its_context_menu():
    screen = screen_of(*CHATS)
    history = [tapped("Family | Mum: See you Sunday"), tapped("Navigate up")]
    best = first('Pin the "Family" chat', screen, history)
    assert best.action["kind"] == "long_press" and "Family" in best.text


def test_an_open_popup_menu_is_ranked_by_the_task_verb():
    items = ["View contact", "Media, links, and docs", "Search", "Mute notifications", "Disappearing messages",
             "Wallpaper", "More"]
    popup = node("android.widget.ListView", (560, 120, 1060, 1000),
                 *[node("android.widget.LinearLayout", (560, 120 + 120 * i, 1060, 240 + 120 * i),
                        text(t, (600, 140 + 120 * i, 1040, 220 + 120 * i), rid="com.whatsapp:id/title"), click=True)
                   for i, t in enumerate(items)])
    best = first('Mute the "Family" chat', screen_of("com.whatsapp", popup), [tapped("More options")])
    assert best.action["kind"] == "tap" and "Mute notifications" in best.text


def test_the_row_overflow_naming_the_object_comes_before_the_toolbar_one_in_german():
    files = ("com.sec.android.app.myfiles",
             toolbar("Eigene Dateien", button("Weitere Optionen", (960, 120, 1060, 220))),
             listing(row(300, "bericht.pdf", "12. März · 1,2 MB", trailing="Weitere Optionen"),
                     row(480, "final.pdf", "10. März · 800 kB", trailing="Weitere Optionen")))
    screen = screen_of(*files)
    best = first("Rename bericht.pdf to bericht_alt.pdf", screen)
    assert best.action["kind"] == "tap" and menus.is_overflow(screen.labels[best.action["element"]])
    assert "bericht.pdf" in screen.context.get(best.action["element"], "")


def test_gmail_report_spam_goes_through_the_overflow_then_the_menu_item():
    mail = ("com.google.android.gm",
            toolbar("", button("Navigate up", (0, 120, 100, 220)), button("Archive", (600, 120, 700, 220)),
                    button("Delete", (720, 120, 820, 220)), button("Mark as unread", (840, 120, 940, 220)),
                    button("More options", (960, 120, 1060, 220))),
            text("You won a prize", (40, 320, 1000, 420)), text("Lucky Draw", (40, 440, 800, 500)))
    assert "More options" in first('Report the email "You won a prize" as spam', screen_of(*mail)).text
    menu = node("android.widget.ListView", (500, 120, 1060, 1200),
                *[node("android.widget.LinearLayout", (500, 120 + 110 * i, 1060, 230 + 110 * i),
                       text(t, (540, 140 + 110 * i, 1040, 210 + 110 * i)), click=True)
                  for i, t in enumerate(["Move to", "Snooze", "Change labels", "Mark as important", "Mute",
                                         "Print", "Report spam", "Add to Tasks"])])
    best = first('Report the email "You won a prize" as spam', screen_of("com.google.android.gm", menu),
                 [tapped("More options")])
    assert "Report spam" in best.text


def test_once_the_verb_took_effect_done_comes_first_and_the_undo_is_not_offered_first():
    after = ("com.google.android.apps.photos",
             toolbar("IMG_2044.jpg", button("Navigate up", (0, 120, 100, 220)),
                     button("Remove from favourites", (840, 120, 940, 220)), button("Info", (960, 120, 1060, 220))))
    ranked = rank("Add the photo IMG_2044.jpg to my favourites", "", screen_of(*after), [],
                  [tapped("Add to favourites")])
    assert ranked[0].action["kind"] == "done"
    assert menus.reverses("Unpin", "Pin") and menus.reverses("Mark as read", "Mark as unread")
    assert not menus.reverses("Archive", "Delete")


def test_a_row_showing_the_new_state_means_done():
    pinned = ("org.telegram.messenger", toolbar("Telegram"),
              listing(row(300, "Road trip, pinned", "Hugo: Where do we meet?"), row(480, "Ada", "ok")))
    assert first('Pin the "Road trip" chat', screen_of(*pinned), [tapped("Pin")]).action["kind"] == "done"


def test_after_an_undoing_verb_a_row_no_longer_showing_the_state_means_done():
    unpinned = ("org.telegram.messenger", toolbar("Telegram"),
                listing(row(300, "Ada", "ok"), row(480, "Road trip", "Hugo: Where do we meet?")))
    assert first('Unpin the "Road trip" chat', screen_of(*unpinned), [tapped("Unpin")]).action["kind"] == "done"
    unmuted = ("com.example.chatterly", toolbar("Chats"), listing(row(300, "Kiln club", "Oskar: Friday?")))
    assert first('Unmute the "Kiln club" group', screen_of(*unmuted), [tapped("Unmute")]).action["kind"] == "done"
    still = ("org.telegram.messenger", toolbar("Telegram"), listing(row(300, "Road trip, pinned", "Hugo: Where?")))
    assert first('Unpin the "Road trip" chat', screen_of(*still), [tapped("Unpin")]).action["kind"] != "done"


# Counting: Compose lists (View rows without ids), switches, a scrolling list.
def compose_row(top: int, *texts: str, desc: str = "") -> str:
    return row(top, *texts, cls="android.view.View", desc=desc)


def test_unread_count_on_a_compose_inbox_ignores_toolbar_and_tabs():
    inbox = ("com.example.mail", toolbar("Inbox", button("Search", (840, 120, 940, 220))),
             node("android.view.View", (0, 280, W, 380),
                  *[node("android.view.View", (i * 360, 290, i * 360 + 340, 370), text(t, (i * 360 + 20, 300, i * 360 + 300, 360)),
                         click=True, selected=i == 0) for i, t in enumerate(["Primary", "Social", "Updates"])]),
             listing(compose_row(400, "Unread", "Ana Ruiz", "Lunch?"), compose_row(580, "Bo Lee", "Invoice"),
                     compose_row(760, "Unread", "Kim Park", "Tickets"), compose_row(940, "Unread", "Sam Roy", "Hi")),
             button("Compose", (800, 2000, 1040, 2140)))
    screen = screen_of(*inbox)
    assert len(counting.rows(screen)) == 4
    best = first("How many unread emails do I have?", screen, [tapped("Mail", "open_app")])
    assert best.action == {"kind": "done", "answer": "3"}


def test_alarms_switched_on_are_counted_and_never_switched():
    def alarm(top: int, time: str, on: bool) -> str:
        return node("android.widget.LinearLayout", (0, top, W, top + 200), text(time, (40, top + 40, 500, top + 160)),
                    node("android.widget.Switch", (880, top + 60, 1040, top + 140), checkable=True, checked=on,
                         click=True, text="ON" if on else "OFF"), click=True)
    clock = ("com.sec.android.app.clockpackage", toolbar("Alarm"),
             listing(alarm(300, "06:30", True), alarm(500, "07:15", False), alarm(700, "08:00", True)))
    best = first("How many alarms are switched on?", screen_of(*clock))
    assert best.action == {"kind": "done", "answer": "2"}


def test_a_scrolling_list_is_read_to_its_end_before_counting():
    calls = ("com.samsung.android.dialer", toolbar("Recents"),
             listing(*[row(300 + 180 * i, name, f"Missed call · {9 + i}:05" if i % 2 else f"Incoming · {9 + i}:05")
                       for i, name in enumerate(["Ana Ruiz", "Bo Lee", "Kim Park", "Sam Roy"])], scroll=True))
    screen = screen_of(*calls)
    assert first("How many missed calls do I have?", screen).action["kind"] == "swipe"
    at_end = [{"kind": "swipe", "line": "swipe down", "key": "swipe down", "outcome": "no_change"}]
    assert first("How many missed calls do I have?", screen, at_end).action == {"kind": "done", "answer": "2"}
    assert first("Who called me last?", screen, at_end).action == {"kind": "done", "answer": "Ana Ruiz"}
    assert first("Whose call came in most recently?", screen, at_end).action == {"kind": "done", "answer": "Ana Ruiz"}


def test_rows_scrolled_past_are_counted_with_the_rows_still_on_screen():
    def page(*names: str):
        return screen_of("com.samsung.android.dialer", toolbar("Recents"),
                         listing(*[row(300 + 180 * i, name, "Missed call · 9:05") for i, name in enumerate(names)],
                                 scroll=True))
    first_page, second_page = page("Ana Ruiz", "Bo Lee", "Kim Park"), page("Bo Lee", "Kim Park", "Sam Roy")
    scrolled = {"kind": "swipe", "line": "swipe down", "key": "swipe down", "outcome": "success",
                "seen": counting.row_texts(first_page)}
    assert first("How many missed calls do I have?", second_page, [scrolled]).action["kind"] == "swipe"  # on to the end
    at_end = [scrolled, {"kind": "swipe", "line": "swipe down", "key": "swipe down", "outcome": "no_change",
                         "seen": counting.row_texts(second_page)}]
    assert first("How many missed calls do I have?", second_page, at_end).action == {"kind": "done", "answer": "4"}
    assert counting.scrolled_past([tapped("Recents"), *at_end][:1], second_page) == []  # a tap ends the scrolling


def test_a_remove_button_on_another_items_row_is_never_first():
    cart = screen_of("com.example.grocer", toolbar("Basket", button("Navigate up", (0, 120, 100, 220))),
                     listing(row(300, "Oat milk 1L", "Qty 2", trailing="Remove Oat milk 1L"),
                             row(480, "Rye bread", "Qty 1", trailing="Remove Rye bread")))
    best = first('Remove "Rye bread" from my basket', cart, [tapped("Basket")])
    assert best.action["kind"] == "tap" and cart.labels[best.action["element"]] == "Remove Rye bread"
    removed = screen_of("com.example.grocer", toolbar("Basket", button("Navigate up", (0, 120, 100, 220))),
                        listing(row(300, "Oat milk 1L", "Qty 2", trailing="Remove Oat milk 1L")))
    after = [tapped("Basket"), tapped("Remove Rye bread")]
    ranked = rank('Remove "Rye bread" from my basket', "", removed, [], after)
    assert all("Oat milk" not in c.text for c in ranked[:2]), [c.text for c in ranked[:3]]


def test_plural_ies_meets_its_singular():
    assert counting.words("Groceries") & counting.words("nearest grocery")
    assert counting.words("cookies") & counting.words("Accept cookie")


def test_count_questions_parse_in_other_wordings():
    ask = counting.count_asked('How many of my notes mention "invoice"?')
    assert ask.noun == {"note"} and ask.marks == {"invoice"}
    ask = counting.count_asked('What is the number of photos in my "Weekend" album?')
    assert ask.noun == {"photo"} and ask.place == {"weekend", "album"}
    assert counting.count_asked("Count the events on March 17").date == (3, 17)
    assert counting.count_asked("Turn Wi-Fi off") is None


def test_a_rename_dialog_replaces_the_old_name_it_holds():
    dialog = ("com.google.android.apps.photos",
              node("android.widget.LinearLayout", (60, 800, 1020, 1400), text("Rename album", (100, 840, 900, 920)),
                   node("android.widget.EditText", (100, 960, 980, 1080), text="Road trip", click=True,
                        rid="com.google.android.apps.photos:id/album_title"),
                   node("android.widget.Button", (700, 1200, 980, 1300), text="OK", click=True)))
    best = first("Change the name of my Road trip album to Road trip best.", screen_of(*dialog),
                 [tapped("Rename album")])
    assert best.action["kind"] == "type" and best.action["text"] == "Road trip best"


def test_a_row_that_says_the_asked_state_finishes_the_task_instead_of_reopening_it():
    task = 'Mark the email "Flat viewing" as unread.'
    before = screen_of("com.example.mail", toolbar("Inbox"), listing(
        row(300, "Oscar Kowalski", "Flat viewing", "Hi, about flat viewing: let me know"),
        row(480, "Bank", "Your statement", "Statement ready")))
    after = screen_of("com.example.mail", toolbar("Inbox"), listing(
        row(300, "Oscar Kowalski", "Flat viewing", "Hi, about flat viewing: let me know", desc="Unread, Oscar Kowalski, Flat viewing"),
        row(480, "Bank", "Your statement", "Statement ready")))
    assert first(task, before).action["kind"] != "done"
    assert first(task, after).action == {"kind": "done"}


def test_a_row_that_says_the_state_is_absent_does_not_finish_the_task():
    """Google Tasks / Reminders-like rows say "Not completed"; a Wi-Fi row "Not connected"."""
    task = "Mark Buy stamps as completed"
    todo = screen_of("com.google.android.apps.tasks", toolbar("My Tasks"), listing(
        row(300, "Buy stamps", desc="Buy stamps, Not completed"), row(480, "Call the plumber", desc="Call the plumber, Not completed")))
    done = screen_of("com.google.android.apps.tasks", toolbar("My Tasks"), listing(
        row(300, "Buy stamps", desc="Buy stamps, Completed"), row(480, "Call the plumber", desc="Call the plumber, Not completed")))
    assert first(task, todo).action["kind"] != "done"
    assert first(task, done).action == {"kind": "done"}
    wifi = screen_of("com.android.settings", toolbar("Internet"), listing(row(300, "Cafe Guest", "Not connected")))
    assert first('Connect to the "Cafe Guest" Wi-Fi', wifi).action["kind"] != "done"


def test_a_count_of_dated_rows_at_a_place_reads_the_place_and_never_opens_a_row():
    agenda = screen_of("com.example.planner", toolbar("Schedule"),
                       listing(row(300, "Pottery | Tue, Jun 2 · 18:00 · Clay Loft"),
                               row(480, "Choir | Wed, Jun 3 · 19:00 · Old Chapel"),
                               row(660, "Pottery | Sat, Jun 6 · 10:00 · Clay Loft")))
    ask = counting.count_asked("How many of my upcoming sessions are at Clay Loft?")
    assert ask.noun == {"session"} and {"clay", "loft"} <= ask.marks
    assert counting.count(ask, agenda) == (2, 1.0)  # "upcoming" scopes an agenda of dated rows, no row shows it
    assert first("How many of my upcoming sessions are at Clay Loft?", agenda).action == {"kind": "done", "answer": "2"}
    undated = screen_of("com.example.tasks", toolbar("Tasks"), listing(row(300, "Upcoming, Pay rent"),
                                                                       row(480, "Done, Call Mo")))
    assert counting.count(counting.count_asked("How many upcoming tasks do I have?"), undated) == (1, 1.0)  # a mark here
    assert counting.count_asked("How many photos are in my album?").marks == set()  # no "at" place: no mark


def field_node(value: str, box: tuple[int, int, int, int], rid: str) -> str:
    return node("android.widget.EditText", box, text=value, rid=rid, click=True)


def test_the_items_of_a_list_kept_in_one_text_are_its_lines():
    memo = ("org.example.jotter", toolbar("Edit memo", button("Navigate up", (0, 120, 100, 220))),
            field_node("Hardware run", (40, 300, 1040, 400), "org.example.jotter:id/heading"),
            field_node("Wood screws\nSandpaper\n\nHinges\nWall plugs", (40, 420, 1040, 1400), "org.example.jotter:id/text"))
    screen = screen_of(*memo)
    task = 'How many things are on my "Hardware run" list in Jotter?'
    assert counting.answer(task, screen, [])[0] == "4"  # the blank line is no item
    commas = screen_of(memo[0], memo[1], memo[2], field_node("Wood screws, sandpaper, hinges", (40, 420, 1040, 1400),
                                                             "org.example.jotter:id/text"))
    assert counting.answer(task, commas, [])[0] == "3"
    # must not fire: another memo's page (its heading is not the list asked about)
    other = screen_of(memo[0], memo[1], field_node("Garden jobs", (40, 300, 1040, 400), "org.example.jotter:id/heading"),
                      memo[3])
    assert counting.answer(task, other, []) is None


def test_the_list_of_lists_is_no_count_of_the_one_named():
    memos = ("org.example.jotter", toolbar("Jotter"),
             listing(row(300, "Hardware run", "Wood screws"), row(480, "Garden jobs", "Mow"), row(660, "Films", "Dune")))
    assert counting.answer('How many things are on my "Hardware run" list in Jotter?', screen_of(*memos), []) is None
    assert counting.answer("How many memos are in the Jotter app?", screen_of(*memos), [])[0] == "3"  # still the rows


def test_on_my_list_says_where_not_that_a_switch_is_on():
    assert counting.count_asked('How many items are on my "Hardware run" list?').state is None
    assert counting.count_asked("How many alarms are on?").state is True
    assert counting.count_asked("How many of my alarms are on right now?").state is True
