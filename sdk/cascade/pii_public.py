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
_PLACE = re.compile(rf"(?i:(?<![^\W\d_])(?:{_PLACES})(?![^\W\d_])|^[^\n,·|]{{0,30}}?(?:{_UNSPACED_PLACES}))")
_SMALL_WORD = re.compile(r"(?<![^\W\d_])[a-zß-ÿ][a-zß-ÿ'’]*(?![^\W\d_])")  # a word in lower case: a sentence, no name
_PARTICLES = frozenset("de du des la le les of the and di da del della am an im do dos das van von y e".split())
_HOURS = re.compile(
    r"(?i)opens?\s(?:now|daily|24|\d)|opening hours|closes\s\d|\d{1,2}[:.]\d\d\s?(?:[-–~〜]|to)\s?\d{1,2}[:.]\d\d|"
    r"open 24|営業時間|開館時間|营业时间|"
    r"营业|öffnungszeiten|geöffnet|horario|horaires|ouvert|aberto|orario|часы работы|çalışma saatleri|giờ mở cửa|"
    r"jam buka|เวลาเปิด|ساعات العمل|영업시간")
_HOME = re.compile(  # a home's or office's part: the address is someone's
    r"(?i)(?<![^\W\d_])(?:flat|apt|apartment|unit|suite|room|floor|fl|house|plot|villa|casa|piso|depto|apto|"
    r"appartement|étage|wohnung|kat|дом|д|"
    r"daire|кв|квартира|号室|室|층|호|tầng|phòng|lantai)(?![^\W\d_])")


def listed_place(text: str, start: int, end: int) -> bool:
    """Is the address at ``text[start:end]`` a public place's, as a listing prints it (see the module's doc)?"""
    if _HOME.search(text, start, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    head = text[start:end].split(",", 1)[0]  # a postcode's line may begin with the place's name
    before = text[line_start:start] + ("" if any(ch.isdigit() for ch in head) else head)
    return _named_place(before) or bool(_HOURS.search(text, line_start, line_end))


def _named_place(before: str) -> bool:
    """Does ``before`` (the line up to the address) name a public place and nothing else ("Eiffel Tower, Champ de
    Mars, "; not "I'm at the hospital, send it to ")?"""
    return len(before) <= 60 and bool(_PLACE.search(before)) and all(
        w.group() in _PARTICLES for w in _SMALL_WORD.finditer(before))


__all__ = ["listed_place"]
