"""Street addresses in the conventions of countries the English and Romance patterns do not cover.

Three families, each ending at (or starting from) a house number, so a street named alone is no address:
- the type before the name: Vietnamese (Số 12 Đường Lê Lợi), Indonesian/Malay (Jl. Sudirman No. 5),
  Romanian (Str. Lipscani nr. 12), Albanian (Rruga ...), with a house number before it or after the name;
- the name before the type, then the number: Turkish (Atatürk Cad. No: 15 D: 4), Hungarian (Váci utca 19),
  Baltic (Brīvības iela 5, Vilniaus g. 5), Slovene/Croatian (Slovenska cesta 5);
- a flat or house number, then the parts of the address up to its road (India and neighbours:
  "Flat 302, Lotus Apartments, 14th Main Road", "No. 12, 3rd Cross").
"""

from __future__ import annotations

import re

from .pii_spelled import words_of

_UP = "[" + "".join(ch for ch in map(chr, [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]) if ch.isupper()) + "]"
_NAME = rf"{_UP}[\w'’-]*\.?(?: (?:(?:de|la|al|el|van|bin)\s)?{_UP}[\w'’-]*\.?){{0,3}}"
_MARK = r"(?:n[oº°r]|nº|n°|số|núm|nr|no)\.?\s?[:.]?\s?"
_NUM = r"\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?(?!\d)"
_TYPE_FIRST = (r"đường|phố|ngõ|hẻm|ngách|đại lộ|jalan|jl\.|jln\.|gang|gg\.|strada|str\.|calea|bulevardul|b-dul|"
               r"șoseaua|soseaua|aleea|splaiul|intrarea|rruga|rr\.")
_NAME_FIRST = (r"caddesi|cadde|cad\.|cd\.|sokağı|sokak|sok\.|sk\.|mahallesi|mah\.|mh\.|bulvarı|bulv\.|blv\.|"
               r"utca|u\.|útja|út|tere|tér|körút|krt\.|köz|rakpart|fasor|iela|gatvė|gatve|g\.|prospektas|tänav|"
               r"mnt\.|maantee|puiestee|cesta|ulica|trg")
_NAME_TYPES = "|".join(w if len(w.replace("\\", "")) <= 2 else f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _NAME_FIRST.split("|"))  # "u.", "g.": as written
_TYPED = re.compile(
    rf"(?<!\w)(?:(?i:{_MARK})?{_NUM},?\s(?i:{_TYPE_FIRST})\s{_NAME}"  # "Số 12 Đường Lê Lợi"
    rf"|(?i:{_TYPE_FIRST})\s{_NAME},?\s(?i:{_MARK})?{_NUM}"  # "Jl. Sudirman No. 5"
    rf"|(?<!\w){_NAME}\s(?:{_NAME_TYPES}),?\s(?i:{_MARK})?{_NUM}(?:,?\s?(?:D|Daire|K|Kat)\s?[:.]?\s?\d{{1,4}}(?!\d))*)")
_ROAD_END = (rf"(?:\d{{1,3}}(?:st|nd|rd|th)\s(?:{_UP}\w*\s){{0,2}}(?:Main|Cross|Road|Street|Block|Stage|Phase|Sector|"
             rf"Avenue|Lane)(?:\s(?:Road|Rd\.?))?|{_UP}\w*(?:\s{_UP}\w*){{0,2}}\s(?:Road|Rd\.?|Marg|Nagar|Layout|Colony|"
             rf"Lane|Street|St\.?|Way|Drive|Close|Crescent|Avenue|Estate|Hills|Salai|Vihar|Enclave|Puram))(?!\w)")
_UNIT_FIRST = re.compile(  # "Flat 302, Lotus Apartments, 14th Main Road"
    rf"(?<!\w)(?:Flat|House|Plot|Door|Shop|Villa|Blk|Block|Lot|H\.\s?No\.?|D\.\s?No\.?|No\.)(?:\s?No\.?)?\s?[:#]?\s?"
    rf"{_NUM}(?:-\d{{1,4}})?(?:\s(?:Lot|Blk)\s{_NUM})?"
    rf"(?:,\s?[^,\n\d]{{2,40}}?){{0,3}},\s?{_ROAD_END}")
_ANCHOR = re.compile(rf"(?<!\w)(?:(?i:{_TYPE_FIRST})|{_NAME_TYPES})(?=[\s,])")  # a street type: the window's middle
_WORDS = frozenset(piece for w in (_TYPE_FIRST + "|" + _NAME_FIRST).replace("\\", "").split("|")
                   for piece in re.split(r"[-. ]", w) if piece)  # as ``words_of`` reads them: "b-dul" is "b", "dul"
_UNIT_WORDS = frozenset("flat house plot door shop villa blk block lot no".split())
_ROAD_WORDS = frozenset("main cross road rd street st way drive close crescent estate hills block stage phase sector avenue "
                        "lane marg nagar layout colony salai vihar enclave puram".split())
_DIGIT = re.compile(r"\d")


def typed_streets(text: str) -> list[tuple[int, int]]:
    """(start, end) of each street address of the three families in ``text``; each pattern runs only in a window
    around a street type it names (a long screen costs what its few street words do)."""
    if not _DIGIT.search(text):
        return []
    words = words_of(text)
    found: set[tuple[int, int]] = set()
    if not _WORDS.isdisjoint(words):
        for anchor in _ANCHOR.finditer(text):
            lo, hi = max(0, anchor.start() - 60), min(len(text), anchor.end() + 80)
            found.update(m.span() for m in _TYPED.finditer(text, lo, hi) if m.start() <= anchor.start() < m.end())
    if not _UNIT_WORDS.isdisjoint(words) and not _ROAD_WORDS.isdisjoint(words):
        found.update(m.span() for m in _UNIT_FIRST.finditer(text))
    return sorted(found)


__all__ = ["typed_streets"]
