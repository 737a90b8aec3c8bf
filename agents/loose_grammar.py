"""Requests said as the outcome for a person or thing, or in learner's grammar, put the plain way.

People say what should happen to someone instead of the verb ("I want Ana Diaz to get report.pdf by email"
emails it to her, "I'd like Kim to receive an email from me with ..." emails Kim), name the action by its noun
after a light verb ("put a bookmark on x.org", "stick a star on the Budget mail"), ask for a state with "make"
("make the Family chat to be not pinned any more" unpins it), tell a past message in another tense ("Bo Li has
texted me the code", "Bo Li was sending me email with ..."), drop articles ("save it in new note"), put a short
place before a long object ("put in it the code from ..."), fill a new item in a second clause ("make a new note
titled X and put Y in it"), say where an address is after the whole request ("... - their address is in my
contacts") and rule one channel out next to another ("on WhatsApp (not SMS)"). A learner's question is put in the usual
order ("how much files there are in X?" -> how many files are there in X?, "which day the party was held?" -> which
day was the party held?, "how many mails in my inbox is not read yet?" -> how many unread mails are in my inbox?) and "most" before a short adjective is its superlative ("the most cheap lamp" -> the
cheapest lamp). Runs early, quotes held aside.
General English task grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .referents import CLOSE, OPEN
from .wished_states import DONE_TO, UNDONE, state_verb

_Q = f"{OPEN}\\d+{CLOSE}"  # a quoted span held aside
_START = r"(?:^|(?<=[.!?;]\s))"  # a sentence's start
_POLITE = r"(?:(?:please|kindly|pls|just) |(?:can|could|would|will) you (?:please )?)?"
_PERSON = (r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:my |our )(?:mum|mom|dad|mother|father|sister|brother|wife|husband|partner"
           r"|son|daughter|friend|boss|manager|landlord|landlady|colleague|coworker|team|aunt|uncle|cousin|neighbou?r|doctor)"
           r"(?: [A-Z][\w'\-]*)?"
           r"|(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*){0,2})")
_BY = {"e-mail": "email", "email": "email", "mail": "email", "text": "text", "sms": "text", "text message": "text",
       "message": "text"}
_PAST = {"sending": "sent", "texting": "texted", "emailing": "emailed", "e-mailing": "emailed", "mailing": "mailed",
         "messaging": "messaged", "forwarding": "forwarded", "writing": "wrote", "telling": "told", "asking": "asked"}
# Actions named by a noun after a light verb ("put a bookmark on X"), as their verbs.
_ACTION_NOUNS = r"bookmark|star|pin"
# Items a phone makes new ("make new note": a new note).
_NEW_ITEMS = (r"note|memo|alarm|timer|reminder|event|meeting|appointment|contact|folder|album|playlist|group|chat|list"
              r"|tab|window|email|message|conversation|document|file|label|task")
_CHANNELS = r"sms|mms|texts?|text messages?|e-?mails?|mail|phone calls?|calls?|(?-i:[A-Z])[\w\-]+"


def loose_grammar(text: str) -> str:
    """``text`` with the shapes above said plainly (see the module docstring); the same text when it has none."""
    text = _learner_question(_superlative(_told_what(_reported_tense(learner_you(text)))))
    text = re.sub(rf"\b(?P<w>make|create|start|add|open|in|into|as|to) new (?=(?:{_NEW_ITEMS})s?\b)", r"\g<w> a new ", text,
                  flags=re.I)  # "save it in new note": in a new note
    text = re.sub(r"\b(?P<w>new (?:contact|album|playlist|folder|group|label)) (?=(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*)*"
                  r"\s*(?:$|[.,;]|\s(?:with|w/|and|to|in|on)\b))", r"\g<w> named ", text, flags=re.I)  # "add new contact Bo Li with ..."
    text = _form_words(text)
    text = _light_verb(text)
    text = _made_state(text)
    text = _learner_words(_heavy_object_last(text))
    text = _filled_after(text)
    text = _outcome_for(text)
    text = _channel_ruled_out(text)
    return address_kept(text)


# Short adjectives whose superlative takes -est ("most cheap" is a learner's "cheapest").
_SHORT_ADJECTIVES = {"cheap": "cheapest", "new": "newest", "old": "oldest", "large": "largest", "small": "smallest",
                     "big": "biggest", "high": "highest", "low": "lowest", "near": "nearest", "close": "closest",
                     "long": "longest", "short": "shortest", "late": "latest", "fast": "fastest", "young": "youngest"}


def _form_words(text: str) -> str:
    """Words of a form or a label said the way a request says them: "in category Garden" -> in the Garden category,
    "; shipping address 12 Quay Row" -> and ship it to 12 Quay Row, "Bo's address (it's in Contacts)" -> Bo's address from my
    contacts, "add calendar entry" -> add a calendar event; "send my note X by email, body the note's text": the body is
the note sent, no message of its own."""
    text = re.sub(r"\b(?P<p>in|from|of) (?:the )?category (?P<c>(?-i:[A-Z])[\w&'\-]*(?: [\w&'\-]+){0,2}?)(?=\s*(?:[;,.!?]|$|\s(?:and|then)\b))",
                  r"\g<p> the \g<c> category", text)
    text = re.sub(r"\b(?:of|from) (?P<c>(?-i:[A-Z])[\w&'\-]*(?: [\w&'\-]+){0,2}?) category\b", r"in the \g<c> category", text)
    text = re.sub(r"\s*[;,]\s*(?:and )?(?:with )?(?:the )?(?:shipping|delivery) address(?: is)?:?\s+(?=\S)", " and ship it to ", text,
                  flags=re.I)
    text = re.sub(r"(?P<a>'s (?:address|phone number|number|e-?mail(?: address)?)) \((?:it is|it's|they are|they're|that is|which is)"
                  r" (?:in|on) (?:my |the )?(?P<w>contacts|address book|contact card)\)", r"\g<a> from my \g<w>", text, flags=re.I)
    text = re.sub(r",?\s*(?:and )?(?:with )?(?:the )?body(?: is|:)?\s+(?:the|its|that|this) (?:[\w\-]+'s )?(?:text|content|contents)"
                  r"(?: of (?:the|that|this|my) [\w\-]+)?(?=\s*[.!]?\s*$)", "", text, flags=re.I)  # the body is what is sent
    text = re.sub(r"\b(?:calendar|diary|agenda) (?:entry|item)\b", "calendar event", text, flags=re.I)
    return re.sub(r"^(?P<v>add|create|make|new|put in)\s+(?=calendar event\b)", r"\g<v> a ", text, flags=re.I)


_TELLING = r"(?:e-?mailed|texted|messaged|told|wrote|sent)"


def _learner_words(text: str) -> str:
    """A learner's prepositions and dropped articles around a request: "go on x.org" -> go to x.org, "send SMS to Bo"
    -> text Bo, "write email to Bo" -> email Bo; "add the words "X"" -> add "X" (the words are the quoted text)."""
    text = re.sub(r"\bgo (?:on|in|at|into) (?=(?:the (?:web ?site|site|page) )?(?:https?://)?[\w\-]+(?:\.[\w\-]+)+)", "go to ", text,
                  flags=re.I)
    text = re.sub(r"\b(?:send|write) (?:an? )?(?:sms|text message) to\b", "text", text, flags=re.I)
    text = re.sub(r"\b(?:send|write) (?:an? )?e-?mail to\b", "email", text, flags=re.I)
    text = re.sub(r"\bsend (?P<o>(?:it|this|that) )?(?:by|via|per|as an?) (?P<c>sms|text(?: message)?|e-?mail|mail) to\b",  # "send by text to Bo X"
                  lambda m: ("text" if m["c"].casefold() in ("sms", "text", "text message") else "email")
                  + (f" {m['o']}to" if m["o"] else ""), text, flags=re.I)
    text = re.sub(r"\b(?P<k>(?:every|each|any) (?:e-?mail|mail|message|text)|(?:all|all the|the) (?:e-?mails|mails|messages|texts))"
                  r" of (?=(?-i:[A-Z])[\w'\-]+ (?-i:[A-Z]))",
                  r"\g<k> from ", text, flags=re.I)  # "every email of Bo Li" (de, von, di): the mail Bo Li sent
    return re.sub(rf"\b(?P<v>add|type|write|put|append|insert|enter|paste|post) the (?:words?|text|line|sentence|phrase) (?={_Q})",
                  r"\g<v> ", text, flags=re.I)


def _told_what(text: str) -> str:
    """"Bo emailed which pic goes in the Trip album" -> Bo emailed me which pic to put in the Trip album; "Bo emailed me
    what a.txt should be called" -> Bo emailed me a new name for a.txt (what was told, said as the task parsers read it)."""
    text = re.sub(rf"\b(?P<v>{_TELLING}) (?=(?:which|what|where|when|how)\b)", r"\g<v> me ", text)
    text = re.sub(r"\bwhich (?P<n>[\w\-]+) (?:goes|belongs) (?P<p>in|into|on|to)\b", r"which \g<n> to put \g<p>", text, flags=re.I)
    return re.sub(rf"\b(?P<v>{_TELLING} me(?: an? (?:e-?mail|text|message|sms))?(?: saying| that says| telling me)?) (?:what|how) (?P<x>[^\s,;]+(?: [^\s,;]+){{0,3}}?) should be (?:called|named)\b(?! (?:to|as)\b)",
                  r"\g<v> a new name for \g<x>", text)


def learner_you(text: str) -> str:
    """"Please you save the page", "kindly you put X in Y", "Please to mute X" -> please save the page (a learner's
    "you" or "to" before the imperative; "please you are late" is a statement and kept)."""
    return re.sub(r"\b(?P<p>please|kindly|pls) (?:you|to) (?!(?:are|were|will|would|can|could|should|have|had|do|did|may|might|must)\b)"
                  r"(?=[a-z])", r"\g<p> ", text, flags=re.I)


def _superlative(text: str) -> str:
    return re.sub(rf"\bmost ({'|'.join(_SHORT_ADJECTIVES)})\b", lambda m: _SHORT_ADJECTIVES[m[1].lower()], text, flags=re.I)


def _learner_question(text: str) -> str:
    """"How much files there are in X?" -> How many files are there in X?; "Which day the party was held?" -> Which day
    was the party held? (a question's subject before its verb put after it)."""
    text = re.sub(r"^(?P<h>how) much (?P<n>(?!(?:does|is|was|has|costs|this|its|gas|yes|less)\b)[a-z]+[^sui\W]s)\b(?! (?:is|was|does|did|costs?)\b)", r"\g<h> many \g<n>", text, flags=re.I)
    text = re.sub(r"^(?P<h>how many [^?]{1,60}?) (?:is|are) having\b(?=[^?]*\?\s*$)", r"\g<h> have", text, flags=re.I)  # "... is having X?"
    m = re.match(r"^(?P<h>how many) (?P<n>[a-z][\w\-]*s) (?P<p>(?:in|on|from) [^?]{1,40}?) (?:is|are) (?P<no>not )?(?P<s>unread|read"
                 r"|starred|pinned|muted|archived|flagged|unanswered)(?: yet| still| now| any more)?\s*\?\s*$", text, re.I)
    if m and (not m["no"] or m["s"].casefold() == "read"):  # "how many emails in my inbox is not read yet?": the state first
        return f"{m['h']} {'unread' if m['no'] else m['s']} {m['n']} are {m['p']}?"
    m = re.match(r"^(?P<h>how (?:many|much) [a-z][\w\- ]{0,30}?) there (?P<v>are|is|were|was)\b(?P<r>[^?]*\?)\s*$", text, re.I)
    if m:
        return f"{m['h']} {m['v']} there{m['r']}"
    m = re.match(r"^(?P<w>(?:which|what) (?:date|day|time|year|month|place|city)|when|where) (?P<x>(?:the|my|this|that|his|her"
                 r"|their) [^?]{1,60}?) (?P<v>was|were|is|are) (?P<p>[a-z]+(?:ed|en|t)|paid|held|made|sold|done|built|bought|found|said)(?P<r>[^?]*\?)\s*$", text, re.I)
    if m:
        return f"{m['w']} {m['v']} {m['x']} {m['p']}{m['r']}"
    return text


def _reported_tense(text: str) -> str:
    """"Bo Li has texted me", "Bo Li was sending me email" -> Bo Li texted me, Bo Li sent me an email."""
    text = re.sub(r"\b(?:has|have|had)(?: just| already| recently)? (?P<v>sent|texted|e-?mailed|mailed|messaged|forwarded"
                  r"|written|told|asked) me\b", lambda m: f"{'wrote' if m['v'] == 'written' else m['v']} me", text)
    text = re.sub(r"\b(?:was|were)(?: just)? (?P<v>" + "|".join(_PAST) + r") me\b", lambda m: f"{_PAST[m['v']]} me", text)
    return re.sub(r"\b(?P<v>sent|forwarded) me (?P<by>e-?mail|text|text message|message|sms)\b(?! (?:address|app|thread)\b)",
                  r"\g<v> me an \g<by>", text).replace("an text", "a text").replace("an message", "a message")


def _light_verb(text: str) -> str:
    """"put a bookmark on x.org", "stick a star on the Budget mail", "add a pin to the Team chat" -> bookmark x.org, ..."""
    return re.sub(rf"\b(?:put|place|add|stick|slap|whack|pop|set) (?:a |an )?(?P<n>{_ACTION_NOUNS}) (?:on|onto|to|for) ",
                  lambda m: f"{m['n'].casefold()} ", text, flags=re.I)


def _made_state(text: str) -> str:
    """"make the Team chat to be not pinned any more" -> unpin the Team chat; "get x.org to be bookmarked" -> bookmark x.org."""
    states = "|".join(sorted({*DONE_TO, *UNDONE}, key=len, reverse=True))
    m = re.match(rf"^(?P<lead>\s*{_POLITE})(?:make|get|have|let) (?P<x>(?!(?:it|this|that|me|sure)\b)[^,;.!?]+?) (?:to )?"
                 rf"(?:be|become|stay|remain)? ?(?P<no>not|no longer|never|no more)? ?(?P<p>{states})\b(?: any ?more| again)?"
                 r"(?P<rest>[^,;!?]*?)\s*(?P<e>[.!?]?)$", text, re.I)
    if not m or not (m["no"] or re.search(r"\b(?:be|become)\b", m.group(0)[m.end("x"):m.start("p")])):
        return text  # "make a group called X": the new item's name, no state
    verb = state_verb(m["p"], bool(m["no"]))
    if verb is None or verb == "rename":
        return text
    return f"{m['lead']}{verb} {m['x']}{m['rest']}{m['e']}"


# Verbs that take a thing as their object, said by learners with a short place before it ("make in X a group").
_PLACED = (r"add|put|write|type|save|paste|store|include|enter|insert|append|make|create|start|set up|find|search|look up|open"
           r"|show|pin|unpin|star|bookmark|mark|move|copy|send|share|post|change|edit|update|set|play|buy|order|book|call")
_DET = r"(?:the|a|an|my|his|her|their|its|our|your|this|that|these|those|all|what|how|when|where)\b"


def _heavy_object_last(text: str) -> str:
    """"put in it the code from the Acme email" -> put the code from the Acme email in it; "make in Chatly a list named X",
    "add at the end of note Q the words Q2", "open there the recipe of X" -> the thing first, then the short place (a
    learner's order, common to speakers of Romance and Germanic languages); "put in my calendar a new event ..." is read
    as said."""
    word = r"(?:[^\s,;.!?]|\.(?=\S))+"  # "x.org" is one word
    date = r"\s*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)"  # "Monday, March 16" is one date
    text = re.sub(rf"(?:^|(?<=[.!?;,]\s)|(?<=\band\s)|(?<=\bthen\s)|(?<=\b[Pp]lease\s)|(?<=\b[Kk]indly\s)|(?<=\byou\s))(?P<v>(?i:{_PLACED})) "
                  rf"(?P<p>(?i:in|into|inside|on|onto|at|to|from|under)(?: (?!{_DET}|(?i:and|with)\b){word}| (?i:the|my|its|this"
                  rf"|that) {word}){{1,7}}?(?<!\bof)(?<!\bfor)|(?i:there|here)) (?P<x>(?!(?i:an? new)\b)(?i:{_DET})(?:(?!(?i:saying|that says)\b)[^,;.!?]"
                  rf"|\.(?=\S)|,(?={date}))*?)"
                  rf"(?=\s*(?:$|[;!?]|,(?!{date})|\.(?:\s|$)|\band\b(?!\s+(?i:the|its|their|his|her)\s+\w+\s*(?:$|[.;!?]))))",
                  r"\g<v> \g<x> \g<p>", text)  # "... its name and the price": one object
    # "remove from my calendar the Yoga class", "delete from Files the old scan": the place said after the thing
    return re.sub(rf"^(?P<w>\s*{_POLITE})(?P<v>remove|delete|erase|take|clear|archive|drop) (?P<p>(?:from|off|out of) (?:my |the )?"
                  r"[\w\-]+(?: app)?) (?P<x>(?:the|a|an|my|this|that|all)\b[^;!?]*?|" + _Q + r"[^;!?]*?)(?P<e>\s*[.!]?\s*$)",
                  r"\g<w>\g<v> \g<x> \g<p>\g<e>", text, flags=re.I)


def _filled_after(text: str) -> str:
    """"make a new note titled X and put Y in it" -> make a new note titled X with Y (the new item filled when made)."""
    return re.sub(rf"\b(?P<new>(?:make|create|start|write|add) an? (?:new )?(?:note|memo) (?:titled|called|named) (?:{_Q}|[^,;]+?))"
                  r",? and (?:then )?(?:put|write|add|save|paste|type|store) (?P<x>(?:the|my|his|her|their)\b[^,;!?]+?) "
                  r"(?:in|into|inside) (?:it|there|that note|the note)(?=\s*(?:$|[,;.!?]))", r"\g<new> with \g<x>", text, flags=re.I)


def _outcome_for(text: str) -> str:
    """"I want Ana Diaz to get report.pdf by email" -> email report.pdf to Ana Diaz; "I'd like Kim to receive an email
    from me with the subject ..." -> email Kim with the subject ...; "I want Bo to get my number on Signal" -> send ..."""
    wish = r"(?:I|we)(?: really)?(?: want| need| would like|'d like| would love|'d love)"
    m = re.search(rf"{_START}(?P<lead>\s*{_POLITE}){wish} (?P<p>{_PERSON}) to (?:get|receive|have|be sent) (?P<x>[^;!?]+?)"
                  rf"(?:(?:,?\s+(?:sent |delivered )?(?:by|via|over|through|in an?|as an?) (?P<by>e-?mail|mail|text(?: message)?|sms|message))"
                  r"|(?P<on>\s+(?:on|via|over|through|using) (?:my |the )?(?-i:[A-Z])[\w\-]*))?(?=\s*(?:$|[;,!?]|\.(?:\s|$)|\s[-–—]\s))",
                  text)
    if not m or re.match(r"(?:it|this|that|them|there|some)\b", m["x"], re.I):
        return text
    x, by = m["x"], _BY.get((m["by"] or "").casefold(), "")
    vehicle = re.match(r"an? (?P<k>e-?mail|mail|text(?: message)?|sms|message)\b(?: from me\b)?\s*", x, re.I)
    if vehicle:  # "Kim to get an email from me with ...": email Kim with ...
        said = f"{_BY[vehicle['k'].casefold()]} {m['p']} {x[vehicle.end():]}".rstrip()
    else:
        said = f"{by or 'send'} {x} to {m['p']}{m['on'] or ''}"
    return f"{text[:m.start()]}{m['lead']}{said}{text[m.end():]}"


def _channel_ruled_out(text: str) -> str:
    """"send it to Bo on Signal (not SMS)", "email Kim the code, not by text" -> the channel said, the other left out."""
    return re.sub(rf"(?P<ch>\b(?:on|by|via|over|through|using|in) (?:my |the |an? )?[\w\-]+(?: app)?)\s*(?:\(|,\s*|\s[-–—]\s)"
                  rf"(?:but |and )?not (?:on |by |via |over |through |as |in |using )?(?:an? |my |the )?(?:{_CHANNELS})"
                  r"(?: app)?\)?", r"\g<ch>", text, flags=re.I)


def address_kept(text: str) -> str:
    """"email Bo Li with the subject X - their address is in my contacts", "email Bo Li, the address you find in my contacts,
    subject X" -> email Bo Li (the address is in my contacts) with the subject X: where the address is, said next to whose
    it is."""
    m = re.search(r"\s*(?:[-–—,;]\s*|\(\s*)(?:the|their|his|her) (?:e-?mail )?address(?: is|'s| you (?:can |will |'ll )?(?:find|get"
                  r"|see)| you have| is (?:saved|stored|listed))? (?:in|from|on) (?:my |the )?(?:contacts?|address book|contact list"
                  r"|phone ?book)(?: list| app)?\s*(?:\)|(?=\s*[.!]?\s*$)|(?=,))", text, re.I)
    if not m:
        return text
    head = re.search(r"\b(?:e-?mail|mail|write to|send an e-?mail to)(?: to)? (?P<p>(?-i:[A-Z])[\w'\-]*(?: (?-i:[A-Z])[\w'\-]*)*)", text[:m.start()],
                     re.I)
    if not head:
        return text
    return f"{text[:head.end()]} (the address is in my contacts){text[head.end():m.start()]}{text[m.end():]}"
