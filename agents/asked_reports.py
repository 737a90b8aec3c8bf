"""A question said as a request for a report or as what is needed, put as the plain question.

A formal or result-first request asks a question without its words: "Please report the total number of tabs open in
Firefox" asks how many tabs are open there, "I want a count of my memos that mention rent" how many of my memos
mention rent, "Kindly confirm how many timers are running" how many timers are running, "Check what the Oak Stool
costs" how much it costs, "I need the end time of "Standup" on Monday" what that end time is, "I want to know the
latest message Bo Li sent me" what that message is. Runs early, quotes held aside. General English only.
"""

from __future__ import annotations

import re

# Asking to be told, in a formal register or as the result wanted.
_REPORT = (r"(?:(?:please|kindly|pls) )?(?:(?:could|can|would) you (?:please )?)?(?:report|confirm|check|verify|state|provide"
           r"|find out|look up|determine)(?: to me| for me)?")  # "tell me ..." reads as it is said
_NEED = r"(?:I|we) (?:want|need|would like|'d like|require)"
_ATTRS = (r"start time|end time|time|date|day|location|place|venue|address|phone number|number|e-?mail(?: address)?|price"
          r"|cost|rating|title|name|size|duration|status|code|link|subject|sender|author")
_RANKED = r"(?:most recent|last|latest|newest|first|oldest|earliest|[a-z]+est)"


def reported(text: str) -> str:
    """``text`` as the plain question it asks (see the module docstring); the same text when it asks none."""
    body = text.strip()
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
    m = re.match(rf"^(?:{_REPORT}|{_NEED}|{_NEED} to know)\s+(?!.*\b(?:and|then)\s+\w)(?P<x>the (?:[\w\-]+ ){{0,2}}?(?:{_ATTRS}) of (?:[^?!.,;]|,(?= \w+ \d)"
                 r"|\.(?=\w))+?)\s*[.?!]?$", body, re.I)
    if m:
        return f"what is {m['x']}?"
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
