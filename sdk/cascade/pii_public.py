"""Addresses of public places as listings print them: no one's home, so they stay.

A maps result, a guide or a ticket prints a place's address beside its name or its opening hours: "Eiffel Tower,
Champ de Mars, 5 Av. Anatole France", "東京タワー 東京都港区芝公園4丁目2-8 · 営業時間 9:00〜22:30", "Central Station,
1 Station Sq · open 24 hours". An address on a line that names a public place of a kind (a museum, station, palace,
temple, park, airport, hospital ... in many languages) and nothing else before it, or gives opening hours, is such
a listing, unless it names a flat, floor or room: "Harbour Tower, Flat 12, 3 Quay St" is someone's home, and "I'm
at the hospital, send it to 14 Oak Road" a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .pii_spelled import words_of

_PLACES = (  # kinds of public place, as their names end or start
    "tower|palace|museum|cathedral|basilica|church|chapel|mosque|temple|shrine|synagogue|castle|fort|fortress|"
    "station|airport|terminal|stadium|arena|gallery|zoo|aquarium|park|gardens|mall|market|bazaar|hotel|hostel|"
    "university|college|school|hospital|clinic|library|theatre|theater|opera|cinema|monument|memorial|"
    "city hall|town hall|embassy|consulate|parliament|courthouse|"
    "musée|gare|aéroport|château|église|cathédrale|palais|tour eiffel|parc|jardin|mairie|hôtel|"
    "museo|estación|aeropuerto|castillo|iglesia|catedral|palacio|parque|mercado|teatro|ayuntamiento|"
    "museu|estação|aeroporto|igreja|palácio|mercado|"
    "bahnhof|hauptbahnhof|flughafen|schloss|kirche|dom|palast|rathaus|tor|turm|"
    "музей|вокзал|аэропорт|собор|храм|дворец|парк|театр|"
    "müzesi|camii|cami|sarayı|kulesi|istasyonu|havalimanı|parkı|"
    "bảo tàng|sân bay|chùa|nhà thờ|công viên|chợ|masjid|stasiun|bandara|taman|pasar"
)
_UNSPACED_PLACES = (  # the same in scripts written without spaces: ending a name glued on ("東京タワー", "วัดโพธิ์")
    "タワー|駅|空港|美術館|博物館|城|寺|神社|公園|ホテル|病院|図書館|劇場|スタジアム|"
    "博物馆|机场|火车站|寺|公园|广场|医院|图书馆|酒店|塔|宫|"
    "박물관|역|공항|궁|타워|공원|병원|도서관|호텔|"
    "متحف|مسجد|محطة|مطار|قصر|برج|حديقة|مستشفى|"
    "मंदिर|संग्रहालय|स्टेशन|हवाई अड्डा|किला|"
    "พิพิธภัณฑ์|วัด|สถานี|สนามบิน|พระราชวัง|ห้าง"
)
_PLACE_WORDS = frozenset(w for place in _PLACES.split("|") for w in place.split())  # as ``words_of`` reads them
_UNSPACED = re.compile(_UNSPACED_PLACES)
_PLACE = re.compile(rf"(?i:(?<![^\W\d_])(?:{_PLACES})(?![^\W\d_])|^[^\n,·|]{{0,30}}?(?:{_UNSPACED_PLACES}))")
_SMALL_WORD = re.compile(r"(?<![^\W\d_])[a-zß-ÿ][a-zß-ÿ'’]*(?![^\W\d_])")  # a word in lower case: a sentence, no name
_PARTICLES = frozenset("de du des la le les of the and di da del della am an im do dos das van von y e".split())
_HOURS_WORDS = ("opening hours", "open 24", "営業時間", "開館時間", "营业", "öffnungszeiten", "geöffnet", "horario",
                "horaires", "ouvert", "aberto", "orario", "часы работы", "çalışma saatleri", "giờ mở cửa", "jam buka",
                "เวลาเปิด", "ساعات العمل", "영업시간")
_OPENS = re.compile(r"opens?\s(?:now|daily|\d)|closes\s\d")
_TIME_RANGE = re.compile(r"\d{1,2}[:.]\d\d\s?(?:[-–~〜]|to)\s?\d{1,2}[:.]\d\d")
_HOME = re.compile(  # a home's or office's part: the address is someone's
    r"(?i)(?<![^\W\d_])(?:flat|apt|apartment|unit|suite|room|floor|fl|house|plot|villa|casa|piso|depto|apto|"
    r"appartement|étage|wohnung|kat|дом|д|"
    r"daire|кв|квартира|号室|室|층|호|tầng|phòng|lantai)(?![^\W\d_])")


def listed_places(text: str, spans: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """Those of the address ``spans`` of ``text`` that are public places' as a listing prints them (see the
    module's doc)."""
    places = not _PLACE_WORDS.isdisjoint(words_of(text)) or not text.isascii() and bool(_UNSPACED.search(text))
    return {(start, end) for start, end in spans if not _HOME.search(text, start, end) and _listed(text, start, end, places)}


def _listed(text: str, start: int, end: int, places: bool) -> bool:
    line_start = max(text.rfind("\n", 0, start) + 1, start - 120)  # the line, or the part of it near the address
    line_end = text.find("\n", end, end + 120)
    line_end = min(len(text), end + 120) if line_end < 0 else line_end
    if places:
        head = text[start:end].split(",", 1)[0]  # a postcode's line may begin with the place's name
        if _named_place(text[line_start:start] + ("" if any(ch.isdigit() for ch in head) else head)):
            return True
    return _hours(text[line_start:line_end])


def _named_place(before: str) -> bool:
    """Does ``before`` (the line up to the address) name a public place and nothing else ("Eiffel Tower, Champ de
    Mars, "; not "I'm at the hospital, send it to ")?"""
    return len(before) <= 60 and all(w.group() in _PARTICLES for w in _SMALL_WORD.finditer(before)) and bool(
        _PLACE.search(before))


def _hours(line: str) -> bool:
    """Does ``line`` give opening hours ("Opens 7 AM", "08:00–19:00", "営業時間")?"""
    lowered = line.lower()
    return any(word in lowered for word in _HOURS_WORDS) or ("open" in lowered or "close" in lowered) and bool(
        _OPENS.search(lowered)) or bool(_TIME_RANGE.search(line))


__all__ = ["listed_places"]
