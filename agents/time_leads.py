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
# The question marks of the scripts; the Greek one (U+037E) is the semicolon once a text is normalised (NFC), so a ";"
# ends a question where the text before it is Greek. Thai writes no mark: a question ends with its interrogative
# ("กี่โมง", "เท่าไหร่", "ที่ไหน", "ไหม") or one followed by the polite and softening particles only.
_THAI_ASKING = (r"(?:กี่โมง|กี่ทุ่ม|กี่[ก-ฮ][\u0e30-\u0e4e]?[ก-ฮ]?[\u0e30-\u0e4e]?[ก-ฮ]?|เมื่อไหร่|เมื่อไร|เท่าไหร่|เท่าไร|ที่ไหน|ตรงไหน|อะไร|ใคร|"
                r"ยังไง|อย่างไร|ไหม|มั้ย|หรือเปล่า|รึเปล่า|หรือยัง|รึยัง)(?:\s*(?:ครับ|คับ|ค่ะ|คะ|นะ|จ๊ะ|จ้ะ|ล่ะ|เนี่ย|เหรอ|หรอ|อ่ะ|อะ))*\s*$")
ASKED = re.compile(f"[?？؟\u037e՞፧]\\s*$|^(?=[^;]*[\u0370-\u03ff\u1f00-\u1fff])[^;]*;\\s*$|(?<=[\u0e00-\u0e7f]){_THAI_ASKING}")
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
