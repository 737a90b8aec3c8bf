"""Answers to question tasks, read from the screen or the notes.

"What time does X start?" asks for a time, "How much does X cost?" an amount, "What is X's
phone number?" a number, "Who sent...?" a name, "Which ... has the best rating?" the name of a
row, "How many ... on <date>?" a count. The answer is the value of that kind found on the line
that names the question's object (its quoted text or names), else on the screen's first list row.
Plain English question grammar, and a count asked in another language (agents/count_leads.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import count_leads, degree_leads, durations, event_details, place_leads, ranked_by, time_leads, topic_rows
from .acronyms import spelled
from .asked_kinds import lead as kind_lead
from .asked_kinds import value as locale_value
from .text import normalize, words
from .values import PATTERNS

_PATTERN = dict(PATTERNS)
_QUESTION = re.compile(r"\?\s*$|(?:^|[.!;]\s+)(?:what|which|who|whom|whose|when|where|how)\b[^.!?;]*\?|^\s*find\s+(?:the|my)\s+(?:largest|biggest|smallest|cheapest|newest|latest|oldest)\b[^,;]*$"
                       r"|^\s*(?:what|which|who|whom|whose|when|where|how|tell me|find out|look up|read me|"
                       r"read out|show me|check(?![ -]?(?:out|in)\b)|count|remind me (?=who|what|when|where|which|how))\b"
                       r"|^\s*(?:name|list) (?:the|my|which|all)\b(?!.*[\"“])|^\s*(?:until|till|up to) (?:what|which) (?:time|hour)\b"
                       r"|^\s*(?:on|to|in|at|from|for|by|with|since|about) (?:what|which|whose|whom|how many|how much)\b"  # "on what date was X taken"
                       # a yes/no question said without its mark, one clause: "is bluetooth on", "did Ana text me" (not "is it
                       # possible to ...", nor "is X on, if not turn it on")
                       r"|^\s*(?:(?:is|are|was|were)\s+(?!(?:it|there)\s+(?:possible|a way|any way|ok|okay|alright|fine)\b|you\b|we\b)"
                       r"|(?:do|does|did)\s+(?!not\b)(?:I|they|he|she|it|my|the|(?-i:[A-Z])\w+)\s)"  # "are you able to X" asks X done
                       r"(?![^?]*\b(?:if|and|then|so|otherwise|but|please)\b)[^.?!,;:]+$", re.I)
# Things whose size is how many items they hold (a file's size is its bytes).
_HOLDER = re.compile(r"\b(?:album|folder|directory|playlist|collection|list|group|inbox|cart|basket|library|gallery)s?\b")
_FILE_NAME = re.compile(r"\.\w{2,4}\b")
_CODE = re.compile(r"\b(?=[\w-]*\d)[\w-]{3,}\b")
_NAME = re.compile(r"^\s*(?:from\s+)?([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})")
_FULL_NAME = re.compile(r"^\s*(?:from\s+)?([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})\b(?=\s*[.,|:·])")
_COUNT = re.compile(r"\b\d+\b")
# "the number of unread chats", "the number of Kindle books": a count of things said in the plural (not "the number of Dr Jones")
# A terse note naming a thing, then the count of what it holds: "shop cart, number of items", "Inbox: number of unread"
# (not a message to send, "Message Ana Ruiz, count of chairs is 12": a texting verb first, or the value said after it)
_TOPIC_COUNT = re.compile(r"^\s*(?!(?:text|message|msg|sms|email|e-mail|mail|tell|send|write|ping|dm|whatsapp|reply)\b)"
                          r"(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*[,:;–—-]\s*(?:the\s+)?(?:number|count|total) of\b"
                          r"(?![^,;:.?]*\b(?:is|are|=)\s*\d)", re.I)
_COUNTED_NOUN = re.compile(r"(?<!phone )\bnumber of (?:(?:my|the|your|our|all(?: the)?) )?(?:(?!(?:who|which|that)\b)[\w\-]+ ){0,2}?"
                           r"(?!(?:has|was|is|does|his|this|its|yes|plus|us|gas|bus)\b)(?-i:[a-z][\w\-]*[^\Ws'])s\b", re.I)


@dataclass(frozen=True)
class Asked:
    kind: str  # time, hours (a range), duration, distance, temperature, amount, phone, email, address, name, count, code,
    # date, line
    topic: set[str]  # words of the thing asked about, to find its line
    until: bool = False  # the end of a range is asked ("until what time", "when does it close")
    when: bool = False  # "when", not "what time": a day answers it where no time is shown ("Arvioitu toimitus ke 9.12.")
    tomorrow: bool = False  # a temperature asked of tomorrow: the forecast row that says tomorrow answers it
    lowest: bool = False  # ... and its lowest value ("tiefstens", "la mínima")


def asked(task: str) -> Asked | None:
    """What kind of value a question asks for; None when the task is not a question."""
    warm = degree_leads.lead(task)  # "Wie warm wird es morgen?", "明天多少度？", "quanti gradi fa?" (no count)
    other = kind_lead(task) if not warm else None  # "wie weit", "多少钱", "à quelle heure" (a kind, not a count)
    abroad = count_leads.lead(task) if not warm and not other else None  # "Wie viele ungelesene E-Mails habe ich?"
    when = time_leads.lead(task) if not abroad else None  # "امتى يوصل الأكل؟"
    where = place_leads.lead(task) if not abroad and not when else None  # "unde a ajuns coletul?"
    much = count_leads.amount_lead(task) if not abroad and not when and not where else None  # "combien j'ai payé"
    if not _QUESTION.search(task) and not (abroad or when or where or much or warm or other) and not _TOPIC_COUNT.match(task):
        return None
    low = task.casefold()
    rules = (
        (r"\bhow long\b|\bhow many (?:minutes|mins|hours|hrs|seconds|secs)\b|\bduration\b|\b(?:length|running time) of\b",
         "duration"),
        (r"\bhow far\b|\bdistance\b|\bhow many (?:km|kilomet(?:er|re)s|miles|met(?:er|re)s|feet)\b", "distance"),
        (r"\bhow many (?!stars\b)|(?<!phone )(?<!the )\bnumber of\b|\bcount\b", "count"),  # "how many stars": a rating
        (r"^\s*what\b.*\brating\b|\bhow many stars\b|\bhow (?:well|highly|good)\b[^?]*\brated\b", "rating"),
        (r"\bhow (?:warm|cold|hot)\b|\btemperature\b|\btemp\b|\bhow many degrees\b", "temperature"),
        (r"\b(?:opening|business|office|visiting|open)\s+hours\b|^(?!.*\bwhat time\b).*\bhours\b"
         r"|\bwhen\s+(?:is|are)\b[^?]*\bopen\b", "hours"),
        (r"\bwhat time\b|\bwhen\b|\buntil\b|\bopen till\b|\bstarts?\b.*\?", "time"),
        (r"\bhow much (?:(?:disk |storage )?space|storage|room|memory)\b", "size"),  # "how much space does x.pdf take up?"
        (r"\bbattery\b|\bpercent(?:age)?\b", "percent"),  # "how much battery is left?": "64 %", not an amount
        (r"\bhow much\b|\bprice\b|\bcost\b|\btotal\b|\bamount\b", "amount"),
        (r"\bcode\b|\bpassword\b|\bpin\b", "code"),
        (r"\bhow (?:big|large)\b|\bsize\b", "size"),
        (r"\bphone\b(?! app\b)|\bnumber\b", "phone"),  # "in the phone app" says where, not what
        (r"\be-?mail\b", "email"),
        (r"\baddress\b|\bwhere\b|\blocation\b|\bvenue\b|\b(?:which|what) (?:place|city|town|country)\b"
         r"|\bthe place of\b", "address"),
        (r"\b(?:what|which)\s+(?:date|day)\b|\bdates?\b", "date"),
        (r"\bwho\b|\bwhom\b|\bwhose\b|\bwhich\b|\bwhat(?:'s| is) the name\b|^\s*name\b|^\s*what\b.*\b(?:is|are) (?:it )?called\b"
         r"|^\s*(?:find|show me)\b(?=.*\b(?:largest|biggest|smallest|cheapest|newest|latest|oldest)\b)", "name"),
    )
    kind = "count" if _COUNTED_NOUN.search(task) or abroad else other or next((k for pattern, k in rules if re.search(pattern, low)),
                                                                      "temperature" if warm else "time" if when else "address" if where else "amount" if much else "line")
    if kind == "size" and _HOLDER.search(low) and not _FILE_NAME.search(low):
        kind = "count"  # "how big is my Travel album?": how many things it holds, not bytes
    day_too = kind == "time" and (bool(when and not _CLOCK_LEAD.search(when.group(0))) or bool(
        re.search(r"\bwhen\b", low) and _ARRIVES.search(low) and not re.search(r"\bwhat time\b|\bat what\b", low)))
    ahead = kind == "temperature" and degree_leads.tomorrow(task)
    return Asked(kind, words(task), bool(re.search(r"\buntil\b|\bclos(?:e|es|ing)\b|\bends?\b", low)), day_too, ahead,
                 ahead and degree_leads.least(task))


# An English "when" takes a day only of what arrives ("when does my order arrive / get here / ship?"): when a meeting,
# a class or a booking is, is its time, which a list row showing only its day does not give (the details do)
_ARRIVES = re.compile(r"\b(?:arriv\w*|deliver\w*|ship(?:s|ped|ping)?|dispatch\w*|get(?:s|ting)? here|come(?:s)?|coming|due|expected)\b")
# The other languages' words that ask a clock time, not a day ("几点", "mấy giờ", "saat kaçta", "몇 시", "กี่โมง", "何時")
_CLOCK_LEAD = re.compile(r"几点|幾點|何時|mấy\s+giờ|saat\s+kaçta|hangi\s+saatte|몇\s*시|กี่โมง", re.I)
# A day and month written with dots, the final one kept (Finnish, German, Czech, Polish, Norwegian: "ke 9.12.",
# "am 24.12.", "do 3.1.2027"): a date on a screen, not a version ("v1.2") or an amount ("3.50")
_DOTTED_DATE = re.compile(r"(?<![\w.,])(?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\.(?:\d{4}\b|\d{2}\b)?(?![\w.,]|\.\d)")


def _inflected(keys: list[str], texts: list[str]) -> list[str]:
    """A name's stem where the task inflects it by case ("Zalandon" of Finnish, "Apotekets" of Swedish, "Rohlíku" of
    Czech) and the screen writes it bare ("Zalando SE"): the shown word the key starts with, one or two letters short
    of it, or the one that differs in its last letter only ("Allegra" for "Allegro")."""
    shown = {w for t in texts for w in re.findall(r"[^\W\d_]{4,}", normalize(t))}
    return [next((w for n in (1, 2) if (w := k[:-n]) in shown), None) or next(
        (w for w in sorted(shown) if len(w) == len(k) and w[:-1] == k[:-1]), k)
        if len(k) >= 6 and " " not in k else k for k in keys]


def find(question: Asked, lines: list[str], objects: list[str], notes: dict[str, str]) -> tuple[str, float] | None:
    """The answer on this screen (or in the notes) and how sure: 1.0 on the object's own line."""
    shown = [(text, line) for line in lines if (text := _plain(line))]
    texts = [text for text, _ in shown]
    if question.kind == "name" and question.topic & _LINKED_WORDS:  # "which Wi-Fi network am I connected to?"
        linked = connected_row(texts)
        if linked:
            return linked, 1.0
    keys = [normalize(o) for o in objects if o.strip()]
    event = place_leads.latest_event(texts) if question.kind == "address" and "address" not in question.topic else None
    if event:  # "where has my parcel got to": a tracking history's newest event
        return event, 0.9
    if question.kind == "text":  # the whole text of a note or message: its body, never a part of it
        return item_text(lines, keys)
    if question.kind == "event":  # what a message or mail says of when and where
        return event_details.event_line(shown, keys)
    if question.tomorrow:  # tomorrow's temperature: its forecast row, or not on this screen (the current value is today's)
        told = degree_leads.day_value(texts, question.lowest)
        return (told, 1.0) if told else None
    named = [t for t in texts if keys and any(k in normalize(t) for k in keys)]
    if keys and not named:  # the task's name inflected by case ("milloin Zalandon paketti tulee?")
        keys = _inflected(keys, texts)
        named = [t for t in texts if any(k in normalize(t) for k in keys)]
    if keys and not named and (full := [s for o in objects if (s := spelled(o.strip(), texts))]):
        keys = [normalize(s) for s in full]  # "SBI" for the "State Bank of India" row
        named = [t for t in texts if any(k in normalize(t) for k in keys)]
    rows = {_plain(line) for line in lines if line.lstrip().startswith("[")}
    for original in named:  # the object's own line first, the object's own words left out
        text = original
        for key in keys:  # whole words only: "theo" is no part of "theo.37@example.org"
            text = re.sub(rf"(?<![\w.@]){re.escape(key)}(?![\w.@])", " ", text, flags=re.I)
        if question.kind == "line":
            said = re.search(r"^[\s,|]*.*?(?:(?<!\d):|:(?!\d))\s*(.+)$", text) if keys else None  # not 17:15's colon
            if said and not (original in rows and said.group(1).rstrip().endswith(("…", "..."))):
                return said.group(1).strip(" |"), 0.9  # a list row's preview cut short is not all it says: opened first
            continue
        value = _value(question.kind, text.strip(" ,|:"), keys) or _day(question, text)
        if value and question.kind == "url" and original in rows and original.rstrip(" .…").endswith(value):
            continue  # a list row's preview may cut the address short: read it in the message
        if value is None and question.kind == "address":  # a place named, no street: the last plain part
            places = [p.strip() for p in re.split(r"[·|•]", text) if _is_place(p.strip())]
            value = places[-1] if places and re.search(r"[·|•]", text) else None  # the row's other part, never its title
        if value:
            return value, 1.0
    if keys and named and question.kind in ("time", "hours", "duration", "amount", "phone", "email", "address", "code",
                                            "date", "count", "url", "file", "distance", "percent", "rating", "temperature"):
        # the object's screen: the value may sit on its own line below the title
        start = texts.index(named[0])
        row = "" if _FIELD_LINE.match(shown[start][1].strip()) else _widget(shown[start][1])  # named on a list's row
        # (not in a form's field): the rows below it are other items
        for text, line in shown[start + 1:start + 12]:  # a detail page: title, actions, then the facts
            if row and _widget(line) == row:
                break
            value = _said(question, text, keys) if question.kind == "count" else _value(question.kind, text, []) or \
                _day(question, text)
            if value:
                return value, 1.0 if question.kind == "count" else 0.9
        if question.kind == "address":  # an event's page: its title, date, time, then the place as plain words
            place = next((t for t, line in shown[start + 1:start + 6] if line.startswith("    ") and _is_place(t)),
                         None)
            if place:
                return place, 0.8
    if not keys:  # "Kyoto temp today?": the "Kyoto: 8°C" row of a "label: value" list
        for text in texts:
            label, colon, said = text.partition(":")
            value = _value(question.kind, said, []) if colon and words(label) and words(label) <= question.topic else None
            if value:
                return value, 0.9
    if not keys and question.kind in ("count", "amount"):  # "hatua ngapi": the "6,842" over "Hatua"
        told = topic_rows.value(question.kind, question.topic, texts)
        if told:
            return told, 0.9
    for value in notes.values():
        found = _value(question.kind, value, [])
        if found:
            return found, 0.6
    if not keys and question.kind in ("time", "hours", "duration", "amount", "phone", "email", "address", "code", "size",
                                      "date", "file", "count", "percent"):
        # nothing named (a "nearest"/"cheapest" question): a detail page's own line for the value
        plain = [t for t, line in shown if line.startswith("    ")]
        for text in plain:
            value = _said(question, text, keys) if question.kind == "count" else \
                _value(question.kind, text, [], last=question.until)
            if value:
                return value, 0.6
    return None


_ASKING = frozenset(words("how many much number count what is are does do did the"))


def _said(question: Asked, text: str, keys: list[str]) -> str | None:
    """The number on a short detail line that says the question's own word ("Serves 4" for "how
    many people does it serve", "Ready in 15 minutes"): the count a page states, not rows counted."""
    topic = question.topic - _ASKING - set().union(*(words(k) for k in keys))
    numbers = _COUNT.findall(text)
    said = words(text) & topic or {_stem(w) for w in words(text)} & {_stem(w) for w in topic} - {""}
    return numbers[0] if len(numbers) == 1 and len(text.split()) <= 6 and said else None


def _day(question: Asked, text: str) -> str | None:
    """The day a "when" question's object line shows where it shows no time: a date, or one written "9.12."."""
    if not question.when:
        return None
    m = _PATTERN["date"].search(text) or _DOTTED_DATE.search(text)
    return m.group(0).strip().rstrip(",") if m else None


def _stem(word: str) -> str:
    """A word without its English ending ("servings", "serves", "served" -> "serv"); "" when too short to tell."""
    stem = re.sub(r"(?:ings?|e[sd]?|s)$", "", word)
    return stem if len(stem) >= 4 else ""


# A question about the network or device in use, and the status real Settings rows show for it
# (Pixel "Connected", Samsung "Connected", German "Verbunden", French "Connecté", ...).
_LINKED_WORDS = frozenset(words("connected connection network wifi wlan ssid paired bluetooth hotspot joined",
                                stopwords=frozenset()))
_CONNECTED = re.compile(r"^(?:connected|verbunden|connecté|conectado|connesso|verbonden|połączono|подключено|"
                        r"接続済み|已连接|연결됨)\b", re.I)


def connected_row(texts: list[str]) -> str | None:
    """The name on the row whose status part says it is connected ("Linksys-7A1 | Connected" -> "Linksys-7A1")."""
    for text in texts:
        head, *rest = [p.strip() for p in re.split(r"\s*[|·•]\s*|\s*,\s*", text) if p.strip()]  or [""]
        if head and any(_CONNECTED.match(normalize(p)) for p in rest) and not _CONNECTED.match(normalize(head)):
            return head
    return None


_FIELD_LINE = re.compile(r'^\[\d+\]\s+\S+\s+"(?P<label>[^"]*)"\s*=\s*"(?P<value>.*)"')
_BODY_FIELD = frozenset(words("body text note content contents message description", stopwords=frozenset()))


def item_text(lines: list[str], keys: list[str]) -> tuple[str, float] | None:
    """The text of the item named ``keys`` (a note): on its open page the body field beside a title
    field holding exactly its name; in a list, the rest of the row whose title is exactly its name
    (not "Groceries list" for "Groceries"), unless the row is cut short with an ellipsis."""
    fields = [(m["label"], m["value"]) for m in map(_FIELD_LINE.match, lines) if m]
    if any(normalize(value) in keys for _, value in fields):
        body = [value for label, value in fields if words(label) & _BODY_FIELD and normalize(value) not in keys]
        if body and body[0].strip():
            return body[0], 1.0
    for line in lines:
        head, _, rest = _plain(line).partition(" | ")
        if normalize(head) in keys and rest.strip() and not rest.rstrip().endswith(("…", "...")):
            return rest.strip(), 0.9
    return None


def first_row_name(rows: list[str]) -> str | None:
    """The name a list's first row starts with ("Ana Ruiz. See you..." -> "Ana Ruiz")."""
    for row in rows:
        m = _FULL_NAME.match(row)
        if m:
            return m.group(1)
    return None


def _widget(line: str) -> str:
    """The widget class of a listed element's line ("[16] LinearLayout ..." -> "LinearLayout"); "" for plain text."""
    m = re.match(r"\s*\[\d+\]\s+(\S+)", line)
    return m.group(1) if m else ""


def _plain(line: str) -> str:
    """A listed line's words without its id, class and flags."""
    m = re.match(r'\s*(?:\[\d+\]\s+\S+\s+)?"?(.*?)"?(?:\s*=\s*"(.*)")?(?:\s+\([^()]*\))?\s*$', line)
    return " ".join(p for p in (m.group(1), m.group(2)) if p) if m else line.strip()


def _is_place(text: str) -> bool:
    """Words that can name a place ("Blue Door Bar", "Room 4"): letters first, no date, time or range in them."""
    return bool(re.match(r"[^\W\d]", text)) and len(text) <= 60 and not (
        _PATTERN["date"].search(text) or _PATTERN["time"].search(text) or _RANGE.search(text) or "|" in text)


_RATING = re.compile(r"\b\d(?:[.,]\d)?(?=\s*(?:★|☆|stars?\b|/\s*5\b))")
_SIDE = r"\d{1,2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\b\.?)?"
_RANGE = re.compile(rf"\b{_SIDE}\s*(?:[-–—]|\bto\b|\buntil\b|\btill\b)\s*{_SIDE}", re.I)  # "9:00-18:00", "9am to 5pm"
_COUNTED = re.compile(r"(?<![\d:.,/])\b(\d{1,4})\s+(?!am\b|pm\b)[^\W\d]+")


def _value(kind: str, text: str, keys: list[str], last: bool = False) -> str | None:
    """The value of ``kind`` in ``text``: as English writes it, else as another locale does ("12,50 €", "25 Min.")."""
    found = [v for v in (_english_value(kind, text, keys, last), locale_value(kind, text)) if v]
    return (max(found, key=len) if kind == "duration" else found[0]) if found else None  # "1 Std. 20 Min.", not "20 Min"


def _english_value(kind: str, text: str, keys: list[str], last: bool = False) -> str | None:
    if kind in ("size", "temperature"):
        unit = r"(?:kb|mb|gb|bytes?)" if kind == "size" else r"°\s?[cf]?|degrees"
        m = re.search(rf"-?\d+(?:[.,]\d+)?\s*{unit}", text, re.I)
        return m.group(0) if m else None
    if kind == "distance":  # "2.7 km", "1,2 km", "800 m", "3 miles", "12 км"
        m = re.search(r"(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:km|kms|kilomet(?:er|re)s?|mi|miles?|m|met(?:er|re)s?|ft|feet|км|м)"
                      r"(?![^\W\d_])", text, re.I)
        return m.group(0) if m else None
    if kind == "rating":
        m = _RATING.search(text)
        return m.group(0) if m else None
    if kind == "count":
        m = _COUNTED.search(text)
        return m.group(1) if m else None
    if kind == "hours":
        m = next((r for r in _RANGE.finditer(text) if re.search(r":|[ap]\.?m", r.group(0), re.I)), None)
        return re.sub(r"\s*[-–—]\s*", "-", m.group(0).strip()) if m else None
    if kind in _PATTERN:
        if kind == "address":
            text = _PATTERN["date"].sub(" ", text)  # "17 March 2026" is a date, not a street number
        found = list(_PATTERN[kind].finditer(text))
        m = (found[-1] if last else found[0]) if found else None  # "open 10:00-21:00": until 21:00
        return m.group(0).strip().rstrip(",.") if m else None
    if kind == "code":
        m = _CODE.search(text)
        return m.group(0) if m else None
    if kind == "name":
        m = re.search(r"\b([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})", text)  # a name of two words or more
        return m.group(1) if m else None
    return None


# "best-rated", "cheapest", "nearest", "newest": which row a task means, by a value each row shows.
RANKED = (
    (ranked_by.FREQUENT, "frequency", max),  # "whoever called me the most times": the name most rows show
    (ranked_by.MOST_OF, "count", max),  # "the chat with the most unread messages": its "7 unread"
    (ranked_by.MORE_THAN_ALL, "count", max),
    (ranked_by.FEWEST_OF, "count", min),
    (re.compile(r"\b(?:best|highest|top)[- ]rated\b|\bbest rating\b|\bhighest rating\b|\b(?:the|my|your|their)\s+best\s+"
                r"(?=[a-z])(?!(?:way|time|thing|things|part|day|of|friend|regards|wishes|luck|deal|price|one)\b)", re.I),
     "rating", max),  # "the best ramen place": the best-rated one
    (re.compile(r"\b(?:worst|lowest)[- ]rated\b|\blowest rating\b", re.I), "rating", min),
    (re.compile(r"\bcheapest\b|\blowest price\b|\bleast expensive\b", re.I), "price", min),
    (re.compile(r"\b(?:most expensive|dearest|highest price)\b", re.I), "price", max),
    (re.compile(r"\b(?:nearest|closest)\b", re.I), "distance", min),
    (re.compile(r"\b(?:farthest|furthest)\b", re.I), "distance", max),
    (re.compile(r"\b(?:largest|biggest)\b", re.I), "size", max),
    (re.compile(r"\bsmallest\b", re.I), "size", min),
    (durations.LONGEST, "duration", max),  # "the longest event": by the span or length each row shows
    (durations.SHORTEST, "duration", min),
)
_NUMBER = r"\d[\d,.\u00a0\u202f']*\d|\d"
_ROW_VALUE = {  # "4.5 ★", "4,5 Sterne", "Rated 4.5 out of 5", Google Maps' "4.5 (1,234)"
    "rating": re.compile(r"\brated\s+(\d(?:[.,]\d)?)\s+out of\s+5|(?<![\d.,])(\d(?:[.,]\d)?)\s*(?:★|☆|stars?\b|sterne\b|"
                         r"étoiles\b|estrellas\b|/\s*5\b|(?:\|\s*)?\(\d[\d,.]*\))", re.I),
    "price": re.compile(rf"(?:[$€£¥₹]|\b(?:usd|eur|gbp|chf|rs\.?)\s?)\s?({_NUMBER})|({_NUMBER})\s?(?:€|£|\$|₹|"
                        r"\b(?:usd|eur|gbp|chf|euros?|dollars?)\b)", re.I),
    "distance": re.compile(rf"({_NUMBER})\s*(km|mi|m|ft)\b"),
    "size": re.compile(rf"({_NUMBER})\s*(kb|mb|gb|tb|b|ko|mo|go|кб|мб|гб)\b", re.I),
}
_UNIT = {"km": 1000.0, "mi": 1609.0, "m": 1.0, "ft": 0.3048, "kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12, "b": 1.0,
         "ko": 1e3, "mo": 1e6, "go": 1e9, "кб": 1e3, "мб": 1e6, "гб": 1e9}  # French octets, Russian байты
# A price struck through or given for comparison: "List: $19.99", "Was $20", "UVP 24,99 €", "M.R.P.: ₹999"
_OLD_PRICE = re.compile(r"(?:\blist(?:\s+price)?|\bwas|\btypical(?:\s+price)?|\brrp|\bm\.?r\.?p\.?|\buvp|\bstatt|"
                        r"\bbefore|\bprix conseillé|\bantes|\bregular)\s*:?\s*$", re.I)


def number(text: str) -> float | None:
    """A shown number in either convention: "1,234.50", "1.234,50", "12,99", "0.8"."""
    text = re.sub(r"[\u00a0\u202f' ]", "", text)
    if "," in text and "." in text:
        text = text.replace(",", "") if text.rfind(".") > text.rfind(",") else text.replace(".", "").replace(",", ".")
    elif "," in text:
        head, _, tail = text.rpartition(",")
        text = f"{head.replace(',', '')}.{tail}" if len(tail) != 3 else text.replace(",", "")
    elif text.count(".") > 1:
        text = text.replace(".", "")
    try:
        return float(text)
    except ValueError:
        return None


def row_value(kind: str, label: str) -> float | None:
    """The value a row shows for ranking by ``kind`` (a rating, price, distance in metres, size in bytes, minutes)."""
    if kind == "duration":
        return durations.minutes(label)
    if kind not in _ROW_VALUE:
        return None
    for m in _ROW_VALUE[kind].finditer(label):
        if kind == "price" and _OLD_PRICE.search(label[max(0, m.start() - 20):m.start()]):
            continue  # the list price beside the price paid
        found = number(m.group(1) or m.group(2) or "")
        if found is None:
            continue
        unit = m.group(2) if kind in ("distance", "size") else ""
        return found * _UNIT.get((unit or "").lower(), 1.0)
    return None


def value_in(kind: str, text: str) -> str | None:
    """The value of ``kind`` (an asked kind: time, amount, phone, address, rating...) in ``text``."""
    return _value(kind, text, [])


def superlative(task: str) -> bool:
    return any(pattern.search(task) for pattern, _, _ in RANKED)


def ranked_row(task: str, rows: dict[int, str], topic: set[str], names: set[str] = frozenset()) -> int | None:
    """The row a superlative task means: among rows naming the task's category (its capitalised
    words, all of them; none such row: None, look further) or else sharing a topic word, the one
    with the best value of the kind the superlative ranks by."""
    for pattern, kind, best in RANKED:
        if not pattern.search(task):
            continue
        often = ranked_by.how_often(rows) if kind == "frequency" else {}
        scored = {i: v for i, v in ((i, often.get(i) if kind == "frequency" else ranked_by.count_of(task, label)
                                     if kind == "count" else row_value(kind, label)) for i, label in rows.items())
                  if v is not None}
        if names:
            pool = {i: v for i, v in scored.items() if names <= words(rows[i])}
            return best(pool, key=pool.get) if pool else None
        on_topic = {i: v for i, v in scored.items() if words(rows[i]) & topic}
        pool = on_topic or scored
        if len(pool) >= 2 or (pool and on_topic):
            return best(pool, key=pool.get)
        return None
    return None
