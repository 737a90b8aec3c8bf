"""A setting this phone does not have: search Settings for it, and say so when nothing matches.

"Turn on wireless power sharing" on a phone without it: Settings' own search ("Search settings",
Pixel and Samsung alike) finds no row with its words, or, with no search, the main list read to
its end names none of them. Then the honest end is `done` with success false and a reason that
names the setting. A row under another name of the setting (the vendor's "WLAN" for Wi-Fi, "Airplane
mode" for flight mode) names it too. Only in the Settings app (by the phone's app categories), only for a switch
the task asks to turn on or off. A row says the setting in the phone's language or the vendor's word for it as often
("Mode Avion", "Flugmodus" in "Verbindungen | WLAN • Bluetooth • Flugmodus", "Nicht stören", "Bedtime mode" for sleep
mode), and a compound the task spells in two words ("auto rotate": "Auto-rotate screen"): a row title or summary item
the sentence encoder puts as close to the setting's name as a translation or a synonym (``SAME``; a sibling setting,
"4G LTE" for 5G, "Face unlock" for fingerprint unlock, "Modes" for sleep mode, stays below it) names it too, and
that row is opened rather than the list scrolled or searched (the ranker's words miss it). So is a row each of whose
words the agent's lexicons find in it: a concept of the UI glossary ("airplane" in "وضع الطيران", "location" in "Konum")
or a word said as it sounds ("hotspot" in "हॉटस्पॉट"): the encoder knows 16 languages, phones ship many more. And a list
written in another script than the task's names no setting in the task's words: no word shared there says the setting
is missing, so the list is not scrolled to its end nor the setting given up for that (agents/ui_glossary.py). Plain
English task grammar and Android conventions only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from ..device.types import AppInfo
from . import transliterated, ui_glossary
from .app_choice import CATEGORIES, as_app, categories_of, package_words
from .fields import SEARCH
from .goal import SYNONYMS
from .perceptor import Screen
from .semantic import similarities
from .text import words

_SETTINGS = CATEGORIES[0]
_WHERE = r"(?=\s+(?:in|on|from|under|via|using)\s+(?:the\s+|my\s+|this\s+)?(?:settings?|phone|device)\b|\s*[.!?]?\s*$)"
_FEATURE = (
    re.compile(rf"^\s*(?:please\s+)?(?:turn|switch|toggle)\s+(?:on|off)\s+(?:the\s+)?(?P<f>.+?){_WHERE}", re.I),
    re.compile(rf"^\s*(?:please\s+)?(?:turn|switch)\s+(?:the\s+)?(?P<f>.+?)\s+(?:on|off){_WHERE}", re.I),
    re.compile(rf"^\s*(?:please\s+)?(?:enable|disable|activate|deactivate)\s+(?:the\s+)?(?P<f>.+?){_WHERE}", re.I),
)
_GENERIC = frozenset(words("setting settings option feature mode my the phone", stopwords=frozenset()))
SAME = 0.68  # encoder cosine of a translation or a synonym of the setting's name; sibling settings reach about 0.65
_ITEMS = re.compile(r"\s*(?:[,，、،;؛•·]|\s\|\s)\s*")  # a row's title and the items its summary lists
_LEAD = 0.5  # the row named otherwise over what led
_NAME_WORDS = 4  # a title or an item this short names a setting; longer is a sentence describing the row


def _joined(name: str) -> set[str]:
    """Two words of the name said as one, the way a label writes the compound ("auto rotate": "autorotate")."""
    said = re.findall(r"\w+", name.casefold())
    return {a + b for a, b in zip(said, said[1:])}


def _named_otherwise(name: str, joined: set[str], screen: Screen) -> list[int]:
    """The rows (and their switches) whose title or summary item names the setting in other words: the compound
    written as one word, or a translation or synonym (see the module docstring)."""
    parts = {i: [p for p in _ITEMS.split(screen.labels.get(i, "")) if p and len(p.split()) <= _NAME_WORDS]
             for i in screen.actionable if i not in screen.editable}
    texts = sorted({p for ps in parts.values() for p in ps})
    near = {t for t, s in zip(texts, similarities(name, texts) if texts else []) if s >= SAME}
    near |= {t for t in texts if _said_otherwise(name, t)}
    return [i for i, ps in parts.items() if any(p in near or words(p) & joined for p in ps)]


def _said_otherwise(name: str, part: str) -> bool:
    """Is each word of the setting's ``name`` in a row's ``part`` by the agent's lexicons: a concept of the UI glossary
    both hold, or the word said as it sounds in the part's script ("Standort" is location, "हॉटस्पॉट" hotspot)?"""
    wanted = words(name) - _GENERIC
    if not wanted:
        return False
    shown = set(ui_glossary.concepts(ui_glossary.control_words(part))) - ui_glossary.ACTS
    found = set().union(*(words(" ".join(said)) for concept, by_language in ui_glossary.concepts(name).items()
                          if concept in shown for said in by_language.values()))
    return all(w in found or transliterated.sounded(w, part) for w in wanted)


def _other_language(name: str, screen: Screen) -> bool:
    """Are the screen's rows written in another script than the setting's ``name`` (Latin letters against Arabic,
    Hebrew, Devanagari, Thai, kana...), or in Latin letters the UI glossary reads as another language only ("Uçak modu",
    "Konum": Turkish; English on few of them, a toolbar's "Navigate up"): then no word of the name can show on them?"""
    def latin(text: str) -> tuple[int, int]:
        letters = [c for c in text if c.isalpha()]
        inside = sum(1 for c in letters if c.isascii() or "LATIN" in unicodedata.name(c, ""))
        return inside, len(letters) - inside
    said, _ = latin(name)
    titles = [screen.labels.get(i, "").split(" | ")[0] for i in screen.actionable if i not in screen.editable]
    rows = [latin(t) for t in titles]
    if said == 0 or sum(other for _, other in rows) > 2 * sum(inside for inside, _ in rows):
        return said > 0
    languages = [set().union(*map(set, ui_glossary.concepts(t).values())) - {"any"} for t in titles]
    foreign = sum(1 for found in languages if found and _ENGLISH not in found)
    return foreign >= _FOREIGN_ROWS and foreign > 2 * sum(1 for found in languages if _ENGLISH in found)


_ENGLISH = "en"
_FOREIGN_ROWS = 2  # rows the glossary reads in another language only (twice as many as in English) that say the list's language


def feature(task: str) -> str | None:
    """The setting a task switches ("Turn on wireless power sharing in Settings" -> "wireless power sharing")."""
    for pattern in _FEATURE:
        m = pattern.search(task)
        if m and m["f"].strip() and not re.search(r"[\"“]", m["f"]):
            return m["f"].strip()
    return None


def in_settings(package: str, apps: Sequence[AppInfo | str]) -> bool:
    """Is the app on screen the phone's Settings (its label or package in any common language)?"""
    if package_words(package) & _SETTINGS.apps:
        return True
    return any(_SETTINGS in categories_of(as_app(a)) for a in apps if as_app(a).package == package)


def open_settings(make: Any, task: str, package: str, apps: Sequence[AppInfo | str]) -> list[Any]:
    """Open the Settings app for a switch the task names with no app ("Enable wireless power sharing");
    ``make(action, text, score)`` builds a candidate."""
    if feature(task) is None or in_settings(package, apps):
        return []
    return [make({"kind": "open_app", "app": a.label}, f"open the {a.label} app", 3.0)
            for a in (as_app(a) for a in apps) if _SETTINGS in categories_of(a)][:1]


def adjust(candidates: list[Any], make: Any, task: str, screen: Screen, since: list[dict[str, Any]],
           apps: Sequence[AppInfo | str]) -> None:
    """Search for the setting when no row names it; give up once the search or the whole list shows none.
    ``make(action, text, score)`` builds a candidate."""
    name = feature(task)
    if name is None or not in_settings(screen.package, apps):
        return
    wanted = words(name) - _GENERIC
    if not wanted:
        return
    wanted |= set().union(*(SYNONYMS.get(w, frozenset()) for w in wanted))  # "WLAN" names Wi-Fi, "Hotspot" tethering
    shown = [i for i in screen.actionable if words(f"{screen.labels.get(i, '')}") & wanted]
    if any(i not in screen.editable for i in shown):
        return  # a row names it: the ranker opens it
    named = _named_otherwise(name, _joined(name), screen)
    rows = [c for c in candidates if c.action.get("kind") == "tap" and c.action.get("element") in named]
    if rows:  # named in the phone's language or as one word: the ranker's words miss it, the row is opened
        lift = max(c.score for c in candidates) + _LEAD - max(c.score for c in rows)
        for c in rows:
            c.score += lift
        return
    if _other_language(name, screen):
        return  # the rows cannot show the task's words: their absence says nothing (meaning is left to the other rules)
    searched = any(h.get("kind") == "type" and h.get("outcome") == "success" for h in since)
    fields = [i for i in screen.editable if words(screen.labels.get(i, ""), stopwords=frozenset()) & SEARCH
              or words(screen.context.get(i, ""), stopwords=frozenset()) & SEARCH]
    if fields and not searched:
        candidates.append(make({"kind": "type", "element": fields[0], "text": name},
                               f'type "{name}" into [{fields[0]}] search', 4.0))
        return
    buttons = [i for i in screen.actionable if i not in screen.editable
               and words(screen.labels.get(i, ""), stopwords=frozenset()) & SEARCH]
    tapped = any(h.get("kind") == "tap" for h in since)
    if buttons and not searched and not tapped:
        for c in candidates:
            if c.action.get("kind") == "tap" and c.action.get("element") == buttons[0]:
                c.score += 3.0  # Settings' own search finds a setting wherever it lives
        return
    at_end = any(h.get("kind") == "swipe" and h.get("outcome") == "no_change" for h in since)
    browsed = at_end and all(h.get("kind") in ("swipe", "observe") for h in since)  # the main list, read to its end
    if searched or browsed:
        candidates.append(make({"kind": "done", "success": False,
                                "answer": f"This cannot be done: this phone's Settings have no {name} option."},
                               f"give up: no {name} in Settings", 4.0))
        return
    for c in candidates:
        if c.action.get("kind") == "swipe" and "element" not in c.action and not tapped:
            c.score += 3.0  # read the main list to its end first (a repeat of it is pushed down later)
