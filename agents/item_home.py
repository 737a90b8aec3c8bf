"""Which app holds a named item, when the task names only the item ("star Lost keys", "Safe code?").

Such a task has no word that names an app or points at an app category, so the app is found from
where the item lives, best evidence first:

1. what the device knows: apps whose explored screens show the item (``agents/knowledge_hint.py``
   raises their ``open_app`` candidates when a memory is attached), and an app in which this run
   already saw the item's words;
2. the verb's usual homes, as general Android categories and only as a weak hint (star, unread,
   archive, flag, forward: mail or messaging; pin, mute: chat or notes; a code or password: notes,
   messages or mail);
3. otherwise a cheap look: each launchable app in turn, its first screen read for the item's words,
   moving on to the next app not tried yet when they are not there. Opening an app and reading it
   has no side effect; every app is tried once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..device.types import AppInfo
from . import promotions
from .app_choice import app_words, categories_of
from .fields import SEARCH
from .goal import first_word
from .perceptor import Screen
from .text import normalize, words

# Task words -> words of the app categories that usually hold what the verb acts on (app_choice.CATEGORIES).
_HOMES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("star", "unstar", "starred", "unread", "archive", "archived", "flag", "forward", "reply",
                     "inbox", "sender", "sent", "subject"), ("mail", "messages")),
    **dict.fromkeys(("rating", "rated", "review", "reviews"), ("shop", "maps")),
    **dict.fromkeys(("unpin", "pinned", "mute", "unmute", "muted"), ("chat", "notes")),
    # "pin" is a PIN (a code) here, as it was before: it also stood in the pinning line, overwritten by this one
    **dict.fromkeys(("code", "password", "passcode", "pin", "list", "wishlist", "recipe"), ("notes", "messages", "mail")),
    **dict.fromkeys(("album", "favourite", "favorite"), ("photos",)),
}
_NO_ITEMS = frozenset(words("settings dialer deskclock"))  # categories (by one of their app words) that list no
# named items of the user: settings, the dialer, the clock
# A capitalised run after the first word, up to a link word: "star Lost keys", "mark Flat viewing as unread".
_ITEM = re.compile(r"(?<=\s)[A-Z][\w'’\-]*(?:\s+(?!(?:as|in|at|to|on|from|with|of|for|and|by)\b)[\w'’\-]+)*")
_SAYING = frozenset(("reply", "respond", "answer", "say", "tell", "write"))  # what follows is the message
HOME = 1.4  # a usual home of the verb: above scrolling the launcher, below a named app
LOOK = 1.2  # any other app not tried yet
MOVE_ON = 3.0  # the item is not on this app's screen: the next app first


def item(task: str, apps: Sequence[AppInfo]) -> str:
    """The named item ("Lost keys"), not an app's name; "" when the task names none."""
    names = set().union(*(app_words(a) for a in apps)) if apps else set()
    for match in _ITEM.finditer(task.strip(" ?!.")):
        text = match.group(0).strip()
        if words(text) - names:
            return text
    return ""


def tried(history: list[dict[str, Any]], apps: Sequence[AppInfo]) -> dict[str, int]:
    """How often each app was opened so far in this run (by ``open_app`` or by tapping its icon)."""
    out: dict[str, int] = {}
    for entry in history:
        line = entry.get("line", "") or entry.get("key", "")
        for app in apps:
            if app.label and (line == f"open_app {app.label}" or f'"{app.label}"' in line
                              or line.endswith(f"] {app.label}")):
                out[app.label] = out.get(app.label, 0) + 1
    return out


def seen_in(history: list[dict[str, Any]], name: str) -> str:
    """The label of the app in which this run's history last named the item (taps on its row)."""
    current = ""
    for entry in history:
        line = entry.get("line", "")
        if entry.get("kind") == "open_app":
            current = line.removeprefix("open_app ").strip().strip('"')
        elif current and normalize(name) in normalize(line):
            return current
    return ""


def homes(task: str, task_words: set[str], package: str, apps: Sequence[AppInfo], screen_text: str,
          history: list[dict[str, Any]]) -> list[tuple[AppInfo, float]]:
    """Apps to open, scored, for a task whose words name no app; none while the current app shows
    the item. Inside an app this run opened to look and that does not show it: the next app first; the app
    the user was in when asked is not left at once (its list may go on, its search may find the item, a row
    may name the item in other words: "my Running playlist" by "Running Mix"). A task that names no item
    ("reply Yes, sounds good") gets the verb's usual homes on the launcher, and nothing more."""
    name = "" if first_word(task) in _SAYING else item(task, apps)  # "reply Yes, sounds good": a message
    cues = set().union(*(words(" ".join(_HOMES.get(w, ()))) for w in task_words))
    inside = any(a.package == package for a in apps if a.package)
    if (not name and (inside or not cues)) or (name and normalize(name) in normalize(screen_text)):
        return []  # no item, and no verb with a usual home; or the item is here
    done = tried(history, apps)
    seen = seen_in(history, name)
    here = next((a.label for a in apps if a.package and a.package == package), "")
    looked = inside and done.get(here, 0) > 0  # this run opened the app in front to look: its lack means move on
    out: list[tuple[AppInfo, float]] = []
    for index, app in enumerate(apps):
        if not app.label or app.package == package or done.get(app.label, 0) > (app.label == seen):
            continue  # each app is looked at once; the one where this run saw the item, once more
        kinds = set().union(*(c.apps for c in categories_of(app)))
        if (kinds & _NO_ITEMS or not name) and not kinds & cues:
            continue  # with no item to look for, only the verb's usual homes
        score = (HOME if kinds & cues else LOOK) - 0.001 * index + (1.0 if app.label == seen else 0.0)
        out.append((app, score + (MOVE_ON - HOME if looked else 0.0)))  # the app the user was in: not left at once
    return out


_TOKEN = re.compile(r"[\w'’\-]+")
_SMALL = frozenset("a an the of to in on at for from with by and or as is are my me it its this that off up out".split())


def usual(homes_: Sequence[tuple[AppInfo, float]]) -> bool:
    """Is one of the apps to open a usual home of the task's verb ("forward X": mail)?"""
    return any(score > LOOK + 0.1 for _, score in homes_)


def looks_personal(name: str) -> bool:
    """A first and last name ("Jan Nowak", "Zoë O'Neil"), not a title ("Lease RSVP", "Desk Lamp Mini")."""
    parts = name.split()
    return len(parts) == 2 and all(p[:1].isupper() and any(c.islower() for c in p) and not any(c.isdigit() for c in p)
                                   for p in parts)


def rows_text(screen: Screen) -> str:
    """The screen's text without what search fields hold (what we typed there names no row) and without ads and
    offers (a banner saying "Fixed Deposit" shows no account of that name)."""
    hidden = {i for i in screen.editable if words(screen.labels.get(i, "")) & SEARCH}
    hidden |= {i for i in screen.actionable if promotions.unwanted("", screen, i)}
    return normalize(" ".join(line for line in screen.lines
                              if not (m := re.match(r"\[(\d+)\]", line)) or int(m.group(1)) not in hidden))


def shown_names(task: str, screen_lines: Sequence[str], app_names: set[str], known: Sequence[str] = ()) -> list[str]:
    """Names the task writes in sentence case ("pin Book club", "the Dog walk alarm"), as far as
    the screen shows them: from a capitalised word after the first, the longest run of the task's next
    words that the screen also holds in a row (two words at least, not ending in a small word).
    Names in title case ("Ana Ruiz") and quoted ones are found without the screen; ``known`` ones are left out.
    A single capitalised word counts when a row on screen is named by it alone ("mute Family")."""
    seen = f" {' '.join(t.group(0).casefold() for line in screen_lines for t in _TOKEN.finditer(line))} "
    tokens = list(_TOKEN.finditer(task))
    out: list[str] = []
    for i, token in enumerate(tokens):
        if i == 0 or not token.group(0)[:1].isupper() or re.search(r"[.!?:\"“]\s*$", task[:token.start()]):
            continue
        best = ""
        for j in range(i + 1, min(i + 6, len(tokens))):
            if task[tokens[j - 1].end():tokens[j].start()] != " ":
                break  # a name does not run over punctuation
            phrase = task[token.start():tokens[j].end()]
            if f" {' '.join(t.casefold() for t in _TOKEN.findall(phrase))} " not in seen:
                break
            if tokens[j].group(0).casefold() not in _SMALL:
                best = phrase
        if not best and _names_a_row(token.group(0), screen_lines) and token.group(0).casefold() not in _CALENDAR \
                and all(t.group(0).casefold() in ("the", "my") for t in tokens[1:i]):
            best = token.group(0)  # the verb's object in one word, a row's name ("mute Family": "Family, 2 unread")
        elif best and all(w[:1].isupper() for w in best.split()):
            best = ""  # title case is found without the screen
        if best and words(best) - app_names and not any(
                normalize(best) in normalize(k) or normalize(k) in normalize(best) for k in known):
            out.append(best)
    return out


_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                      "july august september october november december today tomorrow i".split())


def _names_a_row(word: str, screen_lines: Sequence[str]) -> bool:
    """Whether a list row or element on screen is named ``word`` alone (its label's first part)."""
    key = word.casefold()
    for line in screen_lines:
        label = re.match(r'^\[\d+\] \S+ "([^"]*)"', line)
        if label and re.split(r"\s*[,|·:]\s*", label.group(1).strip(), maxsplit=1)[0].casefold() == key:
            return True
    return False


def without_app_word(names: Sequence[str], app_names: set[str]) -> list[str]:
    """Names with an app's label said last dropped ("the Hiking WhatsApp group": the Hiking group, in WhatsApp);
    a one-word name, or one that only starts with such a word ("Signal Hill"), stays as it is."""
    out = []
    for name in names:
        head, _, last = name.rpartition(" ")
        out.append(head if head and words(last) and words(last) <= app_names else name)
    return out

