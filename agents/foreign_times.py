"""Clock times and counts said in other languages, written in digits as the parsers read them ("halv sju" -> "6:30").

Many languages name the half hour by the hour it leads to: German "halb sieben", Dutch "half zeven", Swedish
and Norwegian "halv sju", Danish "halv syv", Hungarian "fél hét" and Russian "половина седьмого" are all 6:30.
Quarters go by the hour too ("viertel nach sieben" 7:15, "kwart voor acht" 7:45, "kvart i åtta" 7:45), and the
Romance languages add the half or the quarter to the hour said ("las seis y media", "le sei e mezza", "seis e
meia", "six heures et demie" 6:30; "las ocho menos cuarto" 7:45). Chinese, Japanese and Korean write the half
as a word after the hour ("六点半", "6時半", "6시 반" 6:30), and count minutes or things in their own numerals
("五分钟" as screens write it, "5 分钟"; "오 분" "5분"). Each language's own number words only (British
"half seven" is 7:30; the Dutch number word after "half" is what says 6:30), and a length of time ("dans une
heure et demie") is no clock time.
"""

from __future__ import annotations

import re

_WORDS = {  # one to twelve, the forms used to tell the time
    "de": "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "nl": "een twee drie vier vijf zes zeven acht negen tien elf twaalf",
    "sv": "ett två tre fyra fem sex sju åtta nio tio elva tolv",
    "no": "ett to tre fire fem seks sju åtte ni ti elleve tolv",
    "da": "et to tre fire fem seks syv otte ni ti elleve tolv",
    "hu": "egy kettő három négy öt hat hét nyolc kilenc tíz tizenegy tizenkettő",
    "es": "una dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "pt": "uma duas três quatro cinco seis sete oito nove dez onze doze",
    "it": "una due tre quattro cinque sei sette otto nove dieci undici dodici",
    "fr": "une deux trois quatre cinq six sept huit neuf dix onze douze",
    "ru": "первого второго третьего четвёртого пятого шестого седьмого восьмого девятого десятого одиннадцатого "
          "двенадцатого",
}
_HOURS: dict[str, dict[str, int]] = {lang: {w: i for i, w in enumerate(ws.split(), 1)} for lang, ws in _WORDS.items()}
_HOURS["hu"]["két"] = 2
_HOURS["ru"]["четвертого"] = 4


def _hour(lang: str, digits: bool = True) -> str:
    said = "|".join(sorted(_HOURS[lang], key=len, reverse=True))
    return rf"(?P<h>{said}|1[0-2]|0?[1-9])" if digits else rf"(?P<h>{said})"


def _value(lang: str, said: str) -> int:
    return int(said) if said.isdigit() else _HOURS[lang][said.casefold()]


_LENGTH = r"(?<!\bdans )(?<!\bpendant )(?<!\ben )(?<!\bdurante )(?<!\bpor )(?<!\bper )(?<!\btra )(?<!\bfra )(?<!\bem )"
# (pattern, language, minutes, hour shift): the half and the quarters that name the coming hour take one off it
_SAID = [
    (r"\bhalb " + _hour("de"), "de", 30, -1), (r"\bhalf " + _hour("nl", digits=False), "nl", 30, -1),
    (r"\bhalv " + _hour("sv"), "sv", 30, -1), (r"\bhalv " + _hour("no"), "no", 30, -1),
    (r"\bhalv " + _hour("da"), "da", 30, -1), (r"\bfél " + _hour("hu") + "(?:kor)?", "hu", 30, -1),
    (r"\bполовин[аеу] " + _hour("ru"), "ru", 30, -1), (r"\bпол" + _hour("ru", digits=False), "ru", 30, -1),
    (r"\bviertel nach " + _hour("de"), "de", 15, 0), (r"\bviertel vor " + _hour("de"), "de", 45, -1),
    (r"\bkwart over " + _hour("nl"), "nl", 15, 0), (r"\bkwart voor " + _hour("nl"), "nl", 45, -1),
    (r"\bkvart över " + _hour("sv"), "sv", 15, 0), (r"\bkvart i " + _hour("sv"), "sv", 45, -1),
    (r"\bkvart over " + _hour("no"), "no", 15, 0), (r"\bkvart (?:på|i) " + _hour("no"), "no", 45, -1),
    (r"\bkvart over " + _hour("da"), "da", 15, 0), (r"\bkvart i " + _hour("da"), "da", 45, -1),
    (_LENGTH + r"\b" + _hour("es") + r" y media\b", "es", 30, 0), (_LENGTH + r"\b" + _hour("es") + r" y cuarto\b", "es", 15, 0),
    (r"\b" + _hour("es") + r" menos cuarto\b", "es", 45, -1),
    (_LENGTH + r"\b" + _hour("pt") + r" e meia\b", "pt", 30, 0), (_LENGTH + r"\b" + _hour("pt") + r" e um quarto\b", "pt", 15, 0),
    (_LENGTH + r"\b" + _hour("it") + r" e (?:mezza|mezzo)\b", "it", 30, 0),
    (_LENGTH + r"\b" + _hour("it") + r" e un quarto\b", "it", 15, 0), (r"\b" + _hour("it") + r" meno un quarto\b", "it", 45, -1),
    (_LENGTH + r"\b" + _hour("fr") + r" heures? et demie\b", "fr", 30, 0),
    (_LENGTH + r"\b" + _hour("fr") + r" heures? et quart\b", "fr", 15, 0),
    (r"\b" + _hour("fr") + r" heures? moins (?:le )?quart\b", "fr", 45, -1),
]
_PATTERNS = [(re.compile(p, re.I), lang, minutes, shift) for p, lang, minutes, shift in _SAID]

_CJK_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2, "兩": 2}
_KOREAN = {w: i for i, w in enumerate("한 두 세 네 다섯 여섯 일곱 여덟 아홉 열 열한 열두".split(), 1)}
_CJK = re.compile(r"(?P<h>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九两兩])\s?(?:点|點|時|时)半")
_KOREAN_HALF = re.compile(r"(?P<h>1[0-2]|0?[1-9]|" + "|".join(sorted(_KOREAN, key=len, reverse=True)) + r")\s?시 ?반")


_CJK_NUMBER = re.compile(r"(?P<n>[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九两兩])(?=\s?(?P<u>分钟|分鐘|分|秒|小时"
                         r"|小時|時間|天))")  # lengths of time only: "一个" is "a", "十分" is "very"
_SINO_KOREAN = {w: i for i, w in enumerate("일 이 삼 사 오 육 칠 팔 구 십".split(), 1)}
_KOREAN_NUMBER = re.compile(r"(?<![가-힣])(?P<n>[일이삼사오육칠팔구]?십[일이삼사오육칠팔구]?|[이삼사오육칠팔구])(?=\s?(?:분|초|시간)(?![가-힣]))")


def _tens(said: str, digits: dict[str, int], ten: str) -> int:
    """A number said with the word for ten between its tens and ones: "五" 5, "十五" 15, "二十五" 25; "십오" 15."""
    if ten not in said:
        return digits[said]
    tens, _, ones = said.partition(ten)
    return 10 * (digits[tens] if tens else 1) + (digits[ones] if ones else 0)


def _clock(hour: int, minutes: int, shift: int) -> str:
    return f"{(hour + shift - 1) % 12 + 1}:{minutes:02d}"


def in_digits(text: str) -> str:
    """``text`` with the clock times said in words of other languages written "H:MM"."""
    for pattern, lang, minutes, shift in _PATTERNS:
        text = pattern.sub(lambda m, la=lang, mi=minutes, sh=shift: _clock(_value(la, m.group("h")), mi, sh), text)
    text = _CJK.sub(lambda m: _clock(int(m["h"]) if m["h"].isdigit() else _tens(m["h"], _CJK_DIGITS, "十"), 30, 0), text)
    text = _KOREAN_HALF.sub(lambda m: _clock(int(m["h"]) if m["h"].isdigit() else _KOREAN[m["h"]], 30, 0), text)
    text = _CJK_NUMBER.sub(lambda m: m[0] if m[0] == "十" and m["u"] == "分" else f"{_tens(m['n'], _CJK_DIGITS, '十')} ", text)
    return _KOREAN_NUMBER.sub(lambda m: f"{_tens(m['n'], _SINO_KOREAN, '십')}", text)


__all__ = ["in_digits"]
