"""Someone else's words quoted first, then the user's request: "My boss said, 'Send Bo the report.' Can you do that?".

A request often starts by quoting who asked for it (a relative, a colleague, a named person): "My neighbour asked,
'Is the pharmacy open on Sunday?' Can you check?", "Ada texted me, 'Book the court for Friday!' Please do it.",
"Grandpa keeps asking, 'Which of your alarms are on?' - so how many alarms are on?". The quotation is said in the
other person's words, in single quotes (double quotes inside it stay the titles they are). :func:`said_by_other` reads
it the way the user means it:
- the request after it only points back at the quotation ("Can you do that?", "Please do it.", "Could you check?",
  "Can you count them for me?", "Can you look it up?"): the quotation is the request, said by the user ("your" for
  the user is "my"; a vocative first, "Mum, ...", goes);
- "Can you check X and tell me?" after a quoted question: the question, asked of X;
- a request of its own after it that names what it acts on ("- so how many chats have unread messages?"): that
  request alone (the quotation is why it is asked, and its words are not what to look for);
- a request pointing back with "that X" or "it" ("Delete that contact."): the quotation, said plainly, then the request,
  so that the readers of pronouns (wording.py) find what "that contact" is.
Anything else stays as written. General English only.
"""

from __future__ import annotations

import re

from .task_verbs import VERBS

# Who speaks: "my boss", "my little sister", "our landlord", "Grandma", "Bo Li", "the coach"; how: said / asked (me) /
# keeps asking / always says / texted me / wrote / told me / just shouted.
_WHO = r"(?:(?:my|our|the)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+|(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+)?)"
_HOW = (r"(?:(?:just|always|keeps?|kept|then)\s+)?(?:said|says|asked|asks|asking|told|tells|texted|messaged|wrote|writes|"
        r"emailed|shouted|yelled|replied|goes|went)(?:\s+(?:me|us|to me|on \w+))?")
# the quotation: single (or typographic single) quotes; it ends at a quote mark after its own final punctuation, or
# before a dash / the end
_FRAME = re.compile(rf"^\s*(?P<who>{_WHO})\s+{_HOW}\s*[,:]\s*['‘](?P<q>.+?)(?:(?<=[.?!])['’](?=\s|$)|['’](?=\s*(?:[-–—]|$)))"
                    r"\s*(?:[-–—]+\s*)?(?P<rest>.*)$", re.S | re.I)
# the request only points back at the quotation
_POINTS = (r"(?:do (?:that|it|this|so|as (?:he|she|they) (?:said|asked)|what (?:he|she|they) (?:said|asked|wants?))|"
           r"check(?: (?:that|it|this|for me))?|count (?:them|those|it)|find out|look (?:it|that) up|answer (?:that|it|this)|"
           r"help(?: with (?:that|it|this))?|handle (?:that|it|this)|sort (?:that|it) out|take care of (?:that|it))")
_BACK = re.compile(rf"^(?:(?:so|and|ok(?:ay)?)[,\s]+)?(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:just\s+)?{_POINTS}"
                   r"(?:\s+for (?:me|us|him|her|them))?(?:,?\s+please)?\s*[?.!]*\s*$", re.I)
# "Can you check weather.example.com and tell me?": where to look for the quoted question's answer
_CHECK_WHERE = re.compile(r"^(?:(?:so|and)[,\s]+)?(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:check|look (?:at|in|on)|"
                          r"look it up (?:in|on)|see) (?P<w>.+?)(?:,?\s+and (?:tell|let) me(?: know)?)?(?:\s+for me)?,?(?:\s+please)?"
                          r"\s*[?.!]*\s*$", re.I)
_ASKS = re.compile(r"^(?:what|which|who|whose|where|when|how|is|are|was|were|do|does|did|can|has|have)\b", re.I)
_VOCATIVE = re.compile(r"^(?:(?:hey|oh|ok(?:ay)?)\s*,?\s+)?(?:mum|mom|dad|mama|papa|honey|love|dear|darling|babe|sweetie|"
                       r"buddy|mate|dude|(?-i:[A-Z])[a-z]+)\s*,\s+(?=\S)", re.I)
_JUST = re.compile(r"^(?:just|please|pls|can you|could you)\s+", re.I)
# a request of its own: a verb or a question word first (after "so" / "and"), naming what it acts on
_OWN = re.compile(r"^(?:(?:so|and|then|but)[,\s]+)?(?P<r>(?:(?:can|could|would|will) you\s+)?(?:please\s+)?[a-z].*)$", re.I | re.S)
# "... and I don't remember. Can you check?": what the user says of themselves before the request
_ASIDE = re.compile(r"^(?:and|but)\s+(?:I|we)\b[^.?!\"“]*[.!]\s+(?=\S)", re.I)
_SELF = re.compile(r"\b(?:me|I|I'm|I've|I'd|my|mine)\b")
_POINTER = re.compile(r"\b(?:it|its|that|those|them|this|these|one|there|he|she|they|him|her|his|their)\b", re.I)


def said_by_other(task: str) -> str:
    """``task`` with another person's quoted words read as the user means them (see the module docstring)."""
    m = _FRAME.match(task)
    if not m or not m["rest"].strip() or len(m["q"].split()) < 2:
        return task
    quote, rest = _as_mine(m["q"].strip()), _ASIDE.sub("", m["rest"].strip())
    speaker_self = bool(_SELF.search(re.sub(r"[\"“][^\"”]*[\"”]", "", m["q"])))  # "email me the file": "me" is the speaker
    if _BACK.match(rest):
        return task if speaker_self else quote
    if (where := _CHECK_WHERE.match(rest)) and _ASKS.match(quote) and quote.endswith("?"):
        return f"{quote[:-1].rstrip()}, on {where['w']}?" if re.match(r"[\w\-]+\.\w", where["w"]) else \
            f"{quote[:-1].rstrip()} (check {where['w']})?"
    own = _OWN.match(rest)
    if not own:
        return task
    request = own["r"]
    outside = re.sub(r"[\"“][^\"”]*[\"”]", "", request)
    if not _POINTER.search(outside):
        return request[:1].upper() + request[1:]
    verb = re.match(r"(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:just\s+)?(?P<v>[a-z]+)\b(?P<o>\s+(?:it|them|that|this|those"
                    r"|these)\b)?", request, re.I)
    if speaker_self or not verb or verb["v"].casefold() not in VERBS or quote.endswith("?") or _ASKS.match(quote):
        return task
    if _first(quote) in VERBS:  # "Call the X." + "Can you call it for me?": the quoted request, done for the user
        return quote if verb["o"] else task
    sentence = re.sub(r"^let'?s\b", "We will", quote if quote[-1:] in ".?!" else quote + ".", flags=re.I)
    return f"{sentence} {request[:1].upper() + request[1:]}"  # "We don't need X." + "Delete that contact."


def _first(text: str) -> str:
    return m[1].casefold() if (m := re.match(r"\s*([A-Za-z]+)", text)) else ""


def _as_mine(quote: str) -> str:
    """The quotation said by the user: its vocative and "just" first go; "your" (the user's) is "my", "you" "me"."""
    quote = _VOCATIVE.sub("", quote)
    quote = _JUST.sub("", quote)
    parts = re.split(r"([\"“][^\"”]*[\"”])", quote)
    for i in range(0, len(parts), 2):
        parts[i] = re.sub(r"\byour\b", "my", re.sub(r"\byours\b", "mine", parts[i]))
        parts[i] = re.sub(r"\bhave(n't| not) you\b", r"have\1 I", parts[i])
        parts[i] = re.sub(r"\b(?<!do )you\b(?=\s*[?.!,]|\s+(?:at|in|on|about|for|yet|back|already)\b)", "me", parts[i])
    quote = "".join(parts)
    return quote[:1].upper() + quote[1:]
