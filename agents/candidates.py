"""Ranked candidate actions: the Operator's choices for a small local model.

A 135M-parameter model cannot ground "turn Wi-Fi off" in a 40-line element list, but it can pick from a short numbered
list. The SDK does the grounding by parsing: every action the screen allows becomes a candidate, scored by how well it
fits the task and subgoal (shared words in any script, names counting double, the row a verb button sits in, the app a
task needs among the device's apps, a switch in the wrong state, quoted text still to type), with actions that already
failed pushed down. The model then chooses a number, constrained by a grammar to the numbers shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..device.types import AppInfo
from . import (
    act_first,
    all_items,
    answers,
    app_choice,
    browsing,
    cart_quantity,
    comparisons,
    conversations,
    counting,
    dated_rows,
    day_order,
    details,
    each_row,
    edits,
    end_rows,
    going_to,
    hinted_fields,
    item_home,
    joined_names,
    label_fit,
    listed_rows,
    lookup,
    menus,
    missing,
    no_results,
    page_actions,
    past_records,
    pickers,
    promotions,
    read_together,
    recent_items,
    search_queries,
    semantic,
    sharing,
    shopping,
    silent_rules,
    slider_levels,
    state_filters,
    subgoals,
    superlatives,
    time_shifts,
    ui_conventions,
    verb_final,
    verb_heads,
    web_lookup,
)
from .app_choice import as_app
from .cancelling import cancels_item
from .fields import OBJECT_KINDS, SEARCH, has_flag, holds, shows, submitted, to_type, type_candidates, typed, without
from .goal import CREATE, Goal, clause_verbs, first_word, parse_goal
from .paired_acts import parts_left
from .perceptor import Screen
from .place_names import place_name
from .progress import actions_since_app_change, parts, penalty
from .score_terms import Terms
from .slider_levels import SLIDER_KINDS, level_reached, read_level, slider_candidates
from .switches import switch_scores
from .task_parts import WEB_ADDRESS, current_part, goal_names
from .text import QUOTED, normalize, words
from .titled_items import titled_objects
from .values import Value, task_values
from .wording import canonical

_QUOTED = re.compile(r"[\"“']([^\"”']{1,80})[\"”']")


@dataclass
class Candidate:
    action: dict[str, Any]
    text: str
    score: float
    terms: Terms = field(default_factory=Terms, repr=False, compare=False)  # the base score's addends, where kept


# Generic buttons that finish a form or confirm a step, in the languages' plain English UI words.
CONFIRM = frozenset(words("save done ok send add create set start confirm apply submit finish post buy "
                          "continue next place checkout update", stopwords=frozenset()))
_NAVIGATION = frozenset(words("navigate up back home menu more options search open close tab", stopwords=frozenset()))
_TYPING = frozenset(words("enter type input fill write put paste", stopwords=frozenset()))
_DESTRUCTIVE = frozenset(words("delete trash erase discard clear wipe", stopwords=frozenset()))
_NEW = frozenset(words("new compose start create write", stopwords=frozenset()))
_SENDING = frozenset(words("text message send sms email mail write reply share", stopwords=frozenset()))
_PASSING_ON = _SENDING | frozenset(words("tell note post forward", stopwords=frozenset()))
_BACK = frozenset("close dismiss cancel exit quit leave".split())
_LINE = re.compile(r"^\[(\d+)\] (\S+) ")
_REQUEST = re.compile(r"^\s*(?:please\s+)?(?:could|can|would|will)\s+you\b", re.I)


def rank(task: str, subgoal: str, screen: Screen, apps: Sequence[AppInfo | str], history: list[dict[str, Any]],
         *, limit: int = 6, notes: dict[str, str] | None = None) -> list[Candidate]:
    """The best ``limit`` actions for this screen, best first."""
    task = act_first.ahead(joined_names.resolve(canonical(task), screen), history)  # "jazz cash": "JazzCash"
    task_asked = task
    notes = superlatives.facts(kept := notes or {})  # values read (the best row seen is only for choosing)
    task, reading = subgoals.in_progress(task, notes)  # read a value first, then use it
    part = current_part(task, history)
    values = to_type(task_values(part) or task_values(task), parse_goal(part), answers.asked(task) is not None)
    values = pickers.keep_new(part, values, parse_goal(part).creating)  # "from 7:30" says which alarm
    values = web_lookup.with_query(part, edits.adjust(part, values, screen), screen, history)  # edit's text; web search
    values = time_shifts.adjust(part, values, screen, history)  # "one hour later": the time field's time, moved
    read = subgoals.read_part(task_asked)
    passing = reading is None and read is not None and not read.offset_min  # the value is read: use it (moved: in the task)
    if notes and (passing or parse_goal(part).verbs & _SENDING):  # a value read earlier, to pass on
        values += read_together.passed_on(part, task, notes, read.kinds if read else (), parse_goal(part).verbs)
    typed_values = [v.text for v in values if v.kind not in OBJECT_KINDS]  # an object ("add IMG_4.jpg to ...") is no text
    goal = parse_goal(without(part, typed_values), subgoal)  # digits of a number to type are no labels to tap
    whole = parse_goal(task)
    seen = normalize(" ".join(l for l in screen.lines if not _field_line(screen, l)))  # a search field's text shows nothing
    app_names = _app_label_words(apps)  # "the Hiking WhatsApp group" names Hiking
    objects = [v.text for v in task_values(task) if v.kind in OBJECT_KINDS] + item_home.without_app_word(goal_names(without(part, typed_values)), app_names) + titled_objects(part, app_names)
    if answers.superlative(part):
        objects += [n for n in _single_names(part) if not words(n) & _app_label_words(apps)]
    if answers.asked(task) is None:  # an item to act on, named in sentence case ("pin Book club")
        objects += item_home.shown_names(without(part, typed_values), screen.lines, _app_label_words(apps), objects)
    visible = goal.creating or not objects or any(normalize(o) in item_home.rows_text(screen) for o in objects)
    named_here = goal.match(words(" ".join(screen.labels.get(i, "") for i in screen.actionable)) - goal.verbs) > 0
    since = actions_since_app_change(history)
    typed_here = any(h.get("kind") == "type" and h.get("outcome") == "success"  # a form filled (a search is none)
                     and not words(h.get("line", "").split('"')[1] if '"' in h.get("line", "") else "") & SEARCH
                     for h in since)
    today = pickers.reference_day(screen)
    pending = bool(screen.editable) and any(not typed(v, since) and not pickers.in_fields(v, screen, today)
                                            for v in values if v.kind not in OBJECT_KINDS)
    kinds = {int(m.group(1)): m.group(2) for m in map(_LINE.match, screen.lines) if m}
    destroy = bool(words(task, stopwords=frozenset()) & _DESTRUCTIVE) or bool(
        re.search(r"\bremove\b(?!.*\bfrom\b)", task, re.I)) or cancels_item(task)  # "cancel my timer": Delete
    verbs_here = any(first_word(screen.labels.get(i, "")) in goal.verbs for i in screen.actionable)
    asked = answers.asked(task)
    reading_only = asked is not None and (asked.kind == "count" or not _REQUEST.match(task))  # "Could you...?" acts
    switches, toggle_done = switch_scores(goal, screen, parse_goal(part, subgoal)) if not reading_only else ({}, False)
    picked_by = state_filters.filtered_state(task) if destroy else None  # "delete the alarms that are off"
    if picked_by is not None:  # the state picks the rows to open; no switch is toggled
        switches, toggle_done = {i: -3.0 for i in screen.checked}, False
    state_rows = state_filters.row_scores(screen, picked_by) if picked_by is not None else {}
    quoted = [v.text for v in values if v.kind in ("quoted", "url")]  # our own text; a row naming the address opens it
    category = words(" ".join(_single_names(part))) - app_names if answers.superlative(part) else set()
    category -= words(" ".join(line for line in screen.lines if line.startswith("    ")))  # the page's title names it
    pending_dates = [v for v in values if v.kind in pickers.DATED and not typed(v, since, today)]
    entered = goal.creating and not pending_dates and any(v.kind in pickers.DATED for v in values)
    target = None if entered else pickers.target_day(part, values, screen, today)  # made with its date: don't browse there
    dated = pickers.screen_scores(target, pending_dates, screen, today, frozenset(goal.words),
        existing=bool(objects) and not goal.creating and any(normalize(o) in seen for o in objects))
    ranking = superlatives.choose(part, screen, since, kept, category, goal.words - superlatives.RANK_WORDS, app_names)
    superlative = ranking.row if ranking is not None else None
    results = submitted(values, history, CONFIRM)  # saved values shown on their rows
    given = {normalize(v.text) for v in values + task_values(task)}  # a name given as a value is typed, not picked
    left = lookup.members_left(screen, [n for n in goal_names(without(task, typed_values)) if normalize(n) not in given],
                               history, goal.creating, any(h.get("kind") == "tap" and first_word(
                                   h.get("line", "").split("]", 1)[-1]) in CREATE for h in since))
    picking, member_rows = lookup.member_candidates(screen, left, history)  # "a group with Ana and Bo"
    new_buttons = lookup.new_buttons(screen, part, CREATE) if goal.creating and not typed_here else {}
    names_ = goal_names(part)
    people = [o for o in objects[:1] if o in names_]  # the thing looked for is a person (a list to scroll through)
    out: list[Candidate] = []
    for element_id in screen.actionable:
        own = words(label := screen.labels.get(element_id, ""))
        if element_id in screen.editable:
            out.extend(Candidate(*typed_) for typed_ in type_candidates(
                element_id, label, screen, values, objects, visible, history, goal.creating or bool(goal.verbs & _TYPING)))
            continue
        context = screen.context.get(element_id, "")
        shown_as = f"{label} (in: {context})" if context and len(label) < 40 else label
        alone = named_here and not context  # a control on no row of its own; what the task names is on the screen
        shared = verb_heads.shared(goal, label, own, object_shown=alone) * (0.5 if element_id in screen.borrowed else 1.0)
        verb = first_word(label)
        in_row = 0.5 * goal.match(words(context) - own) if shared or verb in goal.verbs or not goal.verbs else 0.0
        terms = Terms((("shared", shared), ("in_row", in_row), ("switch", switches.get(element_id, 0.0)), ("dated", dated.get(
            element_id, 0.0)), ("state_row", state_rows.get(element_id, 0.0))))  # a button only in the row does another thing
        if verb in goal.verbs and (verb not in CREATE or verb in whole.verbs - CREATE or len(own) < 2 or shared > 1) and not (
                left and verb in CONFIRM) and not verb_heads.names_another(label, verb, goal, object_shown=alone):  # "create a group ... and add A
            # and B": not before A and B are picked; "Open navigation drawer" opens no email
            terms("verb", 1.5 if (visible or typed_here) and not pending else 0.5)  # it does what the task says
        if pending and verb in CONFIRM:  # "save X in a note" with X still to type: its Save's name is no reason yet
            terms("confirm_early", -min(shared, 1.0))
        if element_id in new_buttons:
            terms("new_button", new_buttons[element_id])  # "create a group ... with Ana and Bo": the group first, members inside it
        elif new_buttons and any(normalize(n) in normalize(label) for n in names_):
            terms("member_named", -1.5)
        terms("member_row", member_rows.get(element_id, 0.0))
        if typed_here and verb in CONFIRM and not pending and not left:
            terms("submit", 2.0)  # the fields are filled: submit them
        if verb in CREATE and (reading_only or not goal.creating and objects and visible and verb not in goal.verbs | {"add"}):
            terms("no_create", -1.0)  # a question creates nothing; nor does "pin my Hiking group" while its row is in front
        if verb in _DESTRUCTIVE and not destroy or (verb == "remove" or verb in _DESTRUCTIVE) and objects and not any(
                normalize(o) in normalize(f"{label} {context}") for o in objects) and counting.in_rows(screen, element_id):
            terms("no_delete", -2.5)  # never delete what the task did not ask to delete, nor remove another item than the task's
        if going_to.other_action(label, context, whole.verbs):
            terms("other_action", -going_to.OTHER_ACTION_PENALTY)  # "switch to the X tab": its row, not its "Close X tab" button
        if has_flag(screen, element_id, "selected"):
            terms("selected", -1.0)  # the tab or item already chosen
        if any(normalize(q) in normalize(label) for q in quoted):
            terms("quoted", 2.0)  # the quoted words are on this element: tap it rather than type them
        if not visible and own & SEARCH:
            terms("search", 1.5)  # what the task names is not here: search for it
        elif (not visible or goal.creating and not objects) and own & _NEW and goal.verbs & _SENDING and verb_heads.makes_message(own - _NEW, _SENDING):
            terms("new_message", 1.0)  # a message to someone not listed, or to no one named ("text a new number"): a new one
        if ranking is not None and ranking.settled:
            terms("superlative", 3.0 if element_id == superlative else 0.0)  # the best-rated / cheapest / nearest row
        elif category and answers.ranked_row(part, {element_id: label}, set()) is not None:
            terms("other_category", -1.5)  # a ranked row, but not of the category asked for: look further
        if any(holds(label, r) for r in results):
            terms("saved_result", -4.0)  # the value just saved, shown on its row: the result, not a thing to open
        elif goal.creating and verb in CREATE and len(results) == len(typed_values) > 0:
            terms("made_already", -3.0)  # the new item is made with every value the task gives: no second one
        if element_id in screen.from_ocr:
            terms("ocr", 0.1)  # a word read from pixels beats scrolling blind
        kind = kinds.get(element_id, "")
        if kind.endswith(SLIDER_KINDS):  # toward the level the task names, or the way its words say; a question reads it
            out.extend(Candidate(*c) for c in slider_candidates(element_id, label, goal.words, terms.total, part) if not reading_only)
            continue
        if shared == 0 and _is_scroll(screen, element_id):
            continue  # scrolling is its own candidate below
        out.append(Candidate({"kind": "tap", "element": element_id}, f"tap [{element_id}] {shown_as}", terms.total, terms))
        if not verbs_here and visible and objects and not menus.only_reaching(goal.verbs) and any(normalize(o) in normalize(label) for o in objects):
            out.append(Candidate({"kind": "long_press", "element": element_id},  # its actions may be in a long-press menu
                                 f"long press [{element_id}] {shown_as}", terms.total - 0.5, Terms([*terms, ("long_press", -0.5)])))
    out.extend(Candidate(*c) for c in picking)
    out.extend(Candidate(*c) for c in lookup.search_candidates(  # the named row is further down: search for it
        screen, objects, {normalize(v.text) for v in values}, visible, history))
    app_words_ = words(_QUOTED.sub(" ", QUOTED.sub(" ", reading.place if reading else part)))  # "Interview call" names no app
    app_words_ -= words(superlatives.category_phrase(part))  # "Phone cases"
    if (_POSSESSIVE.search(part) or _FIELD_OF.search(part)) and not place_name(part):
        app_words_.add("contact")  # "Ana Ruiz's email": a person's details live in the contacts (a deli's: on a map)
    if WEB_ADDRESS.search(part):
        app_words_.add("url")
    opened = _open_app_candidates(app_words_, screen.package, [as_app(a) for a in apps], part,
                                  "" if verb_final.applies(part) else first_word(part))
    homes = [] if opened else item_home.homes(without(part, typed_values), words(part), screen.package,
                                              [as_app(a) for a in apps], item_home.rows_text(screen), history)
    if not opened and goal_names(part) and not (objects and visible) and (  # a person's card is in the contacts
            any(item_home.looks_personal(n) for n in goal_names(part)) or not item_home.usual(homes)):
        opened = _open_app_candidates({"contact"}, screen.package, [as_app(a) for a in apps], part)
    opened = opened or missing.open_settings(Candidate, part, screen.package, apps)  # a switch named with no app
    opened = opened or [Candidate({"kind": "open_app", "app": a.label}, f"open the {a.label} app", s) for a, s in homes]
    opened = opened or web_lookup.open_browser(Candidate, part, screen.package, apps)  # nothing names an app: the web
    moving_on = passing and opened and not any(c.score < 0 for c in opened)  # read in one app, used in another
    out.extend(opened)
    scrollable = any(_is_scroll(screen, i) for i in screen.actionable)
    if category and superlative is None and scrollable:
        visible = False  # the category's rows are further down
    out.append(Candidate({"kind": "swipe", "direction": "down"}, "scroll down to see more",
                         1.0 if not visible and scrollable else 0.2 if scrollable else 0.05))  # nothing scrolls: last
    wants_back = bool(words(task, stopwords=frozenset()) & _BACK) and not cancels_item(task)
    out.append(Candidate({"kind": "back"}, "go back", 2.5 if wants_back and not verbs_here else 0.1))
    done = _done_candidate(task, whole, screen, values, objects, history, notes or {}, toggle_done)
    done.score -= 6.0 if parts_left(parts(task), history) else 0.0  # "send X to Bo and Ana": Ana still waits
    if reading is None and level_reached(part, goal.words, screen.labels, kinds):
        done.score = max(done.score, 4.0)  # the slider shows the level the task names
    done.score = min(done.score, 0.5) if state_rows else done.score  # a row in that state is left
    out.append(done if reading is None else Candidate({"kind": "done"}, "finish", -5.0))  # not before it is used
    shown_outside = no_results.seen_outside_fields(screen) if visible else ""  # read once, not once per object
    unfound = not visible or not any(normalize(o) in shown_outside for o in objects)
    home = any(c.score < 0 for c in opened) and bool(people)  # a person looked for in an app the task names or needs
    if unfound and objects and (_searched_or_scrolled(since, home) or _whole_list(screen, task, scrollable)) \
            and not _seen_before(objects, history):
        out.append(Candidate({"kind": "done", "success": False, "answer": f"This cannot be done: there is no "
                              f"{objects[0]} here."}, f"give up: {objects[0]} is not on this phone", 1.2))
    if edits.edit_of(part) is None:  # an edit is typed into the body, never a menu's verb
        menus.adjust(out, part, goal.verbs, screen, since, objects, visible)  # the verb behind a menu
    each_row.adjust(out, task, part, goal.verbs, screen, since, menus.destinations(part, goal.verbs), Candidate)
    end_rows.adjust(out, part, screen, since, reading_only)  # "star my latest email": its row first
    browsing.adjust(out, part, screen, objects, asked is not None, history)  # a browser's tabs, bookmarks, history
    shopping.adjust(out, task, screen, since, pending, asked, Candidate)  # buy: cart, checkout, order; the cart itself
    cart_quantity.adjust(out, part, screen, history)  # "only one X in my cart, not 4": lowered, or removed and added once
    scanning = superlatives.apply(out, ranking, asked if reading is None else None, screen, Candidate)  # search, sort, scan
    if reading_only:
        counting.adjust(out, task, screen, history)  # the list a count or "latest" reads, to its end
    compared = comparisons.adjust(out, task_asked, screen.lines, kept, screen.editable, screen.labels, Candidate)  # A or B?
    listed = compared or details.adjust(out, asked, task, screen.labels, screen.lines, objects, since)  # an Info page's value
    if reading_only:  # "brightness?": its slider's level; "which files have I starred?": the rows of that page
        listed = listed or read_level(goal.words, screen.labels, kinds) or listed_rows.answer(task, screen, app_names)
    ranked_name = details.row_name(screen.labels.get(superlative, "")) if superlative is not None else None
    if reading is None and (listed or (asked is not None and ranked_name and asked.kind in ("name", "file", "line"))):
        answer = listed or ranked_name
        out.append(Candidate({"kind": "done", "answer": answer}, f"answer {answer!r} and finish", 7.0))
    dated_rows.adjust(out, part, screen, objects, goal.creating, asked and asked.kind, today, Candidate)  # "tomorrow's event"
    if read is None:
        sharing.adjust(out, task, screen.package, screen.labels, [as_app(a) for a in apps], history)
    missing.adjust(out, Candidate, part, screen, since, apps)  # a setting this phone does not have
    ui_conventions.adjust(out, part, screen, objects, Candidate, history, task_asked)  # labels, inflections, ads, dialogs, entries
    label_fit.adjust(out, part, screen, app_names, [as_app(a) for a in apps])  # the title the task explains best; ads
    hinted_fields.adjust(out, part, screen, Candidate)  # "naar Utrecht Centraal": the empty "Naar" field
    search_queries.adjust(out, part, screen, [as_app(a).label for a in apps], Candidate)  # "getir'de ekmek ara": "ekmek"
    for candidate in out:
        from .operator import describe
        key = action_key(candidate.action)
        last_same = next((h for h in reversed(history) if h.get("key") == key), None)
        sliding = candidate.action.get("kind") == "swipe" and "element" in candidate.action and candidate.score > 0
        sliding = sliding or dated.get(candidate.action.get("element", -1), 0.0) >= 3.0 or candidate in scanning  # an arrow, a list
        sliding = sliding or (candidate.action == {"kind": "swipe", "direction": "down"} and not visible and bool(people))
        if sliding and last_same is not None and last_same.get("outcome") == "success":
            continue  # a slider moving the wanted way keeps moving until it stops
        line = describe(candidate.action, screen.labels)
        candidate.score -= penalty(key, screen.digest, history, line)
    semantic.adjust(out, part, screen.labels, lambda e: promotions.unwanted(part, screen, e))  # near-ties: meaning
    past_records.adjust(out, part, screen)  # "achète du crédit": the "Crédit" tile, not last week's top-up row
    page_actions.adjust(out, part, screen)  # "ضيفلي شاورما": the dish row's own "إضافة"; a product page's "Add to cart"
    silent_rules.adjust(out, part, screen.labels, lambda e: promotions.unwanted(part, screen, e), screen)  # meaning
    silent_rules.over_echoes(out, part, screen.labels, lambda c: any(  # "skip this song": "Next", not "Add to Liked Songs"
        h.get("key") == action_key(c.action) and h.get("outcome") != "success" for h in history))
    if moving_on:  # the value is read and this app is not the one the rest needs: move on first
        max(opened, key=lambda c: c.score).score = max(c.score for c in out) + 1.0
    out.sort(key=screen.tie_order())  # equal scores in reading order, whatever the dump's order
    return out[:limit]


# "Ana Ruiz's number / email address / birthday" (her card), not "Ana Ruiz's email about X" (a mail)
_POSSESSIVE = re.compile(r"\b[A-Z][\w\-]+ [A-Z][\w\-]+['’]s\s+(?:(?:home|work|mobile|cell|e-?mail|phone|street|postal)\s+)?"
                         r"(?:number|phone|e-?mail|address|birthday|contact|details|card)\b"
                         r"(?!\s+(?:about|titled|called|named|from|re)\b|\s*[\"“])")
# "the email of Ana Ruiz", "which address do I have saved for Ana Ruiz": a field of her card
_FIELD_OF = re.compile(r"\b(?:(?:phone |mobile )?number|e-?mail address|(?:street |home )?address|birthday)\b[^.?!]{0,30}?"
                       r"\b(?:of|for)\s+[A-Z][\w\-]+ [A-Z]|\be-?mail of\s+[A-Z][\w\-]+ [A-Z]")


def quoted(task: str) -> list[str]:
    return [q for q in _QUOTED.findall(task) if q.strip()]


def _quoted_words(task: str) -> set[str]:
    return set().union(*(words(q) for q in _QUOTED.findall(task))) if _QUOTED.search(task) else set()


def _done_candidate(task: str, goal: Goal, screen: Screen, values: list[Value], objects: list[str],
                    history: list[dict[str, Any]], notes: dict[str, str], toggle_done: bool) -> Candidate:
    """Finish: with the answer for a question; once the goal state shows (a switch in the wanted
    state, a value typed and submitted, the task's verb button pressed)."""
    question = answers.asked(task)
    chat_question = conversations.asks(task) if question is not None and question.kind != "count" else None
    if chat_question:  # a group's members, who said X, whom a mail went to, its subject
        found = conversations.answer(chat_question, task, screen.lines, objects or _single_names(task))
        return Candidate({"kind": "done", "answer": found[0]}, f"answer {found[0]!r} and finish", 6.0) if found else \
            Candidate({"kind": "done"}, "the task is complete: finish", -1.0)
    if question is not None:
        found = answers.find(question, screen.lines, objects or _single_names(task), notes)
        counted = counting.answer(task, screen, history) if question.kind == "count" else None
        if counted and (found is None or found[1] < 1.0 or counting.by_value(task)):  # else the object's own line wins
            found = counted
        found = recent_items.read(task, question.kind, screen, found)  # "who called me last", "what I last wrote"
        first = day_order.answer(task, screen, pickers.reference_day(screen)) if question.kind in ("name", "line") else None
        found = (first, 1.0) if first else found  # "the first thing on my calendar on Sunday": its earliest row
        if found is None and question.kind == "name" and screen.package and history and (  # the named item shows
                not objects or any(normalize(o) in normalize(" ".join(screen.lines)) for o in objects)):
            name = answers.first_row_name([screen.labels.get(i, "") for i in screen.actionable])
            found = (name, 0.5) if name else None
        if found:
            return Candidate({"kind": "done", "answer": found[0]}, f"answer {found[0]!r} and finish",
                             1.0 + 5.0 * found[1] + (0.5 if found[1] >= 1.0 else 0.0))  # on its own line: beats opening it
        return Candidate({"kind": "done"}, "the task is complete: finish", -1.0)
    score = 4.0 if toggle_done else 0.0
    last = next((h for h in reversed(history) if h.get("kind") not in ("observe", "invalid_output")), None)
    if last and last.get("kind") == "swipe" and "[" in last.get("line", "") and last.get("outcome") == "no_change" \
            and goal.words & (slider_levels.LOWER | slider_levels.HIGHER):
        score = 3.5  # the slider is at its end
    if last and last.get("kind") == "tap" and last.get("outcome") == "success":
        verb = first_word(last.get("line", "").split('"', 1)[-1])
        to_type = [v for v in values if v.kind not in OBJECT_KINDS]
        named_verb = verb in goal.verbs
        if (named_verb or (verb in CONFIRM and to_type)) and all(typed(v, history) for v in to_type):
            shown = [v for v in to_type if shows(screen, v.text)]
            again = len(screen.actionable) <= 4 and any(first_word(screen.labels.get(i, "")) == verb and len(screen.labels.get(
                i, "").split()) <= 2 for i in screen.actionable)  # a small dialog asks again ("Delete", not "Remove Y")
            left = [o for o in objects + _single_names(task) if normalize(o) not in normalize(
                " ".join(h.get("line", "") for h in history)) and any(
                normalize(o) in normalize(screen.labels.get(i, "")) for i in screen.actionable)]
            again = again or bool(left)  # a place still to pick ("move to ... Recordings")
            score = max(score, 4.0 if named_verb and verb in _SENDING and not again else 3.5 if shown else 1.5 if again else 3.0)
            if shown and any(any(normalize(o) in normalize(label) for o in objects) and any(
                    holds(label, v.text) for v in shown) for label in screen.labels.values()):
                score = 5.5  # the new value shows on the row of the thing it was for ("09:55 Water plants")
        pressed = last.get("line", "").split('"')[1] if last.get("line", "").count('"') >= 2 else ""
        named = [v for v in to_type if normalize(v.text) not in normalize(pressed)]  # "today" of "Weather today"
        if verb in goal.verbs and not named and goal.match(words(pressed) - {verb}) >= 2 and not any(
                screen.labels.get(i, "")[:40] == pressed for i in screen.actionable):
            score = max(score, 4.5)  # the object's own "Close X tab" / "Delete bookmark X" pressed, and gone
    if all_items.same_action_left(task, screen, history):
        score = min(score, 0.5)  # "remove everything from my cart": the next row's "Remove" first
    if going_to.arrived(screen, objects, history, goal.verbs):
        score = max(score, going_to.ARRIVED_SCORE)  # "open my bookmark X": X's page is in front
    return Candidate({"kind": "done"}, "the task is complete: finish", score)


def _app_label_words(apps: Sequence[AppInfo | str]) -> set[str]:
    return set().union(*(words(as_app(a).label) for a in apps)) if apps else set()


def _single_names(task: str) -> list[str]:
    """Capitalised single words after the first ("my Documents folder" -> "Documents", "до Мега" -> "Мега")."""
    return [m.group(0) for m in re.finditer(r"(?<![.!?]\s)\b[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠČŘŽА-ЯЁЄІЇΑ-Ω][\w\-]{2,}", task) if m.start() > 0]


def _whole_list(screen: Screen, task: str, scrollable: bool) -> bool:
    """The list of the object's kind shows whole: its tab is chosen ("Albums" for "my album X"), nothing scrolls."""
    kinds = words(re.sub(r"\b[\w\-]+ app\b", " ", task)) - words(" ".join(_QUOTED.findall(task)))  # "my photos app" names no list
    return not scrollable and any(has_flag(screen, i, "selected") and words(screen.labels.get(i, "")) & kinds
                                  for i in screen.actionable)


def _searched_or_scrolled(since: list[dict[str, Any]], home: bool = False) -> bool:
    """Searched for it, hit the list's end twice, or scrolled through to its end in the app it belongs in."""
    swipes = [h.get("outcome") for h in since if h.get("kind") == "swipe"]
    return any(h.get("kind") == "type" for h in since) or swipes.count("no_change") >= 2 or (
        home and "success" in swipes and swipes[-1] == "no_change")  # scrolled through to the end, in its app


def _seen_before(objects: list[str], history: list[dict[str, Any]]) -> bool:
    keys = [normalize(o) for o in objects]
    return any(k in normalize(h.get("line", "")) for h in history if h.get("kind") != "type" for k in keys)


def _field_line(screen: Screen, line: str) -> bool:
    m = _LINE.match(line)
    return bool(m) and int(m.group(1)) in screen.editable


def _is_scroll(screen: Screen, element_id: int) -> bool:
    line = next((l for l in screen.lines if l.startswith(f"[{element_id}]")), "")
    return "scrollable" in line.rsplit("(", 1)[-1]


def _open_app_candidates(goal_words: set[str], package: str, apps: list[AppInfo], task: str = "",
                         verb: str = "") -> list[Candidate]:
    """Open the apps the task names or needs (agents/app_choice.py)."""
    verbs = clause_verbs(task) if task else set()
    return [Candidate({"kind": "open_app", "app": c.app.label}, f"open the {c.app.label} app", c.score)
            for c in app_choice.choose(goal_words, package, apps, task, verbs, verb)]


def action_key(choice: dict[str, Any]) -> str:
    """The history key of a candidate (same as ``operator.describe`` of the action it becomes)."""
    from .operator import describe
    return describe(choice)
