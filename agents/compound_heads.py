"""A name that shares only its head with the task names another thing of that kind.

A setting, a product or a ride is named by a compound: a head and the words that modify it ("dark mode",
"mode sombre", "modo oscuro", "chế độ tối", "الوضع الليلي", "режим энергосбережения"). A label that shares only the
head, its own modifier unsaid ("Airplane mode", "Mode Avion", "Modo avión", "Chế độ máy bay", "وضع الطيران",
"Режим полета"), while the task puts another word where that modifier stands, is another thing of the kind: not the
one asked for, however plainly the head is shared. Where the head stands depends on the language: English, German,
Turkish, Hindi and Korean put it last (the modifier before it); the Romance languages, Arabic, Persian, Hebrew and
Vietnamese first (the modifier after it).
A task is read head-first when it is written in a right-to-left script or in Vietnamese, or else when a Romance
article or contraction stands in it ("le mode", "el modo", "la modalità", "du", "del"); head-last in an Indic script or Hangul, or with a word or letter only English, German, Dutch or Turkish write; a task
in another language is not read (nothing is lowered): Russian and Greek put an adjective before the head and a
genitive after it ("Режим полета", "Λειτουργία πτήσης"), and case endings hide which is which.

Only a name of two words is read so (of up to four syllables in Vietnamese, "Chế độ máy bay"), every word a content
word: a longer label is a phrase or an action ("Temporarily lock card", "Add to playlist", "NFC và thanh toán ..."),
not a compound. A capitalised name ("Иван Петров") is no compound either. And the two modifiers must differ in
meaning by the sentence encoder (agents/semantic.py): "uçak" / "uçuş" (airplane, flight) or "airplane" / "flight"
name one thing, as the vendor's word and the user's often do. A shared modifier is no evidence either way ("Dark theme" for "dark mode", "Tema oscuro" for "modo oscuro":
two heads for one thing), nor is a word the label's row holds ("flight mode" on the "Airplane mode" row that also
says "flight"), nor a number or a state before the head.

The other way round, a word every language writes alike (Wi-Fi, Bluetooth, GPS: the UI glossary's ``[any]`` words)
names a technology, and a vendor's English name that puts it before another word the task does not say names one of
its settings ("Wi-Fi calling", "Bluetooth tethering", "Wi-Fi hotspot"): ``setting_of``. "turn off wifi" neither turns
nor finishes by that switch, nor taps the row that holds it (on a Pixel, Wi-Fi is under "Internet").
"""

from __future__ import annotations

import re
from typing import Any

from ..unitext import NO_SPACES, RIGHT_TO_LEFT
from . import setting_below, ui_glossary, word_forms
from .function_words import FUNCTION_WORDS
from .goal import Goal, parse_goal
from .perceptor import Screen
from .semantic import similarities
from .switch_states import OFF_WORDS, ON_WORDS
from .text import STOPWORDS, normalize, words

_VIETNAMESE = re.compile(r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
_HEAD_LAST = re.compile(r"[\u0900-\u0dff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")  # Indic scripts, Hangul
# Articles and contractions of the Romance languages (before the head of what the task names).
_ROMANCE = re.compile(r"(?:^|\s)(?:le|la|les|el|los|las|il|lo|gli|un|une|uno|una|um|uma|o|os|ao|aos|du|des|del|della|"
                      r"dello|degli|delle|dei|al|au|aux|nel|nella|pelo|pela)(?=\s|$)|(?:^|\s)l'(?=\w)")
# English, German, Dutch and Turkish: a word only they write ("the", "den", "het"), or a letter only languages
# that put the head last write ("ß", "ı", "ğ", "ş"; "ö", "ü": German, Turkish, Hungarian, Finnish, Estonian).
_GERMANIC = re.compile(r"(?:^|\s)(?:the|my|your|to|of|on|off|for|with|from|it|this|that|please|turn|switch|put|set|"
                       r"der|die|das|den|dem|ein|einen|het|een|mijn)(?=\s|$)|[ßıǧğşöü]")
_QUIET = FUNCTION_WORDS | STOPWORDS | OFF_WORDS | ON_WORDS
_BELOW = -0.5  # under scrolling (0.2) by more than the sentence encoder's reach (agents/semantic.py REACH)
_SYLLABLES = 4  # a Vietnamese compound's syllables, each written apart
_SAME = 0.35  # encoder cosine from which two modifiers may name one thing ("uçak" / "uçuş" 0.77; "dark" / "airplane" 0.21)
_SKIPPED = 2  # function words between a head and its modifier ("modo de ahorro", "mode ne pas déranger")


def readings(task: str) -> tuple[bool, bool]:
    """(may the head stand last, may it stand first) in the task's language (see the module docstring)."""
    said = normalize(task)
    if RIGHT_TO_LEFT.search(said) or _VIETNAMESE.search(said):
        return False, True
    if _ROMANCE.search(said):
        return False, True
    return bool(_HEAD_LAST.search(said) or _GERMANIC.search(said)), False  # else (Cyrillic, Greek...) no reading


def _meets(keys: set[str], others: set[str]) -> bool:
    """One word in two forms, either way round ("modunu" / "modu", "למצב" / "מצב")."""
    return bool(keys & others) or any(word_forms.weight(a, b) or word_forms.weight(b, a) for a in keys for b in others)


def _held(keys: set[str], row: set[str]) -> bool:
    """Does the row hold the word in any form, a short one's ending aside too ("тему" on "Тёмная тема")?"""
    return _meets(keys, row) or any(len(a) >= 4 and a[:-1] == b[:-1] and len(a) == len(b) for a in keys for b in row)


def other_kind(name: str, goal: Goal, row_text: str) -> bool:
    """Does ``name`` (a label's title) share only its head with the task, whose word in its modifier's place the
    label's row (``row_text``: its label and its row's) does not hold: another thing of the kind?"""
    if _RUN.fullmatch(normalize(name)):
        return _run_kind(normalize(name), normalize(goal.text), normalize(row_text))
    row = words(row_text)
    raw = normalize(name).split()
    tokens = [words(token) for token in raw]
    if not 2 <= len(raw) <= (_SYLLABLES if _VIETNAMESE.search(name) else 2) or not all(tokens) or any(
            k <= _QUIET or NO_SPACES.search(w) or any(c.isdigit() for c in w) for k in tokens for w in k):
        return False
    shared = [n for n, keys in enumerate(tokens) if _meets(keys, goal.words)]
    if not shared or len(shared) == len(tokens) or shared != list(range(shared[0], shared[-1] + 1)):
        return False
    last, first = readings(goal.text)
    if shared[-1] == len(tokens) - 1 and last:
        step = -1  # "Airplane mode": its modifier before the head, the task's too
    elif shared[0] == 0 and first:
        step = 1  # "Mode Avion": after it
    else:
        return False
    said = [words(token) for token in normalize(goal.text).split()]
    head = set().union(*(tokens[n] for n in shared))
    found = [n for n, keys in enumerate(said) if keys and _meets(keys, head)]
    if not found:
        return False
    n = (found[0] if step < 0 else found[-1]) + step
    skipped = 0
    while 0 <= n < len(said) and step > 0 and skipped < _SKIPPED and (not said[n] or said[n] <= FUNCTION_WORDS):
        n, skipped = n + step, skipped + 1
    if not 0 <= n < len(said):
        return False
    modifier = said[n]
    if not modifier or modifier <= _QUIET or modifier & goal.names or head & goal.names or \
            any(c.isdigit() for k in modifier for c in k) or _held(modifier, row):
        return False
    own = " ".join(token for token, keys in zip(raw, tokens) if not _meets(keys, goal.words))
    return _differ(normalize(goal.text).split()[n], own)


def setting_of(name: str, goal: Goal) -> bool:
    """Is ``name`` an English name of a setting of a technology the task names by its everywhere-alike word, that word
    first and another the task does not say after it ("Wi-Fi calling" for "turn off wifi")?"""
    tokens = [keys for t in name.split() if (keys := words(t)) and not keys <= FUNCTION_WORDS]
    if len(tokens) != 2 or not name.isascii() or not tokens[0] & goal.toggle_words or tokens[1] & goal.words:
        return False
    return any("any" in languages for k in tokens[0] for languages in ui_glossary.concepts(k).values()) and not \
        word_forms.forms(goal.toggle_words, tokens[1])


def _differ(said: str, own: str) -> bool:
    """Do the task's modifier and the name's differ in meaning (not two words for one thing)?"""
    return similarities(said, [own])[0] < _SAME


def _run_kind(name: str, said: str, row: str) -> bool:
    """The same for a name written without spaces: Chinese and Japanese put the head last ("機内モード" for
    "マナーモードにして", "护眼模式" for "打开深色模式"), Thai, Lao, Khmer and Burmese first ("โหมดเครื่องบิน" for
    "เปิดโหมดมืด"). The longest head the task says is the shared part; the name's modifier is unsaid and the task's
    two letters in its place are not on the row."""
    first = bool(_HEAD_FIRST_RUN.match(name))
    for size in range(len(name) - _LETTERS, _LETTERS - 1, -1):
        head, modifier = (name[:size], name[size:]) if first else (name[-size:], name[:-size])
        at = said.find(head)
        if at < 0:
            continue
        other = said[at + size:at + size + _LETTERS] if first else said[max(at - _LETTERS, 0):at]
        return modifier not in said and len(other) == _LETTERS and bool(NO_SPACES.fullmatch(other)) and \
            not _PARTICLE.search(other) and other not in row and _differ(other, modifier)
    return False


_RUN = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{4,}")
_HEAD_FIRST_RUN = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")  # Thai, Lao, Burmese, Khmer
_PARTICLE = re.compile(r"[\u3040-\u309f的之]")  # a particle, an ending or a possessive, no modifier ("設定のモード", "我的最愛")
_LETTERS = 2  # the shortest head and modifier of a name written without spaces


# "A of B" said with a mark: the head, then the modifier (English, Romance, Vietnamese, Indonesian) or the modifier,
# then the head (Japanese の, Chinese 的, Korean 의, Hindi and Urdu का/की/के).
_OF = re.compile(r"(?P<h>[^\W\d_][\w'-]*)\s+(?:of|de|des|du|di|da|do|dos|das|del|della|dei|degli|delle|dello|của|dari)\s+"
                 r"(?:(?:the|my|la|las|los|le|les|el|il|lo|gli|o|os|a|as)\s+|l')?(?P<m>[^\W\d_][\w'-]*)")
_OF_LAST = re.compile(r"(?P<m>[^\s\u3041-\u3096。、]+)の(?P<h>[^\s\u3041-\u3096。、]+)|(?P<zm>[\u4e00-\u9fff]{2})的(?P<zh>[\u4e00-\u9fff]{2,})"
                      r"|(?P<km>[\uac00-\ud7afA-Za-z]+)의\s+(?P<kh>[\uac00-\ud7af]+)|(?P<im>\S+)\s+(?:का|की|के|کا|کی|کے)\s+(?P<ih>\S+)")
_UNDER = 0.25  # how far below the best row holding the head a row holding only the modifier is put (out of the
# sentence encoder's reach, agents/semantic.py REACH)


def of_phrase(task: str) -> tuple[set[str], set[str]] | None:
    """(head, modifier) keys of the first "A of B" the task says with a mark ("the notifications des applications":
    notifications, applications; "アプリの通知": 通知, アプリ), or None."""
    said = normalize(task)
    last = _OF_LAST.search(said)
    if last:
        head, modifier = next((last[h], last[m]) for h, m in (("h", "m"), ("zh", "zm"), ("kh", "km"), ("ih", "im")) if last[h])
    elif first := _OF.search(said):
        head, modifier = first["h"], first["m"]
    else:
        return None
    head_keys, modifier_keys = words(head) - _QUIET, words(modifier) - _QUIET
    return (head_keys, modifier_keys) if head_keys and modifier_keys and not head_keys & modifier_keys else None


def modifier_rows(out: list[Any], task: str, screen: Screen) -> None:
    """On a settings page, put (in place) a row that holds only the modifier of the task's "A of B" below the best row
    holding its head: the setting is the head ("アプリの通知をオフにしたい": the 通知 row, not アプリ; LINE's "トークの通知":
    通知, not トーク; "les notifications des applications": Notifications). Where no row holds the head, the modifier's
    row leads still ("アプリの言語": the language of apps is under アプリ)."""
    phrase = of_phrase(task)
    if phrase is None or not setting_below.settings_page(screen):
        return
    head, modifier = phrase
    taps = [c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)]
    keys = {id(c): words(screen.labels.get(c.action["element"], "")) for c in taps}
    best = max((c.score for c in taps if _meets(keys[id(c)], head)), default=None)
    if best is None:
        return
    for c in taps:
        if _meets(keys[id(c)], modifier) and not _meets(keys[id(c)], head) and c.score > best - _UNDER:
            c.score = best - _UNDER


def _toggles(screen: Screen, element: int) -> bool:
    """Is the element a switch, or a row holding one (a tap on it switches the setting: Samsung's rows, quick tiles)?"""
    box = screen.bounds.get(element)
    return element in screen.checked or bool(box) and any(
        (b := screen.bounds.get(i)) and box[1] <= (b[1] + b[3]) / 2 <= box[3] for i in screen.checked)  # on its line


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Lower (in place) below scrolling each tap on a switch, or on a row holding one (the tap switches it), whose label
    shares with the task only heads of names of another kind, or a technology's name on one of its settings
    (``setting_of``): its title, or the summary items that share a word.
    A plain row that opens a page is left to the other rules (its page may hold the setting under another name)."""
    goal = parse_goal(task)
    if not goal.words:
        return
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") not in ("tap", "long_press") or not isinstance(element, int):
            continue
        label = screen.labels.get(element, "")
        parts = [p for p in re.split(r"\s*(?:\s\|\s|[,，、،;؛•·])\s*", label) if p]
        sharing = [p for p in parts if _meets(words(p), goal.words)]
        row = f"{label} {screen.context.get(element, '')}"
        if sharing and _toggles(screen, element) and all(other_kind(p, goal, row) or setting_of(p, goal) for p in sharing):
            candidate.score = min(candidate.score - goal.match(words(label)), _BELOW)
    modifier_rows(out, task, screen)
