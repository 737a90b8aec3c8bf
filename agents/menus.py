"""Actions reached through menus: pin, rename, move to, archive, mute, mark as read, share...

Apps keep most verbs out of sight: behind an overflow button ("More options", "⋮", localised),
in a row's trailing menu, a long-press context menu or a bottom sheet. When the task's verb is
not on screen, the most likely menu is offered: the overflow on the row that names the object
first, then the toolbar's; when the object's own page has no such action and no menu, its row
is long-pressed instead. Once a menu is open its items are ranked by the verb; once the verb is
pressed, the opposite action showing ("Unpin", "Remove from favourites") or the row's new state
("pinned") says the task is done. A move or copy prefers the place after "to" over the one after
"from". Material / Android conventions and plain English task grammar only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..unitext import NO_SPACES
from . import answers, end_rows, row_menus, ui_glossary, word_forms
from .endings import imperatives, verb_meets
from .function_words import FUNCTION_WORDS
from .goal import SYNONYMS
from .money_amounts import said_amount
from .perceptor import Screen
from .ranked import Ranked
from .text import lead_keys, normalize, words

# Overflow buttons' content descriptions in the languages phones ship (AOSP "More options").
OVERFLOW_LABELS = tuple(normalize(s) for s in (
    "more options", "more actions", "more", "options", "menu", "overflow", "open menu", "show more", "⋮", "⋯", "…",
    "weitere optionen", "mehr optionen", "plus d'options", "autres options", "más opciones", "mais opções",
    "mais opcoes", "altre opzioni", "meer opties", "więcej opcji", "další možnosti", "fler alternativ",
    "flere muligheder", "flere alternativer", "lisää vaihtoehtoja", "diğer seçenekler", "daha fazla seçenek",
    "другие параметры", "ещё", "більше параметрів", "περισσότερες επιλογές", "その他のオプション", "その他",
    "更多选项", "更多", "更多選項", "옵션 더보기", "더보기", "추가 옵션", "خيارات إضافية", "المزيد من الخيارات",
    "अधिक विकल्प", "lebih banyak opsi", "tùy chọn khác", "ตัวเลือกเพิ่มเติม",
))
# Verbs whose object is the words typed: with their field on screen, nothing of theirs is behind a menu.
_SAYING = frozenset(words("tell say text message reply answer respond write type", stopwords=frozenset()))
# "Remove the star from X" is "Unstar X"; "mark X as favourite" presses "Favourite".
_REMOVE_THE = re.compile(r"\b(?:remove|take off|clear)\s+(?:the\s+)?([a-z]+)\s+from\b", re.I)
_REMOVE_FROM = re.compile(r"\b(?:remove|take)\b(?:[^.?!]|[.?!](?=\w))*?\bfrom\s+(?:my\s+|the\s+|your\s+)?([a-z]+)\b",
                          re.I)
_RENAMING = re.compile(r"\b(?:change|edit|update|set)\s+(?:the|its|their)\s+(?:name|title)\b|\bgive\b.*\bthe\s+"
                       r"(?:name|title)\b", re.I)
_PUTTING = frozenset(words("put place file transfer shift", stopwords=frozenset()))
_WEB = re.compile(r"(?<![@\w.])(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?", re.I)
_AS = re.compile(r"\b(?:mark|set|flag|save|add)\b(?:[^.?!]|[.?!](?=\w))*?\bas\s+(?:an?\s+|the\s+|my\s+)?([a-z]+)", re.I)
_ADD_TO = re.compile(r"\b(?:add|put|save)\b(?:[^.?!]|[.?!](?=\w))*?\b(?:in)?to\s+(?:my\s+|the\s+|your\s+)?(?:(?-i:[A-Z])[\w\-]*\s+)?"
                     r"([a-z]+)\b", re.I)  # "add X to my Chrome bookmarks": bookmarks
_TO = re.compile(r"\b(?:to|into|in(?=\s+(?:the\s+|my\s+)?[\"“]?[A-Z][^.?!]{0,40}?[\"”]?\s+(?:album|folder|playlist|collection)s?\b))"
                 r"\s+(?:the\s+|my\s+)?(?:(?:album|folder|playlist|collection)\s+(?=[\"“]))?"
                 r"(?:[\"“](?P<q>[^\"”]{1,60})[\"”]|(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*))", re.M)  # "in the "Trip" album"
# Where the item is now: "from Documents", and "(it ended up / is / sits) in Documents" (a place "in" that
# is also the destination, "in the Trip album", stays the destination).
_FROM = re.compile(r"\b(?:from|out of|(?<!to )in)\s+(?:the\s+|my\s+)?[\"“]?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)")
_DESTRUCTIVE = frozenset(words("delete trash erase discard", stopwords=frozenset()))
# A question's or a clause's first word that is no verb ("how many ...", ", in a note titled ...").
_NO_ACTIONS = frozenset(words("how what which who whom whose when where why in on at for with by of", stopwords=frozenset()))
_GENERIC = frozenset(words("mark set add remove make", stopwords=frozenset()))
_PLACING = frozenset(words("move copy send add save put file", stopwords=frozenset()))
# A row's new state after its verb (the past participle a list writes: "pinned", "muted").
_UNDO_PREFIXES = ("un", "remove from ", "remove ", "undo ")


_LOOKING = frozenset("open show view see find check look read go".split())
_REACHING = _LOOKING | {"tap", "click"}  # verbs that only get to a thing: a tap does it ("press" may mean hold)


def only_reaching(verbs: set[str]) -> bool:
    """The task's verbs only open, look at or tap a thing: none of them is an act a long-press menu holds."""
    return bool(verbs) and verbs <= _REACHING


def action_words(task: str, verbs: set[str]) -> set[str]:
    """The words a menu item for the task starts with: its verbs, "unX" for "remove the X
    from", X for "mark ... as X" / "add ... to X" ("favourite", "read", "spam"), X's other
    names ("Star" for a favourite), "rename" for "change the name of", "move" for "put into"."""
    found = set(verbs) - _NO_ACTIONS - (set() if words(task) & _DESTRUCTIVE else _DESTRUCTIVE)  # no delete unless asked
    for m in _REMOVE_THE.finditer(task):
        found |= {f"un{w}" for w in words(m.group(1))} | {"remove"}
    added = set().union(*(words(m.group(1)) for p in (_AS, _ADD_TO) for m in p.finditer(task)))
    found |= {f"as {w}" for m in _AS.finditer(task) for w in words(m.group(1))}  # "mark it as read": the state said
    added |= {w[:-1] for w in added if w.endswith("s") and len(w) > 4}  # "to my bookmarks": "Bookmark this page"
    removed = set().union(*(words(m.group(1)) for m in _REMOVE_FROM.finditer(task)))
    found |= added | _others(added) | {f"-{w}" for w in removed} | {f"un{w}" for w in removed | _others(removed)}
    if _RENAMING.search(task):
        found |= {"rename", "edit"}  # "change the name of X to Y", "give X the title Y"
    if found & _PUTTING and _TO.search(task):
        found |= {"move", "add"}  # "put X into the Recordings folder" (Move to), "in the Trip album" (Add to album)
    if found & (_PUTTING | {"add", "move", "copy", "save"}):  # "Add to album", "Add to playlist" say where
        found |= set().union(*(words(m) for m in re.findall(r"\b(album|playlist|collection)s?\b", task, re.I)))
    return found


# What an overflow menu holds: acts on an item (rename, pin, move, share, report it...). A screen's own state and
# content (the sound, a payment, a song to play, a page to show) have their controls on the screen itself, often
# under other words than the task's ("keinen Mucks mehr": the "Ton" tile): no verb seen is no sign of a menu then.
_MENU_ACTS = frozenset(words("rename pin unpin move copy archive unarchive mute unmute block unblock report star unstar mark "
                             "favourite favorite bookmark hide unhide print export forward remove delete trash share save "
                             "download edit add duplicate details info select sort clear "
                             "设为 設為 设成 加到 添加到 移到 移动到 重命名 置顶", stopwords=frozenset()))  # set as, add to, move to, rename, pin
_MENU_CONCEPTS = frozenset("delete share save download edit uninstall favorites".split())


def menu_act(actions: set[str], task: str) -> bool:
    """Does the task ask for an act menus hold (its action words, or the act said in another language)?"""
    return bool(actions & _MENU_ACTS) or any(a.startswith(("un", "-")) for a in actions) or bool(
        _AS.search(task) or _ADD_TO.search(task) or ui_glossary.acts(task) & _MENU_CONCEPTS)  # "set it as", "add to X"


def _others(names: set[str]) -> set[str]:
    return set().union(*(SYNONYMS.get(w, frozenset()) for w in names)) if names else set()


def is_overflow(label: str) -> bool:
    key = normalize(label).strip(" .")
    return bool(key) and (key in OVERFLOW_LABELS or any(key.startswith(f"{o} ") or key.endswith(f" {o}")
                                                        for o in OVERFLOW_LABELS if len(o) > 4))


def item_fits(label: str, actions: set[str], shown: Sequence[str] = ()) -> bool:
    """The label does what the task asks ("Pin", "Mark as unread", "Add to favourites"); a one-word plural of the
    act ("Bookmarks") is the list of them where another item of ``shown`` starts with the act ("Bookmark this
    page"), and else the place the task adds to ("Favorites" in a "Save to" sheet)."""
    own = [w for w in normalize(label).replace("|", " ").split() if w]
    if not own:
        return False
    singular = {a for a in actions if len(own) == 1 and own[0] in (f"{a}s", f"{a}es")}
    if singular and any(normalize(other).split()[:1] in ([a] for a in singular) for other in shown):
        return False  # "Bookmarks" beside "Bookmark this page" for "bookmark X": the list of them, not the act
    first = lead_keys(own[0])  # a set: which of its keys came first varied with the hash seed
    lead = words(" ".join(own[:4]), stopwords=frozenset())
    specific = {a for a in actions - _GENERIC if not a.startswith("-")}
    if "remove" in first and lead & {a[1:] for a in actions if a.startswith("-")}:
        return True  # "Remove from favourites" for "remove X from my favourites"
    if first & specific:
        return True  # "Pin", "Archive", "Unmute"
    if first & (_GENERIC | {"move"}):  # "Mark as unread", "Add to favourites": the specific word decides
        specific -= {a for a in specific & _LOOKING if f"as {a}" not in actions}  # "read the email" marks nothing read
        return bool(lead & specific) if specific - {"move"} else bool(first & actions)
    return False


def unspaced_shown(task: str, screen: Screen) -> bool:
    """A task written without spaces ("把這張照片加到我的最愛", "このケトルをカートに入れて") has no verb of its own
    to find on a button: a short button sharing a character pair with it ("加入最愛", "買い物かごに入れる") may be
    its act, so no menu is raised over it."""
    head = normalize(task).split()[:1]
    if not head or not NO_SPACES.search(head[0]):
        return False
    said = words(task)
    return any(not is_overflow(label) and "|" not in label and len(label) <= 12 and NO_SPACES.search(label)
               and words(label) & said for i in screen.actionable if i not in screen.editable
               for label in [screen.labels.get(i, "")])


def verb_shown(screen: Screen, actions: set[str]) -> bool:
    shown = [screen.labels.get(i, "") for i in screen.actionable]
    return any(item_fits(screen.labels.get(i, ""), actions, shown) for i in screen.actionable
               if i not in screen.editable)


def _notice(context: str) -> bool:
    """The row is a sentence the screen tells (a notice, a cookie bar): six words or more, ending as sentences do."""
    return any(len(p.split()) >= 6 and p.strip().endswith((".", "!", "。", "！")) for p in context.split("|"))


def _kind(action: dict[str, Any]) -> str:
    return str(action.get("kind", ""))


def _names(label: str, objects: Sequence[str]) -> bool:
    return any(normalize(o) in normalize(label) for o in objects if o.strip())


def menu_open(history: Sequence[dict[str, Any]]) -> bool:
    """The last action opened a menu: a tap on an overflow button or a long press that worked."""
    last = next((h for h in reversed(history) if h.get("kind") not in ("observe", "invalid_output")), None)
    if not last or last.get("outcome") != "success":
        return False
    return last.get("kind") == "long_press" or (last.get("kind") == "tap" and is_overflow(_quoted(last.get("line", ""))))


def _quoted(line: str) -> str:
    m = re.search(r'"([^"]*)"', line)
    return m.group(1) if m else line


def verb_pressed(history: Sequence[dict[str, Any]], actions: set[str]) -> str | None:
    """The label of the task's verb, if the last action pressed it."""
    last = next((h for h in reversed(history) if h.get("kind") not in ("observe", "invalid_output")), None)
    if last and last.get("kind") == "tap" and last.get("outcome") == "success":
        label = _quoted(last.get("line", ""))
        return label if item_fits(label, actions) else None
    return None


def reverses(label: str, pressed: str) -> bool:
    """``label`` undoes ``pressed``: "Pin" / "Unpin", "Add to favourites" / "Remove from favourites",
    "Favourite" / "Remove from favourites", "Mark as read" / "Mark as unread"."""
    said, done_ = normalize(label).split(), normalize(pressed).split()
    if not said or not done_:
        return False
    first, verb = said[0], done_[0]
    if first == f"un{verb}" or verb == f"un{first}":
        return True
    rest, own = words(pressed) - _GENERIC, words(label) - _GENERIC
    if {first, verb} == {"add", "remove"} or first == "remove" and verb not in ("add", "remove"):
        return bool(rest & own) or words(verb) <= own
    if verb == "remove" and first in rest:
        return True  # "Favourite" after "Remove from favourites"
    return first == verb and any(f"un{w}" in own for w in rest) or any(f"un{w}" in rest for w in own)


def _participle(verb: str) -> str:
    """The pattern of a verb's past participle as rows show a state ("pin" -> "pinned", "mute" -> "muted")."""
    return rf"{re.escape(verb)}{re.escape(verb[-1])}?e?d"


def undone_by(screen: Screen, pressed: str, objects: Sequence[str]) -> bool:
    """The screen now offers the opposite of ``pressed`` or the object's row shows the new state
    ("Road trip, pinned"); after an undoing verb ("Unpin", "Unmute") the object's row no longer says the state."""
    verb = normalize(pressed).split()[0] if pressed.strip() else ""
    stem = verb[2:] if verb.startswith("un") else verb
    state = rf"\b{_participle(stem)}\b" if stem else ""
    rows = [normalize(screen.labels.get(i, "")) for i in screen.actionable if _names(screen.labels.get(i, ""), objects)]
    if any(reverses(screen.labels.get(i, ""), pressed) for i in screen.actionable):
        return True
    if verb.startswith("un") and len(stem) > 2:  # "Road trip | ..." after "Unpin": no longer "pinned"
        return bool(rows) and not any(re.search(state, label) for label in rows)
    return bool(state) and any(re.search(state, label) for label in rows)


def adjust(candidates: Sequence[Ranked], task: str, verbs: set[str], screen: Screen, history: Sequence[dict[str, Any]],
           objects: Sequence[str], visible: bool = True) -> None:
    """Raise the menu that likely holds the task's verb (once what the task names is on screen),
    the verb inside an open menu, and done once the verb has taken effect."""
    actions = action_words(task, verbs)
    if not actions:
        return
    seen = normalize(" ".join(screen.lines))
    visible = visible and all(normalize(u) in seen for u in _WEB.findall(task))  # "Bookmark example.com"
    shown = verb_shown(screen, actions) or not visible or unspaced_shown(task, screen)  # find the object first
    controls = [screen.labels.get(i, "") for i in screen.actionable if i not in screen.editable and i not in screen.checked]
    shown = shown or ui_glossary.shown(task, controls)  # "Güncelle"
    shown = shown or any(verb_meets(v, normalize(label).split()[0]) for v in imperatives(task)
                         for label in controls if label.strip())  # "súbale" (a clitic on it): "Subir volumen"
    meant = ui_glossary.implied(ui_glossary.task_concepts(task), task, said_amount(task) is not None) if not shown else {}
    # (its colloquial forms too: "keinen Mucks mehr" is the sound tile's act, no verb hidden in a menu)
    toggles = [screen.labels.get(i, "") for i in screen.actionable if i in screen.checked]  # a toggle button shows its verb
    shown = shown or any(ui_glossary.fit(meant, label) for label in controls + toggles)  # "shuffle": "Ota sekoitus käyttöön"
    pressed = verb_pressed(history, actions)
    opened = menu_open(history)
    rows_opened = any(h.get("kind") == "tap" and h.get("outcome") == "success" and _names(_quoted(h.get("line", "")),
                                                                                        objects) for h in history)
    titled = any(line.startswith("    ") and _names(line, objects) for line in screen.lines)
    row_here = any(_names(screen.labels.get(i, ""), objects) for i in screen.actionable)
    overflow_here = any(is_overflow(screen.labels.get(i, "")) and _names(screen.context.get(i, ""), objects)
                        for i in screen.actionable)  # a row's own menu
    destination, source = _places(task, verbs)
    typing = any(_kind(c.action) == "type" and c.score > 0 for c in candidates)  # the value's field is here
    said = words(task) - actions
    named_here = not objects and any(words(label) & said for label in controls if label and not is_overflow(label))
    shown_labels = [screen.labels.get(i, "") for i in screen.actionable]
    owner = None if objects or shown or not actions - _LOOKING else _owning_overflow(  # "open the X post": the post
        screen, words(task.replace("-", " ")) - actions - FUNCTION_WORDS)
    menus_here = [is_overflow(label) for label in shown_labels]
    held_in_menu = menu_act(actions, task) or not any(  # or the menu is all there is to press
        label.strip() and not menu for label, menu in zip(shown_labels, menus_here))
    looked_up = row_here and actions <= _LOOKING  # "open Accounts" beside a "More" tab: Accounts is tapped, no menu's
    for c in candidates:
        kind = _kind(c.action)
        element = c.action.get("element")
        label = screen.labels.get(element, "") if element is not None else ""
        context = screen.context.get(element, "") if element is not None else ""
        if kind == "tap" and element is not None:
            if not shown and is_overflow(label) and not looked_up and \
                    (held_in_menu or _names(context, objects) or element == owner) \
                    and not (typing and actions & _SAYING):  # "tell Carlos ...": the message's field is here, no menu
                # the row's own menu first; the toolbar's on the object's page
                c.score += 2.5 if _names(context, objects) or element == owner else \
                    0.3 if _notice(context) or named_here else \
                    1.2 if titled or not row_here else 0.3  # a notice's own menu ("We use cookies ... | ⋮") holds no verb
                # and "buy load" on a screen with a "Load" tile: the thing the task names comes before a menu
            fits = item_fits(label, actions, shown_labels)
            lead = lead_keys(normalize(label).split()[0]) if label.strip() else set()
            if fits and not lead & verbs and pressed is None:
                c.score += 1.5  # the task's action under another word ("Unstar", "Add to favourites")
            if opened and fits:
                c.score += 2.0  # the verb in the open menu
            if pressed is not None and reverses(label, pressed):
                c.score -= 3.0  # never undo what was just done
            if destination and (pressed is None) == bool(objects) and not typing and _names(label, destination):
                c.score += 1.5  # "move to Recordings": the place after "to" (items not named: once they are picked)
            if source and destination and _names(label, source) and not _names(label, destination):
                c.score += 2.0 if not objects and pressed is None else -1.5  # "the PDFs in Downloads": there first
        elif kind == "long_press" and not shown and held_in_menu and rows_opened and not overflow_here and pressed is None:
            c.score += 2.5  # its page had no such action: the row's context menu
        elif kind == "back" and not shown and held_in_menu and titled and not opened and not any(menus_here):
            c.score += 1.5  # the object's page lacks the verb and a menu: back to its row
        elif kind == "done" and pressed is not None and undone_by(screen, pressed, objects):
            c.score = max(c.score, 5.5)  # the verb took effect
        elif kind == "done" and _in_state(screen, actions, objects):
            c.score = max(c.score, 4.5)  # "Library WiFi | Connected", "Road trip, pinned"
        elif kind == "done" and destination and _placed(history, actions, destination):
            c.score = max(c.score, 4.5)  # moved: the verb, then the place after "to"
    _item_first(candidates, screen, objects, destination if pressed is None else [])
    if not shown and isinstance(candidates, list) and actions - _LOOKING and answers.asked(task) is None and (
            answers.superlative(task) or end_rows.wanted_end(task)):
        # a row chosen by rank (the newest, the most X) for an act; a question reads, "open" is done by the tap
        row_menus.adjust(candidates, screen, history, lambda label: item_fits(label, actions) or _names(label, objects),
                         any(menus_here))
    if _marked(screen, task, objects):  # "Unread, Flat viewing": the row says the state the task asked for
        finish = [c for c in candidates if _kind(c.action) == "done" and c.action.get("success") is not False]
        top = max((c.score for c in candidates if c not in finish), default=0.0)
        for c in finish:
            c.score = max(c.score, top + 0.5)


def _owning_overflow(screen: Screen, said: set[str]) -> int | None:
    """The row menu of the one feed item or list row the task names by a word of it, where no object was parsed
    ("speicher mal den Bahn-Post": the post about the Bahn, each part of a hyphened compound a word; "guarda el
    post del tren"): each row's "⋮" repeats, its row's words tell them apart. None where no row, or more than one,
    names the task best."""
    fits = {i: len(said & (keys := words(screen.context.get(i, "")))) + word_forms.forms(said - keys, keys - said)
            for i in screen.actionable if is_overflow(screen.labels.get(i, "")) and screen.context.get(i)}
    best = max(fits.values(), default=0.0)
    tops = [i for i, fit in fits.items() if fit == best]
    return tops[0] if best > 0 and len(tops) == 1 and len(fits) > 1 else None


def _item_first(candidates: Sequence[Ranked], screen: Screen, objects: Sequence[str], destination: list[str]) -> None:
    """"Put IMG_4.jpg in the "Trip" album": while the item's own row is on screen, a row that names only
    the place ("Trip cake.jpg") is not it: the item first, then where it goes."""
    items = [o for o in objects if not _names(o, destination)]
    if not destination or not items or not any(_names(screen.labels.get(i, ""), items) for i in screen.actionable):
        return
    rows = [c for c in candidates if _kind(c.action) in ("tap", "long_press")]
    item_best = max((c.score for c in rows if _names(screen.labels.get(c.action.get("element", -1), ""), items)),
                    default=0.0)
    for c in rows:
        label = screen.labels.get(c.action.get("element", -1), "")
        if _names(label, destination) and not _names(label, items):
            c.score = min(c.score - 3.0, item_best - 1.0)


def _marked(screen: Screen, task: str, objects: Sequence[str]) -> bool:
    """"Mark X as unread": a row naming X now says "Unread" (the state is the word itself)."""
    states = set().union(*(words(m.group(1)) for m in _AS.finditer(task)))
    return bool(objects and states) and any(
        _names(label, objects) and states <= words(label) and not _negated(label, {re.escape(s) for s in states})
        for label in (screen.labels.get(i, "") for i in screen.actionable))


def _negated(label: str, states: set[str]) -> bool:
    """The row says a state (a pattern) is absent ("Sourdough bread, Not completed", "not yet read")."""
    return any(re.search(rf"\b(?:not|no|non|never)\s+(?:yet\s+)?{s}\b", normalize(label)) for s in states)


def _in_state(screen: Screen, actions: set[str], objects: Sequence[str]) -> bool:
    """A row naming the object shows the participle of the task's verb ("connected", "pinned")."""
    stems = [a for a in actions - _GENERIC if len(a) > 2 and not a.startswith("un")]
    return bool(objects) and any(
        _names(label, objects) and not _negated(label, {_participle(a) for a in stems})
        and any(re.search(rf"\b{_participle(a)}\b", normalize(label)) for a in stems)
        for label in (screen.labels.get(i, "") for i in screen.actionable))


def _placed(history: Sequence[dict[str, Any]], actions: set[str], destination: list[str]) -> bool:
    taps = [_quoted(h.get("line", "")) for h in history if h.get("kind") == "tap" and h.get("outcome") == "success"]
    return bool(taps) and _names(taps[-1], destination) and any(item_fits(t, actions) for t in taps[:-1])


def destinations(task: str, verbs: set[str]) -> list[str]:
    """The places a move or copy puts things ("to Documents"); none for another task."""
    return _places(task, verbs)[0]


def _places(task: str, verbs: set[str]) -> tuple[list[str], list[str]]:
    """("Recordings",), ("Documents",) for "Move song.mp3 from Documents to Recordings"."""
    if not verbs & _PLACING:
        return [], []
    found = list(_TO.finditer(task))
    if any(not m.group(0).lower().startswith("in") for m in found):  # "the PDFs in my Downloads folder to Documents"
        found = [m for m in found if not m.group(0).lower().startswith("in")]  # "in": where they are, "to": where to
    return [m.group("q") or m.group("c") for m in found], [m.group(1) for m in _FROM.finditer(task)]
