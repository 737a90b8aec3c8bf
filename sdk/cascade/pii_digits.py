"""Digits spelled as words, in the languages phones ship: read once as digits, so every digit detector sees them.

"nine one seven, five five five, zero one four two", "восемь девять один шесть ...", "नौ आठ सात ...", "sita saba
tatu ...", "double five" (as said in Britain and India), "4 8 2 - 9 1 3": a run of four or more digits, each a word or
a digit, with only spaces, commas, dots or dashes between, is read as the digits it says, the separators dropped.
``spelled_view`` gives that reading of a text and, for each of its characters, where it came from (as
``pii_views.plain_view`` does), so a card, phone number, code or identity number found in it maps back onto the
words as written;
"""

from __future__ import annotations

import re

from .pii_spelled import words_of
from .pii_views import edited

# 0-9 in each language (a word that is also a common word of another language is left out: "to", "en", "ni", "i")
_LANGUAGES = (
    "zero one two three four five six seven eight nine",  # en
    "null eins zwei drei vier fünf sechs sieben acht neun",  # de
    "cero uno dos tres cuatro cinco seis siete ocho nueve",  # es
    "zéro un deux trois quatre cinq six sept huit neuf",  # fr
    "zero um dois três quatro cinco seis sete oito nove",  # pt
    "zero uno due tre quattro cinque sei sette otto nove",  # it
    "nul een twee drie vier vijf zes zeven acht negen",  # nl
    "noll ett två tre fyra fem sex sju åtta nio",  # sv
    "null _ _ tre fire fem seks syv otte _",  # da, no
    "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",  # pl
    "nula jedna dva tři čtyři pět šest sedm osm devět",  # cs
    "nula jedan dva tri četiri pet šest sedam osam devet",  # hr, sr, bs
    "zero unu doi trei patru cinci șase șapte opt nouă",  # ro
    "nulla egy kettő három négy öt hat hét nyolc kilenc",  # hu
    "sıfır bir iki üç dört beş altı yedi sekiz dokuz",  # tr
    "ноль один два три четыре пять шесть семь восемь девять",  # ru
    "нуль одна дві три чотири п'ять шість сім вісім дев'ять",  # uk (and "пять", "девять" as words_of cuts them)
    "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα",  # el
    "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة",  # ar
    "صفر یک دو سه چهار پنج شش هفت هشت نه",  # fa
    "صفر ایک دو تین چار پانچ چھ سات آٹھ نو",  # ur
    "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע",  # he
    "शून्य एक दो तीन चार पांच छह सात आठ नौ",  # hi
    "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয়",  # bn
    "nol satu dua tiga empat lima enam tujuh delapan sembilan",  # id, ms
    "sero isa dalawa tatlo apat lima anim pito walo siyam",  # tl
    "sifuri moja mbili tatu nne tano sita saba nane tisa",  # sw
    "không một hai ba bốn năm sáu bảy tám chín",  # vi
    "공 일 이 삼 사 오 육 칠 팔 구",  # ko (Sino-Korean, as numbers are read)
)
_VARIANTS = ("oh:0 o:0 nought:0 zwo:2 funf:5 fuenf:5 una:1 une:1 uma:1 duas:2 tres:3 şase:6 şapte:7 нуль:0 одна:1 "
             "один:1 два:2 пять:5 девять:9 εφτά:7 οχτώ:8 εννιά:9 اثنين:2 اربعة:4 ثلاثه:3 خمسه:5 سته:6 سبعه:7 ثمانيه:8 "
             "تسعه:9 אחד:1 שניים:2 שתים:2 पाँच:5 छः:6 छे:6 kosong:0 lapan:8 영:0 jeden:1")
DIGIT_WORDS: dict[str, str] = {word: str(i) for line in _LANGUAGES for i, word in enumerate(line.split()) if word != "_"}
DIGIT_WORDS |= dict(pair.split(":") for pair in _VARIANTS.split())
_WORD_SET = frozenset(DIGIT_WORDS)
_REPEAT = {"double": 2, "doble": 2, "doppio": 2, "dubbel": 2, "triple": 3, "triplo": 3}  # "double five": 55
_MARKS = "\u0900-\u0903\u093a-\u094f\u0962\u0963\u0981-\u0983\u09bc-\u09cd\u064b-\u065f\u0670\u05b0-\u05c7"
_TOKEN = re.compile(rf"\d+|[^\W\d_](?:[^\W\d_]|[{_MARKS}]|['’](?=[^\W\d_]))*")
_BETWEEN = re.compile(r"[\s,.\-–]{1,3}")
_SINGLES = re.compile(r"\d(?:[ \-–.]{1,3}\d(?!\d)){3,}")  # single digits apart, however joined (start: checked)
_BACK = re.compile(r"(?:\d+|(?i:double|doble|doppio|dubbel|triple|triplo))[\s,.\-–]{1,3}$")
_MIN_RUN = 4


def _runs(text: str) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """(start, end, pieces) of each run of four or more digits said as words or written as digits, two words
    at least; each piece: (start, end, digits). Read token by token only from where a digit word the text holds
    stands (found by a plain search: a screen holds few)."""
    held = _WORD_SET & words_of(text)
    seeds = {m.start() for m in _SINGLES.finditer(text)} if " -" in text or "- " in text or "–" in text else set()
    # ("4 8 2 - 9 1 3": digit by digit with a spaced dash; spaces alone are the plain patterns' to read)
    if len(held) >= 2:  # two different digit words at least
        lowered = text.lower()
        if len(lowered) == len(text):  # (a letter that lowers to two, "İ", would move the offsets)
            seeds.update(at for word in held for at in _all(lowered, word))
    runs: list[tuple[int, int, list[tuple[int, int, str]]]] = []
    for seed in sorted(seeds):
        if runs and seed < runs[-1][1] or seed and text[seed - 1] in "0123456789.,":
            continue
        start = seed
        while (back := _BACK.search(text, max(0, start - 12), start)) is not None:
            start = back.start()  # "4 two nine ...": digits or "double" before the first word
        runs += _run_from(text, start)
    return runs


def _all(lowered: str, word: str) -> list[int]:
    """Where ``word`` stands as a word in ``lowered``."""
    found, at = [], lowered.find(word)
    while at >= 0:
        end = at + len(word)
        if (not at or not lowered[at - 1].isalpha()) and (end == len(lowered) or not lowered[end].isalpha()):
            found.append(at)
        at = lowered.find(word, end)
    return found


def _run_from(text: str, start: int) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """The run of spelled digits that starts at ``start``, if it is one."""
    pieces: list[tuple[int, int, str]] = []
    words, last_end, repeat, repeat_at = 0, start, 1, -1
    for m in _TOKEN.finditer(text, start):
        if (pieces or repeat_at >= 0) and not _BETWEEN.fullmatch(text, last_end, m.start()):
            break
        token = m.group().lower()
        last_end = m.end()
        if token.isdigit() and token.isascii():
            pieces.append((m.start(), m.end(), token))
        elif (digit := DIGIT_WORDS.get(token)) is not None:
            pieces.append((m.start() if repeat_at < 0 else repeat_at, m.end(), digit * repeat))
            words += 1
        elif token in _REPEAT and repeat_at < 0:  # "double five": 55
            repeat, repeat_at = _REPEAT[token], m.start()
            continue
        else:
            break
        repeat, repeat_at = 1, -1
    return _run(pieces, words)


def _run(pieces: list[tuple[int, int, str]], words: int) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """The run ``pieces`` make, when it says four digits or more with two words at least, or digit by digit."""
    if sum(len(p[2]) for p in pieces) >= _MIN_RUN and (words >= 2 or all(len(p[2]) == 1 for p in pieces)):
        return [(pieces[0][0], pieces[-1][1], pieces)]
    return []


def spelled_view(text: str) -> tuple[str, list[int], list[int]] | None:
    """``(view, starts, ends)``: ``text`` with each run of spelled digits written as its digits (``view[i]`` stands
    for ``text[starts[i]:ends[i]]``); None when ``text`` spells none."""
    edits: dict[int, tuple[int, str]] = {}
    for _, _, pieces in _runs(text):
        for (p_start, p_end, digits), after in zip(pieces, [*pieces[1:], None], strict=True):
            edits[p_start] = (p_end, digits)  # each digit of a word stands for the whole word
            if after is not None and after[0] > p_end:
                edits[p_end] = (after[0], "")  # the separators between them dropped
    return edited(text, edits) if edits else None


def spelled_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each run of spelled digits in ``text``."""
    return [(start, end, "".join(p[2] for p in pieces)) for start, end, pieces in _runs(text)]


__all__ = ["DIGIT_WORDS", "spelled_runs", "spelled_view"]
