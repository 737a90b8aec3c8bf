"""Requests said as a wish or as the state wanted, put as the plain verb-first request.

People say what they want to be true instead of the verb: "I'd like Kim Park starred in my address book"
stars her, "it would be great if report.pdf were in my favourites" adds it there, "notes.txt doesn't need to
be a favourite any more" takes it out, "could the ring volume go to its maximum?" sets it, "I want to hop on
the Cafe Guest wifi" (one clause) is the request itself, "how late is the bakery open?" asks until what time; "I'd like the timer running" starts it, "I want the page X open in
the browser" opens it there.
A noun said again as "one" ("keep this window and open X in a new one") is that noun; the outcome said first ("I want
a.pdf to end up in my favourites"), "you should X" and "the contact who's named X" are said plainly. Runs early, quotes
held aside. General English task grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .referents import CLOSE, OPEN
from .result_questions import as_wish, made

_Q = f"{OPEN}\\d+{CLOSE}"  # a quoted span held aside
# A past participle said as the state wanted ("needs to be moved", "I'd like X starred") and the verb that asks for it.
DONE_TO = {"moved": "move", "changed": "change", "updated": "update", "deleted": "delete", "removed": "remove",
           "closed": "close", "shut": "close", "renamed": "rename", "set": "set", "turned off": "turn off",
           "turned on": "turn on", "switched off": "turn off", "switched on": "turn on", "muted": "mute",
           "unmuted": "unmute", "pinned": "pin", "unpinned": "unpin", "starred": "star", "unstarred": "unstar",
           "archived": "archive", "rescheduled": "reschedule", "edited": "edit", "cleared": "clear",
           "disabled": "disable", "enabled": "enable", "marked": "mark", "replied to": "reply to", "answered": "answer",
           "forwarded": "forward", "passed on": "forward", "passed along": "forward", "sent along": "forward", "bookmarked": "bookmark", "replaced": "replace", "overwritten": "overwrite",
           "emptied": "empty", "pushed": "move", "postponed": "move", "brought forward": "move",
           "called": "rename", "named": "rename", "titled": "rename", "retitled": "rename", "saved": "save",
           "favourited": "favourite", "favorited": "favourite", "blocked": "block", "unblocked": "unblock",
           "silenced": "mute", "hidden": "hide", "installed": "install", "uninstalled": "uninstall",
           "downloaded": "download", "sent": "send", "running": "start", "going": "start", "playing": "play",
           "paused": "pause", "stopped": "stop", "added": "add", "swapped": "replace", "written down": "write down",
           "noted down": "write down", "jotted down": "write down", "created": "create", "saved as a bookmark": "bookmark",
           "dialled": "call", "dialed": "call", "phoned": "call", "wiped clean": "clear", "wiped": "clear"}
PARTICIPLE = "|".join(sorted(DONE_TO, key=len, reverse=True))
# The state's undoing: "X doesn't need to be starred any more" unstars X.
UNDONE = {"starred": "unstar", "pinned": "unpin", "muted": "unmute", "silenced": "unmute", "blocked": "unblock",
           "archived": "unarchive", "hidden": "unhide"}
_WISH = r"(?:(?:I|we)(?: would|'d) (?:like|love|prefer)|(?:I|we) (?:really )?(?:want|need)|need|want)"
_IF = (r"(?:it(?: would|'d| will) (?:(?:really |so )?help|be (?:(?:really|so|very) )?(?:great|nice|good|helpful|handy|useful|ideal"
       r"|lovely|awesome|perfect|cool|better|brilliant|fantastic|wonderful|amazing)) if|(?:I|we) wish"
       r"|(?:I|we)(?: would|'d) (?:like|love|prefer) (?:it )?if)")
_BE = r"(?:was|were|is|got|could be|would be|were to be|could get|got to be|to be|to end up(?: being)?|to get)"  # "I want X to be ..."
# Lists a thing is kept in; a folder is moved into instead.
_KEPT = (r"(?:favou?rites|favou?rite (?:photos|pictures|files|songs|tracks|videos|places|items|documents)|saved(?: places| items| posts| list)?|bookmarks|cart|basket|bag|wishlist|watchlist|playlist"
         r"|album|reading list|starred(?: contacts| items)?|pinned (?:chats|items)|contacts|contact list|address book|phone ?book)")
_HOLDER = rf"(?P<c>(?:my|the|our) (?:[\w\-]+ ){{0,2}}?(?:{_KEPT}|folder)|(?:my|the) {_Q} (?:{_KEPT}|folder))\b"
_NOT_THING = re.compile(r"(?:to|it|this|that|there|what|which|who|how|when|where|you|me|I|we|they|he|she)\b", re.I)
_IN_CLAUSE = r"(?:(?![.!?]\s|\s[-–—]\s)[^,;?])"  # a character of the same clause
_OPEN_END = r"\b(?:be|been|being|to|my|the|our|a|an|in|on|of|at|for|with|and|or|off|from)$"  # no thing ends with these
_NOUN = r"(?!(?:is|was|were|are|got|gets|would|could|should|will|be|been|had|has|have|can|needs?)\b)[a-z][\w\-]*\b"  # "that photo"
_PRONOUNS = re.compile(r"\b(?:I|you|we|they|he|she|me)\b")
# One clause only: no second clause or reason ("I need to leave early, so ...").
_ONE_CLAUSE = re.compile(r"^[^,;:()\-–—]*$")
# Verbs an app does, said after "I need to" as the request itself ("I need to text Bo" is "text Bo").
_ACTS = (r"add|archive|block|book|buy|call|cancel|change|clear|close|connect|copy|create|delete|dial|disable|download|edit"
         r"|email|e-mail|enable|favou?rite|forward|install|join|mark|message|move|mute|open|order|pin|play|post|remove"
         r"|rename|reply|reschedule|save|schedule|send|set|share|star|start|stop|switch|text|turn|unblock|uninstall|unmute"
         r"|unpin|unstar|update|bookmark|get on|get onto|hop on|hop onto|log (?:in|on)to|get rid of|take off|put|make")
_LEVEL = (r"(?:its |the |a )?(?:minimum|maximum|min|max|lowest|highest|full|half|middle|zero|\d{1,3}\s*(?:%|percent))"
          r"(?: (?:level|setting|value))?")
# Nouns "a new one" / "the other one" may stand for (an item a phone lists or opens).
_ONE_NOUNS = (r"tab|window|note|alarm|timer|list|folder|album|playlist|chat|group|event|file|photo|contact|bookmark"
              r"|reminder|document|page|message|draft|conversation|thread")


def state_verb(participle: str, negated: bool, done: dict[str, str] = DONE_TO) -> str | None:
    """The verb that reaches a state said as a participle: "pinned" -> pin, "no longer pinned" -> unpin; None when
    the state has no undoing verb (or no verb in ``done``)."""
    said = participle.casefold()
    return UNDONE.get(said) if negated else done.get(said) or UNDONE.get(said)


def wished(text: str) -> str:
    """``text`` as the plain request (see the module docstring); the same text when it has none of these shapes."""
    text = re.sub(r"\b(?P<k>(?:the|my) (?:[\w\-]+ )?[\w\-]+) (?:who|that|which)(?: is|'s| are) (?:named|called|titled) (?=\S)",
                  r"\g<k> ", text, flags=re.I)  # "the contact who's named Kim Park": the contact Kim Park
    text = re.sub(r"\b(?P<k>(?:the|my) (?:[\w\-]+ )?[\w\-]+) whose (?:name|title) is (?=\S)", r"\g<k> ", text, flags=re.I)
    text = _one_said_again(re.sub(r"\b(?P<a>and|then|and then) also\b", r"\g<a>", text, flags=re.I))  # "and also save X"
    text = _kept_first(text)
    said = _said(text)
    if said == text.strip():  # "Can X be starred?": the wish it asks for, when a wish reader reads it
        wish = as_wish(text)
        said = _said(wish) if wish != text else said
        said = said if said != wish.strip() else made(text).strip()
    return said if said != text.strip() else _dashed(text)


def _said(text: str) -> str:
    for rule in (_held, _received, _rung, _opened, _no_longer_wished, _wanted_kept, _wanted_done, _not_any_more, _level, _now_so, _late):
        said = rule(text.strip())
        if said != text.strip():
            return said
    return _asked_by_need(text).strip()


def _dashed(text: str) -> str:
    """"I wish X were deleted - it'd be great if it were gone": the wish, said once; "I wish the app forgot what I
    read - it would be great if my history got cleared": the wish after the dash, the complaint kept as its reason."""
    parts = re.split(r"\s[-–—]\s", text.strip())
    if len(parts) != 2:
        return text
    first, then = _said(parts[0]), _said(parts[1])
    again = re.match(rf"(?:it|they|them)\b|(?:that|this)\b(?! {_NOUN})", re.sub(rf"^(?:{_WISH}|{_IF}) ", "", parts[1].strip(), flags=re.I),
                     re.I)  # "that photo" names the thing the first part tells of
    if first != parts[0].strip() and then != parts[1].strip() and again:
        return first  # the second wish only says the first again
    if first != parts[0].strip() and again and re.match(rf"^(?:{_WISH}|{_IF})\b", parts[1].strip(), re.I):
        return first
    if first == parts[0].strip() and then != parts[1].strip() and not again and re.match(rf"^(?:{_WISH}|{_IF})\b", parts[0].strip(), re.I):
        return f"{then.rstrip('.!')} ({parts[0].strip()})"
    if first == parts[0].strip() and then != parts[1].strip() and re.match(rf"^(?:{_WISH}|{_IF}) (?:that|this|these|those) {_NOUN}",
                                                                          parts[1].strip(), re.I):
        return f"{parts[0].strip()} - {then}"  # "Bo mailed me which photo - I'd love that photo added there": the wish said plainly
    return text


# "My calendar should have "Dinner" on Friday at 7", "the cart must contain X", "I want my Trip album to include X":
# a collection wished to hold a thing is where the thing is added. What it shows or lists is a view ("I want my calendar to
# show next week"), "only" / "instead of" / "rather than" / "first" a change of what it holds, neither an addition.
_HOLDS = re.compile(r"^(?:(?:I (?:want|need|would like|'d like)) )?(?P<c>(?:my|the) (?:(?-i:[A-Z])[\w\-]* )?(?:calendar|agenda|diary|"
                    r"schedule|planner|cart|basket|shopping list|to-?do list|list|album|playlist|favou?rites|bookmarks|notes))"
                    r"(?: (?:should|must|needs? to|has to|ought to|is to)| to)? (?:have|contain|include|hold)"
                    r"(?P<x> (?!(?:no|nothing|none|fewer|less|more than)\b)(?!.*\b(?:only|instead of|rather than|first)\b)\S.*?)\s*[.!]?$",
                    re.I)


def _held(text: str) -> str:
    """"My calendar should have "Dinner" on Friday at 7" -> add "Dinner" on Friday at 7 to my calendar."""
    m = _HOLDS.match(text)
    if not m:
        return text
    thing = re.sub(r"^ (?:an? |the )?(?:new )?(?:event|entry|appointment|item)(?= )", "", m["x"], flags=re.I).strip()
    place = re.sub(r"^(?:the|my) ", "my ", m["c"], flags=re.I)
    titled = re.match(rf"(?P<t>{_Q})(?P<r>[\s,].*)$", thing)  # 'add "Dinner" to my calendar on Friday ...': its title, then its details
    return f"add {titled['t']} to {place}{titled['r']}" if titled else f"add {thing} to {place}"


def _received(text: str) -> str:
    """"it'd be great if Bo Li got "See you" from me on Wire" -> send Bo Li "See you" on Wire; "... if Bo got a text
    telling him when X starts" -> text Bo when X starts: a message wished received is sent."""
    m = re.match(rf"^(?:{_WISH} (?:it )?if|{_IF}) (?P<n>(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*){{0,2}}) (?:got|received|gets|could get)"
                 rf" (?P<q>{_Q}) from me\b(?P<rest>{_IN_CLAUSE}*?)\s*[.!]?$", text, re.I)
    if m:
        return f"send {m['n']} {m['q']}{m['rest']}"
    m = re.match(rf"^(?:{_WISH} (?:it )?if|{_IF}) (?P<n>(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*){{0,2}}) (?:got|received|gets|could get)"
                 r" (?:a|an|my) (?:(?:short|quick) )?(?P<k>text|sms|message|e-?mail|mail)(?: from me)? (?:telling (?:them|him|her) |saying |about |with )"
                 r"(?P<rest>[^;?]+?)\s*[.!]?$", text, re.I)
    if m:
        return f"{'email' if 'mail' in m['k'].casefold() else 'text'} {m['n']} {m['rest']}"
    m = re.match(rf"^(?:{_WISH} (?:it )?if|{_IF}) (?P<n>(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*){{0,2}}) (?:got|received|gets|could get)"
                 rf" (?P<x>(?!(?:a|an|my) (?:text|sms|message|e-?mail|mail)\b){_IN_CLAUSE}+?),?\s+(?:(?P<f>forwarded|passed on|sent)"
                 rf"(?: (?P<w>(?:on|via|over|through|in|by) {_IN_CLAUSE}+?))?|by (?P<k>e-?mail|mail|text|sms))\s*[.!]?$", text, re.I)
    if m and not _PRONOUNS.search(m["x"]):  # "... if Bo got the last text from Ana, forwarded on Signal"
        if m["k"]:
            return f"{'email' if 'mail' in m['k'].casefold() else 'text'} {_lower(m['x'])} to {m['n']}"
        verb = "forward" if m["f"].casefold() != "sent" else "send"
        return f"{verb} {_lower(m['x'])} to {m['n']}{' ' + m['w'] if m['w'] else ''}"
    return text


def _rung(text: str) -> str:
    """"it'd be great if an alarm rang 30 minutes before X", "I want a reminder to go off at 9:00" -> set an alarm
    (a reminder) ...: an alarm wished to ring is one to set."""
    m = re.match(rf"^(?:{_WISH} (?:it )?if|{_IF}|{_WISH}) (?:a|an) (?P<k>alarm|reminder)(?: to)? (?:rang|rings|ring|went off|goes off"
                 r"|go off|sounded|sounds|sound|(?:would|could) (?:ring|go off|sound)|going off|ringing)\b", text, re.I)
    if not m or re.match(r"\s+(?:every time|each time|whenever|any ?time|if)\b", text[m.end():], re.I):
        return text  # "... went off every time my battery is low": an event, no clock time an alarm can be set for
    return f"set {'an' if m['k'].casefold() == 'alarm' else 'a'} {m['k'].casefold()}{text[m.end():]}"


def _opened(text: str) -> str:
    """"I want the page Bo linked in the "Gig" mail open in the browser" -> open that page in the browser (a thing
    wished open somewhere: "I need the bakery open on Sunday" names no place to open it in)."""
    m = re.match(rf"^{_WISH} (?P<x>(?!{_NOT_THING.pattern}){_IN_CLAUSE}+?) (?:{_BE} )?open(?:ed)? (?P<p>in (?:the|a|my|an|another)"
                 rf" (?:new )?(?:browser|tab|window|app|[\w\-]+ app)\b{_IN_CLAUSE}*?)\s*[.!?]?$", text, re.I)
    if not m or _PRONOUNS.search(m["x"]):
        return text
    return f"open {_lower(m['x'])} {m['p']}"


def _no_longer_wished(text: str) -> str:
    """"I wish the mail X weren't starred any more" -> unstar the mail X."""
    m = re.match(rf"^(?:{_WISH}|{_IF}) (?P<x>(?!{_NOT_THING.pattern}){_IN_CLAUSE}+?) (?:were|was|is|are|would be)(?: not|n't| no longer)"
                 rf" (?P<p>{'|'.join(UNDONE)})\b(?P<rest>{_IN_CLAUSE}*?)\s*[.!?]?$", text, re.I)
    if not m or _PRONOUNS.search(m["x"]):
        return text
    rest = re.sub(r"\s+(?:any ?more|now|from now on|again)\b", "", m["rest"], flags=re.I)
    return f"{UNDONE[m['p'].casefold()]} {_lower(m['x'])}{rest}"


# An act said as the thing an item gets ("it'd be great if the "Bills" mail got a star": star it).
_GOT_A = {"star": "star", "reply": "reply to", "response": "reply to", "answer": "reply to", "like": "like", "flag": "flag",
          "bookmark": "bookmark", "pin": "pin"}


def _wanted_done(text: str) -> str:
    """"I'd like Kim Park starred in my contacts", "need x.org bookmarked", "it'd be great if the Gym chat was
    pinned", "(can I) get the Gym chat pinned" -> star Kim Park in my contacts, bookmark x.org, pin the Gym chat."""
    m = re.match(rf"^(?:{_WISH}|{_IF}|get(?! rid\b)|have(?![^?]*\?\s*$)) (?P<x>(?!{_NOT_THING.pattern}(?:(?<!that)(?<!this)|(?! {_NOUN}))){_IN_CLAUSE}+?) (?:{_BE} )?(?P<p>{PARTICIPLE}|gone)\b(?P<rest>{_IN_CLAUSE}*?)"
                 r"\s*[.!?]?$", text, re.I)
    got = re.match(rf"^(?:{_WISH} (?:it )?if|{_IF}) (?P<x>(?!{_NOT_THING.pattern}){_IN_CLAUSE}+?) (?:got|gets|could get|received"
                   rf"|were given|was given) (?:a|an) (?P<n>{'|'.join(_GOT_A)})\b(?P<rest>{_IN_CLAUSE}*?)\s*[.!?]?$", text, re.I)
    # (not the user's own post, photo or review getting a like or reply, nor a reply from someone: others' acts)
    others = got and (re.match(r"(?:my|our)\b(?![^,;]* from\b)", got["x"], re.I) or re.match(r"\s+from\b", got["rest"], re.I))
    if got and not others and not _PRONOUNS.search(got["x"]):  # "... if the "Bills" mail got a star"
        return f"{_GOT_A[got['n'].casefold()]} {_lower(got['x'])}{got['rest']}"
    if not m or _PRONOUNS.search(m["x"]) or re.search(_OPEN_END, m["x"], re.I) or re.search(r"\b(?:not|never)$", m["x"], re.I):
        return text
    verb, rest = DONE_TO.get(m["p"].casefold(), "delete"), m["rest"]  # "I wish X were gone": deleted
    if m["p"].casefold() == "gone":
        rest = re.sub(r"^\s+from (?:my |the )?(?:[\w\-]+ ){0,2}?[\w\-]+(?=\s|$)|\s+(?:completely|entirely|for good|altogether)\b", "", rest, flags=re.I)
    if verb == "replace" and re.match(r"\s+(?:for|by|with) (?:an?|another|some)\b", rest, re.I):
        return text  # "the old charger swapped for a new one": a thing exchanged, no value to put in
    if verb == "replace":  # "X swapped for Y": X replaced with Y
        rest = re.sub(r"^\s+(?:for|by)\b", " with", rest, flags=re.I)
    if verb == "rename" and re.match(r"(?:an?|new|some)\b", m["x"], re.I):
        return text  # "I need a new group called X": a new item's name, nothing renamed
    if verb == "rename" and not re.match(r"\s+(?:to|as)\b", rest):
        rest = re.sub(r"^\s+", " to ", rest)  # "X named Y": rename X to Y
    if verb == "rename":  # "X to be called Y from now on": when, not the name
        rest = re.sub(r",?\s+(?:from now on|going forward|from today on|for good|now|instead|again|from here on)(?=\s*$|,?\s+(?:in|on)\b)",
                      "", rest)
    return f"{verb} {_lower(m['x'])}{rest}"


# A new entry's details said after a comma ("I want Jo Lim in my contacts, number 555 0101").
_DETAILS = (r"(?:,\s*(?:with |and )?(?:(?:his|her|their|its|the|a) )?(?:name and (?:its |their )?)?(?:phone |mobile )?"
            r"(?:number|phone|e-?mail|address|birthday)\b[^?]*)")


def _wanted_kept(text: str) -> str:
    """"I'd like (to have) the best-rated taco place in my saved places", "it would be great if a.pdf was in my favourites" ->
    add it to that list; a folder is moved into ("I want b.txt in the Work folder")."""
    m = re.match(rf"^(?:{_WISH}|{_IF}) (?:to (?:have|get|see) )?(?P<x>(?!{_NOT_THING.pattern}){_IN_CLAUSE}+?) (?:{_BE} )?(?:in|on|among|into|inside) {_HOLDER}"
                 rf"(?P<rest>{_IN_CLAUSE}*?{_DETAILS}?)\s*[.!?]?$", text, re.I)
    m = m or re.match(rf"^(?P<x>(?!{_NOT_THING.pattern}){_IN_CLAUSE}+?) (?:(?:should|must|needs to|has to|ought to) (?:be|go|stay|live)"
                      rf"|belongs|goes) (?:in|among|into|inside) {_HOLDER}(?P<rest>{_IN_CLAUSE}*?)\s*[.!?]?$", text, re.I)
    favourite = re.match(rf"^(?:(?:{_WISH}|{_IF}) (?P<x>(?!{_NOT_THING.pattern}){_IN_CLAUSE}+?) (?:{_BE} |as )?"
                         rf"|(?P<y>(?!{_NOT_THING.pattern}){_IN_CLAUSE}+?) (?:should|must|needs to|has to|ought to) be )"
                         rf"(?:a|one of my|my) (?P<f>favou?rite)s?\b(?! (?:contacts?|places?|songs?|chats?))(?P<rest>{_IN_CLAUSE}*?)\s*[.!?]?$",
                         text, re.I)
    fav = favourite and (favourite["x"] or favourite["y"])
    if not m and fav and not _PRONOUNS.search(fav) and not re.search(rf"{_OPEN_END}|\b(?:{PARTICIPLE})$", fav, re.I):  # "X should be a favourite"
        return f"add {_lower(fav)} to {favourite['f']}s{favourite['rest']}"
    if not m or _PRONOUNS.search(m["x"]) or re.search(_OPEN_END, m["x"], re.I) or re.search(rf"\b(?:{PARTICIPLE})$", m["x"], re.I):
        return text  # "I'd like Kim starred in my contacts": the state wanted is the verb (_wanted_done)
    if re.search(r"\b(?:contacts|address book|phone ?book)$", m["c"], re.I) and re.match(r"\s*as an? (?:new )?contact\b", m["rest"]):
        rest = re.sub(r"^\s*as an? (?:new )?contact\b", "", m["rest"], flags=re.I)  # a place kept as a new card
        return f"save {_lower(m['x'])} as a new contact{rest}"
    verb = "move" if m["c"].casefold().endswith("folder") else "add"
    return f"{verb} {_lower(m['x'])} to {m['c']}{m['rest']}"


def _not_any_more(text: str) -> str:
    """"notes.txt doesn't need to be a favourite any more" -> remove notes.txt from favourites; "the Gym chat no longer
    has to be pinned" -> unpin the Gym chat; "I don't want x.pdf in my cart anymore" -> remove x.pdf from my cart."""
    no = (r"(?:(?:does not|doesn't|do not|don't|no longer|need not|needn't|should not|shouldn't|must not|mustn't)"
          r"(?: (?:need|needs|have|has) to)?(?: be| stay| remain)|(?:is not|isn't|are not|aren't)(?=.*\bany ?more\b))")
    state = (rf"(?:(?:a|one of my|my) favou?rites?(?: (?P<k>contact|photo|file|place|song)s?)?\b|favou?rited|(?:in|on|among) (?P<c>(?:my |the )?{_KEPT})"
             rf"|(?P<p>{'|'.join(UNDONE)}))")
    end = rf"(?P<rest>{_IN_CLAUSE}*?)\s*[.!?]?$"
    m = re.match(rf"^(?P<x>(?!{_NOT_THING.pattern}){_IN_CLAUSE}+?) {no} {state}{end}", text, re.I)
    m = m or re.match(rf"^(?:I|we) (?:do not|don't|no longer) (?:need|want) (?P<x>(?!{_NOT_THING.pattern}){_IN_CLAUSE}+?)"
                      rf"(?: to be| as)? {state}{end}", text, re.I)
    m = m or re.match(rf"^(?:(?:{_WISH}|{_IF}) (?P<x>(?!{_NOT_THING.pattern}){_IN_CLAUSE}+?) (?:{_BE} )?(?:out of|off|gone from|removed from)"
                      rf"|unmark (?P<x2>{_IN_CLAUSE}+?) as) (?:{state}|(?P<c2>(?:my |the )?{_KEPT})){end}", text, re.I)
    x = m and (m["x"] or m.groupdict().get("x2"))
    if not m or not x or _PRONOUNS.search(x):
        return text
    x, rest = _lower(x), re.sub(r"\s+(?:any ?more|now|from now on|again)\b", "", m["rest"], flags=re.I)
    if m["p"]:
        return f"{UNDONE[m['p'].casefold()]} {x}{rest}"
    kind = f"my favourite {m['k'].casefold()}s" if m.groupdict().get("k") else "favourites"  # "as a favourite contact"
    return f"remove {x} from {m['c'] or m.groupdict().get('c2') or kind}{rest}"


def _level(text: str) -> str:
    """"could the screen brightness go to its minimum?", "the ring volume should be at 80%", "I'd like the brightness at
    half" -> set it to that level."""
    go = r"(?:go|be(?: set| turned| put| brought| moved)?|get(?: set| turned)?)(?: (?:up|down|all the way))?"
    m = re.match(rf"^(?:(?:could|can|would|will) (?P<x1>(?:the|my) [\w\- ]+?) {go}|(?P<x2>(?:the|my) [\w\- ]+?) (?:should|must"
                 rf"|needs to|has to) {go}|(?:I|we)(?:(?: would|'d) like| want| need) (?P<x3>(?:the|my) [\w\- ]+?)(?: to (?:be|end up|go|get|stay))?) (?:to|at|on) (?P<y>{_LEVEL})"
                 r"\s*[.!?]?$", text, re.I)
    if m:
        return f"set {_lower(m['x1'] or m['x2'] or m['x3'])} to {m['y']}"
    m = re.match(rf"^(?:turn|put|bring|crank|dial|move|slide|push)(?: down| up)? (?P<x>(?:the |my )?[\w\- ]+?)(?: down| up)?"
                 rf" (?:to|at) (?P<y>{_LEVEL})\s*[.!?]?$", text, re.I)
    if m:  # "turn down the brightness to the minimum"
        return f"set {_lower(m['x'])} to {m['y']}"
    m = re.match(r"^(?:turn|put|set|bring|crank|dial|move|slide|push) (?P<x>(?:the |my )?[\w\- ]+?) (?:all the way|right|fully) "
                 r"(?P<d>down|up)\s*[.!?]?$|^(?P<v>minimi[sz]e|maximi[sz]e|max out) (?P<y>(?:the |my )?[\w\- ]+?)\s*[.!?]?$", text, re.I)
    if m and m["v"]:  # "minimise the ring volume"
        return f"set {_lower(m['y'])} to its {'minimum' if m['v'].casefold().startswith('min') else 'maximum'}"
    if m:  # "turn the brightness all the way down"
        return f"set {_lower(m['x'])} to its {'minimum' if m['d'].casefold() == 'down' else 'maximum'}"
    m = re.match(r"^(?:make|get|have|put) (?:the |my )?(?P<x>screen|display) (?:as (?P<d>dark|dim|bright) as (?:possible|it (?:can|will) go"
                 r"|it goes)|(?P<e>dark|dim|bright)est)\s*[.!?]?$|^(?P<f>dim|darken|brighten) (?:the |my )?(?P<y>screen|display)"
                 r" (?:all the way|as much as (?:possible|it goes|you can)|fully|completely)\s*[.!?]?$", text, re.I)
    if m:  # "make the screen as dark as possible": its brightness at the end of its range
        low = (m["d"] or m["e"] or m["f"]).casefold() in ("dark", "dim", "darken")
        return f"set the {(m['x'] or m['y']).casefold()} brightness to its {'minimum' if low else 'maximum'}"
    return re.sub(rf"^(?P<x>(?!(?:set|turn|put|make|change|get|bring|move|switch|go|it|this|that)\b)(?:the |my )?[a-z][\w\-]*"
                  rf"(?: [a-z][\w\-]*)?) (?:to|at) (?P<y>{_LEVEL})(?:,? please)?\s*[.!]?$", r"set \g<x> to \g<y>",
                  text, flags=re.I)  # terse "brightness to the lowest"


def _now_so(text: str) -> str:
    """"the Gym event on Friday should take place in Hall 2" -> change the location of it to Hall 2; "Bo Li is now called
    Bo Lee in my contacts" -> rename Bo Li to Bo Lee in my contacts: the new state said as a fact."""
    m = re.match(r"^(?P<x>(?!(?:it|this|that|there|I|we|you|they)\b)(?:[^,;?]|,(?= (?:(?-i:[A-Z])[a-z]{2,8}\.? )?\d))+?)"
                 r" (?:should|will|is going to|needs to|must) (?:now )?"
                 r"(?:happen|take place|be held) (?:at|in) (?P<y>(?!\d)[^,;?]+?)(?: instead| now| from now on)?\s*[.!]?$", text, re.I)
    if m and not re.match(r"(?:noon|midnight|tomorrow|tonight|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", m["y"], re.I):
        return f"change the location of {_lower(m['x'])} to {m['y']}"
    m = re.match(r"^(?P<x>(?!(?:it|this|that|there|I|we|you|they|he|she)\b)[^,;?]+?) (?:is|are) now (?:called|named|titled|known as)"
                 r" (?P<y>[^,;?]+?)\s*[.!]?$", text, re.I)
    return f"rename {_lower(m['x'])} to {m['y']}" if m else text


def _late(text: str) -> str:
    """"how late is the bakery open today?", "till when is X open", "nearest bakery closing time?" -> until what time
    is X open."""
    m = re.match(r"^(?P<x>(?!(?:what|which|when|where|who|how|is|are|the closing)\b)(?:the |my )?[\w\- ']+?)(?:'s)? closing time(?P<r> today| tonight| tomorrow)?\s*\?*\s*$", text, re.I)
    if m:  # terse "nearest bakery closing time?"
        x = re.sub(r"^(?=(?:nearest|closest|best|cheapest)\b)", "the ", m["x"].strip(), flags=re.I)
        return f"until what time is {x} open{m['r'] or ''}?"
    text = re.sub(r"^when (?:is|are) (?P<x>.+?) (?:closing|shutting)\b", r"until what time is \g<x> open", text, flags=re.I)
    text = re.sub(r"^(?:when|what time) (?:does|do|will) (?P<x>.+?) (?:shut|close up|shut its doors|stop serving)\b",
                  r"until what time is \g<x> open", text, flags=re.I)
    text = re.sub(r"^(?:what is|what's|whats|tell me|check) (?:the )?closing time (?:of|for) (?P<x>.+?)(?=\s*(?:today|tonight|\?|$))",
                  r"until what time is \g<x> open", text, flags=re.I)
    return re.sub(r"^(?:how late|till when|til when|until when) (?:is|are|will) (?P<x>.+?) (?:be |stay |staying )?open\b",
                  r"until what time is \g<x> open", text, flags=re.I)


def _asked_by_need(text: str) -> str:
    """"I need to hop on the Cafe wifi", "I'd like to rename a.txt to b.txt" (one clause): the request itself."""
    if not _ONE_CLAUSE.match(text):
        return text
    return re.sub(rf"^(?:(?:(?:I|we) (?:really )?(?:need|want|have|would like|would love)|(?:I|we)'d (?:like|love)) to|you (?:should|must"
                  rf"|need to|have to|will need to|ought to)|please to) (?=(?:{_ACTS})\b)", "", text.strip(), flags=re.I)


def _one_said_again(text: str) -> str:
    """"keep this tab and open x.org in a new one" -> ... in a new tab: "one" stands for the noun said before it."""
    m = re.search(r"\b(?P<a>a new|another|a second|a fresh|a separate|a different|the other) one\b", text, re.I)
    if not m:
        return text
    said = re.findall(rf"\b(?:this|that|the|my|a|an|current|open|new)\s+(?:[\w\-]+\s+)?({_ONE_NOUNS})s?\b", text[:m.start()], re.I)
    return f"{text[:m.start()]}{m['a']} {said[-1].casefold()}{text[m.end():]}" if said else text


# The kind of thing a file name's extension says it is, for "that photo" said of "IMG_7.jpg".
_FILE_KINDS = {"photo|picture|image|pic|screenshot": "jpe?g|png|heic|gif|webp|bmp", "video|clip": "mp4|mov|mkv|webm|3gp",
               "song|recording|track|audio": "mp3|m4a|wav|ogg|flac|aac", "document|doc|pdf": "pdf|docx?|txt|odt|xlsx?|pptx?"}


_FILE_NAME = r"(?<![\w.@/])[\w\-]+\.[a-z0-9]{2,4}\b(?![.\w])"


def named_again(text: str) -> str:
    """"a note titled "IMG_7.jpg" that says where that photo was taken" -> ... where IMG_7.jpg was taken: "that photo"
    said of the one file the task names (before quotes are held aside; the quoted name itself is left as it is)."""
    files = set(re.findall(_FILE_NAME, text))
    if len(files) != 1:
        return text
    name = next(iter(files))
    kinds = "|".join(k for k, exts in _FILE_KINDS.items() if re.fullmatch(exts, name.rsplit(".", 1)[1], re.I))
    if not kinds:
        return text  # "a.org": a web address, no file
    kinds += "|file"
    return re.sub(rf"\b(?:that|this|the same) (?:{kinds})\b(?!\.\w| (?:called|named|titled)\b|\s*[\"“]?{_FILE_NAME})", name, text,
                  flags=re.I)  # "that photo IMG_7.jpg" names it there


def _kept_first(text: str) -> str:
    """"keep this tab and open x.org in a new tab" -> open x.org in a new tab, keep this tab: what to leave alone said
    first."""
    m = re.match(r"^(?:please )?(?P<k>keep|leave) (?P<x>(?:this|that|the|my) (?:current |open )?[\w\-]+)(?: open| alone| as it is)?"
                 r"(?:,\s*| )and (?P<rest>\S.*?)\s*(?P<e>[.!?]?)$", text, re.I)
    if not m:
        return text
    return f"{m['rest']}, {m['k'].casefold()} {m['x']}{m['e']}"


def _lower(phrase: str) -> str:
    """A thing said first in the sentence, with its article in lower case ("The note" -> "the note")."""
    return re.sub(r"^(The|My|This|That|Its|Our)\b", lambda m: m.group(1).lower(), phrase.strip())
