""""How many" asked in other languages: "Wie viele ungelesene E-Mails habe ich?", "¿Cuántos contactos
favoritos tengo?", "未読メールは何件?", "Сколько пропущенных звонков?".

The interrogative of a count in the languages phones ship (plural forms only, so "cuánto cuesta" or
"wie viel kostet" stay amounts); a price or a time asked with the same word ("сколько стоит", "多少钱",
"kaç para") is no count. The words of the question around it are what is counted (agents/counting.py).
"""

from __future__ import annotations

import re

_SPACED = (r"wie\s*viele|combien(?:\s+(?:de|d['’]))?|cu[áa]nt[oa]s|quant[oa]s|quant[ie]|hoeveel|^ile|сколько|скільки|"
           r"ka[çc](?:\s+tane)?|berapa(?:\s+banyak)?|bao\s+nhiêu|hur\s+många|hvor\s+mange|kuinka\s+monta|montako|kolik|"
           r"hány|c[âa]te|c[âa]ți|πόσ(?:α|ες|οι)|كم|कितने|कितनी")  # Hebrew "כמה", Persian "چند" also say "some"
_UNSPACED = r"多少|几[个封条张位篇首]|幾[個封條張位篇首]|何[件通個人枚本曲]|いくつ|몇\s*(?:개|통|명|건|장|곡)?"
_LEAD = re.compile(rf"(?<![\w])(?:{_SPACED})(?![\w])|{_UNSPACED}", re.I | re.M)
# The same word asking a price, money or a time
_NOT_COUNT = re.compile(r"сто(?:и|я)т|стоимост|коштує|钱|錢|元|块|円|원|रुपय|lira\b|para\b|tiền|harga|سعر|ريال|درهم|"
                        r"\b(?:euros?|dollars?|kosten?|kostet|coûte|cuesta|custa|costa|kost)\b|几点|幾點|何時|몇\s*시", re.I)


def lead(task: str) -> re.Match[str] | None:
    """The word of another language that asks a count ("wie viele", "combien de", "何件"); None when none does."""
    m = _LEAD.search(task)
    return m if m and not _NOT_COUNT.search(task) else None
