"""A destination said by its case ending, in languages that put "to" at the end of the name.

Estonian "Kalamajasse", Finnish "Kamppiin" / "Tikkurilaan" / "Itäkeskukseen" / "Espoolle", Hungarian "Budapestre" /
"Debrecenbe" / "Nyugatihoz", Turkish "Kadıköy'e": a capitalised name (one to four words; the task's first word only
with an apostrophe ending) whose last word ends in the case for where to go is the destination, typed with the ending
cut off ("Kalamaja", "Budapest", "Kadıköy"), a part of the task as said. So is a place before a postposition of
direction ("渋谷駅まで", "강남역까지", "एयरपोर्ट तक"), after "去"/"ไป", or after "to" in lower case ("to the central station"). The cases for where from ("Kalamajast",
"Budapestről", "Kadıköy'den"), a name with no ending, and names that end so by themselves ("Ankara", "Singapore":
the Hungarian two-letter endings follow a consonant) name no destination. Where the name is followed by its kind in
lower case (a square, street, market, station: "Deák Ferenc térre", "Chorsu bozoriga", "Kadıköy çarşısına",
"Nizami küçəsinə"), the ending sits on the kind, and the place is the name with its kind ("Deák Ferenc tér").
The field it goes in: agents/entry_points.py.
"""

from __future__ import annotations

import re

_CAP = r"(?-i:[A-ZÀ-ÖØ-ÞĀ-ſ])[\w'’\-]*"
# Endings for "into / onto / to" (longest first), each after at least three letters of the name.
_ENDINGS = ("sse", "lle", "seen", "hin", "aan", "ään", "een", "iin", "oon", "öön", "uun", "yyn",  # Estonian, Finnish
            "ba", "be", "ra", "re", "hoz", "hez", "höz",  # Hungarian
            "'ya", "'ye", "'a", "'e", "’ya", "’ye", "’a", "’e")  # Turkish (a name's ending after an apostrophe)
# A place's kind said after its name, and the endings of "to" it takes there: Hungarian (a final a/e lengthened before
# the ending: "utcába"), Turkish and Azerbaijani (a possessive kind, "n" before the dative), Uzbek.
_KINDS = (
    ("tér körtér út utca körút híd pályaudvar állomás megálló sziget liget park piac csarnok kórház egyetem reptér "
     "strand templom", ("ra", "re", "ba", "be", "hoz", "hez", "höz")),
    ("caddesi sokağı meydanı çarşısı pazarı istasyonu köprüsü parkı havalimanı hastanesi üniversitesi iskelesi "
     "küçəsi prospekti meydanı bazarı stansiyası parkı xəstəxanası", ("na", "ne", "nə")),
    ("bozori ko'chasi ko‘chasi koʻchasi maydoni bekati stansiyasi aeroporti vokzali shifoxonasi "
     "universiteti parki metrosi", ("ga", "ka", "qa")),
)
_KIND_RUN = re.compile(rf"(?<!\S)(?P<v>(?:{_CAP}\s+){{0,3}}{_CAP})\s+(?P<k>[^\W\d][\w'’‘ʻ]*)(?![\w'’‘ʻ\-])")
_LONG = str.maketrans("ae", "áé")
_RUN = re.compile(rf"(?<!\S)(?P<v>(?:{_CAP}\s+){{0,3}}{_CAP})(?![\w'’\-])")
_VOWELS = "aeiouyáéíóöőúüűäõ"


# A postposition or verb of direction in scripts with no capitals: Japanese "渋谷駅まで", Korean "강남역까지" /
# "강남역으로 가줘", Chinese "去首都机场", Thai "ไปสนามบิน", Hindi "एयरपोर्ट तक".
_MARKED = (re.compile(r"(?<![一-龯ァ-ヶー々A-Za-z0-9・])(?!\d)(?P<v>[一-龯ァ-ヶー々A-Za-z0-9・]{2,15})(?:まで|へ)"),
           re.compile(r"(?<!\S)(?!\d)(?P<v>\S{2,15}?)(?:까지(?!\S)|으로\s+(?=가|택시|이동|데려|출발)|(?<![으])로\s+(?=가|택시|이동|데려|출발))"),
           re.compile(r"(?<![收找得看听想遇做办拿])(?:去|到|前往)(?!\d)(?P<v>[一-龯A-Za-z0-9]{2,12}?)(?=吧|呢|啊|[，,。！!？?\s]|$)"),
           re.compile(r"ไป(?P<v>[\u0E00-\u0E7F]{2,20}?)(?=หน่อย|ด้วย|ที|ครับ|ค่ะ|คะ|นะ|\s|$)"),
           re.compile(r"(?<!\S)(?P<v>[^\s\d]{2,20})\s+(?:तक|tak)(?!\S)"))
# A lower-case place after a preposition of direction, to the clause's end ("a cab to the central station please").
_TO = re.compile(r"(?<!\S)(?:to|towards|naar|nach|zum|zur|hasta|hacia|pra|até|ao|au|jusqu['’]à|verso|ke|đến|tới|до)\s+"
                 r"(?:the\s+|my\s+|our\s+|la\s+|el\s+|le\s+|o\s+|a\s+|de\s+|het\s+)?"
                 r"(?P<v>[^\W\d][\w'’\-]*(?:\s+(?!(?:please|pls|now|asap|for|at|by|with|and|then|por|favor|bitte|s'il|"
                 r"tolong|ya|nha|giùm|giúp|nhé|пожалуйста)\b)[^\W\d][\w'’\-]*){0,3})", re.I)
# A task about going somewhere: only then is a lower-case word after "to" a place ("change the name to bob" is none).
_GOING = re.compile(r"(?<!\w)(?:ride|cab|taxi|taxis|drive|driver|go|take me|get me|navigate|directions|route|trip|lift|"
                    r"viaje|coche|carro|ir|llévame|llevame|leva-me|me leva|fahr\w*|такси|поехать|поедем|xe|đi|ojek)(?!\w)", re.I)
_NOT_PLACES = frozenset("me you him her them us it this that cart basket list favourites favorites playlist album "
                        "folder group chat contacts calendar notes home".split())


def destination(task: str) -> str | None:
    """The place ``task`` names by a case ending of direction, without the ending ("Tikkurilaan" -> "Tikkurila"), by a
    postposition of direction ("渋谷駅まで" -> "渋谷駅"), or in lower case after "to" ("to the central station")."""
    found = _by_kind(task) or _by_ending(task)
    for pattern in _MARKED:
        found = found or ((m := pattern.search(task)) and m["v"]) or None
    m = _TO.search(task) if _GOING.search(task) else None
    if found is None and m and m["v"].split()[0].casefold() not in _NOT_PLACES:
        found = m["v"]
    return found


def _by_ending(task: str) -> str | None:
    for m in _RUN.finditer(task.strip()):
        name = m["v"]
        last = name.split()[-1]
        ending = next((e for e in sorted(_ENDINGS, key=len, reverse=True) if last.endswith(e)), None)
        stem = last[:-len(ending)] if ending else ""
        if ending is None or len(stem) < 3 or not (ending[0] in "'’" or stem.isalpha() and m.start()):
            continue  # the task's first word is its verb, unless a name's apostrophe ending says otherwise
        if len(ending) == 2 and ending[0] not in "'’" and stem[-1].casefold() in _VOWELS:
            continue  # Hungarian "-ra"/"-be" follow a consonant here: "Ankara", "Singapore" are names as they are
        if ending in ("aan", "ään", "een", "iin", "oon", "öön", "uun", "yyn"):
            stem = last[:-2]  # Finnish: the vowel doubled, then "n" ("Kamppiin" -> "Kamppi")
        return name[:len(name) - len(last)] + stem
    return None


def _by_kind(task: str) -> str | None:
    """The name and its kind where the kind carries the ending ("Deák Ferenc térre" -> "Deák Ferenc tér")."""
    for m in _KIND_RUN.finditer(task.strip()):
        said = m["k"]
        for kinds, endings in _KINDS:
            for kind in kinds.split():
                stems = (kind, kind[:-1] + kind[-1].translate(_LONG))
                if any(said == stem + e for stem in stems for e in endings):
                    return f"{m['v']} {kind}"
    return None
