"""What a dialog asks about: its own words (never the screen it covers), the question it asks, the item it names.

A dump of several windows lists the screen a dialog covers as plain lines just above the dialog's own texts
(agents/modal.py): the chat list's "Anna Schmidt" or the toolbar's "Search" are no words of "Clear this chat?". The
dialog's words are the texts just above its first button that the perceptor placed as its own.

A dialog asks one thing, in its question: the sentence ending in a question mark ("Block Anna Schmidt?", "¿Eliminar
el chat con Tom Becker?", "要删除吗？"), or its title where none does ("Remove account"); the rest of its message tells
what follows ("Blocked contacts will no longer be able to call you or send you messages"): a verb met there is no
act the dialog asks for. The item it asks about is named in its question by a capitalised name ("Tom Becker") or
anywhere in quotes ("“Ideas” will be moved to the trash"): a task naming another item ("delete the chat with Anna")
asks about something else, whatever verb and noun ("chat", "note") the two share.
"""

from __future__ import annotations

import re

from .perceptor import Screen

_SENTENCE = re.compile(r"[^.!?？؟。！]*[.!?？؟。！]?")
_ASKS = re.compile(r"[?？؟]\s*$")
_QUOTED = re.compile(r"“([^”]{2,60})”|\"([^\"]{2,60})\"|«([^»]{2,60})»|„([^“”]{2,60})[“”]|「([^」]{1,60})」|『([^』]{1,60})』")
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")


def own_lines(screen: Screen, buttons: list[int]) -> list[str]:
    """The texts just above the dialog's first button, as written; a line of the screen it covers (one the perceptor
    placed no bounds for, where it places any) ends them."""
    marks = tuple(f"[{b}]" for b in buttons)
    index = next((i for i, line in enumerate(screen.lines) if line.startswith(marks)), None)
    if index is None:
        return []
    texts: list[str] = []
    for k in range(index - 1, -1, -1):
        line = screen.lines[k]
        if not line.startswith("    ") or (screen.placed and k not in screen.placed):
            break
        texts.append(line.strip())
    return list(reversed(texts))


def question(lines: list[str]) -> str:
    """The sentences the dialog asks (ending in a question mark, in any script), else its first line (its title)."""
    asked = [s.strip() for line in lines for s in _SENTENCE.findall(line) if _ASKS.search(s.strip())]
    return " ".join(asked) if asked else (lines[0] if lines else "")


def names(lines: list[str]) -> list[str]:
    """The items the dialog names: quoted anywhere, or a capitalised word of a sentence it asks (ending in a question
    mark), not the one opening it."""
    found = [next(g for g in m.groups() if g) for line in lines for m in _QUOTED.finditer(line)]
    for sentence in _SENTENCE.findall(question(lines)):
        if not _ASKS.search(sentence.strip()):
            continue  # a heading asks nothing ("Beden Seçiniz", "Select Size"): its capitals name no item
        tokens = _TOKEN.findall(sentence.lstrip("¿¡ "))
        found += [t for t in tokens[1:] if len(t) >= 2 and t[0].isupper() and not t.isupper()]
    return found
