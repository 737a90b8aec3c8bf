"""A dialog the task says nothing about is in the way: its dismissive button comes first.

Apps open dialogs nobody asked for over the screen a task needs: "Turn on notifications?", "Enjoying Pixfeed? Rate
us", "Sync your contacts?". While one shows, the screen behind takes no taps, and scrolling or backing out does not
do the task. When no control is tied to the task by any rule (every tap scores ``SILENT`` or less) and the task
shares no word with the dialog's title and message, the task answers nothing it asks: its dismissive button ("Not
now", "Später", "Ahora no", the negative button) leads. A task saying no to the dialog's subject ("nee, keine
Mitteilungen") is answered the same way by agents/negation.py; one asking for what it offers by
agents/dialog_answers.py, in any wording a rule ties to a button.

Two dialogs are never in the way: a permission request (an "Allow" / "While using the app" button: the app asks
for what the task's work may need, granted by policy in agents/interruptions.py), and a dialog confirming the
control just pressed ("Exit group?" after tapping "Exit group", whatever verb the task used: "quit Book club").
"""

from __future__ import annotations

import re
from typing import Any

from .confirmations import positive, pressed_verb
from .dialog_answers import asked_about, dialog_text, other_item, says_yes
from .dialog_roles import button_roles, norm
from .dialog_subjects import own_lines
from .function_words import FUNCTION_WORDS
from .goal import parse_goal
from .negation import dismissive
from .perceptor import Screen
from .silent_rules import ECHO, SILENT
from .text import words

_LEAD = 0.5  # above scrolling and going back
_GRANTS = frozenset({"allow", "allow_foreground", "allow_once", "allow_selected"})
_PROMPT = 3  # a prompt's buttons at most (AlertDialog's three); a sheet of more options is picked from, not refused


def _verb_only(candidate: Any, screen: Screen, said: set[str], verbs: set[str]) -> bool:
    """A dialog's button sharing nothing with the task but its verb ("Update", "Turn on", "Clear chat"): the act on
    whatever the dialog offers, not the task's ("update my profile picture" under "Update available")."""
    label = screen.labels.get(candidate.action["element"], "")
    verbs = {v for v in verbs if len(v) >= 3}  # (a size "M" read as a verb is none)
    return candidate.action["element"] in screen.dialog and len(screen.dialog) <= _PROMPT and bool(
        words(label, stopwords=frozenset()) & verbs) and (words(label) & said) - FUNCTION_WORDS <= verbs


def adjust(out: list[Any], task: str, screen: Screen, history: list[dict[str, Any]]) -> None:
    """Put the dismissive button of a dialog unrelated to ``task`` first (``out`` changed in place)."""
    if not screen.dialog or not out:
        return
    if any(_GRANTS & set(button_roles(screen.labels.get(e, ""), screen.locators.get(e, {}).get("resource_id", "")))
           for e in screen.dialog):
        return  # a permission request: what the task's work may need (agents/interruptions.py)
    taps = [c for c in out if c.action.get("kind") in ("tap", "long_press") and isinstance(c.action.get("element"), int)]
    if not taps:
        return
    asking = " ".join(screen.context.get(i, "") for i in screen.dialog).strip() or dialog_text(screen, screen.dialog)
    verbs = parse_goal(task).verbs
    lines = own_lines(screen, screen.dialog)
    other = other_item(task, lines)
    if not other and (says_yes(task) or asked_about(task, norm(" ".join(lines)), lines, " ".join(
            screen.labels.get(e, "") for e in screen.dialog if positive(screen, e)))):
        return  # the task answers what the dialog asks (agents/dialog_answers.py): "delete the photos" on "Move 3
        # items to trash?"
    named = words(task) - FUNCTION_WORDS - verbs  # what the task names besides its act ("my profile picture")
    if not other:  # a dialog naming another item than the task's is in its way, whatever it shares
        if named & words(asking):
            return  # the task speaks of what the dialog asks: answered by its words, not set aside
        tied = [c for c in taps if c.score > SILENT]
        if any(not (named and _verb_only(c, screen, words(task), verbs)) for c in tied):
            return  # a rule tied a control to the task (not a prompt's button saying only the task's verb: "Update")
        if not tied and (words(task) - FUNCTION_WORDS) & words(asking):
            return  # the task speaks of what the dialog asks: answered by its words, not set aside
    pressed = pressed_verb(history)
    if pressed and re.search(rf"\b{re.escape(pressed)}", asking.lower()):
        return  # "Exit group?" right after pressing "Exit group": the dialog confirms the agent's own act
    away = [c for c in taps if c.action["element"] in screen.dialog and dismissive(screen, c.action["element"])]
    top = max(c.score for c in out) if not other else max(*(c.score for c in out), ECHO)  # (above a mere echo of
    for candidate in away:  # the task's verb: the dialog guards an act on another item, agents/silent_rules.py)
        candidate.score = top + _LEAD
