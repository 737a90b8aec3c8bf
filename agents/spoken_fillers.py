"""A dictated task without its hesitations, and a test step without its labels.

Said aloud, a request carries fillers anywhere, not only first: "mark the, uh, Trip mail as, um, not read",
"call the, like, nearest bakery", "how many alarms, like, are on"; hedges too ("so basically", "I kind of need",
", if that's ok", ", when you get a sec", ", no rush really", ", word for word", "if you could X that'd be great": X). Written as a test step it carries labels:
"Precondition: Bo shared a file. Action: open it", "Query: sender of the last mail". :func:`fluent` drops the
hesitation words (um, uh, er, erm, hmm; "like" set off as a filler) and the commas they leave after an article or a
preposition, says "not read" the way a state is labelled ("unread"), and takes the labels off (what a query asks
ends in "?"). An elaboration tail ("..., street, house number and all") and "the one" standing for a thing named in
an earlier clause ("Bo needs the code, so text him the one from the bank mail": the code) are said plainly. A request followed by a form's fields ("Add calendar entry. Title: "Demo", date: Monday, time: 9:00")
is said as one clause ('Add calendar entry "Demo" on Monday at 9:00'). Quoted text is never touched. General English only.
"""

from __future__ import annotations

import re

from .chatter import unburied
from .contrasts import uncontrasted
from .dialect_words import standard
from .ellipses import unelided
from .emoji_words import unemojied
from .emphasis_marks import unstressed
from .end_states import end_state
from .known_topics import topic_first
from .light_verbs import unlight
from .mixed_courtesies import without_mixed_courtesies
from .pseudo_clefts import uncleft, unshouted
from .quoted_speakers import said_by_other
from .reason_clauses import reason_said_apart
from .reminder_frames import unreminded
from .report_tails import unreported
from .request_leads import unled
from .request_tails import untagged, untailed_request
from .speaker_frames import unframed
from .task_verbs import VERBS
from .text import QUOTED
from .tried_requests import tried_first

# Hesitations: always fillers in a request, wherever they stand.
_HESITATION = re.compile(r"(?P<a>,\s*)?\b(?:u+h+|u+m+|u+hm+|e+r+m*|hm+)\b(?P<b>\s*,)?(?=\s|$|[.!?])", re.I)
# "like" as a filler: before a comma ("and like, put"), between commas, or after a comma before a question word.
_LIKE = re.compile(r"(?P<a>,\s*)?\blike(?P<b>\s*,)|(?<=,)\s*like\b(?=\s+(?:what|which|who|where|when|how|the|a|an|my|besides"
                   rf")\b)|(?:(?<=\band )|(?<=\bthen )|(?<=\bjust ))like\s+(?=(?:{'|'.join(sorted(VERBS))})\b)", re.I)  # "and like write it down"
_SO = re.compile(r"^\s*(?:(?:ok(?:ay)?|so|well|right|yeah|hey|hi|oh)\b[,.]?\s+)+(?=\w)", re.I)  # "okay so, ...": said before it
_TAIL = re.compile(r",?\s+(?:yeah|right)\s*([.!?]?)\s*$", re.I)  # "..., yeah"
# A comma left after a word that cannot end a phrase ("the, "Trip" bookmark", "as, not read").
_DANGLING = re.compile(r"\b(the|a|an|my|your|as|to|of|for|in|on|at|with|from|and|that|is|was|(?:what|where|who|when|how)'s)"
                       r"\s*,\s+", re.I)
# "as not read", "be not starred": a negated state said as the label says it.
_AND_ALL = re.compile(r",\s*(?:[a-z][\w\- ]{0,30},\s*){0,4}[a-z][\w\- ]{0,30}? and (?:all|everything|so on|the rest)\s*([.!?]?)\s*$",
                      re.I)  # "..., street, house number and all": what the thing asked for includes
# "the one from ..." after a clause naming "the code": that code.
_ONE = re.compile(r"\bthe one (?=(?:from|in|on|at|with|that|which|I|you|sent)\b)", re.I)
_NAMED_BEFORE = re.compile(r"\bthe (?P<n>(?!(?:one|same|other|last|first|latest|newest|most|best|next)\b)[a-z]+)\b(?=[^,;.]*[,;.])", re.I)
# "the one product Bo asked for": one said for "single", no number to count ("the one titled X", "the one saying X": the
# pronoun before a participle that names it).
_SINGLE = re.compile(r"\bthe one (?=(?!(?:from|in|on|at|with|that|which|I|you|sent|of|and|or|who|where|for|to|by|is|was)\b"
                     r"|(?:[a-z]{2,}ed|[a-z]{2,}ing(?<!thing))\b(?!\s+(?!(?:by|on|in|at|from|with|to|for|yesterday|today|last|this|as|and|but)\b)(?-i:[a-z])))"
                     r"(?-i:[a-z])[a-z]+\b)", re.I)
# Hedges around a request that ask nothing of their own: "so basically", "I kind of need", ", if that's ok", ", when you get
# a sec", ", no rush really", ", word for word", "if you could do it quickly that'd be amazing", ", like its rating,".
_HEDGE_WORD = re.compile(r"\b(?:basically|literally)\b,?\s*|(?<=\bI )(?:just |really )?(?:kind|sort) of\s+(?=[a-z])"
                         r"|(?<=\bI'm )(?:just |kind of |sort of )+(?=[a-z])|(?<=\bI am )(?:just |kind of |sort of )+(?=[a-z])", re.I)
_HEDGE = re.compile(r"(?:,\s*|\s+)(?:and\s+)?(?:if (?:that|this|it)(?:'s| is| would be| were)? (?:ok|okay|alright|all right|fine|possible"
                    r"|not too much trouble|no trouble)|(?:when|whenever) you (?:get|have|find) (?:a|the) (?:sec|second|min|minute|moment"
                    r"|chance)|no rush(?: really)?|no hurry|take your time|word for word|(?:(?<=[,\-–—] )|(?<=,))(?:just|only) (?:that|this) one"
                    r"|no need to (?:add|write|say) anything(?: else)?|(?:real|really) quick"
                    r"|if you could (?:just |maybe )?(?:do|check|see|look(?: at| into)?|have a (?:quick )?look(?: at)?"
                    r"|take a (?:quick )?look(?: at)?)(?: (?:it|that|this))?(?: and let me know)?(?: for me)?(?: (?:real |really )?quick(?:ly)?)?"
                    r"(?:,? that(?:'d| would) be (?:great|amazing|awesome|perfect|lovely|brilliant|nice|helpful|fantastic))?)(?=\s*(?:[,.!?]|$)|\s+(?:thanks|thank you|cheers|please)\b)"
                    r"|,\s*like (?:its|their|his|her|the) (?!one\b)[a-z]+(?: [a-z]+){0,4}?(?=\s*,)", re.I)
# (a restriction said plainly is the act's own: "Delete only this one." keeps it; only one set off by a comma or dash goes)
# A message said without quotes after a messaging verb ("Text Bo: take your time", "Text Ana no hurry", "Reply to the
# group: basically, yes"), or the question after "ask X" ("Ask the landlord if this is fine"): its words are the message,
# never hedges. The message follows a colon ("Text Bo: ..."), the name with no comma ("Text Ana no hurry"), or "that / if /
# whether" after the person ("Tell Ada if you could bring the charger ..."); a request with no such message ("Send the
# file to Ada, if that's ok") still loses its hedges
_UNQUOTED_MESSAGE = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|hey|please|pls|can you|could you|would you)[,\s]+)*(?:(?:text|message|msg|sms|dm"
                               r"|whatsapp|reply|respond|answer|tell|ask|write|send|e-?mail|post)\b[^\"“”:.!?]{0,60}:\s*\S[^\"“”]*"
                               r"|(?:text|message|msg|sms|dm|whatsapp|tell|ask|reply to) (?-i:[A-Z])[\w\-]*(?: (?-i:[A-Z])[\w\-]*)? "
                               r"(?-i:[a-z])[^\"“”,]*"
                               r"|(?:text|message|msg|sms|dm|whatsapp|tell|ask|e-?mail|write(?: to)?)\b[^\"“”,:.!?]{1,40}? (?:that|if|whether)\b"
                               r"[^\"“”]*)$", re.I | re.S)
_IF_GREAT = re.compile(r"\bif you could (?:just |maybe |please )?(?P<x>(?!(?:do|check|see|look|have|take)\b)[a-z].+?),? that(?:'d| would) be (?:great|amazing|awesome|perfect"
                       r"|lovely|brilliant|nice|helpful|fantastic)\b", re.I | re.S)
_NOT_STATE = re.compile(r"\b(?P<p>as|be|to) not (?P<s>read|seen|\w{3,}ed)\b", re.I)
# Test-step labels: the state before (kept as a statement), the step, the question.
_GIVEN = re.compile(r"(?:^|(?<=[.;]\s))(?:precondition|given|setup|set-up|context|background)s?\s*:\s*", re.I)
_STEP = re.compile(r"(?:^|(?<=[.;]\s))(?:action|step|task|do|request|when|goal)\s*:\s*", re.I)
_QUERY = re.compile(r"^(?:query|question|q|ask)\s*:\s*(?P<q>.+?)\s*[.?!]?\s*$", re.I | re.S)


def fluent(task: str) -> str:
    """``task`` without hesitations and test-step labels (see the module docstring); the same text otherwise."""
    task = _SINGLE.sub("the ", _one_said_before(_fields(reason_said_apart(unburied(unframed(uncontrasted(unemojied(
        unreminded(topic_first(uncleft(without_mixed_courtesies(untagged(tried_first(end_state(said_by_other(unshouted(unlight(unled(unreported(standard(unstressed(unelided(task)))))))))))))))))))))))  # small talk around it goes first
    hedged = not _UNQUOTED_MESSAGE.match(task)  # a message's own words ("Text Bo that if you could come early ...") stay
    said = re.match(r"[^\"“”:]*?:\s+(?=\S)", task) if not hedged else None
    if said and not QUOTED.search(task):  # "Text Ana: like, seriously?": a message after its colon is typed as written
        return fluent(task[:said.end()].rstrip()) + " " + task[said.end():].strip()
    parts = re.split(f"({QUOTED.pattern})", _IF_GREAT.sub(r"\g<x>", task) if hedged else task)
    for i in range(0, len(parts), 2):  # outside quotes only
        parts[i] = _fluent(parts[i], first=i == 0, last=i == len(parts) - 1, hedged=hedged)
    return untailed_request("".join(parts).strip())  # ", would you, mate?", ", because ...", ", asap!"


def _unhedged(text: str) -> str:
    """``text`` without the hedges around its request (see _HEDGE); the same text when it has none."""
    for _ in range(4):
        new = _HEDGE.sub("", _HEDGE_WORD.sub("", text))
        if new == text:
            break
        new = re.sub(r"\s*[-–—]+\s*(?=[,.!?]|$)", "", new)  # "X - only that one.": no dash left before nothing
        text = new
    return text


def _pause(m: re.Match[str]) -> str:
    """A filler set off by commas leaves one comma (the phrase break stays), else a space; a capitalised one past the
    start with no comma after it is a name's or a title's word ("search for Um Bongo", "play Uh Huh"), kept."""
    word = m.group().strip(" ,")
    before = m.string[:m.start()].rstrip()
    if word[:1].isupper() and not m["b"] and not m["a"] and before and before[-1] not in ".!?:;,\"(":
        return m.group()
    return ", " if m["a"] or m["b"] else " "


def _fluent(text: str, first: bool, last: bool, hedged: bool = True) -> str:
    new = _HESITATION.sub(_pause, _unhedged(text) if hedged else text)
    new = _LIKE.sub(_pause, new)
    if new != text:  # only where someone hesitated: the commas they left behind
        new = _DANGLING.sub(r"\1 ", new)
        new = re.sub(r"\s+([,.!?])", r"\1", re.sub(r"(?:,\s*){2,}", ", ", new))
    new = re.sub(r"[ \t]{2,}", " ", new)
    if first:
        new = re.sub(r"^\s*,\s*", "", new)
        new = _SO.sub("", new) if new != text else new
        new = _GIVEN.sub("", new)
        new = _STEP.sub("", new)
        if query := _QUERY.match(new.strip()):
            new = f"{query['q']}?" if last else new
    else:
        new = _STEP.sub("", _GIVEN.sub("", new))
    if last:
        new = _TAIL.sub(r"\1", new)
        new = _AND_ALL.sub(r"\1", new)
    return _NOT_STATE.sub(lambda m: f"{m['p']} un{m['s'].lower()}", new)


_FIELD = r"(?:title|name|date|day|time|location|place|where|when)"
_FIELDS = re.compile(rf"^(?P<head>[^.:\"]{{3,60}}?)\s*[.:]\s+(?P<f>{_FIELD}\s*:\s*.+?)\s*\.?\s*$", re.I | re.S)
_SAID = {"title": "{}", "name": "{}", "date": "on {}", "day": "on {}", "time": "at {}", "when": "at {}",
         "location": "location: {}", "place": "location: {}", "where": "location: {}"}


def _fields(text: str) -> str:
    """"Add entry. Title: "A", date: Monday, time: 9:00, location: Hall" -> Add entry "A" on Monday at 9:00, location: Hall."""
    m = _FIELDS.match(text)
    if not m:
        return text
    parts = re.split(rf"(?:,|\.|;)\s+(?={_FIELD}\s*:)", m["f"], flags=re.I)
    said = []
    for part in parts:
        label, _, value = part.partition(":")
        label = label.strip().lower()
        if label not in _SAID or not value.strip():
            return text
        said.append(_SAID[label].format(value.strip()))
    return f"{m['head']} {' '.join(said[:-1])}{', ' if said[-1].startswith('location') and len(said) > 1 else ' '}{said[-1]}".replace(" , ", ", ")


def _one_said_before(text: str) -> str:
    one = _ONE.search(text)
    if not one:
        return text
    named = [m for m in _NAMED_BEFORE.finditer(text[:one.start()]) if re.search(r"[,;.]", text[m.end():one.start()])]
    return f"{text[:one.start()]}the {named[-1]['n']} {text[one.end():]}" if named else text
