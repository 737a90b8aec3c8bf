"""Web browsers' own collections: tabs, bookmarks and history, as Chrome, Samsung Internet,
Firefox and Edge show them.

A task about one of them ("close the tab showing X", "delete my bookmark X", "which page did I
visit last", "how many bookmarks do I have") acts on the collection, never on a link of the
open page that happens to carry the same title. The browser's screen is known by its address
bar (an editable "Search or type web address" / "url bar" field, or one holding a web address)
or its tab switcher. There the collection's entry is raised: the tab switcher button ("Switch
or close tabs, 2 open tabs", "Tabs", "Tab manager") for tabs, a "Bookmarks" / "History" button
or menu item, else the overflow ("More options") that holds them in Chrome. Links of the page
(bare ``View`` nodes of the WebView), most of all those that name the object, are pushed down, and so is back
(back navigates the page; it closes no tab on purpose). In the history list, "which page did I
visit last" is its first row's title. Plain English task grammar and browser conventions only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .menus import is_overflow
from .perceptor import Screen
from .ranked import Ranked
from .text import normalize, words

_TAB = re.compile(r"\btabs?\b", re.I)
_NEW_TAB = re.compile(r"\b(?:new|another|other|second|separate|fresh|extra)\s+(?:\w+\s+)?tab\b", re.I)
_BOOKMARK = re.compile(r"\bbookmarks?\b|\bbookmarked\b", re.I)
_BOOKMARKING = re.compile(r"^\s*(?:please\s+)?bookmark\b|\b(?:add|save|put)\b(?:[^.?!]|\.(?=\w))*?\bto\s+(?:my\s+|the\s+)?"
                          r"(?:\w+\s+)?bookmarks\b|\bas\s+an?\s+bookmark\b|\bbookmark\s+(?:it|this|that|the)\b", re.I)
# "I saved X as a bookmark (earlier)": said in the past, it tells where X is kept, not what to do
_KEPT = re.compile(r"\b(?:I|we)\s+(?:have\s+|had\s+|'ve\s+)?(?:saved|added|put|kept|stored)\b[^.;!?()]*?"
                   r"\b(?:as\s+an?\s+bookmark|to\s+(?:my\s+|the\s+)?bookmarks)\b", re.I)
_HISTORY = re.compile(r"\bhistory\b|\bvisited\b|\bbrowsed\b|\b(?:page|site|website|url|link)s?\b[^.?!]{0,20}\b(?:I|we) (?:was|were|have been|had been) (?:visiting|browsing|on|viewing|looking at)\b"
                      r"|\b(?:was|were) (?:I|we) (?:visiting|browsing)\b|\b(?:site|website|url|link|web\s*page)s?\b[^.?!]{0,12}\b(?:was|were) (?:I|we) (?:last |most recently )?(?:on|viewing|looking at)\b"
                      r"|\bpages?\b[^.?!]{0,12}\b(?:was|were) (?:I|we) on\s+(?:most recently|last)\b(?![^.?!]*\b(?:book|kindle|reader|chapter|audiobook|novel)\b)|\bdid i\s+(?:last\s+)?(?:visit|open|browse|look at|see)\b"
                      r"|\b(?:last|latest|most recent)\s+(?:web\s*)?(?:site|page|website)\b"
                      r"|\b(?:page|site|website|url|link)s?\s+(?:that\s+)?(?:I|we)\s+(?:have\s+|had\s+)?(?P<a>(?:last|most recently|latest)\s+)?"
                      r"(?:looked at|viewed|visited|browsed|went to|was on|were on|opened|read|saw|checked)\b(?(a)|\s+(?:last|most recently|latest)\b)",
                      re.I)  # "the page I looked at most recently", "the page I most recently opened"
# Words an entry to a collection may carry besides its noun ("Switch or close tabs, 2 open tabs", "Show all").
_ENTRY_WORDS = frozenset(words("switch or close open show view all manager see your the tab tabs", stopwords=frozenset()))
_ADDRESS_BAR = frozenset(words("url omnibox", stopwords=frozenset()))
_BAR_PHRASES = ("web address", "address bar", "location bar", "search or type", "search or enter")
_WEB_ADDRESS = re.compile(r"^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?$", re.I)
_LINE = re.compile(r"^\[(\d+)\] (\S+) ")
_ADDRESS_IN = re.compile(r"(?<![@\w.])(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s,;()]*[^\s,;.:!?()])?", re.I)
ENTRY = 3.0  # the collection's own entry on screen
OVERFLOW = 1.5  # the menu that holds it (Chrome: Bookmarks, History behind "More options")
LINK = 3.0  # the page's own links lead to other pages, not to the collection
NAMED = 2.0  # ... least of all the link named like the object (no tab, bookmark or history entry)
ANSWER = 6.0  # the history list's first row answers "which page did I visit last"
OPENED = 4.0  # the page the task opens shows: done
_OPENING = re.compile(r"^\s*(?:please\s+)?(?:open|go to|visit|show|view|pull up|bring up|load|find)\b|"
                      r"\b(?:open|go to|visit|pull up|load)\b(?:[^.?!]|\.(?=\w))*[.?!]*\s*$|\bnew\s+(?:\w+\s+)?tab\b", re.I)


def collection(task: str) -> str | None:
    """"tab", "bookmark" or "history" when the task is about that collection of the browser;
    None for a new tab to open or a page to bookmark (those are actions, see ``menus``)."""
    if _HISTORY.search(task):
        return "history"
    if _BOOKMARK.search(task) and (not _BOOKMARKING.search(task) or _KEPT.search(task)):
        return "bookmark"
    if _TAB.search(task) and not _NEW_TAB.search(task):
        return "tab"
    return None


def is_browser(screen: Screen) -> bool:
    """An address bar (its label, hint or web address) or a tab switcher is on screen."""
    for element_id in screen.actionable:
        label = screen.labels.get(element_id, "")
        if element_id in screen.editable:
            value = screen.editable.get(element_id, "").strip()
            if words(label) & _ADDRESS_BAR or any(p in normalize(label) for p in _BAR_PHRASES) or _WEB_ADDRESS.match(value):
                return True
        elif _is_entry(label, "tab") and re.search(r"\d", label):
            return True
    return False


def _is_entry(label: str, noun: str) -> bool:
    """The label opens the collection: its noun and nothing but entry words or a count."""
    key = normalize(label)
    if not key or "new" in key.split():
        return False
    own = {w for w in words(key, stopwords=frozenset()) if not w.isdigit()}
    return noun in own and own <= _ENTRY_WORDS | {noun}


def _line_of(screen: Screen, element_id: int) -> str:
    return next((line for line in screen.lines if line.startswith(f"[{element_id}] ")), "")


def _bare(address: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", address.strip().casefold()).rstrip("/")


def web_content(screen: Screen, element_id: int) -> bool:
    """A node of the page (a WebView's link or text is a bare ``View``)."""
    m = _LINE.match(_line_of(screen, element_id))
    return bool(m) and m.group(2) == "View"


def adjust(candidates: Sequence[Ranked], task: str, screen: Screen, objects: Sequence[str], question: bool,
           history: Sequence[dict[str, Any]] = ()) -> None:
    """On a browser's screen, route a task about its tabs, bookmarks or history to the collection;
    answer a question about the last page visited from the history list; finish once the page
    the task opens is open."""
    if not question and opened(task, screen, history):
        for c in candidates:
            if c.action.get("kind") == "done" and c.action.get("success") is not False:
                c.score = max(c.score, OPENED)
    if _NEW_TAB.search(task) and not _new_tab_opened(history):
        _to_new_tab(candidates, screen)
    noun = collection(task)
    if noun is None:
        return
    answer = _history_answer(screen) if noun == "history" and question else None
    browser = is_browser(screen)
    entries = [i for i in screen.actionable if _is_entry(screen.labels.get(i, ""), noun)]
    keys = [normalize(o) for o in objects if o.strip()]
    for c in candidates:
        kind = str(c.action.get("kind", ""))
        element = c.action.get("element")
        label = screen.labels.get(element, "") if element is not None else ""
        if kind == "done" and answer and c.action.get("success") is not False:
            c.action["answer"] = answer
            c.score = max(c.score, ANSWER)
        if kind == "tap" and element in entries:
            c.score += ENTRY  # "History", "Bookmarks", "Switch tabs": in a menu as well
        elif not browser:
            continue
        elif kind == "tap" and not entries and is_overflow(label):
            c.score += OVERFLOW
        elif kind in ("tap", "long_press") and web_content(screen, element):
            c.score -= LINK + (NAMED if any(k in normalize(label) for k in keys) else 0.0)
        elif kind == "back" and noun == "tab":
            c.score -= 2.5


def opened(task: str, screen: Screen, history: Sequence[dict[str, Any]]) -> bool:
    """An "open X" task whose last action tapped a link the task names, and the browser now shows
    that page (its heading is the link's text)."""
    if not _OPENING.search(task) or not is_browser(screen):
        return False
    address = _ADDRESS_IN.search(task)
    if address is not None and re.search(r"\b(?:on|from|at|via)\s+(?:the\s+)?(?:site\s+|page\s+)?$",
                                         task[:address.start()], re.I):
        address = None  # "the recipe on example.com": a page of that site, not the site itself
    if address is not None:  # "open example.com (in a new tab)": the bar shows it, in a new tab if asked
        new_tab = not _NEW_TAB.search(task) or _new_tab_opened(history)
        return new_tab and any(_bare(screen.editable.get(i, "")) == _bare(address.group(0)) for i in screen.editable
                               if "focused" not in _line_of(screen, i))
    last = next((h for h in reversed(history) if h.get("kind") not in ("observe", "invalid_output")), None)
    line = last.get("line", "") if last else ""
    if not last or last.get("kind") != "tap" or last.get("outcome") != "success" or line.count('"') < 2:
        return False
    label = normalize(line.split('"')[1].split("|")[-1])  # an address suggestion: "url | Title" (cut at 40)
    headings = [normalize(h) for h in screen.lines if h.startswith("    ")]
    return len(label) > 2 and any(h.startswith(label) and words(h) <= words(task) for h in headings)


def _new_tab_opened(history: Sequence[dict[str, Any]]) -> bool:
    """A "New tab" was pressed, or a link opened from outside (Chrome gives it a new tab)."""
    return any(h.get("outcome") == "success" and (h.get("kind") == "open_uri" or "new tab" in normalize(h.get("line", "")))
               for h in history)


def _to_new_tab(candidates: Sequence[Ranked], screen: Screen) -> None:
    """"Open X in a new tab": "New tab" first (in the overflow or the tab switcher), not the current tab's bar."""
    browser = is_browser(screen)
    labels = {i: normalize(screen.labels.get(i, "")) for i in screen.actionable}
    entries = [i for i, label in labels.items() if "new tab" in label and "incognito" not in label]
    for c in candidates:
        kind, element = str(c.action.get("kind", "")), c.action.get("element")
        if kind == "tap" and element in entries:
            c.score += ENTRY
        elif browser and kind == "tap" and not entries and is_overflow(labels.get(element, "")):
            c.score += OVERFLOW
        elif browser and kind == "type":
            c.score -= LINK  # typed into the tab already open, the address would replace its page


def _history_answer(screen: Screen) -> str | None:
    """The first row's title on a history list (its title line says "History")."""
    titled = any(normalize(line.strip()) == "history" for line in screen.lines if line.startswith("    "))
    if not titled:
        return None
    for element_id in screen.actionable:
        label = screen.labels.get(element_id, "")
        if element_id in screen.editable or "|" not in label:
            continue
        title = label.split("|", 1)[0].strip()
        if title and not is_overflow(title):
            return title
    return None
