"""A question, then what to do with its answer, said as one request that reads first.

"how much is the Desk Lamp in the store app? put the price in a note called Lamp", "where was
beach.jpg taken? write it in a new note", "what's the priciest mug on Etsy? text Bo Li the name and the
price": the question says what to read and the request after it uses the answer ("it", "that", "the
price"). Said as "check <question> and <request>" ("find <the thing> and <request>" when the question asks
which thing) the read-then-act parsers take it like any other "check X and text it to Bo". A request that uses nothing the question finds ("what time is it? set a
timer for 5 minutes") is left as it is. General English task grammar only.
"""

from __future__ import annotations

import re

# Wrappers before a question ("can you tell me", "do you know") and the words a question starts with.
_ASKED = (r"(?:(?:can|could|would) you (?:please )?(?:tell me|check|find out|see|look up)\s+|do you know\s+|"
          r"(?:please )?(?:tell me|find out|check)\s+)?")
_WH = r"(?:what(?:'s|s)?|which|who(?:'s)?|whose|when|where(?:'s)?|how (?:much|many|long|big|far|old|warm|cold|hot))"
# Fillers between the question and the request ("? and then", "? ok so", "? pls").
_FILLER = r"(?:(?:and|then|so|ok|okay|now|also|pls|please|can you|could you|would you|kindly)\b[,]?\s*)*"
# Verbs a request that uses a value starts with.
_USE = (r"write|jot|note|put|save|store|keep|add|type|enter|paste|copy|text|sms|message|msg|dm|send|tell|let|e-?mail|mail"
        r"|share|post|forward|pass|set|make|create|use|call|ring|order|buy|pin|bookmark|remember|record|log")
# What in the request stands for the answer: a pronoun, "the answer", or a kind of value the question reads.
_KINDS = (r"name|names|price|prices|cost|amount|total|time|date|day|place|location|address|number|phone number|code"
          r"|title|rating|size|temperature|hours|result|answer|details|info|figure|value|count")
_BACK = re.compile(rf"\b(?:it|that|this|them|those|the (?:{_KINDS})\b|its (?:{_KINDS})\b)", re.I)
_THING = re.compile(r"^(?:what|which)(?:'s|s| is| was| are| were) (?P<x>(?:the|my) .+)$", re.I)
_SHAPE = re.compile(rf"^\s*(?P<q>{_ASKED}{_WH}\b[^?]{{2,200}}?)\s*\?+\s*{_FILLER}(?P<r>(?:{_USE})\b[^?]*?)\s*[.!]?\s*$",
                    re.I)


# "I need a note called Chili saying how many people it serves": the answer is the note's text
_NOTE_OF_ANSWER = re.compile(rf"^\s*(?:I|we)\s+(?:need|want|would like)\s+(?P<n>an?\s+(?:new\s+)?(?:note|memo)\s+(?:called|titled|named)"
                             rf"\s+\S.*?)\s+(?:saying|that says|which says|with|telling me|about)\s+(?P<q>{_WH}\b.+?)\s*[.!]?\s*$", re.I)


def question_then_use(text: str) -> str:
    """"<question>? <request using its answer>" -> "check <question> and <request>"; "I need a note called X
    saying <question>" -> "write <question> in a new note called X"; else ``text``."""
    note = _NOTE_OF_ANSWER.match(text)
    if note:
        made = re.sub(r"^an?\s+(?:new\s+)?", "a new ", note.group("n"), flags=re.I)
        return f"write {note.group('q')} in {made}"
    m = _SHAPE.match(text)
    if not m or not _BACK.search(m.group("r")):
        return text
    question = re.sub(rf"^{_ASKED}", "", m.group("q"), flags=re.I).strip()
    thing = _THING.match(question)  # "which is the oldest video?": that video is found
    found = f"find {thing.group('x')}" if thing else f"check {_lower_first(question)}"
    return f"{found} and {_lower_first(m.group('r'))}"


def _lower_first(clause: str) -> str:
    """A sentence's capital dropped ("Write the price" -> "write the price"), a name's or a code's kept."""
    return clause[:1].lower() + clause[1:] if clause[1:2].islower() else clause
