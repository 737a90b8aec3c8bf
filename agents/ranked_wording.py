"""Superlative requests ("the cheapest ...", "the best-rated ...") and buying requests, said plainly.

People name the thing ranked many ways: "the lowest-priced lamp", "whatever is cheapest in Shop's
Garden category", "the top-rated taco place's phone number"; and where an order goes: "order X,
shipping to 7 Harbour Lane", "buy X and have it delivered to ...", "buy X -> 7 Harbour Lane", "shop Garden cheapest item - buy". These become
"the cheapest lamp", "the cheapest item in the Garden category in Shop", "the phone number of the
top-rated taco place", "buy X and ship it to ...". General English task grammar only.
"""

from __future__ import annotations

import re

# Superlatives said another way -> the word the ranking reads.
_SYNONYMS = (
    (re.compile(r"\b(?:lowest|least)[- ](?:priced|cost(?:ing)?)\b|\bleast costly\b|\bmost affordable\b|\bcheapest[- ]priced\b",
                re.I), "cheapest"),
    (re.compile(r"\b(?:highest|most)[- ]priced\b|\bpriciest\b|\bmost costly\b", re.I), "most expensive"),
    (re.compile(r"\b(?:top|best|highest)[- ]reviewed\b|\bbest[- ]reviewed\b", re.I), "best-rated"),
    (re.compile(r"\b(?:the )?top (?=(?:star )?ratings?\b)", re.I), "the best "),  # "has the top rating"
    # "the noodle bar which has the best rating", "the bakery with the highest reviews": the best-rated one
    (re.compile(r"\bthe (?P<x>(?:(?!(?:which|that|with|has|have|of|the|a|an|in|on|at|for|from)\b)[\w&'\-]+ ){1,4}?)(?:(?:which|that) )?(?:has|have|with"
                r"|having) (?:the )?(?:best|highest|top)(?: star| average| overall)? (?:ratings?|reviews?|scores?)\b", re.I),
     r"the best-rated \g<x>"),
    # "which ramen bar is rated highest", "what bakery has the best rating": which is the best-rated one
    (re.compile(r"\b(?:which|what) (?P<x>(?:(?!(?:is|are|has|have|of|the|a|an|in|on|at)\b)[\w&'\-]+ ){1,4}?)(?:is|are) (?:rated|reviewed"
                r"|ranked) (?:the )?(?:highest|best|top|most highly)\b|\b(?:which|what) (?P<y>(?:(?!(?:is|are|has|have|of|the|a|an"
                r"|in|on|at)\b)[\w&'\-]+ ){1,4}?)(?:has|have) (?:the )?(?:best|highest|top)(?: star| average)? (?:ratings?|reviews?"
                r"|scores?)\b", re.I), lambda m: f"which is the best-rated {(m.group('x') or m.group('y')).strip()}"),
    # "the noodle bar that is rated best", "the file which is the largest in Work": the ranked one said before its rank
    (re.compile(r"\bthe (?P<x>(?:(?!(?:which|that|is|are|has|have|of|the|a|an|in|on|at|for|from)\b)[\w&'\-]+ ){1,4}?)(?:which|that)"
                r"(?: is|'s| are) (?:(?:rated|reviewed|ranked) (?:the )?(?P<r>highest|best|top|most highly)|the (?P<s>(?:cheapest|largest"
                r"|biggest|smallest|newest|oldest|nearest|closest|most expensive|least expensive|best-rated|top-rated)))\b", re.I),
     lambda m: f"the {'best-rated' if m.group('r') else m.group('s')} {m.group('x').strip()}"),
    # "the pharmacy closest to me", "the gym nearest to where I am": the nearest one
    (re.compile(r"\bthe (?P<x>(?:(?!(?:which|that|is|are|of|the|a|an|in|on|at|for|from)\b)[\w&'\-]+ ){1,4}?)(?:(?:which|that) (?:is|are) )?(?:closest"
                r"|nearest) to (?:me|us|here|my (?:current )?location|where (?:I am|we are))\b", re.I), r"the nearest \g<x>"),
)
SUPERLATIVE = (r"(?:best|highest|top|worst|lowest)[- ]rated|best|cheapest|least expensive|most expensive|nearest|closest"
               r"|farthest|furthest|largest|biggest|smallest")
# "whatever is cheapest in ...", "whichever lamp costs the least in ...": the cheapest one there
_WHATEVER = re.compile(rf"\b(?:whatever|whichever|what)(?: (?P<n>[a-z]+))? (?:is|was|comes out) (?:the )?(?P<s>{SUPERLATIVE})"
                       r"(?: one)?(?= (?:in|from|at|on|among)\b)", re.I)
# "in Shop's Garden category" -> "in the Garden category in Shop": the app, then the part of it
_APP_PART = re.compile(r"\b(?P<p>in|from|of) (?P<a>(?-i:[A-Z])[\w\-]*)'s (?P<c>(?:[\w&'\-]+ ){1,3}?)"
                       r"(?P<k>category|section|department|aisle|list)\b", re.I)
# "the number of the top-rated taco place": one place has a phone number, not a count
_NUMBER_OF = re.compile(rf"\b(?<!phone )the number (?:of|for) (?P<x>the (?:{SUPERLATIVE})\b[^,.;?!()]*)", re.I)
# "text Bo where the nearest pharmacy is": its address
_WHERE_IS = re.compile(rf"(?P<v>\b(?:text|tell|sms|message|e-?mail|send)\s+[^,;:()]+?)\s+where\s+(?P<x>the (?:{SUPERLATIVE})\b"
                       r"[^,;:()?]*?)\s+(?:is|are)\b", re.I)
_ATTR = r"phone number|number|address|price|name|rating|opening hours|hours|website|location"
_GIVE_ME = re.compile(r"^(?:(?:give|get|send) me|check|find out|look up) (?P<x>(?:the (?P<a>phone number|address|price|rating"
                      r"|opening hours|website|e-?mail(?: address)?) of|(?-i:[A-Z])[\w\-]*(?: (?-i:[A-Z])[\w\-]*){0,2}'s "
                      r"(?:phone number|address|price|rating|birthday|e-?mail(?: address)?)\b)(?:(?!\b(?:and|then)\b)[^?,;])*?)"
                      r"\s*[.!?]?$", re.I)  # "give me / check the address of X": what it is (not "check X and text it to Bo")
# "the top-rated taco place's phone number" -> "the phone number of the top-rated taco place"
_OWNED = re.compile(rf"\bthe (?P<x>(?:{SUPERLATIVE})\b[\w&\- ]{{1,40}}?)'s (?P<a>{_ATTR})\b", re.I)
_BUYING = re.compile(r"^\s*(?:please\s+)?(?:buy|order|purchase)\b", re.I)  # an item (a checkout keeps its words)
# ", shipping to X", "and have it delivered to X", "delivered to X", ", deliver to X": where the order is shipped
_SHIPPED = re.compile(r"(?:,\s*|\s+)(?:and\s+)?(?:(?:have|get)\s+(?:it|them)\s+)?(?:shipping|shipped|delivered|delivering"
                      r"|sent|(?:send|deliver|mail)\s+(?:it|them))(?:\s+(?:it|them))?\s+to\b"
                      r"|,\s*(?:and\s+)?(?:deliver|ship)\s+to\b"  # "order X, deliver to ...": the order's address
                      r"|[,;]\s*(?:the\s+|my\s+)?(?:delivery|shipping)(?:\s+address(?:\s+is|\s*[:=])?|\s*[:=]|\s+to\b|(?=\s+\d))(?=\s*\w)",
                      re.I)  # "buy X, delivery address 9 Oak Row", "..., shipping: 9 Oak Row"
_ARROW = re.compile(r"^(?P<v>buy|order|purchase)\s+(?P<x>[^>]*?[^\s\->])\s*(?:->|=>|→|⇒)\s*(?P<to>\S.*)$", re.I)
# "the address in their contact" once the owner is named: Ana's address from my contacts
_EDITING = re.compile(r"^\s*(?:please\s+)?(?:change|update|edit|set|correct|replace|fix|add|remove|delete)\b", re.I)
_IN_CONTACT = re.compile(rf"\bthe (?P<a>{_ATTR}|e-?mail(?: address)?) (?:in|from|on) (?P<o>(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])"
                         r"[\w'\-]*)*)'s contact(?: card| entry| details| page)?\b", re.I)


# "save the best-rated taco place as a contact", "new contact <- the nearest pharmacy": a place kept as a
# contact keeps its name and phone number
_CONTACT = re.compile(rf"^(?:add|create|save|make) (?:a )?(?:new )?contact(?: named|\s*(?:<-|<=|←|from|for))\s*"
                      rf"(?P<x>(?:the )?(?:{SUPERLATIVE})\b[^,(]*?)(?=\s*[,(.]|\s+with\b|$).*$", re.I | re.S)
# "find the top rated ramen place in Maps and add it to my contacts (name + phone number)": found, then kept as a contact
_FOUND_CONTACT = re.compile(rf"^(?:find|look up|search for|get|pick)\s+(?P<x>(?:the )?(?:{SUPERLATIVE})\b[^,(]*?)\s*,?\s+(?:and\s+)?(?:then\s+)?"
                            r"(?:add|save|put|store|keep)\s+(?:it|that|them)\s+(?:to|in|into|as|among)\s+(?:my\s+|the\s+|a\s+)?"
                            r"(?:new\s+)?contacts?(?:\s+list|\s+app)?(?:\s*\(?\s*(?:with\s+)?(?:its\s+|the\s+)?name\s*(?:and|\+|&|,)\s*"
                            r"(?:its\s+|the\s+)?(?:phone\s+)?(?:number|phone)\s*\)?)?\s*[.!]?\s*$", re.I)
# "text Bo: cheapest Garden + price": the ranked item's name and its price
_WITH_ATTR = re.compile(rf"^(?P<v>text|sms|message|tell|e-?mail|mail|send)\s+(?P<to>[^:]+?):\s*(?:the )?"
                        rf"(?P<x>(?:{SUPERLATIVE})\s+[^:+&]+?)\s*(?:\+|&|and|with)\s*(?:its\s+)?(?P<a>{_ATTR})\s*[.!]?$", re.I)


_DAY = (r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
        r"|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{4}-\d\d-\d\d)\b")
# 'add "Standup" on Friday at 9:00', 'make "Lunch" (May 2, 12:30)': a titled thing on a day is a calendar event
_DATED = re.compile(rf"^(?:add|create|make|schedule|set up|put in) (?P<t>\ue000\d+\ue001|\"[^\"]+\")(?=\s*(?:on|for|\()\s*[^)]*?{_DAY})",
                    re.I)
# "event Lunch Friday 12:30 @ Cafe Uno": a terse event, its title before the day and its place after "@"
_TERSE_EVENT = re.compile(rf"^(?:new )?(?P<n>event|meeting|appointment)\s+(?P<t>[^@]+?)\s+(?P<w>{_DAY}[^@]*?)\s*@\s*(?P<p>.+?)\.?$",
                          re.I)


# "shop Garden cheapest item - buy, ship to X" (search-box order): the ranked thing of that category, bought
_RANKED_NOTE = re.compile(rf"^(?P<app>(?-i:[a-z])[\w\-]*\s+)?(?P<c>(?-i:[A-Z])[\w&'\-]*(?:\s+[\w&'\-]+){{0,3}}?)\s+"
                          rf"(?P<s>{SUPERLATIVE})\s+(?P<k>item|product|thing|one|article|offer|deal)\s*(?:[-–—:]|->)\s*"
                          r"(?P<v>buy|order|purchase)(?=\s*(?:[,;.!]|$))[,;]?\s*(?P<rest>.*)$", re.I)


def ranked_note(note: str) -> str:
    """"shop Garden cheapest item - buy, ship to 9 Oak Row" -> "buy the cheapest item in the Garden category in shop,
    ship to 9 Oak Row"; the same note when it is not said so."""
    m = _RANKED_NOTE.match(note.strip())
    if not m:
        return note
    where = f" in {m['app'].strip()}" if m["app"] else ""
    rest = f", {m['rest']}" if m["rest"] else ""
    return f"{m['v']} the {m['s']} {m['k']} in the {m['c']} category{where}{rest}"


def plain(request: str) -> str:
    """``request`` with its superlative and its shipping said the way the task parsers read them."""
    for pattern, word in _SYNONYMS:
        request = pattern.sub(word, request)
    request = _DATED.sub(lambda m: f"create a calendar event {m.group('t')}", request, count=1)
    request = terse_event(request)
    sent = _WITH_ATTR.match(request.strip())
    if sent:
        noun = "" if re.search(r"\s(?-i:[a-z])[\w\-]+$", sent.group("x")) else " item"  # "cheapest Garden": an item
        request = f"{sent.group('v')} {sent.group('to')} the name and {sent.group('a')} of the {sent.group('x')}{noun}"
    found = _FOUND_CONTACT.match(request.strip())
    if found:
        request = f"create a new contact from {found.group('x')}"
    kept = _CONTACT.match(request.strip())
    if kept:
        thing = re.sub(r"^(?:the )?", "the ", kept.group("x").strip(), flags=re.I)
        thing = re.sub(r"\s+in\s+(?=(?-i:[A-Z])[\w\-]*$)", " from ", thing)  # "... in Maps": where it is found
        return f"create a new contact with the name and phone number of {thing}"
    request = _NUMBER_OF.sub(lambda m: f"the phone number of {m.group('x')}", request)
    asked = _GIVE_ME.match(request.strip())
    if asked:  # "give me the phone number of X": what it is
        request = f"what is {asked.group('x')}?"
    request = _WHERE_IS.sub(lambda m: f"{m.group('v')} the address of {m.group('x')}", request, count=1)
    request = _WHATEVER.sub(lambda m: f"the {m.group('s')} {m.group('n') or 'item'}", request)
    request = _APP_PART.sub(lambda m: f"{m.group('p')} the {m.group('c')}{m.group('k')} in {m.group('a')}", request)
    request = _OWNED.sub(lambda m: f"the {m.group('a')} of the {m.group('x').strip()}", request)
    if not _EDITING.match(request):  # "change the address on Bo's contact card" edits it, reads nothing
        request = _IN_CONTACT.sub(lambda m: f"{m.group('o')}'s {m.group('a')} from my contacts", request)
    arrow = _ARROW.match(request.strip())
    if arrow:  # "buy Desk Lamp -> 7 Harbour Lane": bought and shipped there
        request = f"{arrow.group('v')} {arrow.group('x')} and ship it to {arrow.group('to')}"
    elif _BUYING.match(request) and not re.search(r"\band ship (?:it|them) to\b", request, re.I):
        request = _SHIPPED.sub(" and ship it to", request, count=1)
    return _BOUGHT_NAMED.sub(r'\g<v> "\g<x>"', request, count=1)


# "buy Trail Mug and ship it to ...": an item named in title case is its name, quoted like one (the name
# is still the thing to find while its shipping is done)
_BOUGHT_NAMED = re.compile(r"^(?P<v>\s*(?:please\s+)?(?:buy|order|purchase))\s+(?P<x>(?-i:[A-Z0-9])[\w'&\-]*"
                           r"(?:\s+(?-i:[A-Z0-9])[\w'&\-]*)*)(?=(?:\s+(?:from|in|at|on)\s+(?:the\s+|my\s+)?[\w\-]+)?"
                           r"\s+and\s+ship\s+(?:it|them)\s+to\b)", re.I)  # "... from the shop and ship it to": where it is bought


_NOUN = r"(?!(?:in|on|at|from|of|for|to|and|or|with|is|are|was|near|around)\b)(?-i:[a-z])[\w\-]+"


def terse_event(note: str) -> str:
    """"event Brunch Sunday 11:00 @ Cafe Uno" -> 'create a calendar event "Brunch" on Sunday at 11:00, location:
    Cafe Uno'; a ranked place ("@ the nearest diner") gives its address as the location."""
    event = _TERSE_EVENT.match(note.strip())
    if not event:
        return note
    title = event.group("t").strip()
    title = title if re.fullmatch(r"\ue000\d+\ue001|\"[^\"]+\"", title) else f'"{title}"'
    when = re.sub(r",?\s+(\d{1,2}[:.]\d\d(?:\s*[ap]m)?)$", r" at \1", event.group("w").strip().rstrip(","))
    place = event.group("p").strip()
    if re.match(rf"(?:the )?(?:{SUPERLATIVE})\b", place, re.I):
        where = f"with the address of {place if place.lower().startswith('the ') else 'the ' + place} as its location"
    else:
        where = f"location: {place}"
    return f"create a calendar {event.group('n').lower()} {title} on {when}, {where}"


def ranked_things(clause: str) -> list[str]:
    """The ranked things a clause names: "the best Ramen place", "the cheapest Garden thing" (a
    superlative, its capitalised kind and the noun after it)."""
    found = re.finditer(rf"\bthe (?:{SUPERLATIVE})(?:(?: (?-i:[A-Z])[\w&'\-]*)+(?: {_NOUN})?| {_NOUN})"
                        r"(?: (?:in|on|at) (?-i:[A-Z])[\w\-]*(?= is\b|[,.;)]|$))?", clause, re.I)  # "... in Shop": where it is
    return [m.group(0) for m in found]

