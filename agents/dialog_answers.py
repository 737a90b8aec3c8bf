"""A dialog the task answers yes to: its positive button, though nothing was pressed before.

A task can meet its own confirmation first: "yes, delete that chat" on "Leave chat? Leaving deletes
the whole conversation" (Cancel / Leave), "ok go ahead and uninstall it" on "Uninstall this app?".
The answer is the dialog's positive button (AlertDialog's ``button1``, or a yes-word, see
agents/confirmations.py) when the task opens with a yes-word ("yes", "ok", "sure", "ja", "sí",
"да", "はい", "응", "iya", "ใช่", "हाँ" ...), or when the dialog's own words (its title and message,
the texts just above its buttons) hold the task's verb and one more of its words, or ask for the act the task asks
for in other words ("delete this photo" on "Move 1 image to the trash?"). A dialog that
merely shares a noun ("Leave chat?" for "open the chat") asks something else. A negated or
refusing task is agents/negation.py's. An affirmative task also takes a permission's plain "Allow".
"""

from __future__ import annotations

import re
from typing import Any

from . import same_act as _same
from .confirmations import positive
from .dialog_roles import button_roles, norm
from .dialog_subjects import names, own_lines, question
from .goal import parse_goal
from .negation import asks, negated_verbs, refuses
from .particles import stem
from .perceptor import Screen
from .permission_use import has_use
from .text import STOPWORDS

# A task's first word saying yes (as people answer a dialog, in the languages phones ship).
_YES_LEAD = frozenset("yes yeah yep yup ok okay sure alright ja jawohl oui ouais sí sim claro да ага конечно "
                      "tak evet ya iya oke vâng dạ ใช่ हाँ हां जी نعم أجل بله آره כן "
                      "是 是的 好 好的 对 嗯 응 네 예 그래 はい うん ええ".split())
_LEAD_PHRASES = ("go ahead", "do it", "of course", "por favor sí")
_LEAD = 3.0  # above everything the dialog leaves (the screen behind takes no taps)
_GRANTS = frozenset({"allow", "allow_foreground", "allow_once", "allow_selected"})
_GRANT_LEAD = 1.0
_TOKEN = re.compile(r"[\w']+")
_HANGUL = re.compile(r"[\uac00-\ud7af]")


def says_yes(task: str) -> bool:
    """The task opens with a yes-word ("yes, delete it", "응 삭제해줘", "ok go ahead")."""
    said = norm(task)
    first = _TOKEN.findall(said)[:1]
    return bool(first and first[0] in _YES_LEAD) or said.startswith(_LEAD_PHRASES)


def _keys(task: str) -> list[str]:
    """The task's words as they start the dialog's words (a Korean word without its ending)."""
    return [stem(t) for t in _TOKEN.findall(norm(task)) if t not in STOPWORDS and len(t) >= 2]


def _verbs(task: str) -> set[str]:
    """The task's verbs: English ones by the goal's grammar, else a Korean task's last word (verb-final)."""
    keys = _keys(task)
    if keys and _HANGUL.search(keys[-1]):
        return {keys[-1]}
    return {v for v in parse_goal(task).verbs if len(v) >= 3}


def dialog_text(screen: Screen, buttons: list[int]) -> str:
    """The texts just above the dialog's first button (its title and message), never the screen it covers
    (agents/dialog_subjects.py)."""
    return norm(" ".join(own_lines(screen, buttons)))


def _meets(key: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(key)}", text) is not None


def asked_about(task: str, text: str, lines: list[str] | None = None, buttons: str = "") -> bool:
    """The dialog's words hold the task's verb and one more of its words, or ask for the very act the task asks for
    in other words (:func:`same_act`). Given the dialog's ``lines`` (and its ``buttons``' words), the verb is met in
    the question it asks or on a button ("call Anna" on "Block Anna Schmidt? ... able to call you" asks no call), and
    a dialog naming another item than the task's asks about something else (agents/dialog_subjects.py)."""
    if lines is not None and other_item(task, lines, text):
        return False
    asked = text if lines is None else norm(f"{question(lines)} {buttons}")
    verbs = [v for v in _verbs(task) if _meets(v, asked)]
    others = [k for k in _keys(task) if k not in verbs and _meets(k, text)]
    return bool(verbs) and bool(others) or same_act(task, text)


def other_item(task: str, lines: list[str], text: str = "") -> bool:
    """The dialog names an item ("Block Anna Schmidt?", "“Ideas” will be moved") the task does not, while a word
    of the task's own, no verb of it, is nowhere in the dialog ("delete the chat with Tom" on "Delete chat with Tom
    Becker?" is the same item; "... with Anna" is another)."""
    named = [norm(n) for n in names(lines)]
    if not named:
        return False
    keys = _keys(task)
    if any(_meets(k, n) or _meets(n.split()[0], k) for k in keys for n in named):
        return False
    text = text or norm(" ".join(lines))
    verbs = _verbs(task)
    return any(k not in verbs and not _meets(k, text) for k in keys)


def same_act(task: str, text: str) -> bool:
    """The dialog asks to do what the task asks for, by its meaning in any language (agents/ui_concepts.toml), on the
    task's object or on one item: "이 사진 지워줘" on "이미지 1개를 휴지통으로 이동할까요? ... 삭제됩니다", "quítame el Candy
    Crush" on "Candy Crush Saga ¿Quieres desinstalar esta app?". Only the acts a confirmation guards (deleting, paying,
    signing out ...), never a noun the two share, never a bigger act ("Delete album? All ...", agents/same_act.py)."""
    verbs = _verbs(task)
    return _same.same_act(task, text, [k for k in _keys(task) if k not in verbs])


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Put the positive button of a dialog the task says yes to first (``out`` changed in place)."""
    if not asks(screen) or negated_verbs(task) or refuses(task):
        return
    _grant(out, task, screen)
    taps = [c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)]
    roles = {c.action["element"]: button_roles(screen.labels.get(c.action["element"], ""),
                                               screen.locators.get(c.action["element"], {}).get("resource_id", ""))
             for c in taps}
    buttons = [e for e, r in roles.items() if r] + [c.action["element"] for c in taps if positive(screen, c.action["element"])]
    yes_lead = says_yes(task)
    lines = own_lines(screen, buttons)
    labels = " ".join(screen.labels.get(e, "") for e in buttons if positive(screen, e))  # the act it confirms
    if not buttons or not (yes_lead or asked_about(task, norm(" ".join(lines)), lines, labels)):
        return
    yes = [c for c in taps if positive(screen, c.action["element"]) or (yes_lead and "allow" in roles[c.action["element"]])]
    if not yes:
        return
    top = max(c.score for c in out)
    for candidate in yes:
        candidate.score = max(candidate.score, top + _LEAD)
    for candidate in out:
        if candidate.action.get("kind") in ("done", "open_app", "open_uri"):
            candidate.score -= _LEAD  # not done while the dialog waits for its answer


def _grant(out: list[Any], task: str, screen: Screen) -> None:
    """A permission request over an app's screen that the task does not refuse and has a use for
    (agents/permission_use.py): the task's own work in that app asked for it (a photo to send needs the photos), so
    its grants lead, in the order the rules put them ("only the photos I pick", "only this time"); its deny and the
    screen behind wait. A request for what the task does not use (the contacts, for the weather) is left to the rules."""
    taps = [c for c in out if c.action.get("kind") == "tap" and c.action.get("element") in screen.dialog]
    if not taps or not has_use(task, dialog_text(screen, [c.action["element"] for c in taps])):
        return
    grants = [c for c in taps if _GRANTS & set(button_roles(screen.labels.get(c.action["element"], ""), screen.locators.get(
        c.action["element"], {}).get("resource_id", "")))]
    others = [c.score for c in out if c not in grants]
    if not grants or not others:
        return
    lift = max(others) + _GRANT_LEAD - max(c.score for c in grants)
    for candidate in grants:
        candidate.score += max(lift, 0.0)


__all__ = ["adjust", "asked_about", "dialog_text", "other_item", "says_yes"]
