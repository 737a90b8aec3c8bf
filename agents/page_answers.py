"""Answers read off a page: the value beside the label a question names, the items under a section
the question names, the end (or start) of a time range, a rating's count, the title of the item that
mentions a word; and the way to the page that holds a phone's own facts.

"Which Android version is my phone running?" is read beside the "Android version" label (on one row
"Android version | 15", or the label's line, then the value's); "Which Bluetooth devices are saved?"
lists the rows under "Saved devices" (or "Paired devices"); "When does X end?" reads the second side
of "14:30-15:30"; "How many ratings does X have?" the "458" of "4.6 ★ (458)" or "458 ratings"; "Which
note mentions 'oat milk'?" the title of the row whose text holds it. Settings keeps a phone's version,
model and build on its "About phone" page (Samsung: "About device", "Software information").
General Android conventions and English question grammar only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from . import departures, switch_answers
from .text import normalize, words

# The words a question is made of, which name no label ("which", "tell", "my phone's ...").
_ASKING = frozenset(words("what which who whose when where how many much is are was were does do did has have "
                          "tell name list show give find read say says out check running run current currently "
                          "installed on there here please just", stopwords=frozenset()))
_PLAIN = re.compile(r'^\s*(?:\[\d+\]\s+\S+\s+)?"?(.*?)"?(?:\s*=\s*"(.*)")?(?:\s+\([^()]*\))?\s*$')
_ROW = re.compile(r"^\[(\d+)\]")


def _text(line: str) -> str:
    m = _PLAIN.match(line)
    return (m.group(1) or "").strip() if m else line.strip()


def _label_words(question_topic: set[str], exclude: set[str]) -> set[str]:
    return question_topic - _ASKING - exclude


# ---- the value beside a label ---------------------------------------------------------------------
_GENERIC = frozenset(words("device phone tablet", stopwords=frozenset()))  # "Connected devices" names no fact
_FIELD_VALUE = re.compile(r'^\[\d+\]\s+\S+\s+"[^"]*"\s*=\s*"(.+)"\s*\(field')


def labelled(topic: set[str], lines: Sequence[str], exclude: set[str] = frozenset()) -> str | None:
    """The value shown beside the label whose words the question says, all of them and two or more
    ("Android version" for "which Android version ...", "the phone" not counted): on the label's row ("Label | value",
    "Label: value") or on the plain line after the label's. The label naming most words wins."""
    wanted = _label_words(topic, exclude)
    texts = [_text(line) for line in lines]
    typed = {normalize(m.group(1)) for m in map(_FIELD_VALUE.match, lines) if m}  # a search box's query
    best: tuple[int, str] | None = None
    for index, text in enumerate(texts):
        head, sep, rest = _split_pair(text)
        own = words(head)
        if len(own - _GENERIC) < 2 or not own <= wanted or len(head) > 40 or normalize(head) in typed:
            continue  # a suggestion row echoing the query typed ("weather in paris | Search") is no label
        value = rest if sep else next((t for t in texts[index + 1:index + 2] if t), "")
        value = value.strip(" |:·")
        if not value or len(value) > 60 or words(value) and words(value) <= wanted or words(value) & own \
                or re.search(r"\s[·•]\s", value):
            continue  # "Wi-Fi networks | 5 networks nearby", "Team call | Mon · 9:00": an item's row, not a value
        if best is None or len(own) > best[0]:
            best = (len(own), value)
    return best[1] if best else None


def _split_pair(text: str) -> tuple[str, str, str]:
    for sep in (" | ", ": "):
        head, found, rest = text.partition(sep)
        if found:
            return head, found, rest
    return text, "", ""


# ---- the items under a section ---------------------------------------------------------------------
# Words section headers use for the same set of things ("Saved devices" for the paired ones).
_KEPT = frozenset(words("saved paired pair known knows remembered previously connected my", stopwords=frozenset()))
_STATUS = re.compile(r"^(?:not )?(?:connected|paired|saved|available|active|on|off|disconnected|connecting\b.*|"
                     r"\d{1,3}\s?% battery|battery \d{1,3}\s?%)$", re.I)
_ACTION = frozenset(words("pair add new see show more view connect scan search set", stopwords=frozenset()))
_LISTING = re.compile(r"^\s*(?:which|what|name|list|tell me)\b.*\b\w{3,}s\b|^\s*(?:\w+\s+){0,4}\w{3,}s\s*\?\s*$",
                      re.I)  # "my paired devices?"
_TOGGLE = re.compile(r"^\[\d+\]\s+(?:\w+\.)*(?:Switch|SwitchCompat|SwitchMaterial|ToggleButton|CheckBox)\b")


def section_items(task: str, topic: set[str], lines: Sequence[str]) -> list[str] | None:
    """The names listed under the plain section header the question names ("Saved devices" for "which
    devices are saved / paired"): the lines up to the next header or the end, without their status
    lines ("Connected") or actions ("Pair new device"). None when no header is named."""
    if not _LISTING.search(task):
        return None
    wanted = _label_words(topic, set())
    if wanted & _KEPT:
        wanted |= _KEPT
    own_words = _label_words(topic, set())
    headers = []
    for index, line in enumerate(lines):
        text = _text(line)
        own = words(text) - {"my"}
        if line.startswith("    ") and 1 <= len(own) <= 3 and own & _KEPT & wanted and not re.search(r"\d", text) \
                and not _STATUS.match(text):
            headers.append((len(own & own_words), index))  # the question's own word first; else the last header
    for _, header in sorted(headers, reverse=True):
        items = _items_after(lines[header + 1:])
        if items:
            return items
    return None


def _items_after(lines: Sequence[str]) -> list[str]:
    items = []
    for line in lines:
        text = _text(line)
        if not text or _STATUS.match(text):
            continue
        if not line.startswith("    ") and not _ROW.match(line):
            break
        if _ROW.match(line) and (re.search(r"\((?:on|off|checked|unchecked)\b", line) or _TOGGLE.match(line)):
            continue  # a switch on the page is no listed thing
        first = (words(text.split()[0]) or {""}).pop() if text.split() else ""
        if first in _ACTION:
            break  # "Pair new device": the list is over
        items.append(text.split(" | ")[0])
    return items


# ---- one side of a range ---------------------------------------------------------------------------
_SIDE = r"\d{1,2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?"
_RANGE = re.compile(rf"({_SIDE})\s*(?:[-–—]|\bto\b|\buntil\b|\btill\b)\s*({_SIDE})", re.I)
_END = re.compile(r"\b(?:end|ends|ending|ended|finish|finishes|finishing|finished|over|wrap(?:s|ping)? up|"
                  r"until when|till when|done)\b", re.I)
_START = re.compile(r"\b(?:start|starts|starting|begin|begins|beginning|kick off|kicks off)\b", re.I)


def range_side(task: str, text: str) -> str | None:
    """The end of "14:30-15:30" when the question asks when a thing ends, its start when it asks when
    it starts; None when the question asks neither or the text holds no clock range."""
    end, start = bool(_END.search(task)), bool(_START.search(task))
    if end == start:
        return None
    for m in _RANGE.finditer(text):
        if re.search(r":|[ap]\.?m", m.group(0), re.I):
            return (m.group(2) if end else m.group(1)).strip()
    return None


def _minutes(side: str, other: str) -> int | None:
    """Minutes after midnight of one side of a range ("9:15", "9.15 pm", "21:15"); the other side's am/pm
    when this side says none ("9 - 10:30 am")."""
    m = re.match(r"(\d{1,2})(?:[:.](\d{2}))?\s?([ap])?", side.strip(), re.I)
    if not m:
        return None
    half = (m.group(3) or (re.search(r"([ap])\.?m", other, re.I) or [None, None])[1] or "").lower()
    hour = int(m.group(1)) % 12 + (12 if half == "p" else 0) if half else int(m.group(1))
    return hour * 60 + int(m.group(2) or 0) if hour < 24 and int(m.group(2) or 0) < 60 else None


def range_length(text: str) -> str | None:
    """How long a clock range lasts ("09:15 – 10:45" -> "90 minutes", "11 pm - 1 am" -> "120 minutes");
    None when the text holds no clock range."""
    for m in _RANGE.finditer(text):
        if not re.search(r":|[ap]\.?m", m.group(0), re.I):
            continue  # "2 - 3" may be anything
        start, end = _minutes(m.group(1), m.group(2)), _minutes(m.group(2), m.group(1))
        if start is not None and end is not None and end != start:
            return f"{(end - start) % (24 * 60)} minutes"
    return None


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b", re.I)


def end_not_shown(task: str, kind: str, lines: Sequence[str], objects: Sequence[str]) -> bool:
    """The question asks when a thing ends and its row shows one time, its start ("Interview | Mon · 09:00"):
    the end is on the item's page."""
    if kind != "duration" and (kind not in ("time", "hours", "line") or not _END.search(task) or _START.search(task)):
        return False  # "how long is X": its length needs both ends too
    keys = [normalize(o) for o in objects if o.strip()]
    said = [w.casefold() for w in _capitalised(task)]
    row = next((_text(line) for line in lines if (keys and any(k in normalize(line) for k in keys)) or (
        not keys and said and all(w in normalize(line) for w in said))), "")
    return bool(_CLOCK.search(row)) and not any(re.search(r":|[ap]\.?m", m.group(0), re.I) for m in _RANGE.finditer(row))


# ---- how many ratings ------------------------------------------------------------------------------
_RATINGS_ASKED = re.compile(r"\b(?:how many|number of|count of)\s+(?:\w+\s+){0,2}?(?:ratings|reviews|votes|reviewers)\b"
                            r"|\bhow many (?:people|users|customers|buyers|shoppers)\b.*\b(?:rated|reviewed|voted)\b",
                            re.I)
_COUNT_SAID = re.compile(r"(\d[\d,.]*\s?[kKmM]?)\s*(?:ratings?|reviews?|votes?|reviewers?)\b"
                         r"|(?:★|☆|stars?|\d[.,]\d)\s*\((\d[\d,.]*\s?[kKmM]?)\)", re.I)


def rating_count(task: str, text: str) -> str | None:
    """The number of ratings a line states ("4.6 ★ (458)", "458 ratings") when the question asks it."""
    if not _RATINGS_ASKED.search(task):
        return None
    m = _COUNT_SAID.search(text)
    return (m.group(1) or m.group(2)).strip() if m else None


# ---- the item that mentions a word -----------------------------------------------------------------
_MENTIONS = re.compile(r"\b(?:mentions?|mentioning|mentioned|contains?|containing|says?|saying|includes?|including|"
                       r"talks? about|wrote|written)\b|\b(?:has|have|with)\b.{2,40}?\bin (?:it|them)\b", re.I)
_TITLE_ASKED = re.compile(r"\b(?:which|what)\b.*\b(?:note|notes|mail|email|message|document|file|item|entry|list|"
                          r"memo|one)\b|\btitle\b|\bcalled\b|\bnamed?\b", re.I)
_WORD_SAID = re.compile(r"\b(?:mentions?|mentioning|contains?|containing|says?|saying|includes?|including|about|wrote|"
                        r"with|has|have)\s+(?:the\s+(?:words?|phrase)\s+)?([\w' ]{2,40}?)"
                        r"(?=\s+in\s+(?:it|them|one)\b|\s*[?,.;:]|$)", re.I)


def mentioned_word(task: str, quoted: Sequence[str]) -> str | None:
    """The word a "which X mentions W" question looks for: quoted, else said after the verb."""
    verb = _MENTIONS.search(task)
    if not (verb and _TITLE_ASKED.search(task)):
        return None
    after = [q for q in quoted if task.find(q) > verb.start()]  # 'what does "Groceries" say?' asks its text
    if quoted:
        return after[0] if after else None
    m = _WORD_SAID.search(task)
    return m.group(1).strip() if m and words(m.group(1)) - _ASKING else None


def mentioning_title(word: str, lines: Sequence[str]) -> str | None:
    """The title of the one list row (or open item) whose text holds ``word`` (as whole words): the
    row's first part; on an item's open page the title field beside the body that holds it."""
    key = re.compile(rf"(?<!\w){re.escape(normalize(word))}(?!\w)")
    fields = [(m.group(1), m.group(2)) for m in map(_FIELD.match, lines) if m]
    if any(key.search(normalize(value)) for label, value in fields if not words(label) & _TITLE_FIELD):
        title = next((v for label, v in fields if words(label) & _TITLE_FIELD and v.strip()), None)
        if title:
            return title
    rows = [_text(line) for line in lines if _ROW.match(line) and not _FIELD.match(line)]
    found = [row.split(" | ")[0].strip() for row in rows if " | " in row and key.search(normalize(row))]
    return found[0] if len(set(found)) == 1 else None


_FIELD = re.compile(r'^\[\d+\]\s+\S+\s+"([^"]*)"\s*=\s*"(.*)"')
_TITLE_FIELD = frozenset(words("title subject name heading", stopwords=frozenset()))


# ---- the page that holds a phone's own facts --------------------------------------------------------
PHONE_FACT = re.compile(r"\b(?:android|os|software|system|firmware|one ui|miui|kernel|baseband|hardware)\s+version\b"
                         r"|\bversion of (?:android|the os|the software|the system|one ui)\b|\bbuild number\b"
                         r"|\bimei\b|\bserial number\b|\bsecurity (?:patch|update)(?: level)?\b|\bmodel (?:name|number)\b"
                         r"|\b(?:phone|device)['’]?s? model\b|\bmodel of (?:my|this) (?:phone|device)\b"
                         r"|\bwhat (?:phone|device) (?:model )?(?:do i have|is this)\b", re.I)
# The phone's own number, asked ("what is my own phone number?", "find the number of this device"): About phone
# shows it. Said in a request to send ("text Ana my number") it is a value to pass on, and no question here.
_OWN_NUMBER = re.compile(r"\bmy (?:own )?(?:phone |mobile |cell )?number\b|\b(?:phone )?number of (?:this|my) "
                         r"(?:phone|device|handset)\b|\b(?:this|my) (?:phone|device)['’]s (?:phone )?number\b", re.I)
_ASKS = re.compile(r"\?\s*$|^\s*(?:what|which|tell me|find|show me|look up|check|remind me)\b", re.I)
_ABOUT = frozenset(words("about", stopwords=frozenset()))
_ABOUT_NEXT = frozenset(words("software information info status", stopwords=frozenset()))


def phone_fact(task: str) -> bool:
    """The question asks a fact of the phone itself (its Android version, model, build number, IMEI, own number)."""
    return bool(PHONE_FACT.search(task) or _OWN_NUMBER.search(task) and _ASKS.search(task))


def toward_fact(task: str, labels: dict[int, str], actionable: Sequence[int]) -> dict[int, float]:
    """Score boosts for the rows leading to a phone's facts: "About phone" / "About device", then
    (Samsung) "Software information"; nothing when the question asks no such fact."""
    if not phone_fact(task):
        return {}
    out = {}
    for element in actionable:
        own = words(labels.get(element, "").split(" | ")[0], stopwords=frozenset())
        if own & _ABOUT and len(own) <= 3:
            out[element] = 3.0
        elif own & _ABOUT_NEXT and len(own) <= 3 and not own & words("wifi network battery storage"):
            out[element] = 1.5
    return out


def steer(candidates: Sequence[Any], task: str, labels: dict[int, str], actionable: Sequence[int]) -> None:
    """Raise the taps toward the page a phone's fact is on; inside the app that keeps it (its "open"
    candidate is down) with no such row in sight, scroll for one."""
    boosts = toward_fact(task, labels, actionable)
    inside = any(c.action.get("kind") == "open_app" and c.score < 0 for c in candidates)
    for c in candidates:
        if c.action.get("kind") == "tap" and c.action.get("element") in boosts:
            c.score += boosts[c.action["element"]]
        elif c.action == {"kind": "swipe", "direction": "down"} and inside and not boosts and phone_fact(task):
            c.score += 1.5


_CALENDAR_WORD = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|"
                            r"tomorrow|yesterday)", re.I)


def _capitalised(task: str) -> list[str]:
    """The capitalised words after the first, no day or month ("Vet" of "Vet appointment on Monday")."""
    return [w for w in re.findall(r"(?<!^)\b[A-Z][\w\-]{2,}", task) if not _CALENDAR_WORD.match(w)]


# ---- what a picture shows -----------------------------------------------------------------------------
_PICTURE = re.compile(r"\b(?:photos?|pictures?|pics?|images?|snapshots?|screenshots?|videos?|shots?|selfies?)\b"
                      r"|\.(?:jpe?g|png|heic|webp|gif|mp4|mov)\b", re.I)
_SHOWS = re.compile(r"\bwhat(?:'s|\s+is|\s+was)?\s+(?:in|on)\b|\bwhat\s+(?:does|do|did)\b[^?]{0,50}?\b(?:show|depict)"
                    r"|\bwhat(?:'s|\s+is|\s+was)\s+(?:it|this|that|the \w+)\s+(?:a \w+\s+)?of\b|\bwhat(?:'s|\s+is)\s+shown\b"
                    r"|\b(?:subject|depicts?)\b|\bwhat\b[^?]{0,60}?\b(?:is|was)\s+(?:a|an)\s+\w+\s+of\b", re.I)
_KIND_PART = frozenset(words("photo picture image video screenshot selfie pic", stopwords=frozenset()))
_STATE_PART = frozenset(words("favourite favorite starred shared selected hdr portrait live burst motion edited "
                              "backed up new", stopwords=frozenset()))
_DATED = re.compile(r"\d|^(?:taken|shot|captured|created|modified|recorded|saved|added|edited)\b|\b(?:today|yesterday)\b",
                    re.I)


def asks_depicted(task: str) -> bool:
    """The question asks what a picture shows ("what is in the photo X?", "what does IMG_4.jpg show?")."""
    return bool(_SHOWS.search(task) and _PICTURE.search(task))


def depicted(lines: Sequence[str], objects: Sequence[str]) -> str | None:
    """What the named picture shows, read off its description ("Photo IMG_4.jpg, Lighthouse, taken May 2"
    -> "Lighthouse"): the one part that is no kind word, file name, date, time or state."""
    keys = [normalize(o) for o in objects if o.strip()]
    for text in (_text(line) for line in lines):
        if not keys or not any(k in normalize(text) for k in keys):
            continue
        parts = [p.strip() for p in re.split(r",\s|\s[|·•]\s", text) if p.strip()]
        left = {p for p in parts if not any(k in normalize(p) for k in keys) and not _DATED.search(p)
                and not words(p, stopwords=frozenset()) <= _KIND_PART | _STATE_PART}
        if len(left) == 1:
            return left.pop()
    return None


# ---- all of them -----------------------------------------------------------------------------------
_QUOTED = re.compile(r"[\"“]([^\"”]{1,80})[\"”]")


def answer(kind: str, topic: set[str], task: str, lines: Sequence[str], objects: Sequence[str]) -> str | None:
    """The answer this page shows for a question of ``kind`` about ``topic`` (see the module docstring)."""
    leaves = departures.answer(task, lines) if kind in ("time", "duration", "line") else None
    if leaves:
        return leaves  # "when's the next 38?": the 38's row on a departures board
    if asks_depicted(task) and kind in ("name", "line"):
        return depicted(lines, objects)
    word = mentioned_word(task, _QUOTED.findall(task))
    if word and kind in ("name", "line"):
        return mentioning_title(word, lines)
    keys = [normalize(o) for o in objects if o.strip()]
    texts = [_text(line) for line in lines]
    named = [i for i, t in enumerate(texts) if keys and any(k in normalize(t) for k in keys)]
    near = range(named[0], min(len(texts), named[0] + 10)) if named else range(0)  # its line, then its page's
    said = _capitalised(task)
    if not keys:  # "Vet appointment ... ends when?": its capitalised words, on one row
        near = [i for i, t in enumerate(texts) if said and all(w.casefold() in t.casefold() for w in said)][:1]
    for i in near:
        found = rating_count(task, texts[i]) or (range_side(task, texts[i]) if kind in ("time", "hours", "line") else
                                                 range_length(texts[i]) if kind == "duration" else None)
        if found:
            return found
    if not named and kind in ("time", "hours", "line", "duration"):  # nothing named: an item's own page, one range on it
        read = range_length if kind == "duration" else lambda text: range_side(task, text)
        sides = {side for line in lines if line.startswith("    ") and (side := read(_text(line)))}
        if len(sides) == 1:
            return sides.pop()
    if kind not in ("name", "line") and not phone_fact(task):  # "the build number" is no phone number
        return None
    state = switch_answers.answer(task, lines) if kind == "line" else None
    if state:
        return state  # "Is Bluetooth on?": its switch read, never toggled
    items = section_items(task, topic, lines)
    if items:
        return ", ".join(items)
    return labelled(topic, lines, words(" ".join(objects)))
