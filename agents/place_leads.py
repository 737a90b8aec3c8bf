""""Where" asked in other languages, and where a tracked thing has got to.

The interrogative of a place in the languages phones ship: "¿dónde está mi pedido?", "où est mon colis ?",
"wo ist mein Paket?", "unde a ajuns coletul?", "gdzie jest paczka?", "где посылка?", "أين طلبي؟", "包裹到哪了？",
"荷物はどこ？", "택배 어디야?". As with "when" (agents/time_leads.py) several of these words are also conjunctions or
relatives ("donde vivo", "où j'habite", "wo ich wohne"): the word asks only in a task that ends with a question mark,
and a quoted message is no question asked. Words that also mean something else in a question are left out: Swedish
"var" (was), Norwegian "vart" (became); Danish and Norwegian "hvor" asks how before mange, meget, lang ("how many"),
Greek "πού" asks only with its accent ("που" is "that").

``latest_event``: a tracking history (a parcel's, a delivery's, a flight's) lists events, each a date and clock time
then what happened ("06 dec. 2026, 21:14 | Coletul a ajuns în hubul Cluj-Napoca"); where the thing has got to is
the newest event's text. Histories list the newest first unless their numeric dates say the order is the other way.
"""

from __future__ import annotations

import re

from .time_leads import asked_by

_SPACED = (r"d[óo]nde|ad[óo]nde|où|wo|wohin|onde|aonde|dove|waar|waarheen|gdzie|dokąd|где|куда|де|куди|nerede|nerde|"
           r"nereye|nereden|di\s*mana|ke\s*mana|ở\s+đâu|đến\s+đâu|tới\s+đâu|أين|وين|فين|איפה|היכן|לאן|कहाँ|कहां|कुठे|"
           r"کہاں|کجا|nasaan|saan|πού|hvor(?!\s+(?:mange|meget|mye|lang|langt|længe|lenge|gammel|stor|ofte|mycket))|"
           r"missä|mihin|minne|kde|kam|kus|hol|hová|hova|merre|unde|încotro|gdje|gde|kuda|къде|накъде|wapi|የት|"
           r"কোথায়|எங்கே|ఎక్కడ|ಎಲ್ಲಿ|എവിടെ|ಎಲ್ಲಿದೆ")
_UNSPACED = r"哪里|哪裡|哪儿|哪兒|在哪|到哪|どこ|어디|ที่ไหน|ตรงไหน|ຢູ່ໃສ|ဘယ်မှာ|នៅឯណា"
_LEAD = re.compile(rf"(?<![\w])(?:{_SPACED})(?![\w])|{_UNSPACED}", re.I)

# An event of a history: a date (a day number or a numeric date) and a clock time, then what happened.
_EVENT = re.compile(r"^(?P<stamp>[^|]{0,40}?\d[^|]{0,30}?\b\d{1,2}[:.h]\d{2}\b[^|]{0,12}?)\s*[|·•]\s*(?P<text>.+)$")
_NUMERIC_DATE = re.compile(r"\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b|\b(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b")
_CLOCK = re.compile(r"\b(\d{1,2})[:.h](\d{2})\b")


def lead(task: str) -> re.Match[str] | None:
    """The word of another language that asks where ("unde", "gdzie", "どこ") in a task ending with a question mark;
    None otherwise."""
    return asked_by(_LEAD, task)


def latest_event(texts: list[str]) -> str | None:
    """The newest event's text of a history of three events or more, each a date and a clock time then words; None
    where the screen shows no such history."""
    events = [m for t in texts if (m := _EVENT.match(t.strip())) and len(m["text"].split()) >= 3]
    if len(events) < 3:
        return None
    keys = [_key(m["stamp"]) for m in events]
    oldest_first = all(keys) and keys[0] < keys[-1]
    return (events[-1] if oldest_first else events[0])["text"].strip()


def _key(stamp: str) -> tuple[int, ...] | None:
    """A numeric date and clock time as a sortable key; None where the date is in words."""
    date, clock = _NUMERIC_DATE.search(stamp), _CLOCK.findall(stamp)
    if not date or not clock:
        return None
    y, m, d = (date[1], date[2], date[3]) if date[1] else (date[6], date[5], date[4])
    return int(y), int(m), int(d), int(clock[-1][0]), int(clock[-1][1])
