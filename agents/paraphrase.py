"""Everyday paraphrases of a request, said the way the task parsers read them.

People say the same request many ways: "send the report mail on to x@y.org" forwards it, "remove Ana
Ruiz from my contacts" deletes the contact, "send Bo an SMS saying when Standup starts" texts Bo its
start time, "how well is X rated?" asks X's rating, "join the Cafe Guest Wi-Fi" connects to that
network. Terse notes say it shorter still: "fwd X -> y@z.org", "mv a.txt Docs", "wifi -> HomeNet",
"Bo Li phone -> +1 ...", "missed calls count", "sms Bo: number of Ana Ruiz", "text Bo Li On my way".
Only general English task grammar, never an app's words. Text held aside as quoted stays as it is.
"""

from __future__ import annotations

import re

from . import ranked_wording, ui_glossary
from .carried_places import carried_place
from .copied_items import copied
from .dislocated import reordered
from .each_recipient import each_recipient
from .everyday_forms import everyday, notified
from .formal_register import formal
from .paired_acts import paired_acts
from .referents import CLOSE, OPEN
from .request_shapes import reshaped
from .shorthand import unabbreviated
from .state_clauses import stated
from .task_verbs import VERBS
from .text import FULL_NAME

_Q = f"{OPEN}\\d+{CLOSE}"  # a quoted span held aside
_NAME = FULL_NAME
_SEND = r"text|sms|message|tell|send|e-?mail|mail|dm|write to"
_BY = r"sms|text(?: message)?|message|e-?mail|mail"
# Things a message can name instead of saying them: the value to look up and send.
_ATTR = (r"phone number|mobile number|number|e-?mail address|e-?mail|address|start time|end time|start|end|time|date"
         r"|price|cost|total|code|password|file name|name|location|rating|size")
# A new note said with what it holds ("a note X with / holding / that contains the price of Y").
# The owner of a value said bare before it ("latest screenshot name", "Standup start"): a few words with no determiner,
# pronoun, preposition, auxiliary or punctuation and no task verb first; "see you at the usual time", "check your email",
# "sorry, wrong number" are messages that end with such a word.
_CLOSED = (r"a|an|the|my|your|our|his|her|their|its|this|that|these|those|i|we|you|he|she|it|they|me|us|him|them|to|at|for|of"
           r"|in|on|with|from|by|about|into|is|are|was|were|be|am|do|does|did|not|no|can|could|will|would|should|must|have|has"
           r"|had|what|which|who|when|where|why|how|and|or|but|so|if|please|just|let")
_BARE_OWNER = (rf"(?!(?i:{'|'.join(VERBS)})\b)(?:(?!(?i:{_CLOSED})\b)[\w\-]+ ){{0,3}}(?!(?i:{_CLOSED})\b)[\w\-]+")
_VERB_WORDS = "|".join(sorted(VERBS))
_HOLDING = r"(?:with|holding|containing|listing|showing|(?:that|which) (?:has|holds|contains|lists|shows|gives))"
_STATE_VERB = {"opens": "open", "closes": "close", "starts": "start", "ends": "end", "begins": "begin",
               "finishes": "finish"}


def _sender(verb: str, by: str = "") -> str:
    """The plain verb of a sending request: "text" for SMS and chat, "email" for mail."""
    said = (by or verb).casefold()
    if re.match(r"e-?mail|mail", said):
        return "email"
    return "text" if re.match(r"sms|text|message|tell|dm", said) else verb


def early(text: str) -> str:
    """Before numbers are written as digits: a terse "text Bo Li On my way" or "reply Sure, at 6" gets
    its colon, so the message keeps its own words ("at 6" stays "at 6"). Storage said as room taken
    ("takes up the most space") is size ("is the largest"); everyday forms said plainly (everyday_forms.py)."""
    text = copied(notified(reshaped(reordered(everyday(formal(unabbreviated(text)))))))  # "X - turn its notifications on": X's
    text = _ROOM.sub(lambda m: "is the largest" if m["most"].casefold() == "most" else "is the smallest", text)
    m = re.fullmatch(rf"(?:reply|respond|answer)(?: with)? (?!{_NAME}'s )(?P<m>[A-Z][^{OPEN}:]*\S)", text.strip())
    if m:  # "reply Sounds good": to the conversation in front, the latest
        return f"reply to the most recent message I received: {m.group('m')}"
    m = re.fullmatch(rf"(?P<v>text|sms|message|msg|txt|dm) (?P<n>{_NAME}?) (?P<m>[A-Z][^{OPEN}:]*\S)", text.strip())
    if m and len(m.group("n").split()) in (2, 3) and len(m.group("m").split()) >= 2:
        n = m.group("n").split()
        if len(n) == 3:  # "Bo Li See you": the third capitalised word starts the message
            n, msg = n[:2], f"{n[2]} {m.group('m')}"
        else:
            msg = m.group("m")
        return f"{m.group('v')} {' '.join(n)}: {msg}"
    m = re.fullmatch(rf"(?P<app>[\w\-]+) (?:message|msg|dm|note) (?:to|for) (?P<n>{_NAME}): (?P<m>[^{OPEN}]*\S|{_Q})",
                     text.strip())
    if m and m.group("app").casefold() not in _NOT_APPS:  # "Telegram message to Bo Li: X": X sent on that app
        return f"In {m.group('app')}, message {m.group('n')}: {m.group('m')}"
    m = re.fullmatch(rf"(?P<app>(?-i:[A-Z])[\w\-]+) (?P<n>{_NAME}): (?P<m>[^{OPEN}]*\S|{_Q})", text.strip())
    if m and len(m.group("n").split()) == 2 and m.group("app").casefold() not in VERBS:  # "WhatsApp Bo Li: X": the app said
        # as the verb, X sent on it ("Text Bo Li: X", "Email Bo Li: X": a verb, no app)
        return f"In {m.group('app')}, message {m.group('n')}: {m.group('m')}"
    m = re.fullmatch(rf"(?P<x>[^:{OPEN}]+?):\s*(?P<a>phone|{_ATTR})\s*\?", text.strip(), re.I)
    if m:  # "Oak Cafe: phone?": what Oak Cafe's phone number is
        attr = {"phone": "phone number", "number": "phone number"}.get(m.group("a").casefold(), m.group("a"))
        return f"What is the {attr} of {m.group('x').strip()}?"
    return text


_NOT_APPS = frozenset("sms mms text email e-mail mail voice quick new short long group private direct the my a urgent important "
                      "another one".split())
_ROOM = re.compile(r"\b(?:takes?|taking|uses?|using|eats?|hogs?|occupies|occupy)(?: up)? the (?P<most>most|least) "
                   r"(?:(?:storage|disk|memory) )?(?:space|storage|room|memory)\b", re.I)

# Terse notes as requests (the whole note matches); the first pattern that matches.
_TERSE: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in (
    rf"(?i:wi-?fi|wlan|network)\s*(?:->|=>|→|:)?\s*(?!(?i:on|off)\b)(?P<x>[A-Z{OPEN}][^>]*?)\.?",
    rf"(?P<n>{_NAME})(?:'s)? (?P<a>(?i:phone|mobile|number|e-?mail|address|birthday))(?: number)?\s*(?:->|=>|→)\s*(?P<v>.+)",
    r"(?P<x>\S+\.\w{2,4})\s*(?:->|=>|→)\s*(?P<k>(?i:album|playlist))\s+(?P<y>.+)",
    r"(?P<x>\S+\.\w{2,4})\s*(?:->|=>|→)\s*(?P<k>(?i:folder))\s+(?P<y>.+)",
    rf"(?P<v>(?i:move|copy)) (?P<x>\S+\.\w{{2,4}}) (?!to\b)(?P<y>[A-Z{OPEN}][\w {CLOSE}]*)",
    r"(?P<k>(?i:event|note|album|playlist|folder|file|chat|group|list|contact)) (?P<a>[^>:]+?)\s*(?:->|=>|→)\s*"
    r"(?P<b>(?!\d{1,2}[:.]\d\d)[^\d].*)",
    r"(?P<n>(?i:alarm|timer|reminder)) (?P<r>.+?),? (?P<s>(?i:off|on))",
    r"(?i:alarm|reminder) (?P<d>\d+ (?i:minutes?|hours?)) (?P<w>(?i:before|after)) (?P<o>.+)",
    rf"(?i:note|memo) (?P<t>[^:<]+?):\s*(?:(?i:its|their|the) )?(?P<a>(?i:{_ATTR}))",
    r"(?i:note|memo|list) (?P<t>.+?)\s*(?:<-|<=|←)\s*(?P<x>.+)",
    r"(?P<x>[\w ]+?) (?P<v>(?i:opens|closes|starts|ends|begins|finishes)) (?i:at)\?",
    r"(?!(?i:what|which|how|who|where|when|is|are)\b)(?P<x>[a-z][\w ]{2,40}?) (?i:count)",
    rf"(?!(?i:please|pls|kindly|just|now|then|and|can|could|would|will|what|which|how|who|where|when|is|are)\b)(?P<x>[a-z][\w ]{{2,40}}?) (?i:count)(?: (?i:in|on|of|for))?(?: (?i:my|the))? (?P<y>[A-Z{OPEN}][^?]*?)\??",
))
_REPL = (r"connect to the Wi-Fi network \g<x>", "change \\g<n>'s \\g<a>\x01 to \\g<v>", r"add \g<x> to the \g<k> \g<y>",
         r"move \g<x> to the \g<k> \g<y>", r"\g<v> \g<x> to the \g<y> folder", r'rename the \g<k> "\g<a>" to "\g<b>"',
         r"turn \g<s> the \g<n> \g<r>", r"set an alarm \g<d> \g<w> \g<o> starts",
         'look up the \\g<a> of \\g<t> and save it in a new note titled "\\g<t>"', r"save the \g<x> in a new note titled \g<t>",
         "When does \\g<x> \x03\\g<v>?",
         "count the \\g<x>\x02", "count the \\g<x>\x02 in the \\g<y>")


def terse(text: str, verb_first: bool) -> str:
    """A terse note as the request it stands for; the same text when it is none of these.
    ``verb_first``: the note starts with a verb (then only the notes led by a verb apply)."""
    body = text.strip()
    event = ranked_wording.terse_event(body)
    if event != body:  # "event Brunch Sunday 11:00 @ Cafe Uno"
        return event
    if re.match(rf"\w+ [^{OPEN}]*\S\s*(?:->|=>|→)\s*\S", body) and body.split()[0].casefold() in _ARROW_VERBS:
        return re.sub(r"\s*(?:->|=>|→)\s*", " to ", body, count=1)  # "fwd X -> y@z.org": forward X to y@z.org
    stated = bool(ui_glossary.states(body.split()[0])) if body else False  # "fav photos count": a state, no verb
    for pattern, repl in zip(_TERSE, _REPL):
        if verb_first and not {"v", "r"} & set(pattern.groupindex) and not (stated and repl.startswith("count ")):
            continue
        m = pattern.fullmatch(body)
        if m:
            return _fill(m, repl)
    return text


_ARROW_VERBS = frozenset("forward send move copy rename change set email mail text share add".split())


def _fill(m: re.Match[str], repl: str) -> str:
    """The replacement with its marks filled: \x01 the contact field, \x02 a plural, \x03 a bare verb."""
    out = m.expand(repl)
    if "\x01" in out:
        field = {"phone": "phone number", "mobile": "phone number", "number": "phone number"}.get(
            m.group("a").casefold(), m.group("a"))
        out = out.replace(f"{m.group('a')}\x01", field)
    if "\x02" in out:
        out = out.replace("\x02", "" if m.group("x").endswith("s") else "s")
    if "\x03" in out:
        out = out.replace(f"\x03{m.group('v')}", _STATE_VERB.get(m.group("v").casefold(), m.group("v")))
    return out


# Whole requests said another way (on the request's words; the first pattern that matches).
_PLAIN: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), r) for p, r in (
    (r"^(?:send|pass|forward) (?P<x>(?:(?!\b(?:from|in)\b).)*?\b(?:e-?mails?|mails?|messages?|sms|texts?|posts?|photos?|files?"
     r"|notes?)\b.*?) on to\b",
     r"forward \g<x> to"),  # a message passed on is forwarded; anything else ("it", the address) is sent
    (r"^(?:pass|send) (?P<x>.+?) on to\b", r"send \g<x> to"),
    (rf"^(?:remove|erase|take) (?P<x>{_NAME}|{_Q}) (?:from|off|out of) (?:my |the )?(?:contacts?|address book|contact list)\b",
     r"delete the contact \g<x>"),
    (r"^(?:remove|erase|take) (?P<x>.+?) (?:from|off|out of) (?P<c>(?:my |the )?(?:calendar|diary|agenda|planner|schedule))\b",
     r"delete \g<x> from \g<c>"),  # an entry taken out of a calendar is deleted
    (r"^(?:move|send|put) (?P<x>.+?) (?:to|in|into) (?:the |my )?archives?\b(?!\s+(?:folder|directory))", r"archive \g<x>"),
    (r"^(?:put|place|stick|pop|save|move) (?P<x>.+?) (?:in|into|to|onto) (?:my |the )?(?P<n>.+? )?(?P<y>album|playlist)\b",
     r"add \g<x> to the \g<n>\g<y>"),
    (r"^(?:add|put|pop|stick) (?P<x>.+?) (?:to|in|into|among|on) (?P<l>(?:my |the )?saved (?:places|items|posts|videos|articles|"
     r"pins|list))\b", r"save \g<x> to \g<l>"),  # a saved list is filled by saving
    (r"^how (?:well |highly |good )?(?:is|are) (?P<x>.+?) rated\b", r"what is the rating of \g<x>"),
    (r"^(?:when|what time) (?:does|do|will) (?P<x>.+?) close\b", r"until what time is \g<x> open"),  # a shop's hours
    (r"^(?:join|connect to|get on|hop on(?:to)?|log (?:in|on)to) (?!(?:the )?(?:wi-?fi|wlan) network\b)(?:the )?(?P<x>.+?)(?:\s+(?:wi-?fi|wlan))(?:\s+network)?"
     r"(?=[.!?]?$|\s*\()", r"connect to the Wi-Fi network \g<x>"),
    (r"^(?:join|get on|hop on(?:to)?|log (?:in|on)to) (?:the )?(?:wi-?fi|wlan)(?: network)? (?P<x>.+)", r"connect to the Wi-Fi network \g<x>"),
    (r"^share (?P<x>.+?) with (?P<to>.+?) (?:over|via|through|using|on|in) (?P<app>(?-i:[A-Z])[\w\-]*)\b", "@share"),
    (rf"^(?:update|change|edit|set|correct) (?:the |my )?(?P<a>phone number|mobile number|number|e-?mail(?: address)?|address)"
     rf" (?:for|of) (?P<n>{_NAME}) to\b", "@field"),
    (r"^copy (?P<x>.+?) (?:out of|from) (?P<y>.+?) (?:in|into|to|onto) an? (?:new )?note\b", r"save \g<x> from \g<y> in a new note"),
    (rf"^(?:make|create|start|write|add) an? (?:new )?note (?:titled|called|named) (?P<t>.+?) with (?:its|their) (?P<a>{_ATTR})"
     rf" (?:from|in|on|at) (?P<w>.+?)(?P<e>[.!]?)$", r"look up the \g<a> of \g<t> in \g<w> and save it in a new note titled \g<t>\g<e>"),
    (rf"^(?:make|create|start|write|add) an? (?:new )?note (?:titled |called |named )?(?P<t>\S.*?) {_HOLDING} (?P<x>the (?:price|cost"
     rf"|rating|address|phone number|opening hours) (?:of|for) (?:{_Q}|{_NAME}) (?:from|in|on|at) (?:the )?[\w\-]+(?: app)?)(?P<e>[.!]?)$",
     r"look up \g<x> and save it in a new note titled \g<t>\g<e>"),  # a value of a named item, read in the app named
    (rf"^(?:make|create|start|write|add) an? (?:new )?note (?:titled |called |named )?(?P<t>\S.*?) {_HOLDING} (?P<x>(?:the|my) .+? "
     r"(?:from|in) .+?)(?P<e>[.!]?)$", r"save \g<x> in a new note titled \g<t>\g<e>"),
    (rf"^tell (?P<to>{_NAME})(?: (?:on|via|over|using) (?P<on>(?-i:[A-Z])[\w\-]*))? what (?P<x>(?:my |the )?[\w ]+?"
     r"(?P<f>photo|picture|image|file|video|download|screenshot)s?) (?:is|was) (?:called|named)\b", "@named"),
    (rf"^(?P<v>{_SEND}) (?P<to>{_NAME}|[\w.+-]+@[\w.-]+)(?: an? (?P<by>{_BY}))?(?: (?:saying|telling (?:them|him|her)|with))?"
     r" when (?P<x>.+?) (?P<e>starts|begins|ends|finishes)\b(?: \((?P<d>[^()]*\d[^()]*)\))?", "@time"),
    (rf"^send (?P<to>{_NAME}) (?P<x>(?:{_NAME}'s |the |my ).+?),? (?:by|via|over|as an?|in an?) (?P<by>{_BY})\b", "@by"),
    (rf"^send (?P<to>{_NAME}) an? (?P<by>{_BY}) (?P<w>saying|with)\b", "@vehicle"),
    (rf"^(?P<v>{_SEND}) (?P<to>[^:{OPEN}]+?)(?::| saying) (?P<m>(?:the )?(?:{_ATTR}) (?:of|for|from) [^:{OPEN}]+?|[^:{OPEN}]+?'s (?:{_ATTR})"
     rf"|{_BARE_OWNER} (?:{_ATTR}))\s*(?P<e>[.!]?)$", "@attr"),
    (r"\bso (?:that )?(?:it|they) (?:rings?|goes off|go off|sounds?|wakes? me(?: up)?) at\b", "to"),
    (r"\bto (?:ring|go off|sound) at\b", "to"),
))


def plain(request: str) -> str:
    """``request`` said the plain way (see the module docstring); the same text otherwise."""
    request = _located(ranked_wording.plain(stated(request)))
    request = re.sub(rf"\b(?P<k>(?:the|my) [\w\- ]+?)(?P<to> to (?:my |the )?\w+)? (?:from|in) (?P<n>{_NAME})'s (?:last |latest )?"
                     r"(?P<m>text|message|sms|e-?mail|mail)\b",
                     lambda m: f"{m.group('k')} {m.group('n')} {'emailed' if 'mail' in m.group('m').casefold() else 'texted'} me"
                               f"{m.group('to') or ''}",
                     request, count=1, flags=re.I)  # "the code from Bo Li's text": the code Bo Li texted me (to favourites)
    for pattern, repl in _PLAIN:
        m = pattern.search(request)
        if m and not repl.startswith("@"):
            request = request[:m.start()] + m.expand(repl) + request[m.end():]
            break
        said = _special(m, repl) if m else ""
        if said:
            request = request[:m.start()] + said + request[m.end():]
            break
    return paired_acts(carried_place(each_recipient(_titled(_best(_counted(request))))))  # "send X to both Bo and Ana": to Bo, then Ana


def _best(request: str) -> str:
    """A terse "best Ramen bar?" / "call best Taco place" said in full: the best of a kind named
    by a capitalised word and a noun is the best-rated one ("save best Ramen" names no kind of thing: left as it is)."""
    request = re.sub(r"(?<![\w-])(?-i:best) (?=(?:(?-i:[A-Z])[\w'\-]* )+(?-i:[a-z]))", "the best-rated ", request)
    request = re.sub(r"\bthe the best-rated\b", "the best-rated", request)
    if re.fullmatch(r"the best-rated [^?]+\?", request.strip()):  # "best Ramen bar?": which one it is
        return f"Which is {request.strip()}"
    return request


def _titled(request: str) -> str:
    """A new item's unquoted title in quotes ("a note called Gate code" -> "a note called "Gate code""):
    it runs to the end of the request, or to a bracket."""
    creating = re.match(r"\s*(?:create|make|add|new|start|set up|write|schedule|put)\b", request, re.I)

    def quoted(m: re.Match[str]) -> str:  # a day, a time, or (when it is not made now) where it goes, ends the title
        when = r"(?:on|at|from|for|by) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|next\b|this\b|\d)"
        cut = re.search(rf" (?:{when}{'' if creating else '|to|into'})\b|,? and (?:then )?(?-i:{_VERB_WORDS})\b", m["t"], re.I)  # "...
        # called Running and add X": a next step ends the title
        if re.match(r"\s*(?:rename|retitle)\b", request, re.I):  # "rename the note called Trip to Rome to Italy"
            cut = ([c for c in re.finditer(r" to\b", m["t"], re.I)] or [cut])[-1]
        title, rest = (m["t"][:cut.start()], m["t"][cut.start():]) if cut else (m["t"], "")
        return f'{m["k"]}{m["c"]}"{title}"{rest}{m["e"]}'
    request = re.sub(rf"\b(?P<c>labell?ed|with (?:the )?label) (?P<t>(?-i:[A-Z])[^{OPEN}\"()]*?)(?P<e>[.!]?\s*(?:\(.*)?)$",
                     r'\g<c> "\g<t>"\g<e>', request, flags=re.I)  # "an alarm at 7:30 labelled Gym run": its label
    return re.sub(r"\b(?P<k>note|event|album|playlist|folder|list|document|group|chat)(?P<c> (?:titled|called|entitled) )"
                  rf"(?P<t>(?-i:[A-Z])[^{OPEN}\"()]*?)(?P<e>[.!]?\s*(?:\(.*)?)$", quoted, request, flags=re.I)


def _located(request: str) -> str:
    """A new event's place said with "at": "New event: Demo, Friday 10:00, at Town Hall" -> "location: Town Hall"."""
    if not re.search(r"^(?:new|create|add|schedule|make|set up|put)\b.*\b(?:event|meeting|appointment)\b", request, re.I):
        return request
    return re.sub(r",? at (?P<p>(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*)*)(?=\s*[.,;)]|\s*$)", r", location: \g<p>", request)


def _special(m: re.Match[str], kind: str) -> str:
    if kind == "@time":  # "send Bo an SMS saying when X starts": the start time of X
        end = "end" if m.group("e").casefold() in ("ends", "finishes") else "start"
        day = f" on {m.group('d')}" if m.group("d") else ""  # "when X starts (Friday, May 8)"
        return f"{_sender(m.group('v'), m.group('by') or '')} {m.group('to')} the {end} time of {m.group('x')}{day}"
    if kind == "@by":  # "send Bo Ana Ruiz's number by SMS"
        return f"{_sender('send', m.group('by'))} {m.group('to')} {_owned(m.group('x'))}"
    if kind == "@vehicle":  # "send Bo an SMS saying ...", "send Bo an SMS with the code": the code is sent
        return f"{_sender('send', m.group('by'))} {m.group('to')}{' saying' if m.group('w').casefold() == 'saying' else ''}"
    if kind == "@share":  # "share Ana's number (from Contacts) with Bo over Signal"
        thing = re.sub(r" from (?:my |the )?contacts?\b", "", m.group("x"), flags=re.I)
        return f"send {thing} to {m.group('to')} on {m.group('app')}"
    if kind == "@field":  # "update the number for Ana Ruiz to ..."
        field = "phone number" if "number" in m.group("a").casefold() else m.group("a")
        return f"change {m.group('n')}'s {field} to"
    if kind == "@named":  # "tell Bo via Signal what my latest photo is called"
        on = f" on {m.group('on')}" if m.group("on") else ""
        return f"send {m.group('to')} the file name of {m.group('x')}{on}"
    if kind == "@attr":  # "sms Bo: number of Ana Ruiz", "mail x@y.org: start of Standup": look it up and send it
        message = m.group("m").strip()
        if len(message.split()) > 7:
            return ""
        to, on = m.group("to").strip(), ""
        app = re.fullmatch(r"(?P<to>.+?) (?:in|on|via) (?P<app>(?-i:[A-Z])[\w\-]+)", to)
        if app:  # "text Bo Li in WhatsApp: X": the app goes last, after what is sent
            to, on = app.group("to"), f" on {app.group('app')}"
        return f"{_sender(m.group('v'))} {to} {_owned(message)}{on}{m.group('e')}"
    return ""


def _owned(phrase: str) -> str:
    """"Ana Ruiz's number" / "number of Ana Ruiz" / "Standup start" -> "the phone number of Ana Ruiz"."""
    phrase = re.sub(r"^the ", "", phrase.strip(), flags=re.I)
    m = re.fullmatch(rf"(?P<a>{_ATTR}) (?:of|for|from) (?P<o>.+)", phrase, re.I) or \
        re.fullmatch(rf"(?P<o>.+?)(?:'s)? (?P<a>{_ATTR})", phrase, re.I)
    if not m:
        return phrase
    attr = m.group("a").casefold()
    attr = {"number": "phone number", "start": "start time", "end": "end time"}.get(attr, attr)
    if attr == "name" and re.search(r"\b(?:photo|picture|image|file|video|download|screenshot)s?$", m.group("o"), re.I):
        attr = "file name"  # "newest photo name": the name a file has
    return f"the {attr} of {m.group('o')}"


_DONE = {"miss": "missed", "star": "starred", "pin": "pinned", "mute": "muted", "archive": "archived", "flag": "flagged",
         "save": "saved", "block": "blocked", "read": "read", "open": "opened", "play": "played", "answer": "answered"}


# "how much" before a plural of countable things (not money, units or a price asked): said for "how many"; a verb
# after the thing ("how much space does X use", "how much money was spent") is no plural
_HOW_MUCH = re.compile(r"^how much (?=(?:(?!(?:do|does|did|is|are|was|were|will|would|can|could|should|has|have|had)\b)"
                       r"[a-z][\w\-]* ){0,2}?(?!(?:does|has|was|is|news|dollars|euros|pounds|rupees|bucks|cents|yen|minutes|hours|seconds|days"
                       r"|weeks|months|years|calories|kilos|grams|miles|meters|metres|gigabytes|bytes)\b)"
                       r"[a-z][\w\-]*[^\Ws'u]s\b(?![^?]*\b(?:cost|costs|price|worth|pay|charge|spend|owe|fee)\b))", re.I)


def _counted(request: str) -> str:
    """A count asked with a verb said with the items' state: "how many calls did I miss" -> "how many missed
    calls", "how many emails have I not read yet" -> "how many unread emails", "tell me the number of X" -> "how many X"."""
    request = re.sub(r"^(?:(?:tell me|give me|find out|check) )?the (?:number|count) of\b", "how many", request, flags=re.I)
    request = re.sub(r"\bthe (?:number|count) of (?P<n>people|[a-z]+s) (?=(?:the|my|a|an|this|that|it|they|he|she|I|we|you)\b(?:[^,.;?()]|\.(?=\w))*?"
                     r"\b(?:serves?|feeds?|has|have|holds?|contains?|needs?|takes?|lists?|shows?|had|got|sent|received)\b)",
                     r"how many \g<n> ", request, flags=re.I)  # "a note with the number of people X serves": how many people X serves
    request = _HOW_MUCH.sub("how many ", request)  # "how much unread emails I have": things counted, not an amount
    m = re.match(r"^how many (?P<x>[\w\- ]+?) (?:did|have|had|do) (?P<n>not )?I (?P<m>not |never )?(?P<v>[a-z]+)\b"
                 r"(?: yet| so far)?(?P<rest>[^()]*?)\??(?P<end>\s*\(.*)?$", request, re.I)
    forms = {**_DONE, **{v: v for v in _DONE.values()}}
    if not m or m.group("v").casefold() not in forms:
        return request
    state = forms[m.group("v").casefold()]
    state = ("un" + state) if (m.group("n") or m.group("m")) and state in ("read", "answered", "opened", "played") else state
    if (m.group("n") or m.group("m")) and not state.startswith("un"):
        return request
    return f"how many {state} {m.group('x')}{m.group('rest')}?{m.group('end') or ''}"
