"""Postal addresses read as a chain of components, in whatever order a country writes them.

An address is a run of parts next to each other, each named by a word of its kind in one of many languages:
a dwelling or building with its number ("House No. 233", "кв 12", "پلاک ۸", "Daire 3"), a house-number mark
("No: 18", "Số 18", "#12"), a street ("ул Садовая", "Lale Cd.", "Street No. 6", "کوچه لاله", "Soi 5"), an area
("Kebele 04", "P.4", "Yıldız Mah.", "Naka-ku", "RT 02/RW 08"), a number with its street's name and no street word
("42/9 Lê Lợi", "2-7-14 Nishiki Cho") and a landmark ("opp. the mosque", "behind Central Market"). Small to big
or big to small, with or without commas, a place name between two parts: the order does not matter, the chain does. A chain is an address when it holds a digit, two parts or more, and a street, a dwelling,
a number-and-name, or a home placed by an area: "Suite 4, Level 2" or "Unit 3, Lesson 4" stay, and so does a
street named alone ("traffic on Nguyen Hue street").
"""

from __future__ import annotations

import re

from .pii_forms import literal_trie
from .pii_spelled import words_of

_DWELLINGS = (  # a home or plot and its number: enough for an address with one other part
    "house h.no h.no. hno house-no flat apt apt. apartment apts plot villa door casa depto dpto departamento depa "
    "apto apto. apartamento appartement appt wohnung whg daire nhà căn rumah кв кв. квартира д д. дом буд буд. "
    "будинок lok lok. mieszkanie byt پلاک واحد شقة منزل بيت فيلا דירה मकान फ्लैट प्लॉट বাড়ি বাসা ফ্ল্যাট "
    "nyumba interno int. top tür stiege"
).split()
_BUILDINGS = (  # parts of a building or estate: an address only with a street or an area
    "unit suite ste building bldg block blk blok bloco bloque floor fl level lvl tower wing room rm lot lote "
    "manzana mz mza torre edificio edif piso andar sala quadra qd bâtiment bât étage etage escalier esc "
    "porte scala piano palazzina stock og eg kat k. tầng phòng tòa lô lantai gedung kav kavling корп корп. корпус "
    "стр стр. строение под под. подъезд эт эт. этаж поверх ساختمان طبقه بلوک برج مبنى عمارة طابق بناية קומה "
    "בניין όροφος"
).split()
_MARKS = "no no. nº n° nr nr. núm núm. número numero num số # رقم № č. čp. ном".split()  # a house number follows
_STREETS_FIRST = (  # the street word before the street's name (or its number)
    "rue chemin allée impasse quai calle c/ avenida av av. avda paseo camino carrer viale corso piazza vicolo "
    "largo rua r. travessa estrada alameda praça ul ul. ulica aleja al. улица ул ул. вулиця вул вул. проспект пр-т "
    "просп. переулок пер. провулок пров. шоссе бульвар б-р đường phố ngõ hẻm ngách kiệt jalan jl jl. jln jln. gang "
    "gg gg. lorong lrg soi strada str. calea bulevardul aleea rruga odos οδός οδ. λεωφόρος λεωφ. خیابان کوچه بلوار "
    "بزرگراه شارع طريق רחוב שדרות मार्ग गली barabara mtaa"
).split()
_STREETS_AFTER = (  # the street word after the street's name
    "street st st. road rd rd. lane ln avenue ave ave. drive dr dr. close crescent way boulevard blvd highway hwy "
    "grove place pl court ct terrace gardens row mews walk square sq alley marg salai cross main "
    "straße strasse str. weg gasse allee platz ring damm ufer straat laan gracht plein kade vej gade gatan vägen "
    "gata veien cadde caddesi cad. cd. cd sokak sokağı sok. sk. bulvar bulvarı blv. utca u. út útja tér körút krt. "
    "köz iela gatvė g. tänav cesta rd. road. রোড সড়ক লেন रोड"
).split()
_NUMBERED_STREETS = "road street lane avenue cross main ave st rd".split()  # "Road 7", "14th Cross"
_AREAS_FIRST = (  # an area word before its name or number
    "sector sec phase woreda kebele zone ward district quận Q. q. phường P. p. huyện xã tp. tp thành tỉnh kelurahan kel. "
    "kecamatan kec. desa rt rw kabupaten kab. kota perumahan perum komplek kompleks colonia col. barrio bairro "
    "fraccionamiento fracc. urbanización urb. район р-н мкр мкр. микрорайон мікрорайон область обл. osiedle os. "
    "منطقه محله ناحیه حي منطقة شهرک שכונת सेक्टर एलाका থানা chome"
).split()
_AREAS_AFTER = (  # an area word after its name
    "sub-city subcity mah. mah mahallesi mh. ilçesi köyü nagar colony layout estate ward district shi -shi ku -ku "
    "gu -gu dong -dong si -si ker. kerület район"
).split()
_LANDMARKS = (  # a landmark that places the house
    "near opp. opp opposite behind beside next cerca frente junto près gegenüber neben yakını karşısı dekat "
    "seberang gần đối напротив возле около рядом روبروی نزدیک بالقرب مقابل पास सामने karibu mkabala"
).split()
_FLOORS = "floor étage etage piso andar em emelet kat og stock όροφος tầng lantai этаж поверх".split()  # after a number


def _read(*groups: list[str]) -> frozenset[str]:
    """The words of ``groups`` as ``words_of`` reads them (no dots or dashes)."""
    return frozenset(w.strip(".-/#") for group in groups for w in group if w.strip(".-/#"))


_KIND_WORDS = {  # the words that name each kind of part: a kind is looked for only where one of them is
    "dwelling": _read(_DWELLINGS, ["d"]), "building": _read(_BUILDINGS, _FLOORS), "mark": _read(_MARKS),
    "street": _read(_STREETS_FIRST, _STREETS_AFTER, _NUMBERED_STREETS), "area": _read(_AREAS_FIRST, _AREAS_AFTER),
    "landmark": _read(_LANDMARKS),
}
_WORDS = frozenset().union(*_KIND_WORDS.values())


def _words(group: list[str]) -> str:
    """A regex for a word of ``group`` as a whole word, its dot optional unless the entry ends in one: in any case,
    but a one-letter word as written ("u." is Hungarian "utca"; "Size U. 5" holds none)."""
    long = literal_trie(sorted({w.lower() for w in group if len(w.strip(".")) > 1}, key=len, reverse=True))
    short = literal_trie(sorted({w for w in group if len(w.strip(".")) <= 1}))
    return rf"(?<![^\W\d_])(?:(?i:{long}){'|' + short if short else ''})(?![^\W\d_])\.?"


_UP = "".join(ch for ch in map(chr, [*range(0x41, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x1F00)]) if ch.isupper())
_CASELESS = "\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u1200-\u137f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af"
_NAME_WORD = rf"(?:[{_UP}{_CASELESS}][^\W\d_]*(?:['’.-][^\W\d_]+)*\.?|\d{{1,3}}(?:st|nd|rd|th|e|er|º|ª|\.)(?!\d))"
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|la|le|el|al|e|van|von|der|den|bin|ibn|of|y|des|du)"
_NAME = rf"{_NAME_WORD}(?:\s(?:{_PARTICLE}\s)?{_NAME_WORD}){{0,3}}"
_NUM = r"\d{1,6}[A-Za-z]?(?:\s?[/-]\s?(?:\d{1,5}[A-Za-z]?|[A-Za-z](?![^\W\d_])))*(?:\s(?i:bis|ter)\b)?(?!\d)"
_NUM_OR_LETTER = rf"(?:{_NUM}|[A-Z]\d{{0,3}}(?![^\W_]))"
_MARK = _words(_MARKS)
_FLOOR_WORDS = "|".join(r"em\." if w == "em" else w for w in _FLOORS)  # Hungarian "em." only with its dot
_COMPONENTS = {
    "dwelling": re.compile(rf"{_words(_DWELLINGS)}\s?(?:{_MARK}\s?)?[:#]?\s?{_NUM_OR_LETTER}|(?<![^\W\d_])D\s?[:.]\s?\d{{1,4}}"),
    "building": re.compile(rf"{_words(_BUILDINGS)}\s?(?:{_MARK}\s?)?[:#]?\s?{_NUM_OR_LETTER}"
                           rf"|\d{{1,3}}(?:st|nd|rd|th|e|er|ème|º|ª|\.|ος)?\s?(?i:{_FLOOR_WORDS})(?![^\W\d_])"),
    "mark": re.compile(rf"{_MARK}\s?[:#]?\s?{_NUM}"),
    "street": re.compile(rf"(?:{_NUM},?\s)?{_words(_STREETS_FIRST)}\s?(?:{_NUM}\s?)?(?:(?:{_PARTICLE}\s)*{_NAME})?"
                         rf"(?:,?\s(?:{_MARK}\s?)?[:#]?\s?{_NUM})?"
                         rf"|(?:{_NUM}\s)?{_NAME}\s{_words(_STREETS_AFTER)}(?:,?\s(?:{_MARK}\s?)?[:#]?\s?(?=\d{{1,4}}\b){_NUM})?"
                         rf"|{_words(_NUMBERED_STREETS)}\s?(?:{_MARK}\s?)?{_NUM}"
                         rf"|{_NUM}\s(?:[a-zß-ÿ]+\s){{1,3}}(?-i:{_words(_STREETS_AFTER)})"),
    "area": re.compile(rf"{_words(_AREAS_FIRST)}\s?(?:{_NUM}(?:\s?/\s?(?i:rw)\s?{_NUM})?|{_NAME})"
                       rf"|{_NAME}[\s-]{_words(_AREAS_AFTER)}"),
    "numbered_name": re.compile(rf"(?<![\w/-])\d{{1,5}}[A-Za-z]?(?:[/-][A-Za-z\d]{{1,5}})+\s{_NAME}"),
    "landmark": re.compile(rf"{_words(_LANDMARKS)}\s(?:(?:to|of|de|a|la|from)\s)?{_NAME}"),
}
_GAP = re.compile(rf"[\s,،、;/()\-–—]{{0,4}}(?:{_NAME}[\s,،、;/()\-–—]{{1,4}})?")  # what may stand between two parts
_DIGIT = re.compile(r"\d")
_REACHES = (  # words that anchor a look (a landmark places a house only) and where their digit is
    (_read(_DWELLINGS, _BUILDINGS, _MARKS, _AREAS_FIRST, _NUMBERED_STREETS), 0, 8),  # "House 23", "No. 9"
    (_read(_STREETS_FIRST), 0, 25),  # "Οδός Ερμού 45"
    (_read(_STREETS_AFTER, _AREAS_AFTER), 30, 12),  # "27 Elm Grove", "Moda Cd. No:42": after a name only
)
_ANCHORS = frozenset(w for words, _, _ in _REACHES for w in words)
_NAMED_BEFORE = re.compile(rf"[{_UP}{_CASELESS}][^\W\d_]*\.?\s$")
_SLASHED = re.compile(rf"\d{{1,5}}[A-Za-z]?(?:[/-][A-Za-z\d]{{1,5}})+\s[{_UP}]")  # "187/12 Nguyễn", "3-15-8 Kichijoji"
_REACH = 70  # characters looked at either side of an anchor
_NAME_LEFT = re.compile(rf"(?<![^\W\d_])[{_UP}{_CASELESS}][^\W\d_]+")
_NUMBERED = frozenset({"street", "dwelling", "building", "mark", "numbered_name"})  # their digits are a house's


def component_addresses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each address in ``text`` read as a chain of components (see the module's doc); the parts are
    looked for only around a word of theirs with a digit near it (a long prompt costs what its few such words do)."""
    if not _DIGIT.search(text):
        return []
    found = []
    for lo, hi in _windows(text):
        said = words_of(text[lo:hi])
        kinds = [kind for kind, words in _KIND_WORDS.items() if not words.isdisjoint(said)]
        if _SLASHED.search(text, lo, hi):
            kinds.append("numbered_name")
        parts = sorted(((m.start(), m.end(), kind) for kind in kinds for m in _COMPONENTS[kind].finditer(text, lo, hi)
                        if not text[m.end() - 1].isspace()), key=lambda p: (p[0], -p[1]))
        chain: list[tuple[int, int, str]] = []
        for part in parts:
            if chain and part[1] <= chain[-1][1]:
                continue  # inside the last part
            if chain and part[0] >= chain[-1][1] and not _GAP.fullmatch(text, chain[-1][1], part[0]):
                found += _address(chain, text)
                chain = []
            chain.append(part)
        found += _address(chain, text)
    return found


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around each word of a part's kind with its digit where that kind puts it (``_REACHES``),
    and around each number-and-name ("187/12 Nguyễn"), merged where they overlap."""
    present = _ANCHORS.intersection(words_of(text))
    at = [m.start() for m in _SLASHED.finditer(text)]
    if present:
        lowered = text.lower()
        for word in present:
            reaches = [(before, after) for words, before, after in _REACHES if word in words]
            word = word if len(word) > 1 else word + "."  # "u.": a one-letter word with its dot only
            i = lowered.find(word)
            while i >= 0:
                end = i + len(word)
                if any(_DIGIT.search(text, max(0, i - before), i) or _DIGIT.search(text, end, end + after)
                       for before, after in reaches if not before or _NAMED_BEFORE.search(text, max(0, i - 30), i)):
                    at.append(i)
                i = lowered.find(word, end)
    windows: list[tuple[int, int]] = []
    for i in sorted(at):
        lo, hi = max(0, i - _REACH), min(len(text), i + _REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _address(chain: list[tuple[int, int, str]], text: str) -> list[tuple[int, int]]:
    """The span of the chain's street, home and number parts when it reads as an address: two parts or more (a
    street with its house number and name counts as two), a house's number, and a street or a number-and-name, or a
    home, or an estate's numbered house, placed by an area, a number mark or a landmark ("Kat 3 Daire 5": a flat
    on a floor, nowhere)."""
    kinds = {kind for _, _, kind in chain}
    weight = len(chain) + sum(_numbered_street(text[start:end]) for start, end, kind in chain if kind == "street")
    if weight < 2 or not any(kind in _NUMBERED and _DIGIT.search(text, start, end) for start, end, kind in chain):
        return []
    placed = bool(kinds & {"area", "mark", "landmark"})
    if not (kinds & {"street", "numbered_name"} or placed and "dwelling" in kinds or {"area", "mark"} <= kinds):
        return []
    located = [(start, end) for start, end, kind in chain if kind not in ("area", "landmark")]
    return [(located[0][0], located[-1][1])]


def _numbered_street(part: str) -> bool:
    """Does a street part hold both a number and a name of its own ("25 Ngõ 102 Trường Chinh", "Bağdat Cad.
    No:214"), not a street word and its number alone ("Road 7", "Road No. 12")?"""
    return bool(_DIGIT.search(part)) and any(m.group().lower().rstrip(".") not in _WORDS
                                             for m in _NAME_LEFT.finditer(part))


__all__ = ["component_addresses"]
