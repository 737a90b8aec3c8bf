"""The page's heading says where the user already is: a control the task names only by its words is not named.

Every app titles its page in the top bar ("Pantalla", "แชท", "Chat settings", a place's name over its sheet).
A task said on that page repeats the title as the place ("ponle los 120 hz a la pantalla" on "Pantalla",
"เปิดแชทแม่" on the chat list "แชท", "take me to City Stars" on City Stars' sheet): the title, a row that
repeats its word ("Pantalla completa") or a photo captioned with the place's name ("Photo of City Stars") shares
the task's words only because the page does: it repeats the whole heading (a row "Internet" on "Network &
internet" is a part of the page, named by "open my internet settings"). Such a control is named by nothing and scores no more than an unnamed
one; the control the rest of the task names, the verb's button or scrolling on, comes first. Where the rest of
the task names nothing here, the heading itself is what it means: a chat's header opens the contact ("open Ana
Ruiz's contact info").

The heading is the one plain text (an info line or a TextView, no search bar) standing alone in the top bar: its
box starts in the top ``TOP`` of the screen and is at most ``TALL`` of it high; a text inside a scrolling list that
reaches up there (a chat's date line under a short bar) is the list's, not the bar's. Two or more texts there are tabs,
not a title, and name nothing; a search bar showing its query heads results, each named by it. A switch or checkbox
(the page's own master switch), a field and a button named by what it does ("New note" on "Notes") are left alone.
"""

from __future__ import annotations

import re
from typing import Any

from . import ui_glossary
from .entry_points import names_search
from .perceptor import Screen
from .text import words

TOP = 0.13  # the top bar's share of the screen height (status bar and app bar)
TALL = 0.07  # a title's box is at most this share of the height high
ADDED = 3  # words a control titled after the page adds ("Pantalla completa"); a result row says more
NAMED = 0.5  # a control some rule tied to the task scores at least this
_TEXT_KINDS = frozenset({"TextView"})
# What a control does ("New note" on "Notes", "Add alarm" on "Alarm"): a button named by its act, not by the page
ACTS = frozenset("select add buy pay call search send delete save share download update install close cancel undo back "
                  "later allow deny confirm next edit book order transfer topup scan login logout signup checkout track "
                  "play pause previous directions like dislike comment follow subscribe new on off".split())
_QUERY_IDS = re.compile(r"search|query|omnibox", re.I)
_LINE = re.compile(r"^\[(\d+)\] (\S+) ")


def heading(screen: Screen) -> str:
    """The page's title in the top bar, or '' when none stands alone there."""
    height = _height(screen)
    if not height:
        return ""
    found = []
    for index, line in enumerate(screen.lines):
        match = _LINE.match(line)
        if match is None:
            box, text = screen.placed.get(index), line.strip()
        elif match.group(2) in _TEXT_KINDS and int(match.group(1)) not in screen.editable:
            element = int(match.group(1))
            if _QUERY_IDS.search(screen.locators.get(element, {}).get("resource_id", "")):
                return ""  # a search bar showing its query: the rows below are its results, each named by it
            box, text = screen.bounds.get(element), screen.labels.get(element, "")
        else:
            continue
        if box and box[1] < TOP * height and box[3] - box[1] <= TALL * height and text:
            found.append((text, box))
    if len(found) > 1:  # a list's first line reaching into the top band (a chat's date) is the list's, not the bar's
        lists = [screen.bounds[i] for i in screen.actionable if i in screen.bounds and _SCROLLS.search(
            next((line for line in screen.lines if line.startswith(f"[{i}] ")), ""))]
        found = [(t, b) for t, b in found if not any(_inside(b, outer) for outer in lists)]
    found = [t for t, _ in found]
    if len(found) != 1 or " | " in found[0] or names_search(found[0]):
        return ""
    return found[0]


_SCROLLS = re.compile(r"\((?:[^()]*, )?scrollable(?:, [^()]*)?\)$")


def _inside(box: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    return outer[0] <= box[0] and outer[1] <= box[1] and box[2] <= outer[2] and box[3] <= outer[3] and box != outer


def _height(screen: Screen) -> int:
    return max([b[3] for b in screen.bounds.values()] + [b[3] for b in screen.placed.values()], default=0)


def _in_top_bar(screen: Screen, element: int) -> bool:
    box = screen.bounds.get(element)
    return box is not None and box[1] < TOP * _height(screen)


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Lower (in place) to no more than 0 each tap whose label shares words with ``task`` only where the heading
    says them."""
    title = words(heading(screen))
    if not title:
        return
    said = words(task)
    elsewhere = any(c.score >= NAMED and words(screen.labels.get(c.action.get("element"), "")) != title
                    for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int))
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") not in ("tap", "long_press") or not isinstance(element, int) or \
                element in screen.checked or element in screen.editable:
            continue
        label = screen.labels.get(element, "")
        own = words(label)
        shared = own & said
        if own == title and not elsewhere and _in_top_bar(screen, element):
            continue  # the heading itself, nothing else named: "open Ana Ruiz's contact info" taps the chat's header
        named = words(label.split(" | ", 1)[0])  # a row's title: its summary under it ("Default (Pixie Dust)") adds no name
        if shared and shared <= title <= own and len(named - title) <= ADDED and not set(ui_glossary.concepts(label)) & ACTS:
            candidate.score = min(candidate.score, 0.0)
