"""A mark taken off every row of a list that shows it: "un-favourite all the Downloads files", "remove every file in
my Downloads folder from favourites", "unstar all my mails", "unpin every chat", "quita todos de favoritos".

A list shows the mark in its rows' names ("report.pdf, favourite", "Ana, starred", "Kai, pinned"); the item's page
has the control that takes it off ("Remove from favourites", "Unstar", "Aus Favoriten entfernen"). Each marked row
is opened in turn, that control pressed, back to the list; finished on a list with no marked row left. A task that
names a place (a folder or album: "in my Downloads folder") acts inside it once the place is open (its row tapped,
its name heading the page); a place no list shows ("the photos I shot in Ljubljana", only on each item's info page)
is left to the other rules. Android list conventions; the mark and its removal in several languages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from . import end_rows, marked_rows
from .perceptor import Screen
from .ranked import Ranked
from .text import words

# the marks a list shows on its rows, by kind (compared as words() reads them: "favourites" -> "favorite")
_MARKS = {"favorite": frozenset(words("favourite favourited starred star favori favorit favoriten favorito favoritos "
                                      "preferito preferiti", stopwords=frozenset())),
          "pin": frozenset(words("pinned pin angeheftet fijado épinglé", stopwords=frozenset()))}
_OFF = frozenset(words("remove delete clear entfernen quitar eliminar retirer supprimer rimuovi remover", stopwords=frozenset()))
_UN = re.compile(r"\bun-?\s?(?P<k>fav(?:ou?rite)?s?|favou?rited|star(?:red)?|pin(?:ned)?)\b", re.I)
_FROM = re.compile(r"\b(?:remove|take|delete|clear|drop|get)\b[^.;!?]{0,80}?\b(?:from|out\s+of|off)\s+(?:my\s+|the\s+)?"
                   r"(?P<k>favou?rites|starred|pinned)\b"
                   r"|\b(?:remove|take)\s+(?:the\s+)?(?:favou?rite\s+)?(?P<k2>star|heart|pin)s?\s+(?:off|from)\b"
                   r"|\b(?:stop|no\s+longer)\s+(?:being\s+)?(?:a\s+|my\s+)?(?P<k3>favou?rites?)\b"
                   r"|\baus\s+(?:den\s+|meinen\s+)?(?P<k4>Favoriten)\s+(?:entfern|nehm|lösch)"
                   r"|\b(?:entfern|nimm|lösch)\w*\b[^.;!?]{0,80}?\baus\s+(?:den\s+|meinen\s+)?(?P<k7>Favoriten)\b"
                   r"|\b(?:quita|elimina|retira|remove|remova|tira)\w*\b[^.;!?]{0,80}?\b(?:de|dos|das)\s+(?:mis\s+|meus\s+)?"
                   r"(?P<k5>favoritos)\b"
                   r"|\b(?:retire|enlève|supprime)\w*\b[^.;!?]{0,80}?\bdes\s+(?P<k6>favoris)\b", re.I)
_BULK = re.compile(r"\b(?:all|every|each|any|everything|alle[ns]?|jede[ns]?|todos|todas|cada|tous|toutes|chaque|"
                   r"tutti|tutte|ogni)\b", re.I)
_NAME = re.compile(r"(?<![.!?:;]\s)(?<!^)\b[A-Z][\w-]+")


def mark(task: str) -> str | None:
    """The kind of mark the task takes off every row ("favorite" or "pin"), or None."""
    if not _BULK.search(task):
        return None
    m = _UN.search(task) or _FROM.search(task)
    if not m:
        return None
    said = next(g for g in m.groups() if g).lower()
    return "pin" if said.startswith("pin") else "favorite"


def _places(task: str, kind: str) -> list[str]:
    """Names the task gives besides its sentence starts and the mark ("Downloads" in "every file in my Downloads
    folder"); one of them must be open."""
    skip = _MARKS[kind] | {"i"}
    return [m.group(0) for m in _NAME.finditer(task) if not words(m.group(0), stopwords=frozenset()) & skip
            and words(m.group(0), stopwords=frozenset())]


def _said(record: dict[str, Any]) -> str:
    return record.get("line", "").split("] ", 1)[-1].split(" (in: ")[0].strip('"')  # (a long label cut short)


def _marked(label: str, kind: str) -> bool:
    return bool(words(re.split(r"\s[|·•]\s", label)[0], stopwords=frozenset()) & _MARKS[kind])


def _control(label: str, kind: str) -> bool:
    """A control that takes the mark off: "Remove from favourites", "Unstar", "Unpin"."""
    said = words(label, stopwords=frozenset())
    return bool(said & _MARKS[kind] and said & _OFF) or any(w.startswith("un") and w[2:].strip("-") in _MARKS[kind]
                                                            for w in said)


def _inside(place: str, screen: Screen, since: list[dict[str, Any]]) -> bool:
    """Is the place open: its name heads the page, or a row or app of that name was opened in this part?"""
    name = place.casefold()
    return any(line.strip().casefold() == name for line in screen.lines if line.startswith("    ")) or any(
        h.get("outcome") == "success" and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", _said(h).casefold())
        for h in since if h.get("kind") in ("tap", "open_app"))


def adjust(candidates: Sequence[Ranked], task: str, screen: Screen, since: list[dict[str, Any]]) -> None:
    """Open the next marked row; on its page press the control that takes the mark off, then back; finish on a list
    with no marked row left."""
    kind = mark(task)
    places = _places(task, kind) if kind else []
    if kind is None or (places and not any(_inside(p, screen, since) for p in places)):
        return  # (German capitalises every noun: one name open is enough)
    listed = end_rows.item_rows(screen)
    left = [i for i in listed if _marked(screen.labels.get(i, ""), kind)]
    taps = [h for h in since if h.get("kind") == "tap" and h.get("outcome") == "success"]
    acted = any(end_rows.opened_row(_said(h)) and _marked(_said(h), kind) or _control(_said(h), kind) for h in taps)
    last = next((h for h in reversed(since) if h.get("kind") not in ("observe", "invalid_output")), {})
    pressed = last.get("kind") == "tap" and last.get("outcome") == "success" and _control(_said(last), kind)
    controls = [i for i in screen.actionable if i not in screen.editable and _control(screen.labels.get(i, ""), kind)]
    marked_rows.walk(candidates, screen, since, left, listed, controls, pressed, acted, scroll=acted)
    for c in candidates:
        if not listed and acted and c.action.get("kind") == "done" and c.action.get("answer") is None:
            c.score = min(c.score, 0.5)  # one item's page: the list is looked at again first
