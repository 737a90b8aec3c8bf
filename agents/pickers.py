"""Dates and times on screen: the text a field takes, the arrows, day cells and toggles that reach a date.

A field gets a date or time in the format it shows: its hint ("YYYY-MM-DD", "mm/dd/yyyy",
"TT.MM.JJJJ", "HH:MM"), else its current value ("2026-03-16", "Mar 16, 2026", "9:00 AM"), else
the part it is named for (day, month, year; hour and minute, 12-hour when AM/PM shows; hours,
minutes and seconds of a duration). On a calendar or date picker, the next/previous arrows
(labelled "Next month", "Previous day" or only "chevron") step towards the wanted day, month or
year; the day cell that names the date is tapped; AM/PM and "switch to text input" toggles are
used. Conventions of Android, Material and common vendor calendars; no app's words.
"""

from __future__ import annotations

import re
from datetime import date

from .dates import MONTHS, WEEKDAYS, find_dates, parse_date, parse_duration, parse_time, shown_month
from .perceptor import Screen
from .text import normalize, words
from .values import Value, name_part

DATED = ("date", "time", "duration")
_NEXT = frozenset("next forward following later right suivant suivante nächster nächste nächsten siguiente "
                  "successivo próximo".split())
_PREVIOUS = frozenset("previous prev earlier preceding left précédent précédente vorheriger vorherige vorherigen "
                      "anterior precedente".split())
_UNITS = {**dict.fromkeys("day days tag jour día giorno".split(), "day"),
          **dict.fromkeys("week weeks woche semaine semana settimana".split(), "week"),
          **dict.fromkeys("month months monat mois mes mese".split(), "month"),
          **dict.fromkeys("year years jahr année año anno".split(), "year")}
_INPUT_TOGGLE = re.compile(r"\b(?:text|keyboard|typing)\b.*\b(?:input|mode|entry)\b|\binput mode\b", re.I)
_ADD = frozenset("add new create".split())
_EDIT = frozenset("edit change modify".split())
_CHANGING = _EDIT | frozenset(words("move reschedule postpone", stopwords=frozenset()))  # an item that exists already
_CLOCK_TIME = re.compile(r"\d:\d\d")
_CONFIRM = frozenset("ok set done save apply confirm select".split())
_TO_NEW = re.compile(r"(?:\bto|->|→|\buntil|\bso (?:that )?(?:it|they) (?:\w+s|goes off|is))\s+"
                     r"(?:(?:start|begin|be|ring|go off)\s+)?(?:at\s+|on\s+)?[\"“]?$", re.I)
_FROM = re.compile(r"\b(?:from|out of|instead of|rather than|not)\s+(?:the\s+)?[\"“]?$", re.I)
_EDITING = frozenset(words("move change reschedule rename edit update push shift postpone set make", stopwords=frozenset()))


def machine_day() -> date:
    """The machine's date (the phone's when the screen does not show it)."""
    return date.today()


def reference_day(screen: Screen | None, fallback: date | None = None) -> date:
    """The phone's date: a day this screen marks "today", else the one an earlier screen of the run showed
    (``Screen.day``, kept by ``carry_day``), else a home or lock screen's full date (a plain line with a
    weekday: "Monday, March 16"), else ``fallback`` or the machine's date."""
    carried = date.fromisoformat(screen.day) if screen is not None and screen.day else None
    machine = fallback or carried or machine_day()
    if screen is None:
        return machine
    return _marked_today(screen, machine) or carried or _dated_line(screen, machine) or machine


def carry_day(screen: Screen, before: Screen | None) -> Screen:
    """``screen`` with the phone's date the run knows: a day it marks "today", else the one known before, else
    its home screen's date. A phone's date is read off its own screens, not the machine's (the two differ
    across time zones and on emulators set to another day); an item's page showing its own full date
    ("Tuesday, March 17, 2026") does not move it."""
    known = before.day if before is not None else ""
    near = date.fromisoformat(known) if known else machine_day()
    shown = _marked_today(screen, near) or (None if known else _dated_line(screen, near))
    screen.day = shown.isoformat() if shown else known
    return screen


def _marked_today(screen: Screen, near: date) -> date | None:
    for i in screen.actionable:
        label = screen.labels.get(i, "")
        if re.search(r"\btoday\b", label, re.I) and (found := parse_date(re.sub(r"(?i)\btoday\b,?", "", label), near)):
            return found
    return None


def _dated_line(screen: Screen, near: date) -> date | None:
    if screen.editable or _arrows(screen):
        return None
    for line in screen.lines:
        if line.startswith(" ") and re.search(r"[A-Za-z]{3}", line) and re.match(r"\s*[A-Za-zÀ-ÿ]+\.?,", line) and (
                found := parse_date(line.strip(), near)):
            return found
    return None


def keep_new(task: str, values: list[Value], creating: bool) -> list[Value]:
    """A task changing an existing item types only its new date or time ("to 9:55", "so it starts at");
    a date or time that says which item ("from 7:30", "X on Friday") is not typed."""
    if creating:
        return values
    new, old = set(), set()
    for v in values:
        if v.kind not in ("date", "time"):
            continue
        at = task.find(v.text)
        before = task[max(0, at - 40):at] if at >= 0 else ""
        (old if _FROM.search(before) else new if _TO_NEW.search(before) else set()).add(v.text)
    editing = bool(words(task.split(maxsplit=1)[0] if task.split() else "", stopwords=frozenset()) & _EDITING) or new
    if editing and (new or re.search(r"\bto\b", task)):
        return [v for v in values if v.kind not in ("date", "time") or v.text in new]
    return [v for v in values if v.text not in old]


def target_day(task: str, values: list[Value], screen: Screen, today: date) -> date | None:
    """The date to reach on this screen: on a picker or form, the new date; browsing, the one that
    says which item (the first one the task names, when it names no new one)."""
    said = find_dates(task, today)
    if not said:
        return None
    new = [d for text, d in said if any(v.kind == "date" and v.text == text for v in values)]
    old = [d for text, d in said if d not in new]
    picking = bool(new) and (_cells(screen, today) or bool(screen.editable))
    return (new or old)[0] if picking else (old or new)[0]


def field_text(value: Value, field_words: set[str], shown: str, screen: Screen, today: date,
               named_as: str = "") -> str | None:
    """What to type of ``value`` into a field named ``field_words`` (``named_as``: that name as written)
    showing ``shown`` (its value or hint); None when the field takes no part of it (an hours field for "12 minutes")."""
    if value.kind == "date" and (day := parse_date(value.text, today)):
        return _date_text(day, field_words, shown, named_as)
    if value.kind == "time" and (hm := parse_time(value.text)):
        return _time_text(hm, field_words, shown, twelve_hour(screen))
    if value.kind == "duration" and (parts := parse_duration(value.text)):
        return _duration_text(parts, field_words, shown, value.text)
    return name_part(value, field_words)


def in_fields(value: Value, screen: Screen, today: date) -> bool:
    """Does a field on screen already hold this date or time, in any format (a form pre-filled
    with the day it was opened on)?"""
    if value.kind == "date" and (day := parse_date(value.text, today)):
        return any(parse_date(text, today) == day for text in screen.editable.values() if re.search(r"\d", text))
    if value.kind == "time" and (hm := parse_time(value.text)):
        return any(parse_time(text) == hm for text in screen.editable.values())
    return False


def forms(value: Value, today: date) -> list[list[str]]:
    """The texts that, typed together, entered ``value`` (each alternative a list of parts)."""
    if value.kind == "date" and (day := parse_date(value.text, today)):
        return [[day.isoformat()], [f"{day:%m/%d/%Y}"], [f"{day:%d/%m/%Y}"], [f"{day:%d.%m.%Y}"],
                [str(day.day), str(day.month), str(day.year)]]
    if value.kind == "time" and (hm := parse_time(value.text)):
        h12 = f"{(hm[0] - 1) % 12 + 1}"
        return [[f"{hm[0]:02d}:{hm[1]:02d}"], [f"{hm[0]}:{hm[1]:02d}"], [f"{h12}:{hm[1]:02d}"],
                [str(hm[0]), f"{hm[1]:02d}"], [f"{hm[0]:02d}", f"{hm[1]:02d}"], [h12, f"{hm[1]:02d}"]]
    if value.kind == "duration" and (parts := parse_duration(value.text)):
        return [[str(n) for n in parts.values()]]
    return [[value.text]]


def twelve_hour(screen: Screen) -> bool:
    """Does the screen show an AM/PM choice (a 12-hour clock)?"""
    return any(_meridiem(label) for label in screen.labels.values())


def _meridiem(label: str) -> str | None:
    """"a" or "p" for an AM/PM toggle ("PM", "p.m.", "9: PM" with its row's hour), else None."""
    m = re.fullmatch(r"(?:.{0,8}[\s:|])?([ap])\.?\s?m\.?", normalize(label))
    return m[1] if m else None


OTHER_DAY = -1.0  # a day cell of another date than the task's ("13 | jeudi 13 mars" for "le 13 juin") shares only a number


def screen_scores(target: date | None, pending: list[Value], screen: Screen, today: date,
                  task_words: frozenset[str] = frozenset(), existing: bool = False) -> dict[int, float]:
    """Score changes for the screen's elements: the arrow towards ``target`` up and the other down,
    the target's day cell up and other days' cells down, the AM/PM toggle of the time still to set, a text-input toggle while
    a date or time is still to enter, the picker's OK once the target is chosen; with a new date or
    time still to set and no field for it, Edit on the page of the item the task names
    (``existing``), else the Add/New button of a calendar or of what the task names."""
    out: dict[int, float] = {}
    if target is not None:
        out.update(_arrow_scores(target, screen, today))
        for i, fit in _cells(screen, today, target).items():
            out[i] = out.get(i, 0.0) + (3.5 if fit and not _flag(screen, i, "selected") else 0.0 if fit else OTHER_DAY)
        if _chosen(target, screen, today) and (out or _cells(screen, today)):
            for i in screen.actionable:
                if words(screen.labels.get(i, ""), stopwords=frozenset()) & _CONFIRM and len(screen.labels[i]) < 12:
                    out[i] = out.get(i, 0.0) + 2.5
    times = [hm for v in pending if v.kind == "time" and (hm := parse_time(v.text))]
    if pending and not screen.editable and not any(normalize(v.text) in normalize(label) for v in pending
                                                   for label in screen.labels.values()):
        calendar = any(v.kind == "date" for v in pending) and bool(_arrows(screen) or _cells(screen, today))
        for i in screen.actionable:  # a time or date to set that no row shows yet: edit the item, or make one
            said = words(screen.labels.get(i, ""), stopwords=frozenset())
            first = set(re.findall(r"[^\W\d_]+", normalize(screen.labels.get(i, "")))[:1])
            if (first & _EDIT if existing else first & _ADD and not task_words & _CHANGING and (
                    len(said) == 1 or said & task_words or calendar)):  # "change the work alarm to 7:00": no new one
                out[i] = out.get(i, 0.0) + 1.5
    for i in screen.actionable:
        label = normalize(screen.labels.get(i, ""))
        if times and _meridiem(label) and not _CLOCK_TIME.search(label):  # "8:00 AM" is a time shown, no toggle
            wanted = ("p" if times[0][0] >= 12 else "a") == _meridiem(label)
            on = _flag(screen, i, "selected") or screen.checked.get(i, False)
            out[i] = out.get(i, 0.0) + (2.0 if wanted and not on else -1.0)
        elif pending and i not in screen.editable and _INPUT_TOGGLE.search(label) and not (
                words(label) & {"clock", "calendar", "dial"}):
            out[i] = out.get(i, 0.0) + 2.5  # typing a date or time beats a dial or a month grid
    return out


# -- field formats ----------------------------------------------------------------------------
_PATTERN = re.compile(r"\b(y{2,4}|j{4}|a{4}|m{1,2}|d{1,2}|t{2}|j{2})([-/. ])(y{2,4}|j{4}|a{4}|m{1,2}|d{1,2}|t{2}|j{2})"
                      r"\2(y{2,4}|j{4}|a{4}|m{1,2}|d{1,2}|t{2}|j{2})\b", re.I)


def _date_text(day: date, field_words: set[str], shown: str, named_as: str = "") -> str:
    if m := _PATTERN.search(shown) or _PATTERN.search(named_as):  # as written: a set's order varied with the hash seed
        pieces = []
        for token in (m[1], m[3], m[4]):
            t = token.lower()
            if t[0] in "yja" and len(t) >= 4 or t[0] == "y":
                pieces.append(f"{day.year}" if len(t) == 4 else f"{day.year % 100:02d}")
            elif t[0] == "m":
                pieces.append(f"{day.month:0{len(t)}d}")
            else:
                pieces.append(f"{day.day:0{len(t)}d}")
        return m[2].join(pieces)
    current = shown.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", current):
        return day.isoformat()
    if m := re.fullmatch(r"(\d{1,2})([/.])(\d{1,2})\2(\d{2}|\d{4})", current):
        day_first = m[2] == "." or int(m[1]) > 12
        a, b = (day.day, day.month) if day_first else (day.month, day.day)
        width = len(m[1])
        year = f"{day.year}" if len(m[4]) == 4 else f"{day.year % 100:02d}"
        return f"{a:0{width}d}{m[2]}{b:0{width}d}{m[2]}{year}"
    if parse_date(current, day) is not None and re.search(r"[A-Za-z]", current):
        return _like(day, current)
    split = {"day": f"{day.day}", "month": f"{day.month}", "year": f"{day.year}"}
    named = [k for k in split if k in field_words]
    if len(named) == 1 and "date" not in field_words:
        return split[named[0]]
    return f"{day:%B} {day.day}, {day.year}"


def _like(day: date, sample: str) -> str:
    """``day`` written the way ``sample`` writes a date ("Mon, Mar 16, 2026", "16 March 2026")."""
    def swap(m: re.Match[str]) -> str:
        token = m.group(0)
        if token.isdigit():
            return f"{day.year}" if len(token) == 4 else f"{day.day}"
        if token.lower() in WEEKDAYS:
            return f"{day:%a}" if len(token) <= 4 else f"{day:%A}"
        if token.lower() in MONTHS:
            return f"{day:%b}" if len(token) <= 4 else f"{day:%B}"
        return token

    return re.sub(r"[^\W\d_]+|\d+", swap, sample)


def _time_text(hm: tuple[int, int], field_words: set[str], shown: str, twelve: bool) -> str:
    hour, minute = hm
    h12, half = (hour - 1) % 12 + 1, "PM" if hour >= 12 else "AM"
    if field_words & {"hour", "hours", "hh"}:
        return f"{h12}" if twelve else f"{hour}"
    if field_words & {"minute", "minutes", "min", "mm"}:
        return f"{minute:02d}"
    sample = f"{shown} {' '.join(field_words)}"
    if re.search(r"\bhh?[:.]mm\b", sample, re.I):
        pm = re.search(r"\bhh?[:.]mm\s*(?:a|am/pm|aa)\b", sample, re.I)
        return f"{h12}:{minute:02d} {half}" if pm else f"{hour:02d}:{minute:02d}"
    if m := re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*([ap])\.?\s?m\.?\s*", shown, re.I):
        return f"{h12}:{minute:02d} {half if m[3].isupper() else half.lower()}"
    if re.fullmatch(r"\s*\d{1,2}[:.]\d{2}\s*", shown):
        return f"{hour:02d}:{minute:02d}"
    return f"{h12}:{minute:02d} {half}" if twelve else f"{hour:02d}:{minute:02d}"


def _duration_text(parts: dict[str, int], field_words: set[str], shown: str, said: str) -> str | None:
    units = {"hours": {"hour", "hours", "hr", "hrs", "hh"}, "minutes": {"minute", "minutes", "min", "mins", "mm"},
             "seconds": {"second", "seconds", "sec", "secs", "ss"}}
    named = [unit for unit, names in units.items() if field_words & names]
    if len(named) == 1:
        return str(parts[named[0]]) if parts.get(named[0]) else None
    if re.search(r"\bhh:mm:ss\b", shown, re.I) or re.fullmatch(r"\s*\d{1,2}:\d{2}:\d{2}\s*", shown):
        total = parts.get("hours", 0) * 3600 + parts.get("minutes", 0) * 60 + parts.get("seconds", 0)
        return f"{total // 3600:02d}:{total // 60 % 60:02d}:{total % 60:02d}"
    return said


# -- calendars and pickers --------------------------------------------------------------------
def _flag(screen: Screen, element_id: int, flag: str) -> bool:
    line = next((l for l in screen.lines if l.startswith(f"[{element_id}]")), "")
    return line.endswith(")") and flag in line.rsplit("(", 1)[-1]


def _arrows(screen: Screen) -> dict[int, tuple[int, str]]:
    """Next (+1) and previous (-1) arrows and the unit each steps ("" when it does not say)."""
    out = {}
    for i in screen.actionable:
        if i in screen.editable:
            continue
        read = re.findall(r"[^\W\d_]+", normalize(screen.labels.get(i, "")))  # unstemmed: "previous"
        said = set(read)
        step = 1 if said & _NEXT else -1 if said & _PREVIOUS else 0
        if step and len(said) <= 8:
            out[i] = (step, next((_UNITS[w] for w in read if w in _UNITS), ""))  # the first unit as read
    return out


def _shown(screen: Screen, today: date) -> tuple[date | None, tuple[int, int] | None]:
    """The day a calendar shows (a title "Mon, Mar 16") and the month (a heading "March 2026")."""
    day = month = None
    texts = [l.strip() for l in screen.lines if l.startswith(" ")] + [screen.context.get(i, "") for i in _arrows(screen)]
    texts += [screen.labels.get(i, "") for i in screen.actionable if _flag(screen, i, "selected")]
    for text in texts:
        for part in text.split(" | "):
            if day is None and re.search(r"\d", part) and not re.fullmatch(r"\s*\d{1,2}\s*", part):
                day = parse_date(part, today)
            month = month or shown_month(part)
    return day, month or ((day.year, day.month) if day else None)


def shown_day(screen: Screen, today: date) -> date | None:
    """The day a calendar page shows ("Mon, Mar 16" as its title), None when it shows none."""
    return _shown(screen, today)[0]


def _arrow_scores(target: date, screen: Screen, today: date) -> dict[int, float]:
    arrows = _arrows(screen)
    if not arrows:
        return {}
    day, month = _shown(screen, today)
    out = {}
    for i, (step, unit) in arrows.items():
        unit = unit or ("day" if day and not _cells(screen, today) else "month")
        if unit in ("day", "week") and day is not None:
            delta = (target - day).days
            delta = 0 if unit == "week" and 0 <= delta - 0 < 7 and target.isocalendar()[1] == day.isocalendar()[1] \
                else delta
        elif unit in ("month", "day", "week") and month is not None:
            delta = (target.year - month[0]) * 12 + target.month - month[1]
        elif unit == "year" and (month or day):
            delta = target.year - (month[0] if month else day.year)
        else:
            continue
        out[i] = -1.5 if delta == 0 else 3.0 if (delta > 0) == (step > 0) else -1.5
        if unit == "day" and abs(delta) > _FAR_DAYS:  # many days away: a view that lists them all gets there at once
            for j in screen.actionable:
                if normalize(screen.labels.get(j, "")) in _LIST_VIEWS and not _flag(screen, j, "selected"):
                    out[j] = out.get(j, 0.0) + 2.0
    return out


_FAR_DAYS = 3
_LIST_VIEWS = frozenset(("agenda", "schedule", "list", "list view"))


def _cells(screen: Screen, today: date, target: date | None = None) -> dict[int, bool]:
    """Day cells (a date in their description, or a bare day number under a month heading) and
    whether each is ``target``."""
    _, month = _shown_heading(screen)
    out = {}
    for i in screen.actionable:
        label = screen.labels.get(i, "")
        if i in screen.editable or len(label) > 60:
            continue
        parts = label.split(" | ")
        named = next((d for p in parts if re.search(r"\d", p) and (
            d := parse_date(re.sub(r"(?i)\b(today|selected)\b,?", "", p), today))), None)
        if named is not None and not re.fullmatch(r"\s*\d{1,2}/\d{1,2}\s*", label):
            out[i] = target is not None and named == target
        elif month is not None and (number := next((p for p in parts if re.fullmatch(r"\s*\d{1,2}\s*", p)), None)):
            out[i] = target is not None and (month[0], month[1], int(number)) == (target.year, target.month, target.day)
    return out


def _shown_heading(screen: Screen) -> tuple[None, tuple[int, int] | None]:
    for text in [l.strip() for l in screen.lines] + list(screen.labels.values()):
        for part in re.sub(r"^\[\d+\] \S+ ", "", text).strip('"').split(" | "):
            if found := shown_month(part.strip('"')):
                return None, found
    return None, None


def _chosen(target: date, screen: Screen, today: date) -> bool:
    """Is ``target`` the date the picker has chosen (its header, or a selected day cell)?"""
    selected = [i for i, fit in _cells(screen, today, target).items() if fit and _flag(screen, i, "selected")]
    day, _ = _shown(screen, today)
    return bool(selected) or day == target
