"""A question asked inside another sentence, put as the plain question.

"I'd like to know Ana Ruiz's address" asks what her address is, "I wonder what time the bakery closes" asks
when it closes, "do you know how late the pharmacy is open?" asks until what time it is open, "can you find
out where Bo Li lives" asks where he lives ("tell me ..." is read as it is said). The wrapper goes and the embedded clause is put in question order;
a yes/no question ("I wonder if ...") is left as it is. Runs early, quotes held aside. General English task
grammar only, never an app's words.
"""

from __future__ import annotations

import re

# What wraps an embedded question: a wish or need to know, wondering, asking to be told.
_WRAP = re.compile(r"^(?:(?:I|we)(?: would|'d)? (?:like|love|want|need|have) to (?:know|find out|figure out|learn)"
                   r"|(?:I|we)(?: am|'m| was| were)? wondering|(?:I|we) wonder|do you (?:happen to )?know"
                   r"|(?:can|could|would|will) you (?:please )?(?:find out|figure out)|(?:please )?(?:find out|figure out)"
                   r"|(?:any|got any) idea|need to know|wondering)\s*[,:]?\s+(?P<q>\S.*)$", re.I)  # "tell me ..." reads as it is
_VERB_BASE = {"closes": "close", "opens": "open", "starts": "start", "begins": "begin", "ends": "end", "finishes": "finish",
              "shuts": "shut", "leaves": "leave", "arrives": "arrive", "lives": "live", "works": "work"}
_WHEN = r"what time|when|at what time"
_DET = r"(?:the|my|a|an|his|her|their|its|this|that|our|your)"
_END = r"(?P<r>[^?,;]*?)\s*[?.!]?\s*$"


def asked(text: str) -> str:
    """``text`` with its embedded question put plainly (see the module docstring); the same text otherwise."""
    m = re.match(r"^(?P<x>(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*){1,3})\s*[-–—:]\s+(?P<w>what|where|when|which)(?:'s| is| are| was)"
                 r" (?:his|her|their|its) (?P<a>[\w\- ]{2,30}?)\s*\?+\s*$", text.strip(), re.I)
    if m:  # "Kim Park - what is her address?": the thing said first, the question after
        return f"{m['w'].casefold()} is {m['x'].strip()}'s {m['a']}?"
    m = _WRAP.match(text.strip())
    if not m:
        return text
    cut = re.search(r"\s[-–—]\s", m["q"])
    if cut:  # "I want to know when X is open - the hours are on x.org": the question, then the rest said after it
        said = asked(f"I want to know {m['q'][:cut.start()]}")
        return f"{said} {m['q'][cut.end():]}" if said.endswith("?") else text
    q = m["q"]
    said = re.match(rf"^(?:how late|until when|till when|until what time) (?P<x>.+?) (?:is|are|will be|stays?) open{_END}", q, re.I)
    if said:
        return f"until what time is {said['x']} open{said['r']}?"
    said = re.match(rf"^(?P<w>{_WHEN}|where) (?P<x>.+?) (?P<v>{'|'.join(_VERB_BASE)})\b{_END}", q, re.I)
    if said:
        return f"{said['w']} does {said['x']} {_VERB_BASE[said['v'].casefold()]}{said['r']}?"
    said = re.match(rf"^(?P<w>what|which|who|whose|where|when|how (?:much|many|long|far|old|big))(?P<n> (?!{_DET}\b)(?-i:[a-z])[\w\-]*(?= (?:{_DET}|(?-i:[A-Z]))\b))? (?P<x>(?=(?:{_DET}\b|(?-i:[A-Z])|[\ue000\x22“]|\d)).+?) (?P<v>is|are|was"
                    rf"|were|costs?){_END}", q, re.I)
    if said and not re.search(r"\b(?:I|you|we|they|he|she|it)$", said["x"]):  # "what Ana's address is"
        verb = said["v"].casefold()
        if verb.startswith("cost"):
            return f"how much does {said['x']} cost{said['r']}?"
        return f"{said['w']}{said['n'] or ''} {verb} {said['x']}{said['r']}?"
    said = re.match(rf"^(?:what|which) (?P<a>(?!{_DET}\b)(?-i:[a-z])[\w\-]*(?: (?!{_DET}\b)(?-i:[a-z])[\w\-]*){{0,2}}) (?P<x>(?-i:[A-Z])[\w'\-]*"
                    rf"(?: (?-i:[A-Z])[\w'\-]*){{0,3}}|(?:the|my) [^?,;]+?) (?:has|have|uses|is using){_END}", q)
    if said:  # "which email address Kai Toma has": his email address
        x = said["x"]
        return f"what is {x}'s {said['a']}{said['r']}?" if x[:1].isupper() else f"what is the {said['a']} of {x}{said['r']}?"
    if re.match(r"^(?:who|what)\s+(?:is|are|was|were|has|have|had|did|does|do|can|will|sent|wrote|said|rang|made|took|got"
                r"|gave|(?!need|feed|speed|seed|bed|red)\w+ed)\b", q, re.I):  # "who is in X", "who called me": in question order
        return f"{q.rstrip(' .!?')}?"
    said = re.match(r"^(?!(?:if|whether|what|which|who|whose|when|where|how|why)\b)(?P<x>(?:the |my )?[^?,;]*?(?:'s \w+|\b(?:address"
                    r"|number|price|rating|birthday|location|hours|time|name|email)\b)[^?,;]*?)\s*[?.!]?\s*$", q, re.I)
    if said:  # "I'd like to know Ana Ruiz's address"
        return f"what is {said['x']}?"
    if re.match(r"^(?:what|which|who|whose|where|when|how(?: much| many| long| far| old| big)?)\s+\S+\s+\S", q, re.I):
        return f"tell me {q.rstrip(' .!?')}"  # "how many photos my album has": asked to be told, in its own order
    return text
