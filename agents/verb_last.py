"""A terse note that names the thing first and its verb last: 'alarm 10:40 "Gym" - remove', 'email "Shift" unstar',
'Bo Li signal conversation - remove', 'email "Permit" from Bo Li - trash', 'Ana Diaz contact star'. Said as the
request: the verb, then the thing ('delete alarm 10:40 "Gym"'). Only a bare verb at the very end of a note with no
sentence in it, a new name ("rename to B") or the app after it ('scan.pdf unfavourite in Filo'): the thing names its
kind (email, chat, contact, alarm ..., a file by its extension), starts with that kind, a file, a quote or a name,
and says no clause ("that photo is blurry so delete it" is a sentence). General note-taking grammar only.
"""

from __future__ import annotations

import re

from .referents import HELD
from .task_verbs import VERBS

_DELETE = r"remove|delete|trash|bin|erase"
_KIND = (r"(?:e-?mail|mail|message|text|sms|chat|conversation|thread|group|contact|alarm|timer|note|memo|photo|picture|file"
         r"|event|bookmark|tab|album|playlist|song|reminder)s?")
_FILE = r"[\w\-]+\.[a-z][a-z0-9]{1,4}\b"  # a file named with its extension names its kind ("scan_2.pdf")
_VERB = re.compile(rf"^(?P<x>(?:{_KIND}\b|{_FILE}|{HELD.pattern}|(?-i:[A-Z]))[^.,;!?()]{{0,80}}?)\s*(?:\s[-–—]|:|->|→)?\s+"
                   rf"(?P<v>{_DELETE}|archive|unarchive|star|unstar|pin|unpin|mute|unmute|block|unblock|favou?rite|unfavou?rite"
                   r"|(?P<r>rename))(?: (?:as )?(?:a )?favou?rite)?(?(r)\s+(?P<to>(?:to|as)\s+[^.;!?()]+?))"
                   r"(?P<w>\s+(?:in|on)\s+(?:the\s+)?\w+(?:\s+app)?)?\s*[.!]?$", re.I)
# Words of a clause: a note names a thing, a sentence says something of it.
_CLAUSE = re.compile(r"\b(?:is|are|was|were|be|so|should|does|do|did|not|no|need|needs|want|wants|can|could|will|would|to|please"
                     r"|kindly|I|it|them|that|this|and|but|then|just|longer|anymore)\b", re.I)

_OPEN_END = re.compile(r"\b(?:the|a|an|into|to|with|in|on|from|of|my|your|as)\s*$", re.I)  # "... with a star": the verb's a noun


def verb_last(text: str) -> str:
    """The request a verb-last note stands for (see the module docstring); ``text`` when it is none."""
    m = _VERB.match(text.strip())
    if not m or _CLAUSE.search(m["x"]) or not re.search(rf"\b{_KIND}\b|{_FILE}", m["x"], re.I) or _OPEN_END.search(m["x"]):
        return text
    first = m["x"].split()[0].casefold()
    if first in VERBS and not re.fullmatch(_KIND, first):  # "Put all mails into the archive": a request, not a note
        return text
    verb = m["v"].casefold()
    said = f"{'delete' if re.fullmatch(_DELETE, verb) else verb} {m['x'].strip(' -–—:')}"
    return f"{said}{' ' + m['to'] if m['to'] else ''}{m['w'] or ''}"
