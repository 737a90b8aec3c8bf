"""Steps the device must not take on the ranker's word alone: they are offered to the cloud below the finish bar.

A ranker's lead comes from matching the task's words to the screen's; in a task that reads a value in one app
and uses it in another ("send today's deal by mail", "share the temperature in the group chat") that match is
confidently wrong at three kinds of step, whatever the apps and the language:

- committing a form (send, save, post, confirm) while one of its text fields is still empty: the value that
  belongs there is one the device never read (a sent message cannot be unsent, an empty note is not the note);
- typing, in a later app, a text the run already typed in an earlier one (the address typed into the browser,
  typed again into the chat's search): the literal the task says is matched again, not the value read;
- opening again an app the run has already left for another (back to the browser from the chat): the run
  goes back and forth instead of finishing the second app's part;
- typing over a text the run itself typed into that field (the cloud's search "ramen bars" replaced by words
  of the task's self-correction): the run changes its mind on the ranker's word match;
- typing a text that is part of the item the run has just picked ("Ana Li | +1 555-0101" tapped as the
  recipient, then her own number typed as the message): the picked item's words echo back, not a value read;
- tapping again the item the run went into and straight back out of (a chat row entered, then "back"):
  the run loops on the word match that led it there;
- tapping a control that undoes the run's last tap ("Favourite" offered where "Remove from favourites" was just
  tapped, "Unmute" after "Mute"): the toggle's new label matches the task's words again and the run flips it back;
- tapping, or opening, what the task names only in a phrase it takes back ("send it on Signal no wait by email":
  the "Signal" target): the ranker matches the words said, not the words kept (agents/self_corrections.py);
- opening first an app that is not where the task's value is read ("save the code from my mail in a note"
  opens the note app the task's words name): the value is not in the task, it must be read first
  (agents/value_sources.py).

Each is the structure of the step (its action, the screen's fields, the apps the run has opened), never a word
of an app. The cloud sees the step and the device's candidates (decide.py); a step sure enough (at or above
``defer_done_below``) is taken on the device as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .fields import hint_as_text
from .menus import reverses
from .perceptor import Screen
from .self_corrections import taken_back
from .side_effects import unsafe
from .text import normalize
from .value_sources import reads_first

_TYPED = re.compile(r'^type(?: \[\d+\])? "(?P<text>.*)"$', re.S)
_TAPPED = re.compile(r'^tap \[\d+\] "(?P<label>.*)"$', re.S)  # a history line: the label as seen (cut at 40)


def _opened(history: Sequence[dict[str, Any]]) -> list[str]:
    """The apps the run opened, in order (an app opened twice in a row counted once)."""
    apps: list[str] = []
    for entry in history:
        if entry.get("kind") == "open_app" and entry.get("outcome", "success") == "success":
            app = normalize(str(entry.get("key", ""))[len("open_app "):])
            if app and (not apps or apps[-1] != app):
                apps.append(app)
    return apps


def _typed_in_earlier_app(history: Sequence[dict[str, Any]]) -> set[str]:
    """Texts typed before the run's last switch to another app (none before a second app is opened)."""
    typed: set[str] = set()
    earlier: set[str] = set()
    for entry in history:
        if entry.get("kind") == "open_app":
            earlier |= typed
            typed = set()
        elif entry.get("kind") == "type":
            found = _TYPED.match(str(entry.get("key", "")))
            if found and found["text"].strip():
                typed.add(normalize(found["text"]).strip())
    return earlier


def _typed(history: Sequence[dict[str, Any]]) -> set[str]:
    """Every text the run typed (normalised)."""
    found = (_TYPED.match(str(entry.get("key", ""))) for entry in history if entry.get("kind") == "type")
    return {normalize(f["text"]).strip() for f in found if f and f["text"].strip()}


def _lead(label: str) -> str:
    """The name a list row leads with ("Board games, muted | Hugo: ..." -> "board games")."""
    return normalize(label.split("|")[0].split(",")[0]).strip()


def _tapped(entry: dict[str, Any]) -> str:
    """The label of a successful tap's element as its history line shows it ("" for any other step)."""
    found = _TAPPED.match(str(entry.get("line", ""))) if entry.get("kind") == "tap" else None
    return found["label"] if found and entry.get("outcome", "success") == "success" else ""


def _backed_out_of(history: Sequence[dict[str, Any]]) -> set[str]:
    """The leads of the items the run tapped and went straight back from."""
    return {_lead(_tapped(entry)) for entry, after in zip(history, history[1:])
            if _tapped(entry) and after.get("kind") == "back" and after.get("outcome", "success") == "success"} - {""}


def _last_tapped(history: Sequence[dict[str, Any]]) -> str:
    """The label of the run's last tap, if it took effect ("" when there is none)."""
    for entry in reversed(history):
        if entry.get("kind") == "tap":
            return _tapped(entry)
    return ""


def _retracted(target: str, task: str) -> bool:
    """The target's words are all in the phrase the task's self-correction takes back, and none is said after it."""
    said = set(normalize(target).split())
    phrase, after = taken_back(task) if said and task else (set(), set())
    return bool(phrase) and said <= phrase and not said & after


def _empty(text: str | None) -> bool:
    """A text field that holds nothing: blank, or its hint dumped as its text ("Compose email", "Note")."""
    return not (text or "").strip() or hint_as_text(text or "")


def why_unsure(action: dict[str, Any], screen: Screen, history: Sequence[dict[str, Any]], task: str = "") -> str:
    """Why this step needs a surer hand than the ranker's lead ("" when it does not)."""
    kind = action.get("kind")
    if kind == "tap" and action.get("element") is not None:
        label = screen.labels.get(action["element"], "")
        if label and unsafe(label) and any(_empty(text) for text in screen.editable.values()):
            return "commit"  # a form committed with a field left empty
    if kind == "type":
        text = normalize(str(action.get("text", ""))).strip()
        if text in _typed_in_earlier_app(history):
            return "retyped"  # an earlier app's text typed again in a later one
        held = screen.editable.get(action.get("element"), "") if action.get("element") is not None else ""
        now = normalize(held or "").strip()
        if now and now != text and not _empty(held) and now in _typed(history):
            return "overwrite"  # the run's own text in this field replaced by another
        picked = normalize(_tapped(history[-1])) if history else ""
        if len(text) >= 3 and picked and text in picked:
            return "echoed"  # a part of the item just picked typed as the value
    if kind == "tap" and action.get("element") is not None and \
            _lead(screen.labels.get(action["element"], "")) in _backed_out_of(history):
        return "reentered"  # into the item the run has already gone into and back out of
    label = screen.labels.get(action["element"], "") if kind == "tap" and action.get("element") is not None else ""
    if label and (pressed := _last_tapped(history)) and (reverses(label, pressed) or reverses(pressed, label)):
        return "undoing"  # the control that takes back the run's last tap
    if _retracted(_lead(label) if label else str(action.get("app", "")) if kind == "open_app" else "", task):
        return "retracted"  # what the task named only before correcting itself
    if kind == "open_app":
        apps = _opened(history)
        app = normalize(str(action.get("app", "")))
        if app and app in apps[:-1]:
            return "returning"  # back to an app the run has left for another
        if not apps and task and reads_first(task, str(action.get("app", ""))):
            return "source"  # the first app opened is not where the task's value is read
    return ""
