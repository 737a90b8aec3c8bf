"""Street addresses: a house number and a street type (English-speaking countries, Germanic names with the type glued
on, Romance and Slavic types before the name), East Asian addresses from the prefecture or city down, other scripts
(``pii_scripts``), chains of parts in any order (``pii_components``), post-office boxes and US/UK postcodes.
"""

from __future__ import annotations

import re

from .pii_checks import named_reference
from .pii_components import component_addresses
from .pii_forms import boundary
from .pii_public import listed_places
from .pii_scripts import postal_boxes, script_addresses
from .pii_spelled import words_of
from .pii_views import edited, to_text
from .pii_words import is_common

_STREET_WORDS = (  # street types written after the name (English-speaking countries, then others)
    "street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|terrace|tce|parkway|pkwy|"
    "square|sq|highway|hwy|circle|cir|close|crescent|cres|rise|wharf|parade|pde|esplanade|esp|quay|row|mews|"
    "gardens|gdns|garden|heights|hts|hill|grove|walk|green|park|view|vale|path|trail|trl|alley|aly|bend|causeway|"
    "chase|circuit|cct|common|concourse|cove|dale|dell|end|estate|fields|gate|glade|glen|heath|hollow|"
    "junction|knoll|landing|loop|mall|manor|mead|meadow|meadows|mount|orchard|pass|passage|pike|plaza|point|"
    "promenade|ridge|spur|strand|summit|track|turnpike|villas|vista|wynd|yard|broadway|embankment|approach|grange|"
    "croft|brae|expressway|expy|freeway|fwy|trace|crossing|pathway|boardwalk|retreat|outlook|lookout|brow|"
    "strasse|straße|str|weg|allee|gasse|platz|ring|damm|ufer|chaussee|steig|straat|laan|gracht|plein|kade|singel|"
    "dijk|vej|gade|gatan|vägen|gata|veien"
)
_ADDRESS = re.compile(
    r"\d{1,5}[A-Za-z]?(?: (?:[A-Z][A-Za-z'.-]*|\d{1,3}(?:st|nd|rd|th))){1,4} (?i:" + _STREET_WORDS + r")\b\.?"
    r"(?:,? (?i:apt|suite|unit|flat)\.? ?\w+|,? #\w+)?"
    r"(?:, [A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,3}\b)?"
    r"(?:,? [A-Z]{2} \d{5}(?:-\d{4})?\b|,? [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|,? \d{4,5}(?:-\d{4})?\b)?"
)
_ADDRESS_HINT = re.compile(r"\d [A-Z]|\d[A-Za-z] [A-Z]")  # a house number before a capitalised word
_SUFFIX_STREET = re.compile(  # German, Dutch, Nordic: the type is glued to the name, the number follows
    r"[A-ZÄÖÜÅØÆ][a-zäöüßåøæé]+(?:straße|strasse|str\.|weg|allee|gasse|platz|ring|damm|ufer|straat|laan|gracht|plein|"
    r"kade|singel|dijk|vej|gade|gatan|vägen|gata|veien)(?: \d{1,4}(?:bis|ter|[a-z])?\b)"
)
_SUFFIXES = ("straße", "strasse", "str.", "weg", "allee", "gasse", "platz", "ring", "damm", "ufer", "straat", "laan",
             "gracht", "plein", "kade", "singel", "dijk", "vej", "gade", "gatan", "vägen", "gata", "veien")
_SPACE_DIGIT = re.compile(r" \d")
_ROMANCE_TYPES = (
    "rue|avenue|av\\.|boulevard|bd|boul\\.|chemin|allée|impasse|place|quai|cours|route|calle|c/|avenida|avda\\.|paseo|plaza|"
    "camino|carrer|via|viale|piazza|corso|vicolo|largo|rua|praça|travessa|estrada|alameda|ul\\.|ulica|aleja"
)
_ROMANCE_ADDRESS = re.compile(  # "12 rue de Rivoli", "Calle de Alcalá 45", "Via Roma 10", "ul. Długa 5"
    r"(?:\d{1,4}(?: ?(?:bis|ter))?,? (?i:" + _ROMANCE_TYPES.replace("|via|", "|") + r") |(?i:" + _ROMANCE_TYPES + r") )"
    r"(?:(?:de|del|della|di|da|do|dos|das|la|le|les|des|du|d'|l')\s?)*[A-ZÀ-ÝŁŚŻŹ][\w'’.-]*"
    r"(?: (?:(?:de|del|della|di|da|do|la|le|des|du)\s)?[A-ZÀ-ÝŁŚŻŹ][\w'’.-]*){0,3}(?:,? \d{1,4}[a-zA-Z]?\b)?"
)
_ROMANCE_WORDS = frozenset(w.rstrip(".") for w in _ROMANCE_TYPES.replace("\\", "").split("|"))  # as ``words_of`` reads them
_CJK_ADDRESS = re.compile(  # "東京都千代田区丸の内1-1-1", "西新宿2丁目8-1", "北京市朝阳区建国路88号", "信義區信義路五段7號"
    r"(?:[\u4e00-\u9fff]{1,6}[都道府県省市][\u4e00-\u9fff\u3040-\u30ff]{1,12}?[市区町村县區縣鄉鎮][\u4e00-\u9fff\u3040-\u30ff]*"
    r"\d+(?:(?:[-‐－]|丁目|番地?)\d+){0,2}[号番號]?|[\u4e00-\u9fff]{2,12}[路街道巷弄](?:[一二三四五六七八九十]+段)?\d+[号號]"
    r"|[\u4e00-\u9fff]{1,4}[区市町村][\u4e00-\u9fff\u3040-\u30ff]{1,10}?\d+(?:(?:[-‐－]|丁目|番地?)\d+){1,3}[号番]?)"
    r"(?:[\u4e00-\u9fff\u3040-\u30ff]{0,10}?\d+(?:号楼|号院|号室|栋|幢|座|单元|层|楼|樓|室|号|號|階))*"  # then building (its name in kana too), unit, floor, room
)
# a street line (capitalised words, lower-case particles, a house number), an optional flat or floor, then a postcode
# of one of the shapes countries print and the place: "Am Markt 7, 04109 Leipzig", "Vodičkova 681/18, 110 00 Praha 1"
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩΆ-ΏА-ЯЁ"
_WORD = f"[{_UPPER}][\\w'’.-]*"
_PARTICLE = "de|del|della|dei|degli|di|da|do|dos|das|la|le|les|des|du|van|von|der|den|am|an|im|auf|zum|zur|op|y|e"
_POSTCODE_SHAPES = (r"\d{5}(?:-\d{3})?|(?!(?:19|20)\d\d\b)\d{4}(?:-\d{3}|\s?[A-Z]{2}\b)?|\d{3}\s\d{2}|\d{2}-\d{3}|"
                    r"[A-Z]\d{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{6}")
_PLACE_LINE = re.compile(
    rf"{_WORD}(?:\s(?:(?:{_PARTICLE})\s)*{_WORD}){{0,4}},?\s\d{{1,5}}[a-zA-Z]?(?:[/-]\d{{1,4}}[a-zA-Z]?)?(?:\s[A-Z]\s?\d{{1,3}})?"
    rf"(?:,\s?[^,\n]{{1,24}}?)?,\s?(?:{_POSTCODE_SHAPES})\s[{_UPPER}][\w'’-]+")
_NUMBERED_WORDS = frozenset("calle carrera cra kra cl avenida av diagonal dg transversal tv".split())
_ADDRESS_LABEL = re.compile(  # a label that names a postal address, then a colon and the value
    r"(?<![^\W\d_])(?:(?:(?:home|delivery|shipping|billing|postal|mailing|street|pickup|pick-up|return|correspondence|"
    r"registered|residential|my|our|new)\s+)?(?:address|addr\.?)|ship(?:ping)?\s+to|deliver(?:y|ing)?\s+to|"
    r"(?:liefer|wohn|rechnungs|post|privat)?adresse(?:\s+de\s+(?:livraison|facturation))?|anschrift|"
    r"direcci[óo]n(?:\s+de\s+(?:entrega|env[íi]o))?|domicilio|endere[çc]o(?:\s+de\s+entrega)?|morada|indirizzo|"
    r"adres(?:\s+dostawy|\s+zamieszkania)?|adres[aă]|адрес(?:\s+доставки)?|адреса|alamat(?:\s+pengiriman)?|địa\s+chỉ|"
    r"住所|お届け先|配送先|주소|배송지|地址|收货地址|收貨地址|送货地址|العنوان|عنوان|पता|ที่อยู่|כתובת|διεύθυνση)"
    r"[ \t]*[:：][ \t]*([^\n]{3,90})", re.I)
_LABEL_BEFORE = re.compile(_ADDRESS_LABEL.pattern.split("[ \\t]*[:：]")[0] + r"[ \t]*[:：]$", re.I)  # ends at a colon
_LABEL_WORDS = frozenset(
    "address addr ship shipping deliver delivery delivering adresse lieferadresse wohnadresse rechnungsadresse "
    "postadresse privatadresse anschrift dirección direccion domicilio endereço endereco morada indirizzo adres adresa "
    "адрес адреса alamat adresă địa כתובת διεύθυνση عنوان العنوان पता".split())
_LABELS_GLUED = ("住所", "お届け先", "配送先", "주소", "배송지", "地址", "ที่อยู่")
_VALUE_END = re.compile(r" [|·•] |\s{3,}|\t")  # where a value ends on a line that goes on
_NOT_POSTAL = re.compile(r"(?i:e-?mail|ip|mac|wallet|web|url|server|bluetooth|bt|wi-?fi|ethereum|bitcoin|btc|eth|"
                         r"crypto|deposit|contract|ipv[46]|dns|gateway|proxy|host|wyślij|send)[\s-]*$")
_MACHINE = re.compile(r"[\dA-Fa-f.:/-]+")  # an IP or a MAC address
_TOWN_BEFORE = re.compile(r"(?<![^\s,])(?:[A-Z][\w'’-]*,? ){1,3}$")  # the town right before a postcode
_PART_BEFORE = re.compile(r"(?<![^\s,])[A-Z0-9][^\n,:;.!?]{0,40}?, ?$")  # one part of an address line, then ", "
_YEAR = re.compile(r"(?:19|20)\d\d")
_POSTCODE_HINT = re.compile(r"\d,\s?[^,\n]{0,24},?\s?[A-Z]?\d{2,6}")
_HAN_DIGIT = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff]\d")
_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff\u3040-\u30ff]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff\u3040-\u30ff])")
_CJK_MARKS = "都道府県省市区區县縣路街巷弄"  # one of them is in every such address
_GLUED_ADDRESS = re.compile(r"\d[A-Z][a-z]")  # "at14Harbour": OCR lost the spaces (the letter before: checked)
_POSTCODE = re.compile(  # US state and ZIP, UK, Canada
    r"[A-Z](?:[A-Z] \d{5}(?:-\d{4})?|[A-Z]?\d[A-Z\d]? \d[A-Z]{2}|\d[A-Z] \d[A-Z]\d)\b")
_NUMBERED_STREET = re.compile(  # a street named by a number, then "#" or "No." and the plot: "Calle 26 # 68C-61"
    r"(?<![^\W\d_])(?i:calle|carrera|cra\.?|kra\.?|cl\.?|avenida|av\.?|diagonal|dg\.?|transversal|tv\.?)\s"
    r"\d{1,3}\s?[A-Za-z]?(?:\s(?i:bis|sur|norte|este|oeste))?(?:\s(?:de\s)?[A-ZÁÉÍÓÚ][\w]+(?:\s[A-ZÁÉÍÓÚ][\w]+)?)?"
    r"\s?(?:#|(?i:n[oº°])\.?)\s?\d{1,4}[A-Za-z]?(?:\s?-\s?\d{1,4}[A-Za-z]?)?")


def addresses(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each street address, post-office box and postcode in ``text`` (already folded)."""
    found = _numbered(text)
    if _GLUED_ADDRESS.search(text):
        found += _glued(text)
    lowered = text.lower()
    for pair in _SPACE_DIGIT.finditer(lowered):  # "Lindenstraße 14": the word before a number
        end = pair.start()
        if lowered.endswith(_SUFFIXES, max(0, end - 8), end):
            start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end), text.rfind('"', 0, end)) + 1
            if m := _SUFFIX_STREET.match(text, start):
                found.append((m.start(), m.end(), m.group().lower()))
    if not _ROMANCE_WORDS.isdisjoint(words_of(text)):
        found += [(m.start(), m.end(), m.group().lower()) for m in _ROMANCE_ADDRESS.finditer(text)
                  if boundary(text, m.start()) and any(ch.isdigit() for ch in m.group())]
    if not text.isascii() and any(ch in text for ch in _CJK_MARKS):
        found += _east_asian(text)
    found += [(a, b, text[a:b].lower()) for a, b in script_addresses(text) + postal_boxes(text)
              + component_addresses(text)]
    found += [(_lines_before(text, m.start()), m.end(), m.group()) for m in _POSTCODE.finditer(text)
              if boundary(text, m.start())]
    if not _NUMBERED_WORDS.isdisjoint(words_of(text)):
        found += [(m.start(), m.end(), m.group().lower()) for m in _NUMBERED_STREET.finditer(text)]
    if not _LABEL_WORDS.isdisjoint(words_of(text)) or not text.isascii() and any(w in text for w in _LABELS_GLUED):
        found += labelled_addresses(text)
    if _POSTCODE_HINT.search(text):
        found += [(m.start(), m.end(), m.group().lower()) for m in _PLACE_LINE.finditer(text)
                  if boundary(text, m.start()) and _place_line(m.group(), text[max(0, m.start() - 40) : m.start()])]
    public = listed_places(text, {(a, b) for a, b, _ in found}) if found else set()
    return [span for span in found if (span[0], span[1]) not in public]


def _east_asian(text: str) -> list[tuple[int, int, str]]:
    """East Asian addresses, looked for around each number after a Han sign; spaces typed between the signs and the
    numbers ("漕溪北路 398 弄 12 号") are read as if they were not there."""
    view, starts, ends = edited(text, {m.start(): (m.end(), "") for m in _CJK_SPACE.finditer(text)}) \
        if " " in text else (text, [], [])
    windows = [(max(0, m.start() - 24), m.end() + 40) for m in _HAN_DIGIT.finditer(view)]
    spans = dict.fromkeys((m.start(), m.end()) for lo, hi in windows for m in _CJK_ADDRESS.finditer(view, lo, hi))
    return [(a, b, text[a:b]) for start, end in spans
            for a, b in [to_text(start, end, starts, ends) if starts else (start, end)]]


def _lines_before(text: str, start: int) -> int:
    """Where the address a postcode closes starts: its town, then up to three comma-separated parts before it on its
    line, each starting with a capital or a digit ("Rose Cottage, Mill Lane, Ashford TN24 8AB")."""
    for part in (_TOWN_BEFORE, _PART_BEFORE, _PART_BEFORE, _PART_BEFORE):
        m = part.search(text, max(0, start - 44), start)
        if m is None:
            break
        start = m.start()
    return start


def labelled_addresses(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of the value after an address label and its colon, to the end of its line ("Delivery address:
    Birkenweg 5, Hamburg", "Anschrift: ...", "住所：...", "배송지: ..."), when it holds a digit; an e-mail, IP, MAC or
    wallet address, a link, and a value with no letter or no digit stay."""
    found = []
    colon = -1
    while (colon := min((at for at in (text.find(":", colon + 1), text.find("：", colon + 1)) if at >= 0),
                        default=-1)) >= 0:  # each colon: a label may end there
        label = _LABEL_BEFORE.search(text, max(0, colon - 40), colon + 1)
        m = _ADDRESS_LABEL.match(text, label.start()) if label else None
        if m is None:
            continue
        value = _VALUE_END.split(m.group(1), 1)[0].rstrip(" .,;")
        if _NOT_POSTAL.search(text, max(0, m.start() - 14), m.start()) or "@" in value or "://" in value or \
                value.lower().startswith("www.") or not any(ch.isdigit() for ch in value) or \
                not any(ch.isalpha() for ch in value) or _MACHINE.fullmatch(value):
            continue
        found.append((m.start(1), m.start(1) + len(value), value.lower()))
    return found


def _place_line(line: str, before: str) -> bool:
    """Whether a street line, postcode and place reads as an address, not a count ("Level 7, 25000 Points"): the place
    is no common word (nor the plural of one), a street of one word is none either, and no reference is named."""
    head = line.split(",")[0]
    street, number = head.rstrip("0123456789/- "), head[len(head.rstrip("0123456789/- ")) :].strip()
    code = re.findall(r"\d[\d -]*\d", line.rsplit(",", 1)[-1])
    if _YEAR.fullmatch(number) or code and code[-1].endswith("000"):
        return False  # "Rechnung 2024, ...": a year; "..., 12000 Wörter": a round count
    place = line.rsplit(" ", 1)[-1]
    return not (is_common(place) or place.endswith("s") and (is_common(place[:-1]) or is_common(place[:-2]))
                or " " not in street and is_common(street) or named_reference(before) or named_reference(street))


def _numbered(text: str) -> list[tuple[int, int, str]]:
    spans = []
    pos = 0
    while (hint := _ADDRESS_HINT.search(text, pos)) is not None:
        start = hint.start()
        while start > 0 and text[start - 1].isdigit():
            start -= 1
        m = _ADDRESS.match(text, start) if boundary(text, start) else None
        if m is None:
            pos = hint.start() + 1
            continue
        spans.append((m.start(), m.end(), m.group().lower()))
        pos = m.end()
    return spans


def _glued(text: str) -> list[tuple[int, int, str]]:
    """Addresses in text OCR read or a sender typed without spaces ("Meetat14HarbourRise"): spaced out near each
    glued house number, found there, mapped back onto the text as read."""
    spans = []
    for hint in _GLUED_ADDRESS.finditer(text):
        lo = hint.start()
        while lo > 0 and text[lo - 1].isdigit():
            lo -= 1
        if hint.start() - lo > 4:
            continue  # six digits or more: no house number
        piece = text[lo : min(len(text), hint.end() + 60)]
        spaces = {i: (i, " ") for i in range(1, len(piece)) if piece[i - 1] != " " and (
            piece[i - 1].isdigit() and piece[i].isalpha() or piece[i - 1].isalpha() and piece[i].isdigit()
            or piece[i - 1].islower() and piece[i].isupper())}
        view, starts, ends = edited(piece, spaces)
        spans += [(lo + start, lo + end, key) for a, b, key in _numbered(view)
                  for start, end in [to_text(a, b, starts, ends)]]
    return spans


__all__ = ["addresses", "labelled_addresses"]
