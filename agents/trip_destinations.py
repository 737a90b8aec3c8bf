"""The end of a trip a task names goes into the form's empty destination entry ("таксі на вокзал": "Куди їдемо?").

Ride, taxi, maps and transit apps open on one entry asking where to ("Where to?", "¿A dónde vas?", "Куди їдемо?",
"Wohin?", "Enter destination", "目的地を入力", "어디로 갈까요?"): a field to type into, or a row that opens the
search form. A task names the end after a preposition ("a cab to the airport", "pídeme un didi a plaza antara",
"таксі на вокзал", "fahr mich nach Köln", "đưa tôi đến chợ Bến Thành") or before a postposition ("空港まで",
"공항까지"). When the screen shows such an entry, still empty (its text only asks where to, in words, hint or
resource id: destination, where to, drop-off, destino, wohin, куда, nereye, tujuan, 目的地, ...), the end is typed
into the field, or the row is tapped, above the rest. A saved place or suggestion naming the end is left to the
rules (the task's place is there), as is an entry showing a place already, or a task that names no end. A "to" after a
verb that takes an infinitive ("I want to fly to Lisbon"), or after "somewhere"/"something"/"a place" ("somewhere to
stay in Hamburg"), names no place; a name ends where words in lower case begin
("to Lisbon next weekend": "Lisbon").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .function_words import FUNCTION_WORDS
from .perceptor import Screen
from .task_verbs import VERBS
from .text import STOPWORDS, normalize

_STOP = r"[,.;!?、。，؟]"
# "to X" in the languages phones ship: the value runs to a clause's end (at most five words)
_TO = re.compile(r"(?:^|\s)(?:to|a|à|al|au|hasta|para|pra|nach|zum|zur|naar|do|в|во|на|до|ke|đến|tới|ไป|ถึง|"
                 r"إلى|الى|אל|به|برای)\s+", re.I)  # Persian "به" (to), "برای" (for: "یه اسنپ بگیر برای فرودگاه")
# Said short or shared with other languages' words, these name the end only before a name ("pa' Unicentro", "na
# Karlovo náměstí", "pro Shopping Iguatemi"): colloquial Spanish "pa'" and Portuguese "pro"/"pros" (para, para o),
# and the "na" of the West and South Slavic languages (Polish, Czech, Slovak, Croatian, Serbian, Slovene), which in
# Portuguese, Swahili or Tagalog says "in the", "and" or links words.
_TO_BEFORE_NAME = re.compile(r"(?:^|\s)(?:pa['’]?|pro|pros|na)\s+(?=\d|[^\W\d_][^\s]*)", re.I)
_BEFORE = re.compile(r"(?P<v>[^\s,.;!?、。，؟]+?)(?:まで|까지)|(?:^|\s)(?P<k>\S+?)으?로(?:\s|$)|(?:去|到)(?P<z>[^\s,.;!?、。，؟]+)")
_WHERE_TO = re.compile(
    r"\b(?:where\s+to|where\s+are\s+you\s+going|destination|drop[\s_-]?off|going\s+to|"
    r"a\s?d[oó]nde(?:\s+vas|\s+vamos)?|hacia\s+d[oó]nde|destino|para\s+onde|aonde|où\s+allez|où\s+va|"
    r"wohin|reiseziel|ziel|waarheen|bestemming|dove\s+vai|destinazione|dokąd|cel\s+podróży|kam\s+jedete|"
    r"куда|куди|пункт\s+назначения|призначення|nereye|varış|kemana|ke\s+mana|tujuan|đi\s+đâu|điểm\s+đến|"
    r"إلى\s+أين|الوجهة|وجهتك|לאן|יעד|कहाँ\s+जाना|गंतव्य|مقصد|منزل|"
    # where a ticket's trip ends, as transit forms name it beside the start ("Estación de llegada", "Станція прибуття")
    r"arrival|arriving|llegada|chegada|arrivée|arrivee|arrivo|ankunft|ankunftsort|aankomst|przyjazdu?|przylotu?|příjezdu?|"
    r"прибуття|прибытия|прибытие|kedatangan|ga\s+đến|الوصول|נחיתה|आगमन)\b|目的地|去哪|到哪|行き先|どこへ|어디로|"
    r"도착지|목적지|到着|到达|到達|ไปไหน|ปลายทาง", re.I)
# where money or a file goes ("Destination account", "Cuenta destino", "Zielkonto"): no trip's end
_NOT_TRIP = re.compile(r"account|acct|iban|wallet|card|folder|path|cuenta|conta|compte|konto|счёт|счет|рахунок|rekening|"
                       r"tài\s+khoản|บัญชี|口座|계좌|账户|帐户|حساب|חשבון|"
                       # when the trip ends ("Arrival date", "Дата прибуття", "Hora de llegada"): a date or time field
                       r"date|time|fecha|hora|data|datum|heure|zeit|uhrzeit|дата|час|время|tarih|saat|tanggal|waktu|"
                       r"ngày|giờ|تاریخ|تاريخ|ساعت|日付|日期|时间|時間|날짜|시간", re.I)
# "to pick up my sister", "to be there by 5": English "to" before a verb is a purpose, no place
_PURPOSE = VERBS | frozenset("be pick see meet visit catch grab eat have do attend collect fetch bring arrive".split())
# "to JFK tomorrow morning", "al aeropuerto mañana": a time said after the place ends it
_WHEN = frozenset("today tonight tomorrow now morning evening afternoon night asap soon hoy mañana ahora demain "
                  "aujourd'hui maintenant heute morgen jetzt сегодня завтра сейчас утром вечером сьогодні завтра "
                  "hôm mai sekarang besok "
                  # ... and the week or weekend it is for ("para el fin de semana", "for the weekend", "на выходные")
                  "week weekend fin finde semana semaine week-end wochenende woche settimana fine weekendu tydzień "
                  "неделю неделя выходные тиждень вихідні hafta haftasonu minggu tuần".split())
_DEICTIC = frozenset("there here allí ahí allá aquí là ici dort hier туда сюда там".split())
_ENGLISH = re.compile(r"\b(?:the|my|to|for|please|get|book|call|order|take|want|need|i)\b", re.I)
_ID_WORDS = re.compile(r"([a-z])([A-Z])")  # "etDestination" -> "et Destination"
_WORD = re.compile(r"\w+")
_MAX_WORDS = 5
# English verbs that take "to" and a verb ("want to fly", "I'd like to go", "need to get"): that "to" names no place
_INFINITIVE = re.compile(r"\b(?:want|wants|wanna|need|needs|have|has|had|got|like|love|going|plan|planning|hope|try|trying|wish"
                         r"|would|ought|used|able|how"
                         # ... and English indefinite pronouns and "place" nouns before an infinitive of purpose
                         # ("somewhere to stay in Hamburg", "something to eat", "a place to park"): no trip's end
                         r"|somewhere|anywhere|nowhere|everywhere|someplace|anyplace|something|anything|nothing"
                         r"|everything|someone|anyone|somebody|anybody|place|places|spot|spots)\s*$", re.I)
_CONNECTORS = frozenset("de del da do dos das di du des van der den von la le los las of the and y e et und".split())


def _named(token: str) -> bool:
    """A word written as (part of) a name: capitalised in a script with capitals, or a number ("Terminal 2")."""
    return token[:1].isdigit() or token[:1].isupper()


def destination(task: str) -> str | None:
    """The end of the trip the task names after "to" (the first such phrase naming a place) or before "まで",
    else None: a purpose ("to pick up my sister") or a time after the place ("to JFK tomorrow") is no part of it."""
    english = bool(_ENGLISH.search(task))  # "book me a ride": an article, not Spanish "a" (to)
    found = [m for m in _TO.finditer(task) if not (english and m.group().strip().casefold() == "a")]
    found = sorted(found + [m for m in _TO_BEFORE_NAME.finditer(task) if _named(task[m.end():])],
                   key=lambda m: m.start())
    for m in found:
        tokens = re.split(_STOP, task[m.end():])[0].split()[:_MAX_WORDS]
        if m.group().strip().casefold() == "to" and (tokens and tokens[0] in _PURPOSE or _INFINITIVE.search(task[:m.start()])):
            continue  # "I need to be there", "I want to fly to Lisbon": an infinitive
        kept: list[str] = []
        for token in tokens:
            word = normalize(token)
            if word in FUNCTION_WORDS or word in STOPWORDS:
                if kept:
                    break
                continue  # "to the airport": "airport"
            if word in _WHEN or kept and _named(kept[0]) and not _named(token) and word not in _CONNECTORS:
                break  # "to Lisbon next weekend": a name ends where the words in lower case begin
            kept.append(token)
        if kept and normalize(" ".join(kept)) not in _DEICTIC:
            return " ".join(kept)
    if found:
        return None
    m = _BEFORE.search(task)
    return (m.group("v") or m.group("k") or m.group("z")) if m else None


def _asks_where(text: str) -> bool:
    """Does ``text`` (an entry's words) only ask where to go: the question or noun, no place shown after it?"""
    if not text.strip() or re.search(r"\d", text) or len(text.split()) > _MAX_WORDS:
        return False
    m = _WHERE_TO.search(text)
    if m is None or _NOT_TRIP.search(text):
        return False
    rest = _WORD.findall(text[:m.start()] + " " + text[m.end():])
    # a capital opening the prompt before its where-word is its sentence's ("Estación de llegada", "Станція прибуття",
    # "Enter destination"), no place's name; one after it is ("Destination: Lisbon")
    lead = 1 if rest and m.start() > 0 and text.lstrip().startswith(rest[0]) else 0
    return len(rest) <= 2 and not any(w[0].isupper() for w in rest[lead:] if w[0].isalpha() and w.upper() != w.lower())


def _entry(screen: Screen, element: int) -> bool:
    """Is ``element`` an empty destination entry (by its text, label or resource id)?"""
    rid = screen.locators.get(element, {}).get("resource_id", "").rsplit("/", 1)[-1]
    rid = _ID_WORDS.sub(r"\1 \2", rid).replace("_", " ")
    shown = screen.editable[element] if element in screen.editable else screen.labels.get(element, "")
    if shown.strip():
        return _asks_where(shown)  # a place shown is no empty entry
    return _asks_where(screen.labels.get(element, "")) or _asks_where(rid)


def _route(title: str, said: str) -> bool:
    """A row naming a trip to the place ("Intercity+ to Lviv | from 479 UAH", "Bus nach Köln"): an offer or a line,
    no saved place; the place is searched in the entry."""
    before = title[:title.find(said)].split()
    return bool(before) and _TO.fullmatch(f" {before[-1]} ") is not None


def adjust(out: list[Any], task: str, screen: Screen, make: Callable[..., Any]) -> None:
    """Type the task's end of trip into the empty destination field, or tap the entry row (module docstring)."""
    end = destination(task)
    if not end:
        return
    said = normalize(end)
    for element in screen.actionable:
        title = normalize(screen.labels.get(element, "").split(" | ")[0])
        if element not in screen.editable and title.find(said) >= 0 and not _route(title, said):
            return  # a saved place or suggestion names it: the rules tap it
    entry = next((e for e in screen.actionable if _entry(screen, e)), None)
    if entry is None:
        return
    top = max((c.score for c in out), default=0.0)
    label = screen.labels.get(entry, "")
    if entry in screen.editable:
        action = {"kind": "type", "element": entry, "text": end}
        line = f'type "{end}" into [{entry}] {label}'
    else:
        action, line = {"kind": "tap", "element": entry}, f"tap [{entry}] {label}"
    same = next((c for c in out if c.action == action), None)
    if same is not None:
        same.score = max(same.score, top + 0.5)
    else:
        out.append(make(action, line, max(3.8, top + 0.5)))
