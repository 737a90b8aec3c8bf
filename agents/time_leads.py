""""When" asked in other languages: "¿cuándo llega mi pedido?", "wann kommt das Paket?", "امتى يوصل الأكل؟",
"外卖什么时候到？", "荷物はいつ届く？", "택배 언제 와?".

The interrogative of a time in the languages phones ship, with the question marks of their scripts ("?", the
full-width "？" of Chinese and Japanese, the Arabic "؟", the Greek one (U+037E), the Armenian "՞"). Several of these words are
also conjunctions ("quand j'arrive, ...", "cuando llegue, ...", "когда приеду, ..."): the word asks only in a task that
ends with a question mark. A quoted message is no question asked. Japanese
いつ is not いつも (always) nor いつか (some day).
"""

from __future__ import annotations

import re

_SPACED = (r"cu[áa]ndo|quand|wann|quando|wanneer|kiedy|когда|коли|ne\s+zaman|kapan|khi\s+nào|bao\s+giờ|mấy\s+giờ|"
           r"متى|امتى|إمتى|ايمتى|إيمتى|امتا|إمتا|מתי|कब|کب|lini|πότε|när|når|milloin|kdy|mikor|când|kada|kedy|"
           r"saat\s+kaçta|hangi\s+saatte")
_UNSPACED = r"什么时候|什麼時候|啥时候|啥時候|几点|幾點|いつ(?![もかのま])|何時|언제|몇\s*시|เมื่อไหร่|เมื่อไร|กี่โมง"
_LEAD = re.compile(rf"(?<![\w])(?:{_SPACED})(?![\w])|{_UNSPACED}", re.I)
ASKED = re.compile("[?？؟\u037e՞፧]\\s*$")
QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|「[^」]*」|『[^』]*』")


def lead(task: str) -> re.Match[str] | None:
    """The word of another language that asks when ("wann", "امتى", "いつ") in a task ending with a question mark; None
    otherwise."""
    return asked_by(_LEAD, task)


def asked_by(word: re.Pattern[str], task: str) -> re.Match[str] | None:
    """``word``'s first match outside quotes, in a task ending with its script's question mark; None otherwise."""
    asked = QUOTED.sub(lambda q: " " * len(q.group(0)), task)
    m = word.search(asked)
    return m if m is not None and ASKED.search(asked) else None
