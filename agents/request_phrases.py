"""Whole phrases of a request said another way, read as the phrase the parsers know.

"Tack X onto the end of my note" adds X to its end; "switch it off but keep it" is without deleting it; "the
mails Bo Li sent me" and the "mail of Bo Li with title X" are the mails from Bo Li; "the mail called Q3" is titled Q3 (a message called so is no
phone call); "..., the place is Hall B" says its location; 'note "Trip" text' is the text of the note "Trip"; "make a note, a new one, titled X" makes a new
note; "create an album in Photos named Road trip" names it "Road trip" (an unquoted name after where it goes, ending
the request).
General English only, never an app's words.
"""

from __future__ import annotations

import re

from .referents import ITEMS

_CREATED = r"albums?|playlists?|folders?|notes?|memos?|lists?|events?|groups?|labels?|boards?|documents?|files?|alarms?"
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), r) for p, r in (
    # "tack X onto the end of my note", "stick X on the bottom of the list": added at its end
    (r"\b(?:tack|tag|stick|pop|slap|glue|bolt|throw|put) (?P<x>\S(?:(?! and )[^;!?])*?) (?:on ?to|on|at|to) "
     r"the (?:very )?(?:end|bottom|tail end) of\b", r"add \g<x> to the end of"),
    # "switch it off but keep it (in the list), don't delete it": without deleting it
    (r",? but keep (?P<o>it|them)(?: around| there| where (?:it|they) (?:is|are)| in (?:the|my|its|their) (?:list|place|app|phone))?(?:\s*[,;:\-–—]?\s+(?:and |just )?(?:do not|don't|dont) (?:delete|remove|erase|bin) "
     r"(?:it|them))?(?=\s*(?:[,.;!]|$))", r" without deleting \g<o>"),
    # "switch it off - but don't delete it, keep it in the list": the same, said the other way round
    (r"\s*[-–—,]?\s*(?:but )?(?:do not|don't|dont) (?:delete|remove|erase|bin) (?P<o>it|them),? (?:and |just )?keep (?:it|them)"
     r"(?: around| there| in (?:the|my|its|their) (?:list|place|app|phone))?(?=\s*(?:[,.;!]|$))", r" without deleting \g<o>"),
    # "the emails Bo Li sent me": the emails from Bo Li
    (rf"\b(?P<k>{ITEMS}) (?:that |which )?(?P<n>(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*)*) (?:has |had )?(?:sent|e-?mailed"
     r"|mailed|texted|forwarded|messaged) (?:me|us)\b", r"\g<k> from \g<n>"),
    # "email of Bo Li with title X" (as learners say it): the email from Bo Li, a message named by its title after it
    (r"\b(?P<k>e-?mails?|mails?|messages?|letters?) of (?P<n>(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*)*)"
     r"(?= (?:titled|called|named|with (?:the )?(?:title|subject|heading)|about|subject)\b)", r"\g<k> from \g<n>"),
    # 'note "Packing" text', "memo Trip's text" (said as a search box takes it): the text of that note; a mail word
    # first is the verb ('email "Plans" text to Bo')
    (r"(?<!\ba )(?<!\ban )(?<!\bnew )\b(?:(?:the|my) )?(?!(?<![\w ])(?:e-?mails?|mails?|messages?)\b)(?P<k>notes?|memos?|e-?mails?|mails?|messages?|events?|files?|documents?|contacts?) (?P<n>\ue000\d+\ue001)(?:'s)? "
     r"(?P<a>text|body|contents?|title|subject|date|time|location|address|number|size|price)\b(?! (?:of|for|is|was)\b|\s*(?:(?:->|=>|→)\s*)?[\ue000\"“:=])",
     r"the \g<a> of the \g<k> \g<n>"),
    # "Bo wrote me in email which photo ...", "Bo sent me a text saying what to buy": Bo emailed / texted me which ...
    (r"\b(?:wrote|sent|told) (?:to )?(?P<m>me|us)(?: (?:in|by|via|through|over) (?:an? |the )?e-?mail| an? e-?mail"
     r"(?P<t> \(\ue000\d+\ue001\))?(?: (?:saying|telling (?:me|us)|that says))?) (?P<w>(?:what|which|where|when|how|who)\b[^.;!?()]*)",
     lambda m: f"emailed {m['m']} {m['w']}{m['t'] or ''}"),
    # "the email called X": titled X (a message called so is no phone call)
    (r"\b(?P<k>e-?mails?|mails?|messages?|texts?|threads?|conversations?) called\b", r"\g<k> titled"),
    # ", the place is Hall B": its location
    (r",\s*(?:and )?(?:the )?(?:place|venue|location|spot) (?:is|will be|'s) (?=(?-i:[A-Z0-9]))", ", location: "),
    # "jot the price down in a new note": save it in one
    (r"\b(?:write|jot|note|put|take|scribble|get) (?P<x>(?!down\b)[^.;!?]{1,60}?) down (?:in|on|into) "
     r"(?=(?:an?|my|the) (?:new )?(?:[\w\-]+ )?(?:note|memo|notepad)\b)", r"save \g<x> in "),
    # "a note titled X with the place where that photo was taken": saying where it was taken
    (r"\b(?:with|containing|that has|showing|listing) the (?:place|location|spot) (?:where|in which)\b", "saying where"),
    (r"\b(?:with|containing|that has|showing|listing) the (?:time|moment|date|day) (?:when|that)\b", "saying when"),
    (r"\b(?:with|containing|that has|showing|listing) (?=(?:where|when) (?:(?!\b(?:is|are)\b)(?:[^,;.!?]|\.(?=\w)))*\b(?:was|were) (?:taken|shot|made|sent|recorded)\b)",
     "saying "),  # "a note with where that pic was taken"
    # "swap its text for X": replace it with X; "change it for 9:55" (a slip): to the value
    (r"\b(?:swap|exchange|trade|switch) (?P<x>(?:its|their|the|my|this|that) [\w\-]+(?: [\w\-]+)?) (?:out )?for\b", r"replace \g<x> with"),
    (r"\bchange (?P<x>it|them|this|that|(?:its|their|the) [\w\-]+(?: [\w\-]+)?) for (?=[\d\ue000\"+])", r"change \g<x> to "),
    # "a note, a new one, titled X": a new note
    (rf"\b(?:a|an) (?P<k>{_CREATED}), (?:a|an) new (?:one|(?P=k)),", r"a new \g<k>"),
))
# "Bo Li put a link in the email "Tickets" - open that page": open the page Bo Li linked there
_LINKED = re.compile(r"^(?P<n>(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*)*) (?:put|dropped|shared|sent|included|pasted|posted) "
                     r"(?:a|the|me a) link (?:in|into) (?P<y>(?:the|my|a|an|his|her|their) [^.;!?]{1,80}?)\s*(?:[-–—.;]|,? and)\s*"
                     r"(?:please |just |can you )*(?:open|visit|go to|load|pull up) (?:that|the|this|it'?s?) ?(?:page|link|site|website"
                     r"|web page)?\s*[.!]?$", re.I)
# "create an album in Photos named Road trip": an unquoted name after where the new thing goes, ending the request
_NAMED_LAST = re.compile(rf"\b(?P<head>(?:create|make|start|add|set up)\b[^.;!?\"]*?\b(?:{_CREATED}) (?:in|on|inside) "
                         r"(?:my |the )?[^.;!?\"\s]+(?: app)? (?:named|called|titled))\s+(?P<n>(?!(?:a|an|the|my|it|after)\b)"
                         r"[^\s\"\ue000.,;!?][^\"\ue000.,;!?]{0,40}?)(?P<end>\s*[.!]?\s*)$", re.I)


def request_phrases(text: str) -> str:
    """``text`` with whole phrases said another way read as the usual phrase (see the module docstring)."""
    linked = _LINKED.match(text.strip())
    if linked:
        return f"open the web page {linked['n']} linked in {linked['y']}"
    named = _NAMED_LAST.search(text)
    if named and len(named["n"].split()) <= 4:
        text = f'{text[:named.start()]}{named["head"]} "{named["n"]}"{named["end"]}'
    for pattern, usual in _PHRASES:
        text = pattern.sub(usual, text)
    return text
