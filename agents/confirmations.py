"""A dialog asking to confirm what the task asked for: its positive button.

Pressing "Uninstall", "Clear data" or "Log out" often opens a dialog ("Do you want to uninstall
this app?") whose buttons say only "OK" / "Cancel" or "Yes" / "No". The task's verb was just
pressed and the dialog asks about it, so the task is not done until the positive button
(AlertDialog's ``button1``, or a yes-word where ids are missing) is pressed: that button comes
first, and finishing or leaving for another app wait. A dialog that merely shares a word with the
task (a "Rate this app?" pop-up) is not a confirmation: the verb must have been pressed just before.
A negated task ("don't uninstall it") is agents/negation.py's.
"""

from __future__ import annotations

import re
from typing import Any

from .dialog_roles import button_roles, norm
from .dialog_shape import positive_by_place
from .goal import first_word, parse_goal
from .negation import asks, negated_verbs
from .perceptor import Screen

# Yes-words of confirm buttons, for dialogs drawn without AlertDialog's ids.
_YES = frozenset({"ok", "okay", "yes", "confirm", "continue", "proceed", "accept", "sure", "ja", "oui", "sí", "si",
                  "sim", "да", "确定", "确认", "是", "はい", "확인", "예", "evet", "tamam", "نعم", "موافق", "כן", "हाँ"})
_LEAD = 3.0  # above every other candidate the dialog leaves (the screen behind takes no taps)


def pressed_verb(history: list[dict[str, Any]]) -> str:
    """The first word of the label of the last successful tap ("Uninstall" -> "uninstall")."""
    last = next((h for h in reversed(history) if h.get("kind") not in ("observe", "invalid_output")), None)
    if not last or last.get("kind") != "tap" or last.get("outcome") != "success":
        return ""
    line = last.get("line", "")
    return first_word(line.split('"')[1]) if line.count('"') >= 2 else ""


def positive(screen: Screen, element: int) -> bool:
    """A dialog button that says yes: AlertDialog's positive button, or a yes-word where ids are missing."""
    label = screen.labels.get(element, "")
    roles = button_roles(label, screen.locators.get(element, {}).get("resource_id", ""))
    if set(roles) & {"negative", "dismiss", "deny", "close", "wait"}:
        return False
    return "positive" in roles or norm(label).rstrip("!.") in _YES or (not roles and positive_by_place(screen, element))


def adjust(out: list[Any], task: str, screen: Screen, history: list[dict[str, Any]]) -> None:
    """Put the confirm button of a dialog about the verb just pressed first (``out`` changed in place)."""
    if not asks(screen):
        return
    said = " ".join(norm(line) for line in screen.lines)
    refused = [v for v in negated_verbs(task) if len(v) > 3 and re.search(rf"\b{re.escape(v)}", said)]
    if refused:  # "don't uninstall it" on "Uninstall this app?": its answer is here (agents/negation.py)
        _stay(out)
        return
    pressed = pressed_verb(history)
    if not pressed or pressed not in parse_goal(task).verbs or not re.search(rf"\b{re.escape(pressed)}", said):
        return  # no verb of the task just pressed, or the dialog is about something else
    yes = [c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)
           and positive(screen, c.action["element"])]
    if not yes:
        return
    top = max(c.score for c in out)
    for candidate in yes:
        candidate.score = max(candidate.score, top + _LEAD)
    _stay(out)


def _stay(out: list[Any]) -> None:
    """Not done, and not off to another app, while the dialog waits for its answer."""
    for candidate in out:
        if candidate.action.get("kind") in ("done", "open_app", "open_uri"):
            candidate.score -= _LEAD


__all__ = ["adjust", "positive", "pressed_verb"]
