"""Complete candidates and progress (issue 15): values from the task, answers, loops pushed down,
OCR boxes tapped at their centre."""

from __future__ import annotations

from cascadroid.agents import answers, notetaker, operator, progress
from cascadroid.agents.candidates import action_key, rank
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.values import name_part, task_values


def kinds(task: str) -> dict[str, str]:
    return {v.text: v.kind for v in task_values(task)}


def test_values_are_found_quoted_or_not():
    assert kinds("Add a new contact named Ana Ruiz with the phone number +1 555-010-0199") == {
        "+1 555-010-0199": "phone", "Ana Ruiz": "name"}
    assert kinds('Create a note titled "Plans" that says "Buy milk"') == {"Plans": "title", "Buy milk": "message"}
    assert kinds("Email bob@example.org saying the report is late") == {
        "the report is late": "message", "bob@example.org": "email"}
    assert kinds("Set a timer for 5 minutes")["5 minutes"] == "duration"
    assert kinds("Text Ana Ruiz: running late")["running late"] == "message"


def test_split_fields_take_their_part():
    time = next(v for v in task_values("Set an alarm for 7:45") if v.kind == "time")
    assert (name_part(time, {"hour"}), name_part(time, {"minute"})) == ("7", "45")
    name = next(v for v in task_values("Add a contact named Ana Ruiz") if v.kind == "name")
    assert (name_part(name, {"first", "name"}), name_part(name, {"last", "name"})) == ("Ana", "Ruiz")


def screen(lines: list[str], **fields) -> Screen:
    ids = [int(line.split("]")[0][1:]) for line in lines if line.startswith("[")]
    labels = {int(line.split("]")[0][1:]): line.split('"')[1] for line in lines if line.startswith("[")}
    return Screen(package="com.example.app", digest="d1", lines=lines, actionable=ids, labels=labels,
                  locators={i: {"text": labels[i]} for i in ids}, **fields)


def test_a_question_is_answered_from_the_line_that_names_its_object():
    s = screen(['[3] LinearLayout "Ana Ruiz | +1 555-010-0199"', '[4] LinearLayout "Bo Lee | +1 555-010-0111"'])
    best = rank("What is Ana Ruiz's phone number?", "", s, [], [])[0]
    assert best.action == {"kind": "done", "answer": "+1 555-010-0199"}


def test_values_go_into_the_fields_named_for_them_and_then_submit():
    s = screen(['[2] Button "Save"', '[5] EditText "Name" (field, empty)', '[6] EditText "Phone" (field, empty)'],
               editable={5: "", 6: ""})
    task = "Add a new contact named Ana Ruiz with the number +1 555-010-0199"
    typed = {(c.action["element"], c.action["text"]) for c in rank(task, "", s, [], [])[:2]}
    assert typed == {(5, "Ana Ruiz"), (6, "+1 555-010-0199")}
    filled = screen(['[2] Button "Save"', '[5] EditText "Name" = "Ana Ruiz" (field)',
                     '[6] EditText "Phone" = "+1 555-010-0199" (field)'], editable={5: "Ana Ruiz", 6: "+1 555-010-0199"})
    history = [{"kind": "type", "outcome": "success", "line": f'type [{i}] "{t}"', "key": f"type{i}"} for i, t in typed]
    assert rank(task, "", filled, [], history)[0].action == {"kind": "tap", "element": 2}


def test_a_repeated_action_is_pushed_down_whatever_its_outcome():
    s = screen(['[1] Button "Wi-Fi"', '[2] Button "Display"'])
    first = rank("Open Wi-Fi", "", s, [], [])[0]
    assert first.action == {"kind": "tap", "element": 1}
    key = action_key(first.action)
    history = [{"key": key, "outcome": "success", "screen": "d1"}] * 2
    assert rank("Open Wi-Fi", "", s, [], history)[0].action != first.action
    assert progress.penalty(key, "d1", history) > progress.penalty(key, "other", history)


def _step(key: str, screen: str, kind: str = "tap") -> dict[str, str]:
    return {"key": key, "kind": kind, "outcome": "success", "screen": screen}


def test_an_action_walked_back_counts_as_a_failure_on_the_screen_it_was_taken_on():
    # "Create list" tapped on a to-do app's home opened a form; someone pressed back twice (keyboard, then the
    # form) and the home is shown again: the same tap there is a wrong turn, not a fresh idea
    wrong = "tap Create list"
    undone = [_step(wrong, "home"), _step("back", "form", "back"), _step("back", "form-no-keyboard", "back")]
    assert progress.walked_back(undone, 0, "home")
    plain = [_step(wrong, "home"), _step("tap Groceries", "lists")]  # taken and kept going: no undo
    assert progress.penalty(wrong, "home", undone) - progress.penalty(wrong, "home", plain) == progress.FAILED


def test_an_action_is_not_walked_back_by_backs_that_land_elsewhere_or_by_many_backs():
    assert not progress.walked_back([_step("tap Inbox", "home"), _step("back", "inbox", "back")], 0, "launcher")
    three = [_step("tap Inbox", "home")] + [_step("back", f"s{i}", "back") for i in range(3)]
    assert not progress.walked_back(three, 0, "home")  # a long way back: leaving the app, not undoing one tap
    assert not progress.walked_back([_step("tap Inbox", "home")], 0, "home")  # no back at all
    later = [_step("tap Inbox", "home"), _step("back", "inbox", "back"), _step("tap Sent", "home")]
    assert progress.walked_back(later, 0, "whatever")  # the next step was taken on the screen it started from


def test_multi_part_tasks_split_at_then_and_a_second_verb():
    assert progress.parts("Find the code in Mail and text it to Ana") == ["Find the code in Mail", "text it to Ana"]
    assert progress.parts("Turn Wi-Fi off") == ["Turn Wi-Fi off"]


def test_quoted_text_is_never_split_into_parts():
    body = 'Write a memo named "Trip" saying "Pack the tent and buy gas. Then call Mo"'
    assert progress.parts(body) == [body]
    assert progress.parts('Look up "Salt and Pepper" in Yelp and call it') == ['Look up "Salt and Pepper" in Yelp', "call it"]


def test_the_notetaker_rules_keep_the_value_asked_about():
    lines = ['[3] LinearLayout "Ana Ruiz | +1 555-010-0199"']
    assert notetaker.by_rules("Text Bo the phone number of Ana Ruiz", lines, ["Ana Ruiz"]) == {
        "phone": "+1 555-010-0199"}
    assert answers.asked("Turn Wi-Fi off") is None


def test_an_ocr_box_is_tapped_at_its_centre():
    s = Screen(package="p", digest="d", lines=['[40] Text "Play" (read from the screenshot)'], actionable=[40],
               labels={40: "Play"}, bounds={40: [100, 200, 300, 260]}, from_ocr=[40])
    action = operator.to_action(operator.OperatorChoice(kind="tap", element=40), s)
    assert (action.element, action.x, action.y) == (None, 200, 230)


def test_a_value_to_pass_on_is_read_first_then_used():
    from cascadroid.agents import subgoals

    part = subgoals.read_part("Text Bo Lee the phone number of Ana Ruiz.")
    assert (part.object, part.asked.kind, part.rest) == ("Ana Ruiz", "phone", "Text Bo Lee it.")
    assert subgoals.in_progress("Text Bo Lee the phone number of Ana Ruiz.", {})[0] == part.question
    assert subgoals.in_progress("Text Bo Lee the phone number of Ana Ruiz.", {"phone": "+1 555"})[0] == part.rest
    assert subgoals.read_part("Turn Wi-Fi off") is None


def test_the_superlative_row_is_the_one_with_the_best_value():
    rows = {1: "Ana's | 4.1 ★ · Pizza · 2 km", 2: "Bo's | 4.6 ★ · Pizza · 5 km", 3: "Cy's | 4.9 ★ · Sushi · 1 km"}
    assert answers.ranked_row("the best-rated Pizza place", rows, set(), {"pizza"}) == 2
    assert answers.ranked_row("the nearest place", rows, set()) == 3
    assert answers.ranked_row("the best-rated Thai place", rows, set(), {"thai"}) is None  # look further


def test_a_web_address_in_the_task_is_typed_into_the_address_bar():
    assert kinds("Bookmark the page weather.example.com in Chrome.") == {"weather.example.com": "url"}
    assert kinds("Open https://shop.example.org/deals, then text Ana")["https://shop.example.org/deals"] == "url"
    assert "St.Louis" not in kinds("Call the St.Louis office")  # a capitalised "domain" is a name
    s = screen(['[9] EditText "Search or type web address" = "news.example.com" (field)', '[11] Button "More options"'],
               editable={9: "news.example.com"})
    for task in ("How many minutes does the soup recipe on recipes.example.com take?", "Open events.example.com"):
        best = rank(task, "", s, [], [])[0]
        assert best.action["kind"] == "type" and best.action["text"].endswith(".example.com")


def test_a_nothing_found_notice_names_what_is_not_there_in_many_languages():
    from cascadroid.agents.no_results import says_nothing_found
    for line in ["No results for 'Teal kettle'", 'Keine Ergebnisse für „Teekanne“', "Aucun résultat pour « théière »",
                 "「急須」に一致する結果はありません", "没有找到“茶壶”相关结果", "По запросу «чайник» ничего не найдено",
                 "We couldn't find anything for 'teal kettle'", "لا توجد نتائج لـ إبريق", "ไม่พบผลลัพธ์สำหรับ กาน้ำชา"]:
        assert says_nothing_found(line), line
    for line in ["Teal kettle | $24.00", "No-frills kettle", "Results for 'teal kettle' (3)", "Noodle bar", "Nothing Phone (2)"]:
        assert not says_nothing_found(line), line  # a result, a name with "no" in it, a count of results


def test_a_search_for_a_missing_thing_gives_up_once_the_app_says_nothing_matched():
    # a tea shop's search typed, nothing matched: its notice echoes the query, and the sort bar is no result to open
    s = screen(['[1] EditText "Search" = "Teal kettle" (field)', '[2] Spinner "Sort by: Newest"',
                'TextView "No results for \'Teal kettle\'"'], editable={1: "Teal kettle"},
               bounds={1: [0, 120, 1080, 240], 2: [0, 260, 1080, 380]}, width=1080)
    history = [{"kind": "open_app", "key": "open_app Brewly", "line": "open the Brewly app", "outcome": "success"},
               {"kind": "type", "key": 'type [1] "Teal kettle"', "line": 'type [1] "search" "Teal kettle"',
                "outcome": "success"}]
    from cascadroid.device.types import AppInfo
    top = rank('Put "Teal kettle" in my cart in Brewly', "", s, [AppInfo(label="Brewly", package="com.example.app")], history)[0]
    assert top.action.get("kind") == "done" and top.action.get("success") is False, top.text


def test_an_app_opened_and_left_is_not_walked_back():
    left = [_step("open_app Brewly", "launcher", "open_app"), _step("back", "brewly-home", "back")]
    assert not progress.walked_back(left, 0, "launcher")  # which app to open is the app choice's business


def test_a_tap_that_only_raised_the_keyboard_is_not_walked_back_by_the_back_that_hides_it():
    focused = [_step("tap Search", "S1"), _step("back", "S1", "back")]  # the field took focus: nothing opened
    assert not progress.walked_back(focused, 0, "S1")


def test_a_record_or_a_product_named_like_a_sort_or_filter_word_is_still_a_search_result():
    from cascadroid.agents.search_results import _creates_or_orders
    for result in ["Order #4521 | Teal kettle | Delivered", "AquaPure Water Filter | $19.00", "Bamboo board"]:
        assert not _creates_or_orders(result), result
    for control in ["Sort by: Newest", "Filters (2)", "Ordenar por: relevancia", "New contact", "Order by date"]:
        assert _creates_or_orders(control), control
