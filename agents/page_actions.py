"""A detail page's own button acts on the page's item.

A product, app or place page is about one item: its title is the first line at the top ("Organic milk, 1 l",
"Fitbuddy"), and the page's own buttons sit outside any row, in a bottom bar or under the title ("Add to cart",
"Buy now", "Update", "Uninstall"). Further down the page lists other items as cards, each carrying its own copy of
such a button (recommended products, sponsored apps), and links that merely name the item (the seller, the
developer). A task that asks for the act and names the page's item ("add this milk to the cart", "update fitbuddy")
means the page's own button, not a card's copy (the card's item is only like it) nor a link naming the item. A task
that names a card's item better than the title ("add the strawberry milk") keeps that card's copy. General page
conventions, no app's words.
"""

from __future__ import annotations

from typing import Any

from . import added_notice, booked_notice, numbered_items, row_controls, ui_glossary
from .perceptor import Screen
from .row_controls import does, names
from .text import normalize, row_key, words

_ABOVE = 0.5  # how far the page's button goes above what it beats
_TOP_HALF = 0.5  # the title is in the upper part of the page
_SHORT = 3  # words in a button's label


def _height(screen: Screen) -> int:
    return max((b[3] for b in screen.bounds.values() if len(b) == 4), default=0)


def _title(task: str, screen: Screen) -> str | None:
    """The plain line in the upper part of the page that the task names best (the first of equals)."""
    top, best, title = _height(screen) * _TOP_HALF, 0.0, None
    for index, line in enumerate(screen.lines):
        placed = screen.placed.get(index)
        fit = names(task, line.strip()) if placed and placed[1] < top else 0.0
        if fit > best:
            best, title = fit, line.strip()
    return title


def _acts(task: str, label: str, wanted: set[str]) -> bool:
    """A short button doing the act the task asks for (agents/ui_glossary.py's acts, as labels or tasks say them)."""
    return bool(label.strip()) and len(label.split()) <= _SHORT and does(label, wanted, task)


def _membership(out: list[Any], task: str, screen: Screen) -> None:
    """A community's, group's, channel's or account's page carries one button that joins, subscribes to or follows
    it ("Participar" beside "r/brasil", "Beitreten", "フォローする"). A task asking for that act in another language
    ("me inscreve nessa comunidade") meets it by its meaning only, while a tab or a share button may repeat the
    task's noun ("Comunidades", "Compartilhar comunidade"): the one short control doing the act, outside any row,
    goes above controls that do not do it (in place). Rows each carrying their own "Join" are left to the row rules."""
    meant = ui_glossary.joined(ui_glossary.task_concepts(task))
    wanted = _MEMBERSHIP & set(meant)
    if not wanted:
        return
    doing = [e for e in screen.actionable if e not in screen.editable and e not in screen.checked
             and e not in screen.disabled and e not in screen.borrowed and 0 < len(screen.labels.get(e, "").split()) <= 2
             and set(ui_glossary.concepts(screen.labels.get(e, ""))) & wanted]
    if len(doing) != 1 or screen.context.get(doing[0]):
        return
    taps = {c.action["element"]: c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)}
    mine = taps.get(doing[0])
    top = max(out, key=lambda c: c.score, default=None)
    if mine is None or top is None or top is mine:
        return
    mine.score = top.score + _ABOVE


_MEMBERSHIP = frozenset({"join", "subscribe", "follow"})


def _now(out: list[Any], task: str, screen: Screen) -> None:
    """A settings page does an act with a bare button ("SICHERN", "Back up", "立即备份") and sets when, where or how
    it runs with rows that show their current value ("Auf Google Drive sichern | Nur wenn ich auf „Sichern" tippe").
    A task asking for the act now ("back up my chats right now") means the button, though its words fit the row
    better: when the leading candidate is such a row (title | value) and one short control outside rows says the
    row title's own verb, that control goes above it (in place). Language-blind: the row and button share the word."""
    if "now" not in ui_glossary.asked(task):
        return
    top = max(out, key=lambda c: c.score, default=None)
    element = top.action.get("element") if top is not None and top.action.get("kind") == "tap" else None
    parts = screen.labels.get(element, "").split(" | ") if isinstance(element, int) else []
    if len(parts) < 2 or screen.context.get(element):
        return
    title = words(parts[0])
    doing = [e for e in screen.actionable if e != element and e not in screen.editable and e not in screen.checked
             and e not in screen.disabled and not screen.context.get(e) and " | " not in screen.labels.get(e, "")
             and 0 < len(screen.labels.get(e, "").split()) <= _SHORT and words(screen.labels.get(e, "")) and
             words(screen.labels.get(e, "")) <= title]
    mine = next((c for c in out if c.action == {"kind": "tap", "element": doing[0]}), None) if len(doing) == 1 else None
    if mine is not None:
        mine.score = top.score + _ABOVE


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """A row's control above its row (agents/row_controls.py), then the page's own button for the task's act above
    cards' copies and links naming the item; a page's one join, subscribe or follow button for that act; the button
    doing now what a settings row sets (in place). Where the page already confirms the task's add ("Added to cart",
    agents/added_notice.py) or the task's booking ("Appointment confirmed", agents/booked_notice.py), finishing goes
    above them all: the button again would add or book a second one. A control naming the task's numbered item's
    noun with another number ("Episódio 2" for "episode 7") yields first (agents/numbered_items.py)."""
    numbered_items.adjust(out, task, screen)
    _own_button(out, task, screen)
    added_notice.adjust(out, task, screen)
    booked_notice.adjust(out, task, screen)


def _own_button(out: list[Any], task: str, screen: Screen) -> None:
    row_controls.adjust(out, task, screen)
    if screen.dialog:
        return
    _membership(out, task, screen)
    _now(out, task, screen)
    title = _title(task, screen)
    if title is None:
        return
    wanted = ui_glossary.acts(task)
    if not wanted:
        return
    buttons = {e: screen.labels.get(e, "") for e in screen.actionable
               if e not in screen.editable and e not in screen.checked and e not in screen.disabled
               and e not in screen.borrowed}
    doing = [e for e, label in buttons.items() if _acts(task, label, wanted)]
    plain = {normalize(label).strip() for label in buttons.values()} | {normalize(title).strip()}
    own = [e for e in doing if row_key(screen.context.get(e, "")) <= plain]  # outside rows: alone or beside buttons
    cards = [e for e in doing if e not in own]
    if len(own) != 1 or any(names(task, screen.context[e]) > names(task, title) for e in cards):
        return
    taps = {c.action["element"]: c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)}
    mine = taps.get(own[0])
    ranked = sorted(out, key=lambda c: -c.score)
    if mine is None or not ranked or ranked[0] is mine:
        return
    top = ranked[0]
    element = top.action.get("element")
    label = screen.labels.get(element, "") if isinstance(element, int) and top.action.get("kind") == "tap" else ""
    beaten = element in cards or (names(task, label) > 0 and bool(words(label) & words(title)))  # a link naming the item
    if beaten:
        mine.score = top.score + _ABOVE


__all__ = ["adjust"]
