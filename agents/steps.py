"""A task written as numbered steps, said as one request: "1) open Files 2) find a.pdf 3) star it" -> In Files, star a.pdf.

A step that only opens an app names where the request happens; a step that finds or opens a thing names what the next
step's "it" / "them" / "that one" stands for (or where "at the end" is); the other steps are the request, joined by "and".
The same steps said in one sentence, "open X, then Y" / "can you find X, then Y?" (a parent to a teen), read the same way
when the first step opens or finds; "make a new tab and put x.org in it" opens x.org in a new tab. Steps with their
order spelled out read the same: "First open X, then Y, and finally Z" (sequence_words.py says the order words, in
English and the languages phones ship in); a found thing's "its" / "there" / "that person" in a later step is that thing.
Runs first, on the task as typed (quotes and all; a quoted message is never read for pronouns). General English step
lists only ("1)", "1.", "1:", "step 1:", ", then").
"""

from __future__ import annotations

import re

from . import comma_steps, needed_by, settled_context
from .referents import CLOSE, hold_quotes, release
from .screen_steps import screen_stepped
from .sequence_words import in_order

_NUMBER = re.compile(r"(?:^|(?<=\s))(?:\(?(?P<n>\d{1,2})[).:]|(?i:step) (?P<m>\d{1,2}):?)\s+")
_APP = re.compile(r"(?i:open|launch|go to|go into|start|use)\s+(?:the\s+|my\s+)?(?P<a>(?-i:[A-Z])[\w\-]*|[\w\-]+ app)(?:\s+app)?")
_PLACE = re.compile(r"(?i:open|go to)\s+(?P<a>(?:my|the) [a-z]+(?: (?:app|log|list))?"  # "open my calendar": where, no thing
                    r"|(?!(?:it|them|that|this|one|up)\b)[a-z][a-z\-]+)")  # "open contacts", "open the call log"
_FIND = re.compile(r"(?i:find|look up|look at|view|locate|search for|go to|go into|open|select|pick|choose|tap(?: on)?)\s+(?P<x>.+)")
_PRONOUN = re.compile(r"\b(?:(?:every one|each one|each|all|both) of them|it(?!\s+(?:is|was|has|'s)\b)|them|that one|this one"
                      r"|that (?:contact|note|file|photo|event|alarm|place|album|chat|item|person|group|email|mail|message)"
                      r"|(?<=\S )there$)\b(?<!\bas it)", re.I)
_ITS = re.compile(r"\b(?:its|their) (?P<n>(?:name|title|location|place|time|date|number|address|email|subject|text)(?:(?:,\s*|,? and )"
                  r"(?:name|title|location|place|time|date|number|address|email|subject|text|price|cost|rating|size|phone number))*)\b",
                  re.I)  # "its name and price": both of the thing found
_ASIDE = r"(?i:do not|don't|but|keep|leave|without|except)\b"  # what to leave alone, said after a comma
# "go to recipes.example.org": a web address is where the next steps happen, no thing they must use
_SITE = re.compile(r"(?i:go to|open|visit|navigate to)\s+(?P<u>(?:https?://)?[\w\-]+(?:\.[\w\-]+)+(?:/\S*)?)")
# a step opening a conversation with a person, then a step sending a quoted message with no one named
_CONVERSATION = re.compile(r"(?i:start|open|begin|write|compose|create|draft)\s+(?:a\s+)?(?:new\s+)?(?i:text|message|sms|chat"
                           r"|conversation|e-?mail|mail|dm)\s+(?i:to|with|for)\s+(?P<p>(?:(?!\s(?i:and|&|y|und|et|e)\s)[^\"“,&+/])+?)")
# (one person: "a message to Bo and Ana" is one group conversation, never a message to each)
_SENT = re.compile(r"(?i:send|write|type|say)\s+(?P<m>[\"“][^\"”]+[\"”])")
# a pronoun between a verb and its particle ending the step: "switch it on", "turn them off"
_TURNED = re.compile(r"\b(?P<v>[a-z]+) (?:it|them|that one|this one) (?P<p>on|off|back on|back off|up|down)$", re.I)
_EDGE = re.compile(r"\b(?:at|to) the (?:very )?(?:end|start|beginning|top|bottom)\b(?! of\b)(?!\s+(?!and\b|then\b)[a-z])", re.I)


# A sentence of steps: "(can you) open X, (and) then Y"; a step that opens or finds before it, after a comma.
_ASKED = re.compile(r"^(?:(?:can|could|will|would) you(?: please| kindly| just)?|please|kindly)\s+", re.I)
_THEN = re.compile(r",?\s+(?:and\s+)?then\s+(?=[a-z])")
_OPENER = re.compile(r",\s+(?=(?:open|find|look up|locate|search for|go to|go into)\s)")
_TOLD = re.compile(r"(?:and )?(?:then )?(?:(?:tell|show|give|read) me|read out|let me know|report)\b", re.I)


# "make a new tab in Surfr and put x.org in it": a new tab or window made to hold a web address is where it opens
_NEW_HOLDER = re.compile(r"^(?P<p>(?:please\s+)?)(?:make|create|open|start|add)\s+(?:a\s+)?(?:new|fresh|blank)\s+(?P<k>tab|window)"
                         r"(?P<w>\s+in\s+[\w\-]+)?\s+and\s+(?:then\s+)?(?:put|type|load|enter|open|paste|go\s+to)\s+"
                         r"(?P<u>(?:https?://)?[\w\-]+(?:\.[\w\-]+)+(?:/\S*?)?)\s+(?:in(?:to)?|on)\s+(?:it|that|there)\b", re.I)


def stepped(text: str) -> str:
    """``text`` as one request (see the module docstring); the same text when it is not a numbered list from 1. Taps
    on named controls are said as their acts first (screen_steps)."""
    text = needed_by.as_request(settled_context.without_scene(text))  # "Before lunch, mute X"; "Bo needs X by text"
    text = screen_stepped(text)
    text = _NEW_HOLDER.sub(lambda m: f"{m['p']}open {m['u']} in a new {m['k'].casefold()}{m['w'] or ''}", text, count=1)
    marks = list(_NUMBER.finditer(text))
    numbers = [int(m["n"] or m["m"]) for m in marks]
    if len(marks) < 2 or numbers != list(range(1, len(marks) + 1)) or text[:marks[0].start()].strip():
        return _sentence(in_order(text))  # the order words ("first", "finally", "por último") said as plain steps
    steps = [text[m.end():n.start() if n else len(text)].strip(" ,;.") for m, n in zip(marks, marks[1:] + [None])]
    if any(_TOLD.match(step) for step in steps[1:]):
        return text  # steps that end by asking to be told are a question: read by question_forms
    return _joined(steps, text)


def _sentence(text: str) -> str:
    """"open X, then Y" as the steps it says; a step asking to be told: the numbered list question_forms reads."""
    asked = _ASKED.match(text.strip())
    body = text.strip()[asked.end():] if asked else text.strip()
    parts = _THEN.split(body.rstrip(" ?.!"))
    if len(parts) == 1:  # "Open Gallery. Erase a.jpg.": a step said as its own sentence, then the next one
        parts = _dictated_steps(body.rstrip(" ?.!"))
    if len(parts) == 1 and not body.rstrip().endswith("?"):  # "Open X, find Y and star it": the steps in a series
        parts = comma_steps.pieces(body.rstrip(" .!"))
    steps = [step.strip() for part in parts[:-1] for step in _OPENER.split(part)] + parts[-1:]
    when = re.fullmatch(r"(?i:check|find out|look up|see) when (?P<x>.+)", steps[0])
    if when and len(parts) == 2 and re.search(r"\b(?:before|after|ahead of) it\b", steps[-1]):  # "... 10 minutes before it"
        return re.sub(r"\b(?P<p>before|after|ahead of) it\b", lambda m: f"{m['p']} {when['x']}", steps[-1], count=1)
    if len(parts) < 2 or not (_APP.fullmatch(steps[0]) or _PLACE.fullmatch(steps[0]) or _FIND.fullmatch(steps[0])):
        return text
    if any(_TOLD.match(step) for step in steps[1:]):
        return " ".join(f"{i}) {step}" for i, step in enumerate(steps, 1))
    joined = _joined(steps, text)
    return text if joined == text else joined


def _dictated_steps(body: str) -> list[str]:
    """Two imperative sentences whose first only opens or finds ("Open my notes. Delete the one titled X."; "Find a.pdf.
    Star it."): the steps they say, as ", then" says them; ``[body]`` otherwise (a question, a statement, one sentence)."""
    bare, held = hold_quotes(body)
    parts = re.split(rf"(?<=[a-z0-9)'{CLOSE}])[.!]\s+(?=[A-Z])", bare)
    if len(parts) != 2 or re.search(r",|\s[-–—]\s|\band\b|\b(?:find|look up|search for|locate) (?:out|where|what|which|who|when|how)\b",
                                    parts[0], re.I) or not (_APP.fullmatch(parts[0]) or _PLACE.fullmatch(parts[0]) or _FIND.fullmatch(parts[0])) \
            or not re.match(r"[A-Z][a-z\-]+ (?!(?:is|are|was|were|has|have|will|should|must|can|on|many|much)\b)", parts[1]) \
            or re.match(r"(?i:what|which|who|when|where|how|why|whose|do|does|did|is|are|can|could|would|will)\b", parts[1]) \
            or _TOLD.match(parts[1]) or body.endswith("?"):
        return [body]  # (one step first: "Open Maps, find X and save it. Go on." is read as written)
    return [release(part, held) for part in parts]


def _joined(steps: list[str], text: str) -> str:
    """The steps as one request; ``text`` when a step finds a thing no later step uses."""
    where, found, said = "", "", []
    for i, step in enumerate(steps):
        taken_up = i + 1 < len(steps) and _takes_up(steps[i + 1])  # "open tabs, then close them": the tabs, no where
        if (app := _APP.fullmatch(step) or (None if taken_up else _PLACE.fullmatch(step))) and not found and not said:
            where = app["a"]
            continue
        bare, held = hold_quotes(step)  # a quoted message's own "it" is the message's
        if found and len(said) == 2 and (site := _SITE.fullmatch(said[0])) and not _FIND.match(step) \
                and not re.search(r"\w\.\w", found):  # "go to x.org/deals, look at today's deal, mail it": the deal from x.org/deals
            found = f"{found} from {site['u']}"
            del said[0]
        if said and (talk := _CONVERSATION.fullmatch(said[-1])) and (sent := _SENT.fullmatch(step)):
            step = f"send {talk['p']} {sent['m']}"  # "start a text to Bo, then send "hi"": send Bo "hi"
            said.pop()
        elif found and (turned := _TURNED.search(bare)):  # "switch it on" -> "switch on X"
            step = release(f"{bare[:turned.start()]}{turned['v']} {turned['p']} {found}", held)
            said.pop()
        elif found and re.search(r"\bthat person\b", bare, re.I) and not _person(found) and not (
                re.search(r"\b(?:call|ring|phone)\b.*\bback\b", bare, re.I) and re.search(r"\bcalls?\b", found, re.I)):
            return text  # "find the last missed call, then text that person": the caller, not said ("ring that person
            # back" after a call found calls that call back, as phones do)
        elif found and _PRONOUN.search(bare):  # the step before found what "it" stands for: said once, here
            step = release(_PRONOUN.sub(lambda m, s=step, f=found: _moved_from(s, f, m[0]), bare, count=1), held)
            said.pop()
        elif found and _ITS.search(bare):  # "change its name to B": the name of the thing found
            step = release(_ITS.sub(lambda m, f=found: f"the {m['n']} of {f}", bare, count=1), held)
            said.pop()
        elif found and _EDGE.search(step):
            edge = _EDGE.search(step)
            step = f"{step[:edge.end()]} of {found}{step[edge.end():]}"
            said.pop()
        found = (thing["x"] if (thing := _FIND.fullmatch(step)) and not _PRONOUN.search(hold_quotes(step)[0]) else "")
        said.append(step)
    if not said or any(_FIND.fullmatch(step) and not _PRONOUN.search(hold_quotes(step)[0]) and not _SITE.fullmatch(step)
                       for step in said[:-1]):
        return text  # a step that finds a thing no later step uses: the list is read as written
    request = said[0] + "".join(f"{', ' if re.match(_ASIDE, step) else ' and '}{step}" for step in said[1:])
    return f"In {where}, {request}" if where and not re.search(rf"\b{re.escape(where)}\b", request) else request


def _moved_from(step: str, found: str, pronoun: str = "it") -> str:
    """What a pronoun stands for: the thing found, "in its folder" said as where it is moved from ("move it to B");
    "there" is in the thing found ("send "hi" there")."""
    if pronoun.casefold() == "there":  # "navigate there" is to the place found; "send "hi" there" in it
        return f"to {found}" if _DESTINATION.search(step) else f"in {found}"
    if pronoun.casefold() == "that person":
        return _person(found) or found
    if re.match(r"(?i:move|copy)\b", step):
        return re.sub(r"\s+in\s+(?=\S+$)", " from ", found)
    return found


# a step going somewhere: its "there" is where it goes ("navigate there", "get directions there", "take me there")
_DESTINATION = re.compile(r"\b(?:navigate|directions?|route|drive|go|head|walk|ride|cycle|bike|fly|travel|commute|(?:take|get|bring)"
                          r" (?:me|us))\b", re.I)
# a thing someone sent or made, with its sender said: "Bo's message", "the last call from Ana Ruiz"
_SENT_THING = r"(?:messages?|texts?|e-?mails?|mails?|calls?|missed calls?|voicemails?|dms?|posts?|comments?|invites?|invitations?)"


def _takes_up(step: str) -> bool:
    """Whether ``step`` says a pronoun or particle that takes up what the step before opened or found."""
    bare = hold_quotes(step)[0]
    return bool(_PRONOUN.search(bare) or _TURNED.search(bare) or _ITS.search(bare))


def _person(found: str) -> str:
    """Who "that person" is after ``found`` was found: a person found is that person; the sender of a message or call
    said with it ("Bo's message", "the message from Bo") is; "" when the thing found says no person ("the last
    missed call")."""
    sender = re.fullmatch(rf"(?P<p>(?-i:[A-Z])[\w\-]*(?: (?-i:[A-Z])[\w\-]*)?)'s? (?:\w+ )?{_SENT_THING}", found, re.I) \
        or re.fullmatch(rf"(?:the |a |my )?(?:\w+ ){{0,2}}?{_SENT_THING} (?:from|by) (?P<p>.+)", found, re.I)
    if sender:
        return sender["p"]
    if re.search(rf"\b{_SENT_THING}\b|\b(?:notification|photo|file|note|event|song|video|link|chat|thread|conversation)s?\b",
                 found, re.I):
        return ""
    return found
