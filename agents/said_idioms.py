"""Everyday idioms for an app's act, said with the words apps and the task parsers use.

"make it ring at 7:10 instead" moves an alarm to 7:10 ("make the talk start at 9" moves it to start at 9); "get
the phone onto it" connects to it; "what does my basket add up to?" asks its total; "swap what it says for X"
replaces it with X; "replace Bo's old number with X" replaces his number; "- all the other tabs stay open" keeps them; "text Bo Li Ana Ruiz's number" sends Ana's number; "(SMS not Chatly)" is said by
the verb, "(Chatly not SMS)" is on Chatly; notes that "say "x" somewhere" mention it; "how many chats do I have pinned?" asks how many pinned chats; "what my memo "X" says" is its text, "over Chatly" on Chatly; "count down 5 minutes" starts a timer for 5 minutes; "keep the rest as it is" keeps the rest; "set a timer for 5 minutes, then name it "Tea"" is a
timer titled "Tea"; "a memo with "buy milk" in it" says "buy milk"; "how many songs my playlist has" asks how many
songs my playlist has, in question order; "send a Chatly message "hi" to Bo Li" sends "hi" to Bo Li on Chatly;
"change where the talk happens to Hall B" changes its location; "Bo's mail "Plans" - reply with X" replies to it;
"the code that came in the mail" is the code from it; "send an SMS to Bo Li: X" texts him; "a new group "X" with
Bo - set that up" creates it; "check which file I sent Bo" asks "Which file did I send Bo?".
Runs early, on the task as typed. General English only, never an app's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .task_verbs import VERBS

_TIME = r"\d{1,2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?"
_THING = r"(?:it|that|this|them|(?:the|my|that|this) [\w\-\" ]{1,40}?|[\"“][^\"“”]+[\"”][^.;!?\"“”]{0,60}?)"
_NAME = r"(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*)*"
_IDIOMS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple((re.compile(p, re.I), r) for p, r in (
    (rf"\bmake (?P<o>{_THING}) (?:ring|go off|sound) at (?P<t>{_TIME})(?![\d:]|\s*[ap]\.?m\b|\s+instead of)(?: instead)?", r"move \g<o> to \g<t>"),
    (rf"\bmake (?P<o>{_THING}) (?P<v>start|begin|end|finish) at (?P<t>{_TIME})(?![\d:]|\s*[ap]\.?m\b|\s+instead of)(?: instead)?",
     r"move \g<o> to \g<v> at \g<t>"),
    (r"\bget (?:(?:the|my) (?:phone|device|mobile|tablet)|me|us) (?:onto|on to|on|connected to|hooked up to|joined to)\s+",
     "connect to "),
    (r"\bwhat does (?:it|that|this) (?:add up|come|amount) to\b", "what is its total"),
    (r"\bwhat does (?P<x>(?:my|the|that|this) [\w\-\" ]{1,40}?) (?:add up|come|amount) to\b", r"what is the total of \g<x>"),
    (r"\bswap (?P<x>[^,;]+?) for (?=[\"“\w])", r"replace \g<x> with "),
    # "replace Bo's old number with X": the value it has now is the one replaced
    (r"\b(?P<v>replace|change|update|swap|overwrite) (?P<o>(?:[^,;]*?'s|his|her|their|its|my)) (?:old|current|existing|previous|present)"
     r" (?=(?:phone |mobile |home |work )?(?:number|e-?mail(?: address)?|address|name|title|location|password)\b)", r"\g<v> \g<o> "),
    # "email Bo what my memo "Plans" says": its text; "send Bo X over Chatly": on Chatly
    (r"\bwhat (?P<x>(?:my|the|this|that) (?:note|memo|document|doc|text file|list) [\"“][^\"“”]+[\"”]) (?:says|said|reads|contains|holds)\b",
     r"the text of \g<x>"),
    (r"\b(?:currently|presently|at present) (?=(?:active|inactive|enabled|disabled|on|off|running|paused|switched|turned"
     r"|muted|pinned|starred|unread|connected)\b)", ""),  # "how many alarms are currently active": that are active
    (r"(?<=\S) (?:over|via|through) (?P<app>(?-i:[A-Z])[\w\-]*)(?=\s*[.!?]?\s*$)", r" on \g<app>"),
    # "close tab X - all the other tabs stay open": keeping the others
    (r"\s*[-–—,;]\s*(?:and\s+)?(?:all\s+)?the (?:other|remaining) (?P<x>[\w\-]+) (?:should |can |must |will |(?:are |is |need |needs )?to )?(?:stay|remain)"
     r" (?:open|as (?:they|it) (?:are|is)|where they are|untouched|put)\b", r", keeping the other \g<x>"),
    # "text Bo Li Ana Ruiz's number": the number of Ana Ruiz, not a message
    (rf"^(?P<v>text|sms|message|send|email|e-mail) (?P<a>{_NAME}) (?P<b>(?-i:[A-Z])[\w\-]+ (?-i:[A-Z])[\w\-]+)'s (?P<f>(?:phone |mobile )?number"
     r"|e-?mail(?: address)?|address|birthday)\b", r"\g<v> \g<a> the \g<f> of \g<b>"),
    # "(SMS not Chatly)": the channel said, the other one not; 'notes that say "x" somewhere': that mention it
    (r"\s*\((?:by |via |over |on |in )?(?P<a>[\w\-]+),? (?:not|instead of|rather than) (?:by |via |over |on |in )?[\w\-]+\)",
     lambda m: "" if m["a"].casefold() in ("sms", "text", "texts", "mms") else " by email" if "mail" in m["a"].casefold()
     else f" on {m['a']}"),
    (r"\b(?:say|says|contain|contains|have|has) (?P<q>[\"“][^\"“”]+[\"”]) (?:somewhere|anywhere|in (?:them|it)(?: somewhere)?)\b",
     r"mention \g<q>"),
    # "how many contacts do I have starred?": how many starred contacts
    (r"^(?P<h>how many) (?P<n>[\w\-]+(?: [\w\-]+)?) (?P<v>do I have|have I got|are there) (?P<s>starred|pinned|muted|unread|archived"
     r"|favou?rited|saved|blocked|flagged|hidden)\s*\?", r"\g<h> \g<s> \g<n> \g<v>?"),
    # "count down 12 minutes (with a timer)": a timer for that long
    (r"\bcount down (?:from )?(?P<d>[\w\-]+ (?:seconds?|secs?|minutes?|mins?|hours?|hrs?))\b(?: (?:with|on|using) (?:a|the|my) timer\b)?",
     r"start a timer for \g<d>"),
    (r"\b(?P<k>keep(?:ing)? (?:the rest|everything else|the others?|what it says|the text))(?: (?:as it is|as it was|as is|the way"
     r" it is|unchanged|untouched))\b", r"\g<k>"),
    (r",?\s+(?:and\s+)?then (?:name|call|label|title) (?:it|that|them)\s+(?=[\"“])", " titled "),
    (r"\b(?P<k>tabs?|pages?|windows?|sites?|web ?sites?) with (?P<q>[\"“][^\"“”]+[\"”]) (?:in it|inside|on it|open)",
     r"\g<k> showing \g<q>"),  # a browser's tab with a title in it shows that page
    (r"\bwith (?P<q>[\"“][^\"“”]+[\"”]) (?:in it|inside|written in it|as (?:its|the) (?:text|body))", r"that says \g<q>"),
    (r"\bchange where (?P<x>[^;?]+?) (?:happens|takes place|is held|will be held|is happening) to\b", r"change the location of \g<x> to"),
    (r"^(?P<t>[^-–—:]*?\b(?:e-?mail|mail|message|text|sms|dm)\b[^-–—:]*?)\s+[-–—]\s+(?:please\s+)?reply (?=with\b|saying\b)",
     r"reply to \g<t> "),
    (r"\b(?:that|which) (?:came|arrived|was sent|got sent) (?:in|with|by) (?=(?:the|my|an?|that|this) )", "from "),
    (rf"(?:^(?:please|kindly)\s+)?\bsend (?:an? )?(?:sms|text(?: message)?) to (?P<p>{_NAME})(?=\s*[:,\"“])", r"text \g<p>"),
    (r"^(?P<t>an? new [^-–—]+?)(?: in it)?\s+[-–—]\s+(?:please\s+)?(?:set (?:that|it|this) up|create (?:that|it|this)|make (?:that|it|this)"
     r"(?: happen)?)\s*[.!]*$", lambda m: "create " + re.sub(r",\s*([\"“][^\"“”]+[\"”]),\s*", r" \1 ", m["t"][:1].lower() + m["t"][1:])),
    (rf"\b(?P<v>send|sent) (?:an? )?(?P<app>(?-i:[A-Z])\w+) (?:message|text|msg|dm) (?P<q>[\"“][^\"“”]*[\"”]) to (?P<p>{_NAME})",
     r"\g<v> \g<q> to \g<p> on \g<app>"),
))
# "how many songs my playlist has": the question with its verb before its subject.
_COUNTED = re.compile(r"^(?P<h>how many [\w\- ]+?) (?P<s>(?:my|the|this|that) [\w\- ]+?) (?P<v>shows|lists|has|contains|holds)"
                      r"(?P<r>\b[^?]*)\??$", re.I)
_VERB = {"shows": "show", "lists": "list", "has": "have", "contains": "contain", "holds": "hold"}


_PAST = {"sent": "send", "got": "get", "took": "take", "made": "make", "bought": "buy", "wrote": "write", "paid": "pay",
         "saw": "see", "met": "meet", "gave": "give", "put": "put", "read": "read", "heard": "hear", "left": "leave"}
# "check which address I sent X to": the embedded question said as one ("which address did I send X to?").
_EMBEDDED = re.compile(r"^(?:check|find out|see|look up) (?P<w>which|what|who|whom|where|when) (?P<n>(?:[\w\-]+ ){0,3}?)I "
                       r"(?P<v>[a-z]+) (?P<r>[^?]*?)\s*\??$", re.I)


def _embedded(text: str) -> str:
    m = _EMBEDDED.match(text.strip())
    if not m:
        return text
    verb = m["v"].casefold()
    base = _PAST.get(verb) or next((b for b in (verb[:-2], verb[:-1], verb[:-3]) if verb.endswith("ed") and b in VERBS), "")
    return f"{m['w'][:1].upper()}{m['w'][1:]} {m['n']}did I {base} {m['r']}?" if base else text


def idioms_said(text: str) -> str:
    """``text`` with everyday idioms said plainly (see the module docstring); the same text when it has none."""
    for pattern, plain in _IDIOMS:
        text = pattern.sub(plain, text)
    text = _embedded(text)
    m = _COUNTED.match(text.strip())
    if m:
        return f"{m['h']} does {m['s']} {_VERB[m['v'].casefold()]}{m['r']}?"
    return text
