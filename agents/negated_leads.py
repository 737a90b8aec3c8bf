"""A request said after what not to do, or under a condition that names its thing.

"Don't keep Bo Li's old number - replace it with X", "I don't want my Gym alarm at 7 anymore - make it 8", "Do not email it: send the file to Bo on Chat", "Never mind the
history - just the title of the last page", "If the torch is not on yet, switch it on", "If you can find "Demo" in my
calendar, email its start time to a@b.org". What not to do is no part of the request: the request alone is said, its
"it" (right after its verb) standing for the thing the negated clause named, its "there" for "in" that thing; a
condition's thing stands for "it" / "its" in the same way. A condition that holds in the ordinary case leaves the act
alone: "Check my planner and if "A" is there on Monday, change its title to B" retitles "A" on Monday, "If the Zap mail
has a code in it, text that code to Bo" texts the code from the Zap mail, "..., and if you find it, V" drops the
condition. Quoted text is never read for grammar. General English only.
"""

from __future__ import annotations

import re

from .referents import CLOSE, OPEN, quotes_kept
from .task_verbs import VERBS
from .text import FULL_NAME

_Q = f"{OPEN}\\d+{CLOSE}"
# "Don't V ... - REQUEST" (a dash, a colon, a semicolon or a sentence's end between them); "Do not disturb" is a mode.
# (a comma parts them too when a request follows it: "Don't call Bo, text him instead", "Don't turn off X, just turn on Y";
# after "just" / "instead" / "rather" the request's verb is any word: "Don't cancel the charger, just track it";
# not after "I don't want X,": a want said first declines what is offered, agents/unwanted.py)
_NO_NOUN = (r"(?!(?:the|an?|my|your|his|her|their|our|its|this|that|these|those|one|some|it|them|him|me|us|to|for|with|in|on"
            r"|at)\b)")  # "..., just the red one": a thing, no request's verb
_NEGATED = re.compile(r"^(?P<lead>(?:[^.;:!?]*?,\s*so\s+)?)(?:please\s+|(?P<me>(?:I|we)\s+(?:really\s+)?))?(?:do not|don'?t|never)\s+(?!disturb\b)"
                      r"(?P<v>[a-z]+)(?P<body>(?:[^.;:!?\-–—]|\S-\S|\d[:.]\d)*?)\s*(?:\s[-–—]+\s|[:;]\s|[.!]\s+"
                      rf"|(?(me)(?!)),\s+(?=(?:just|instead|rather|simply|only)\s+{_NO_NOUN}[a-z]|(?-i:{'|'.join(sorted(VERBS))})\b))"
                      r"(?:(?:just|instead|rather|but|simply|only)\s+)?(?P<req>\S.*)$", re.I | re.S)
_NOT_IMPERATIVE = frozenset("i we you he she they it that this there because so but and or unless if do don't never "
                            "not no".split())
# The thing a clause names: a quoted title (and the day it is on), or a determiner's phrase, up to where it is put.
_DAYED = rf"{_Q}(?:\s+on\s+\w+day(?:,\s*(?-i:[A-Z])[a-z]+ \d{{1,2}})?)?"  # a title and the day it is on
_THING = re.compile(rf"^(?:(?:out|up|away|back|down|off)\s+)?(?P<np>(?:{_DAYED}"
                    r"|(?:the|my|your|his|her|their|our|this|that)\s+[^,;]+?|(?-i:[A-Z])[\w\-]*(?: (?-i:[A-Z])[\w\-]*)*'s\s+[^,;]+?))"
                    r"(?=\s+(?:under|sitting|lying|marked|to (?:me|us)|on (?:that|this|the|my)|in (?:my|the|there)|as|at all"
                    r"|any ?more|any longer|for now|around)\b|\s*$)", re.I)
_TITLED = re.compile(rf"^the (?:title|name) (?P<q>{_Q}) on (?:that|this|the|my) (?P<k>[a-z]+)\b", re.I)
_QUOTED_END = re.compile(rf"^(?:the|my|your|his|her|their|our|this|that) .*?{_Q}(?: (?!on\b|in\b)[a-z]+)?(?: (?:on|in) (?-i:[A-Z])[\w\-]*)?")  # 'the "A" group on Chat' ends there
_IT = re.compile(r"^(?P<v>[a-z]+(?: (?:up|out|back|down|off|over))?) (?:it|them)\b", re.I)
_PERSON_IT = re.compile(r"(?<=\w )(?:him|her)\b", re.I)
_THERE = re.compile(r"\b(?P<v>post|send|share|put|paste|add|drop|forward) (?P<o>it|them|that) there\b", re.I)
_RENAMED = re.compile(rf"^(?P<h>(?:rename|retitle) (?:(?! to ).)+?) (?P<q>{_Q})\s*(?P<e>[.!]?)$", re.I)
# "If X is not on yet, V it ...", "If you can find X (in Y), V its Z ...": X is what "it" / "its" stands for.
_STATE_IF = re.compile(r"^if (?P<np>(?!(?:it|you|I|we|they|he|she|there|this|that)\b)[^,;]{2,60}?) (?:is|are)(?: not|n't)? "
                       r"(?:already |yet )?(?:on|off|enabled|disabled|active|switched on|switched off|turned on|turned off)"
                       r"(?: yet| already)?,\s*(?:then\s+)?(?P<req>[a-z]+(?: (?:up|out|back|down|off|over))? (?:it|them)\b.*)$",
                       re.I | re.S)
_FOUND_IF = re.compile(rf"^if you (?:can |could )?(?:find|see|spot|locate) (?P<np>{_DAYED}|(?:the|my) [^,;]{{2,60}}?)"
                       r"(?: in (?:my|the) [\w\-]+(?: app)?)?,\s*(?:then\s+)?(?P<req>(?!(?:it|you|I|we)\b)[a-z]+\b.*)$", re.I | re.S)
_ITS = re.compile(r"\bits (?P<x>[a-z]+(?: (?:time|date|number|address|name|price|code))?)\b", re.I)
# A condition that holds in the ordinary case, said before the act (the act is the task; the agent finds out on the way):
# "..., and if you find it, V", "Check X and, if it has a Y, V" (it names nothing new: the condition goes);
# "Check my calendar and if "A" is there on Monday, V its name", "If Bo Li is on Chat, V X with them there" (the thing
# that is there stands for "it" / "its" / "them", "there" for its place); "If the Acme email has a code in it, text
# that code to Bo" (what it has, from it); "If Bo Li texted me the code, save it" (what was sent, said as sent);
# "If the email "A" shows as read, mark it unread"; "if there is no chat with Bo yet, start one" (a new one).
_ACT = r"(?P<req>(?!(?:it|you|I|we|they|he|she|there|this|that|what|which|who|whom|whose|when|where|how|why|is|are|do|does|did)\b)[a-z]+\b.*)$"
# (only what holds in the ordinary case: "if you find it", "if it's there", "if it exists", "if it has an end time"; never
# "if it's raining", "if it's below 20%", "if there's a meeting at 3" or "if so", real conditions of the act)
_PRONOUN_IF = re.compile(r"^(?P<pre>(?-i:[A-Z])[^;]*?\S)(?P<sep>\s*[,\-–—]\s*|\s+)(?P<and>and,?\s+)?if (?:(?:it|they|this|that)"
                         r"\b(?:(?: is|'s| are|'re| was) (?:still )?(?:there|in there|here|available|listed|present|on (?:it|there)"
                         r"|in (?:it|there|the list))\b| exists?\b| (?:has|have) (?:a|an|any)\b)"
                         r"|you (?:can |could )?(?:find|see|spot|locate|get) (?:it|them|one)\b)"
                         rf"[^,;.!?]*,\s*(?:then\s+)?{_ACT}", re.I | re.S)
_PLACE_FIRST = r"(?:(?:check|look (?:in|at|through)|open|search|go (?:to|into)|see)\s+[^,;]{1,40}?(?:\s*[,\-–—]\s*|\s+)(?:and,?\s+)?)?"
_NP = rf"(?P<np>{_Q}|{FULL_NAME}|[\w\-]+(?:\.[\w\-]+)+|(?:the|my) [^,;]{{2,50}}?)"
_THERE_IF = re.compile(rf"^{_PLACE_FIRST}if {_NP} (?:is|are) (?:still )?(?:there|in there|in (?:it|them|my [\w\-]+(?: app)?|the [\w\-]+ app)"
                       rf"|on (?P<app>(?-i:[A-Z])[\w\-]+|it|there))(?P<day> on \w+day(?:,\s*(?-i:[A-Z])[a-z]+ \d{{1,2}})?)?"
                       rf",\s*(?:then\s+)?{_ACT}", re.I | re.S)
# (an amount or a level is a real condition: "If my phone has less than 20% battery, ...", "... shows low, ...")
_AMOUNT = r"(?:less|more|fewer|under|over|below|above|at least|at most|only|no|not|too|low|high|enough|\d)"
_HAS_IF = re.compile(rf"^if {_NP} (?:has|have|contains?|shows|lists|gives|includes) (?!as\b)(?:a |an |any |some )?"
                     rf"(?P<x>(?!{_AMOUNT})[^,;%]{{2,50}}?)"
                     rf"(?: (?:in|on) (?:it|them|there))?,\s*(?:then\s+)?{_ACT}", re.I | re.S)
# an act done to a message itself, and a message: "If the email has an attachment, forward it" forwards the email
_ACT_ON_MESSAGE = re.compile(r"(?:forward|archive|delete|remove|trash|star|flag|mark|move|pin|reply|respond|answer|open|read|report"
                             r"|block|unstar|unpin|label)\b", re.I)
_MESSAGE_NP = re.compile(r"\b(?:e-?mails?|mails?|messages?|texts?|posts?|chats?|threads?|dms?|sms)\b", re.I)
_SENT_IF = re.compile(rf"^if (?P<who>{FULL_NAME}) (?P<v>texted|sent|emailed|messaged|told|wrote|gave|showed|shared with) (?P<x>me\b[^,;]+?)"
                      rf",\s*(?:then\s+)?{_ACT}", re.I | re.S)
_SHOWN_IF = re.compile(rf"^if {_NP} (?:shows?|appears?|is (?:marked|flagged|listed)|are (?:marked|flagged|listed))(?: as)? (?:already )?"
                       rf"[a-z]+,\s*(?:then\s+)?{_ACT}", re.I | re.S)
# (only a thing that is not there yet: "no milk left" is a stock running out, and "add one to the list" adds an item)
_NONE_YET = re.compile(r"\bif there(?: is|'s| are) no (?P<n>[^,;]{2,60}?)(?<! left)(?<! remaining)(?<! anymore)(?: yet| already)?,"
                       r"\s*(?:then\s+)?(?:just\s+)?(?P<v>open|start|create|make|add|set up) one\b(?! to\b| on\b)", re.I)
_OBJECT = re.compile(r"^(?P<v>[a-z]+(?: (?:up|out|back|down|off|over))?(?: [^\s,;]+){0,6}?) (?P<p>it|them|him|her|that(?: one)?)\b", re.I)


def unnegated(task: str) -> str:
    """``task`` as its request alone when it is said after what not to do or under a condition (see the module
    docstring); the same text otherwise."""
    return quotes_kept(task, lambda text: _negated(text) or _conditional(text))


def _negated(text: str) -> str | None:
    m = _NEGATED.match(text)
    if not m or m["req"].split()[0].casefold().strip(",") in _NOT_IMPERATIVE or not re.search(r"[a-z]", m["req"][:1]) \
            or m["me"] and re.match(r"\s*to\b", m["body"]):  # "I don't want to forget X - V it": a reason (reason_clauses)
        return None
    body = m["body"].strip()
    request, thing = m["req"], _THING.match(body)
    if not thing and (inner := re.search(r"\b(?:in|on|from|of) (?=(?:the|my|your|his|her|their|our) )", body)):
        thing = _THING.match(body[inner.end():])  # "anything in my cart": the cart
    np = thing["np"].strip() if thing else ""
    if np and (ended := _QUOTED_END.match(np)):  # its clock time kept: 'my "Gym" alarm (ringing) at 7:30'
        at = re.search(r" at \d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?![\w:])", np[ended.end():], re.I)
        np = ended.group() + (at.group() if at else "")
    if titled := _TITLED.match(m["body"].strip()):  # "the title "A" on that note": the note "A"
        np = f"the {titled['k']} {titled['q']}"
    if np and not re.fullmatch(r"(?:the|this|that|my) (?:one|thing)", np, re.I):
        if _IT.match(request):
            request = _IT.sub(lambda i: f"{i['v']} {np}", request, count=1)
        elif _THERE.search(request):
            request = _THERE.sub(lambda t: f"{t['v']} {t['o']} in {np}", request, count=1)
    elif not np and (who := re.search(rf"{FULL_NAME}|\b(?-i:[A-Z])[\w'\-]+", body)) and _PERSON_IT.search(request):
        request = _PERSON_IT.sub(who.group(), request, count=1)  # "Don't call Bo, text him instead": text Bo
    request = _RENAMED.sub(r"\g<h> to \g<q>\g<e>", request)  # "retitle it "B"": to "B"
    return f"{m['lead']}{request}"


def _conditional(text: str) -> str | None:
    if (said := _held(text)) is not None:
        return said
    m = _STATE_IF.match(text)
    if m:
        return _IT.sub(lambda i: f"{i['v']} {m['np']}", m["req"], count=1)
    m = _FOUND_IF.match(text)
    if not m or not re.search(r"\b(?:it|its|them)\b", m["req"], re.I):
        return None
    np = m["np"].strip()
    request = _ITS.sub(lambda i: f"the {i['x']} of {np}", m["req"], count=1)
    return request if request != m["req"] else _IT.sub(lambda i: f"{i['v']} {np}", request, count=1)


def _held(text: str) -> str | None:
    """The act under a condition that holds in the ordinary case (see _PRONOUN_IF and after); None when none."""
    new = _NONE_YET.sub(lambda m: f"{'start' if m['v'].casefold() == 'open' else m['v']} a new {m['n']}", text)
    if new != text:
        return new
    m = _PRONOUN_IF.match(text)
    if m:
        return f"{m['pre']}{m['sep']}{'and ' if m['and'] else ''}{m['req']}"
    if m := _THERE_IF.match(text):
        np = f"{m['np']}{m['day'] or ''}"
        req = re.sub(r"\b(?:its|their|his|her) (?P<f>[a-z]+(?: (?:name|number|address|time|date|title))?)\b",
                     lambda f: f"the {f['f']} of {np}" if np.startswith(OPEN) else f"{np}'s {f['f']}", m["req"], count=1, flags=re.I)
        req = req if req != m["req"] else _OBJECT.sub(lambda o: f"{o['v']} {np}", req, count=1)
        there = f" on {m['app']}" if m["app"] and m["app"].casefold() not in ("it", "there") else ""
        return re.sub(r"\s+there\b(?=\s*(?:[,.!;]|$))", there, req, count=1) if there else req
    if (m := _HAS_IF.match(text)) and (thing := m["x"].split()[-1]):
        said = f"the {m['x']} from {m['np']}"
        req = re.sub(rf"\b(?:that|the|this) {re.escape(thing)}\b", said, m["req"], count=1, flags=re.I)
        if req != m["req"] or not _ACT_ON_MESSAGE.match(m["req"]) or not _MESSAGE_NP.search(m["np"]):
            req = req if req != m["req"] else _IT.sub(lambda i: f"{i['v']} {said}", req, count=1)
            return req if req != m["req"] else None  # an act that names neither ("..., turn on battery saver"): as said
        return None  # "If the email has an attachment, forward it to Bo": "it" is the email, a real condition: as said
    if m := _SENT_IF.match(text):
        obj = m["x"][2:].strip()
        if _IT.match(m["req"]) and re.match(r"(?:the|a|an|my|their|his|her)\b", obj, re.I):  # "save it": what was sent
            return _IT.sub(lambda i: f"{i['v']} {obj} {m['who']} {m['v']} me", m["req"], count=1)
        return f"{m['who']} {m['v']} {m['x']}. {m['req'][:1].upper()}{m['req'][1:]}"
    if m := _SHOWN_IF.match(text):  # only an act on the thing shown ("If the battery shows low, turn on X" is a condition)
        req = _IT.sub(lambda i: f"{i['v']} {m['np']}", m["req"], count=1)
        return req if req != m["req"] else None
    return None
