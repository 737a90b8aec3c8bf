"""A request said in office jargon, said plainly.

"Action item: new memo, title "Q3"", "Quick ask: ...", "Pricing check: ...", "FYI need ...", "Pls action: calendar
entry "Lunch"": the label goes, and a thing named alone after "action" is one to create. "need the due date of X - pls
revert with the date" asks what it is ("the time in minutes for X": how many minutes X takes), "need the list of
X - who is on it?" asks who is on X, "need the temp in X, check a.org" what it is there; "with date, time, venue" is with its date, time and location; "stand up / spin up a new board" creates it; "what does X go for" asks how
much it costs; "sent over X by email" is "sent me X by email", "pinged me by text" texted me, "who's on the team" who is in it; "get X on my calendar" adds it there, "date and venue per that message" its date and location from it; "keep it on file"
(do not delete it), "loop them in", "circle back with it", "ASAP", "for the records", "housekeeping item", "going forward" say nothing to act on. General English
only, never an app's words.
"""

from __future__ import annotations

import re

_LABEL = re.compile(r"^(?P<pls>(?:pls|plz|please|kindly)\s+)?(?:(?:quick|urgent|small|tiny|another|one more|pricing|price|status"
                    r"|sanity|budget|final|next|new|open)\s+)?(?P<l>action items?|actions?|asks?|checks?|ones?|questions?|requests?"
                    r"|headcount|to-?dos?|fyi|heads[- ]up|reminder|psa|nb|update)(?:\s+(?:pls|plz|please))?\s*[:\-–—]\s+", re.I)
_NEED_ASKED = re.compile(r"^(?:I )?need (?P<x>the [^-–—?]+?)\s+[-–—]\s+(?P<q>(?:who|what|which|where|when|how)\b[^?]*\?)\s*$", re.I)
_NEED_CHECKED = re.compile(r"^(?:I )?need (?P<x>the [^,;?]+?),? (?:(?:pls|please|just|can you|could you) )?(?:check|look (?:it )?up on"
                           r"|see) (?P<s>[\w\-]+(?:\.[\w\-]+)+(?:/\S*)?)(?: for me)?\s*[.!]*$", re.I)
_FYI = re.compile(r"^(?:fyi|heads[- ]up|psa|nb)\b[,:]?\s+", re.I)
_KIND = r"(?:calendar )?(?:entry|event|meeting|note|memo|album|contact|alarm|reminder|group|folder|playlist|list|board|task)"
_NEED = re.compile(r"^(?:I )?need (?P<x>(?:the|a|an) [^-–—?]+?)\s+[-–—]\s+(?:(?:pls|plz|please|kindly)\s+)?(?:revert|get back|come back"
                   r"|circle back|reply)(?: back)?(?: to me)? with (?:the|a|that|it)\b[^-–—?]*[.!]?$", re.I)
_FIELD = r"(?:date|time|day|location|place|venue|address|title|subject|sender|price|name)"


def _its_fields(m: re.Match[str]) -> str:
    """"with date, time, location" -> "with its date, time and location" (the fields of the thing named)."""
    fields = re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", m["l"])
    return f"with its {', '.join(fields[:-1])} and {fields[-1]}"


_PHRASES = tuple((re.compile(p, re.I), r) for p, r in (
    (r"\s*[-–—,]?\s*keep (?:it|them|this|that) on file(?: though| tho)?\s*(?=[,.;!]|$)", ""),
    (r"\s*[-–—,]?\s*(?:for (?:the|our|my) records?|housekeeping(?: item| task)?|going forward|per (?:the )?(?:policy|process))"
     r"\s*(?=[.!]*$)", ""),
    (r"(?:\s*[-–—,;]\s*|\s+and\s+|(?<=[.?!])\s+|\s+)(?:loop (?:them|him|her|everyone|the team) in|circle back(?: to me)?"
     r"(?: with (?:it|that|the \w+))?(?: (?:when|once) you (?:have|get) (?:it|that|them))?)\s*[.!]*$", ""),
    (r"(?:\s*[-–—,;]\s*|(?<=[.?!])\s+|\s+)(?:asap|a\.s\.a\.p\.?|by eod|eod|urgently)\s*[.!]*$", ""),  # "..., pls. ASAP."
    (r"\b(?:stand|spin) up (?=(?:a|an|the|one) (?:new )?)", "create "),
    (r"\bwhat does (?P<x>[^?]+?) go for\b", r"how much does \g<x> cost"),
    (r"\bsent (?:over|across) (?=(?:the|a|an|his|her|their|that|this) )", "sent me "),
    (r"\bget (?P<x>(?:the|that|this|it|them|my)\b[^;?]*?) (?:on|onto|in|into) (?:my|the) (?:calendar|agenda|diary|schedule)\b",
     r"add \g<x> to my calendar"),
    (r"\bper (?=(?:that|this|the|his|her|their|my) (?:message|mail|e-?mail|text|note|invite|chat)\b)", "from "),
    (r"(?<=\band )venue\b|(?<=, )venue\b", "location"),  # "date, time and venue": its location
    (r"\bsubj\b\.?", "subject"),
    (r"\bwho(?:'s| is| are) on (?=(?:the|my|that|this|our) )", "who is in "),  # "who's on the team": in it
    (r"\b(?:pinged|messaged|hit up|reached out to|contacted) me (?:up )?(?:by|via|over|on|through) (?P<by>text(?: message)?|sms|e-?mail|mail)\b",
     lambda m: "emailed me" if "mail" in m["by"].casefold() else "texted me"),
    (rf"\b(?:with|w/) (?P<l>{_FIELD}(?:(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+){_FIELD})+)\b", _its_fields),
))


def unjargoned(task: str) -> str:
    """``task`` without office jargon (see the module docstring); the same text when it has none."""
    text = " ".join(_unlabelled(s) for s in re.split(r"(?<=[.!?])\s+(?=\S)", task.strip()))
    if need := _NEED.match(text):
        timed = re.fullmatch(r"the [\w\- ]*?time in (?P<u>minutes|hours|seconds|days) (?:for|of) (?P<t>.+)", need["x"], re.I)
        counted = re.fullmatch(r"(?:a|the) (?:head ?count|count|tally|total|number|total number) of (?:the |my )?(?P<n>[\w\-]+(?: [\w\-]+)?)"
                               r" (?P<r>(?:in|on|from|at) .+)", need["x"], re.I)
        if timed:
            return f"How many {timed['u']} does {timed['t']} take?"
        if counted:  # "need a headcount of the files in Docs": how many files are in Docs
            return f"How many {counted['n']} are {counted['r']}?"
        return f"What is {need['x']}?" if need["x"].casefold().startswith("the ") else task
    if checked := _NEED_CHECKED.match(text):  # "need the temp in Oslo, check weather.example.org": what it is there
        return f"What is {checked['x']} (according to {checked['s']})?"
    if asked := _NEED_ASKED.match(text):  # "need the roster of X - who is on it?": who is on X
        of = re.search(r"\bof (?P<o>(?:the|my|this|that) .+)$", asked["x"])
        text = re.sub(r"\b(?:it|them)\b", of["o"] if of else asked["x"], asked["q"], count=1)
    for pattern, plain in _PHRASES:
        text = pattern.sub(plain, text)
    return text if text != task.strip() else task


def _unlabelled(sentence: str) -> str:
    """A sentence without its leading label ("Action item: X" -> X)."""
    label = _LABEL.match(sentence)
    if label:
        sentence = sentence[label.end():]
        if "action" in label["l"].casefold() and re.match(rf"(?:(?:a|an) )?(?:new )?{_KIND}\b", sentence, re.I):
            sentence = "create " + sentence  # "Pls action: calendar entry X": make it
    return _FYI.sub("", sentence)
