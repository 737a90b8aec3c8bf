"""A question said as a request for a report or as what is needed, put as the plain question.

A formal or result-first request asks a question without its words: "Please report the total number of tabs open in
Firefox" asks how many tabs are open there, "I want a count of my memos that mention rent" how many of my memos
mention rent, "Kindly confirm how many timers are running" how many timers are running, "Check what the Oak Stool
costs" how much it costs, "I need the end time of "Standup" on Monday" what that end time is, "I want to know the
latest message Bo Li sent me" what that message is. Whether things of a kind exist, said in the plural ("Do I have unread
emails?", "Are there any missed calls?", "any new texts from Bo?", "are any of my alarms on?"), is asked as how many there
are (0 is no); "do I have a meeting" (one thing) stays as it is. Runs early, quotes held aside. General English only.
"""

from __future__ import annotations

import re

# Asking to be told, in a formal register or as the result wanted.
_REPORT = (r"(?:(?:please|kindly|pls) )?(?:(?:could|can|would) you (?:please )?)?(?:report|confirm|check|verify|state|provide"
           r"|find out|look up|determine)(?: to me| for me)?")  # "tell me ..." reads as it is said
_NEED = r"(?:I|we) (?:want|need|would like|'d like|require)"
_FIND = r"(?:(?:please|pls) )?(?:find|get|grab|fetch|pull up|dig up)(?: me)?"  # "find the start time of X", "get me Bo's number"
_ATTRS = (r"start time|end time|time|date|day|location|place|venue|address|phone number|number|e-?mail(?: address)?|price"
          r"|cost|rating|title|name|size|duration|status|code|link|subject|sender|author")
_RANKED = r"(?:most recent|last|latest|newest|first|oldest|earliest|[a-z]+est)"


# "Do I have unread emails?", "Did I get any texts from Bo?", "Are there any missed calls?", "any new messages?": the things
# (a plural noun, up to two words before it) and the rest of the one-clause question
_THINGS = (r"(?:any |some )?(?P<x>(?:(?:new|more|other) )?(?:[\w\-]+ ){0,2}?(?!(?:has|was|is|does|his|this|its|yes|plus|us|gas|bus"
           r"|news|glass|class|access|address|business|status|series|less|miss)\b)(?-i:[a-z])[\w\-]*[^\Ws']s)\b(?P<r>[^?!.;]*?)")
_EXISTS = (
    (re.compile(rf"^(?P<a>do|did) (?P<s>I|we) (?:still |even )?(?P<v>have|get|got|receive) {_THINGS}\s*\??$", re.I),
     "how many {x} {a} {s} {v}{r}?"),
    (re.compile(rf"^(?:have|has) (?P<s>I|we) got {_THINGS}\s*\??$", re.I), "how many {x} have {s} got{r}?"),
    (re.compile(rf"^(?P<a>are|were) there {_THINGS}\s*\??$", re.I), "how many {x} {a} there{r}?"),
    (re.compile(r"^(?P<a>are|were) any of (?P<d>my|the|our) (?P<x>[^?!.;]+?) (?P<r>(?:switched|turned|set|still|currently|now|on|off"
                r"|enabled|disabled|active|unread|read|starred|pinned|muted|due|overdue|saved|open)\b[^?!.;]*?)\s*\??$", re.I),
     "how many of {d} {x} {a} {r}?"),
    (re.compile(rf"^(?:got )?any {_THINGS}\s*\?$", re.I), "how many {x} are there{r}?"),
)


def _existence(text: str) -> str:
    """"Do I have unread emails?" -> "how many unread emails do I have?" (see the module docstring)."""
    if re.search(r"\b(?:and|then|but|if)\s+\w", text):
        return text  # one clause only: "do I have X? if so, ..." is another shape
    for pattern, form in _EXISTS:
        m = pattern.match(text)
        if m:
            return form.format(**{k: (v or "") if k in "xrd" else v.casefold() if v != "I" else v
                                  for k, v in m.groupdict().items()})
    return text


def reported(text: str) -> str:
    """``text`` as the plain question it asks (see the module docstring); the same text when it asks none."""
    body = _existence(text.strip())
    if body != text.strip():
        return body
    m = re.match(r"^how many (?P<n>[\w\-]+(?: [\w\-]+)?) (?:that|which) (?P<r>[^?]+?) do (?:I|we) have\s*\??$", body, re.I)
    if m:  # "how many notes that mention X do I have": how many of my notes mention X
        return f"how many of my {m['n']} {m['r']}?"
    m = re.match(rf"^(?:{_REPORT}|{_NEED})\s+(?:the |a |an )?(?:total |exact )?(?:number|count|tally) of"
                 r" (?P<x>(?!(?:the|a|an|this|that)\b)(?-i:[a-z])[^?!]+?)\s*[.?!]?$", body, re.I)
    if m:
        return f"how many {_counted(m['x'])}?"
    m = re.match(rf"^{_REPORT}\s+(?P<q>(?:what|which|whose|when|where|how(?: many| much| late| long)?)\b[^?!]+?)\s*[.?!]?$", body,
                 re.I)
    if m and re.match(r"(?:(?:please|kindly|pls) )?(?:check|find out|look up)\b", body, re.I) and \
            not re.match(r"how (?:many|much)\b|what\b", m["q"], re.I):
        m = None  # "check when my class starts" is read as it is said
    if m and re.match(r"how (?:many|much) (?:of )?[^?]*? (?:are|is|were|was|have|has)\b", m["q"], re.I):
        return f"{m['q']}?"  # "how many of my alarms are on": the question's subject is its wh-part, the order already plain
    if m:
        return f"I want to know {m['q']}"  # the embedded question, put in question order by indirect_questions
    m = re.match(rf"^(?P<lead>(?:{_REPORT}|{_FIND}|{_NEED}|{_NEED} to know)\s+)?(?!.*\b(?:and|then)\s+\w)(?!.*\s[-–—]\s)(?P<x>the (?:[\w\-]+ ){{0,2}}?"
                 rf"(?:{_ATTRS}) (?:of|in|from) (?:[^?!.,;]|,(?= \w+ \d)|\.(?=\w))+?)\s*[.?!]?$", body, re.I)
    if m and not m["lead"] and (body.endswith("?") or re.search(r"\b(?:should|must|needs?|is|are|was|were|be|to|has|have|with"
                                                                r"|into)\b|[→:=>]|->", m["x"], re.I)):  # "→ Y", ": Y" sets Y
        m = None  # said alone, a thing's value is asked ("the code in my note X"); "the location of X should be Y" sets it
    if m:
        return f"what is {m['x'][:1].casefold()}{m['x'][1:]}?"
    m = re.match(rf"^(?P<lead>(?:{_REPORT}|{_FIND}|{_NEED}|{_NEED} to know)\s+)(?P<o>(?-i:[A-Z])[\w\-]*(?: (?-i:[A-Z])[\w\-]*){{0,3}})['’]s"
                 rf" (?P<a>(?:[\w\-]+ )?(?:{_ATTRS}))(?P<r> (?:from|in|on|according to) (?:my |the )?[\w\- ]{{1,30}}?)?(?: for me| please)?"
                 r"\s*[.?!]?$", body, re.I)
    if m and not re.match(r"(?:the|my|a|an|this|that)$", m["o"], re.I) and m["lead"]:
        # "find Ana Ruiz's email address", "I need Bo's number" (said alone, "Bo's name ..." may start a request)
        return f"what is {m['o']}'s {m['a']}{m['r'] or ''}?"
    m = re.match(rf"^{_NEED} to know (?P<x>(?:the|my) {_RANKED} (?:[^?!.]|\.(?=\w))+?)\s*[.?!]?$", body, re.I)
    if m:
        return f"what is {m['x']}?"
    return text


def _counted(things: str) -> str:
    """"my notes that contain X" -> of my notes contain X; "bookmarks saved in Y" -> bookmarks are saved in Y."""
    m = re.fullmatch(r"(?P<d>(?:my|the|our) )?(?P<n>[\w\-]+(?: [\w\-]+)?) (?:that|which|who) (?P<r>.+)", things, re.I)
    if m:
        return f"{'of ' + m['d'] if m['d'] else ''}{m['n']} {m['r']}"
    m = re.fullmatch(r"(?P<n>[\w\-]+(?: [\w\-]+)?) (?P<p>saved|stored|kept|open|opened|scheduled|listed|starred|pinned|muted"
                     r"|unread|marked) (?P<r>.+)", things, re.I)
    if m:
        return f"{m['n']} are {m['p']} {m['r']}"
    return things
