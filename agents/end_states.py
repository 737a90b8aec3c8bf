"""A request said as the end result the user wants to see afterwards: "When you're done, X should ...".

Users often describe the state they will find rather than the act: "When you're finished, Ada should have a text from
me with the gate code", "Afterwards, report.pdf shouldn't be in my starred files anymore", "At the end I want a call
going with Bo", "By the end, I want to know the total: how much is in my cart?". :func:`end_state` says it as the act:
- the lead ("When you're done/finished", "Afterwards", "At the end", "In the end", "By the end") goes (not "When I
  check X later, Q": X is where to look); what follows is read as said ("I want ...", "X should be called Y" have their readers);
- "I want to see / know / hear (...): Q?" asks Q;
- "X should no longer / not show up / be / appear in Y", "Y should not include / contain X (any more)": remove X from Y;
- "P should have a text / message / email from me with / saying Z": text / email P Z;
- "P should have Z in our <app> chat": send P Z on <app>; "my <app> chat with P should show "M" (as sent)": send P "M"
  on <app>.
Anything else stays as written. Quoted text is never read. General English only.
"""

from __future__ import annotations

import re

_LEAD = re.compile(r"^\s*(?:(?:when|once|after) (?:you'?re|you are|you have|you've|you're all) (?:done|finished|through)|"
                   r"when you(?:'ve| have)? finish(?:ed)?|afterwards|after that|(?:at|in|by) the end(?! of\b))\s*[,:\-–—]?\s+"
                   r"(?=\S)", re.I)
_SEE = re.compile(r"^(?:I|we) (?:want|would like|'d like|need) to (?:see|know|hear|find out|get|have)\b[^:\"“]{0,60}:\s*"
                  r"(?P<q>(?:what|which|who|whose|where|when|how|is|are|do|does|did|was|were)\b[^:]+\?)\s*$", re.I)
_GONE = re.compile(r"^(?P<x>[^,:]+?) (?:should|must|shall|will)(?:n't| not| no longer| never)(?: be)? (?:show(?:ing)? up|be|appear"
                   r"|be listed|be left|remain|stay) (?:in|among|on|under) (?P<y>[^,.:]+?)(?: any ?more)?\s*[.!]?\s*$", re.I)
_EXCLUDES = re.compile(r"^(?P<y>(?i:my|the) [^,:]+?) (?:should|must|shall|will)(?:n't| not| no longer) (?:include|contain|list|"
                       r"have|show) (?P<x>[^,:]+?)(?: any ?more)?\s*[.!]?\s*$", re.I)
_HAS_MESSAGE = re.compile(r"^(?P<p>[^,:]+?) (?:should|must|will) (?:have|get|receive|have got) (?:a|an|my) (?P<k>text(?: message)?|"
                          r"message|sms|e-?mail|mail)(?: from me)? (?P<w>with|saying|containing|that says|about) (?P<z>.+?)\s*[.!]?\s*$",
                          re.I)
_HAS_IN_CHAT = re.compile(r"^(?P<p>[^,:]+?) (?:should|must|will) (?:have|get|see) (?P<z>[^:]+?) in (?:our|my|the) "
                          r"(?P<a>[A-Z][\w\-]*) (?:chat|conversation|thread)\s*[.!]?\s*$")
_SHOWS = re.compile(r"^my (?P<a>[A-Z][\w\-]*) (?:chat|conversation|thread) with (?P<p>[^,:]+?) (?:should|must|will) show "
                    r"(?P<m>[\"“][^\"”]+[\"”])(?: as sent| as the last message| from me)?\s*[.!]?\s*$")


def end_state(task: str) -> str:
    """``task`` said as the act when it describes the end result (see the module docstring); else the same text."""
    lead = _LEAD.match(task)
    if not lead:
        return task
    rest = task[lead.end():]
    if see := _SEE.match(rest):
        return see["q"][:1].upper() + see["q"][1:]
    if gone := _GONE.match(rest) or _EXCLUDES.match(rest):
        return f"Remove {_low(gone['x'])} from {_low(gone['y'])}."
    if has := _HAS_MESSAGE.match(rest):
        verb = "Email" if "mail" in has["k"].casefold() else "Text"
        if re.match(r"(?:the )?subject\b", has["z"], re.I):  # "an email with the subject S containing Z"
            return f"{verb} {has['p']} {has['w']} {has['z']}."
        said = has["z"] if re.match(r"(?:the|a|an|my|his|her|their)\b|[\"“]", has["z"], re.I) else f'"{has["z"]}"'
        return f"{verb} {has['p']} {said}."
    if has := _HAS_IN_CHAT.match(rest):
        return f"Send {has['p']} {has['z']} on {has['a']}."
    if shows := _SHOWS.match(rest):
        return f"Send {shows['p']} {shows['m']} on {shows['a']}."
    return rest


def _low(phrase: str) -> str:
    """A phrase's first word in lower case unless it is a name (a capital after the first word stays)."""
    return phrase[:1].lower() + phrase[1:] if re.match(r"(?:My|The|A|An|Our|This|That)\b", phrase) else phrase
