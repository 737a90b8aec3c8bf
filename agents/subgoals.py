"""Subgoals of tasks that read something in one place and use it in another.

"Text Ana the phone number of Bo Lee", "Email x@y.org the start time of "Standup"", "Send
Bo Lee's address to Ana on Signal": first find the value (a question about its object), keep
it in the notes, then do the rest with the value in hand. The part in progress is the first
whose sign of completion is missing: the read part is done once the notes hold a value of its
kind. Plain English task grammar only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import alarm_offsets, answers, cart_contents, event_details, named_in, requested, source_places, template_lines
from .answers import Asked
from .authors import author_part
from .dates import parse_time
from .forwarding import forwarded
from .found_things import names_a_file
from .picked_callers import OBJECT, PICKED, caller_part
from .progress import parts
from .read_sources import KINDS as _KINDS
from .read_sources import READ_IN, read_order
from .sender_address import sender_address
from .text import words
from .values import PATTERNS

_OF = re.compile(rf"\b(?:the\s+|its\s+)?(?P<k>{_KINDS})\s+(?:of|from|in)\s+(?P<o>.+?)"
                 rf"(?=\s+(?:to|on|via|by|with|and|as|in a|into)\b|\s+in (?-i:[A-Z])|\s+\(|[,;!?]|\.(?!\w)|$)", re.I)
_POSSESSIVE = re.compile(rf"(?P<o>\b[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)['’]s\s+(?P<k>{_KINDS})\b")
_WHEN = re.compile(rf"\s*,?\s*(?:on|for)\s+(?:{dict(PATTERNS)['date'].pattern}|today|tomorrow|tonight)", re.I)
_HOW_BIG = re.compile(r"\bhow (?:big|large)\s+(?:the\s+)?(?:file\s+)?(?P<o>\S+)\s+is\b", re.I)
_PASSING = re.compile(r"^\s*(?:please\s+)?(?:text|message|sms|send|email|e-mail|mail|tell(?!\s+(?:me|us)\b)|share|post|forward|"
                      r"save|note|write|add|put|create|make|call|buy|order|purchase|ship|copy|paste|jot)\b", re.I)
# The kind of value each phrase names (answers' kinds).
_KIND_OF = {"phone number": "phone", "telephone number": "phone", "mobile number": "phone", "cell number": "phone",
            "cellphone number": "phone", "number": "phone", "email address": "email",
            "e-mail address": "email", "email": "email", "e-mail": "email", "address": "address", "location": "address",
            "place": "address",
            "start time": "time", "end time": "time", "time": "time", "date": "date", "price": "amount",
            "cost": "amount", "total": "amount", "code": "code", "password": "code", "file name": "file",
            "size": "size", "temperature": "temperature", "text": "text", "body": "text", "content": "text",
            "contents": "text"}


@dataclass(frozen=True)
class ReadPart:
    """The value to read first: the question that finds it and the object it belongs to."""

    question: str
    object: str
    asked: Asked
    rest: str  # the task with the read phrase replaced by "it"
    offset_min: int = 0  # "30 minutes before X starts": the time read, moved by this much
    where: str = ""  # the words that say where the value is kept (its object's), when the kind's would mislead
    also: tuple[str, ...] = ()  # "the name and price of X": the other kinds read with it, said before it when first

    @property
    def kinds(self) -> tuple[str, ...]:
        """Every kind of value this part reads."""
        return (self.asked.kind, *self.also)

    @property
    def place(self) -> str:
        """Words for choosing the app to read in: the value's kind ("file name", "email address")
        says nothing of where it is kept, its object ("of my newest photo") does."""
        return self.where or self.question


def _offset_part(task: str) -> ReadPart | None:
    said = alarm_offsets.offset(task)  # "an alarm 30 minutes before "Standup" starts": its time read first
    if said is None:
        return None
    question = f"What time does {said.event} {'end' if said.ends else 'start'}{said.on}?"
    return ReadPart(question, said.event, Asked("time", words(said.event), until=said.ends), said.rest, said.minutes)


_WHOLE_NOTE = re.compile(r"^\s*(?:please\s+)?(?P<v>send|e-?mail|mail|share|forward|text)\s+(?:my|the)\s+"
                         r"(?:note\s+(?P<q>[\"“][^\"”]+[\"”])|(?P<n>[\"“][^\"”]{1,40}[\"”]|[^\"“]{1,40}?)\s+note)\s+(?P<rest>(?:to|with)\b.*)$", re.I)


def read_part(task: str) -> ReadPart | None:
    """The part that reads a value for a later step, or None for a single-step task; a task said act first ("Put X on
    my calendar - the time is in the text Bo sent me", "new note "T" with the name of ...") is read in read-first order."""
    part = _read_part(task)
    if part is None and (ordered := read_order(task)) != task:
        part = _read_part(ordered)
    return part


def _read_part(task: str) -> ReadPart | None:
    offset = _offset_part(task) or source_places.read_part(task, ReadPart, object_key)  # read where it is kept
    if offset is not None:
        return offset
    if (picked := caller_part(task)) is not None:  # "text whoever I last missed a call from: X": who, read first
        return ReadPart(picked[0], OBJECT, Asked(picked[1], words(picked[0])), picked[2], where="my call log")
    if (author := author_part(task, PICKED)) is not None:  # "text whoever sent me "Lease"": who it was, read first
        return ReadPart(author.question, author.key, Asked("name", words(author.question)), author.rest, where=author.where)
    if (cart := cart_contents.cart_part(task, PICKED)) is not None:  # "text Bo what's in my cart": the items, read first
        return ReadPart(cart[0], cart_contents.OBJECT, Asked(cart[1], words("cart")), cart[2], where="my cart")
    sender = sender_address(task)  # "the address Bo wrote from": the sender's, read on the mail
    if sender is not None:
        return ReadPart(sender.question, sender.key, Asked("email", words(sender.where)), sender.rest, where=sender.where)
    passed = forwarded(task)  # "forward Bo's last text to Ana on Signal": read it whole, then send it there
    if passed is not None:
        return ReadPart(passed.question, passed.sender, Asked("line", words(passed.where)), passed.rest, where=passed.where)
    carried = event_details.source(task)  # "the meeting from Bo's email "Offsite"": read when and where first
    if carried is not None:
        key, place, rest = carried
        return ReadPart(f"When and where is the event in {place}?", key, Asked("event", words(place)), rest, where=place)
    note = _WHOLE_NOTE.match(task)  # "Send my Packing note to bo@x.org": its text is what is sent
    if note is not None:
        name = (note["q"] or note["n"]).strip().strip('"“”')
        return ReadPart(f'What is the text of my note "{name}"?', name, Asked("text", words(name)),
                        f"{note['v']} it {note['rest']}".strip(), where=f"my {name} note")
    wanted = requested.requested(task)  # "add what Bo asked for in his mail to my cart": its name read there first
    if wanted is not None:
        return ReadPart(f"Which {wanted.noun} is named in {wanted.source}?", wanted.key, Asked("item", words(wanted.source)),
                        wanted.rest, where=wanted.source)
    named = named_in.named_in(task)  # "the photo named in Bo's mail": its name read there, then "that photo"
    if named is not None:
        rest = named_in.with_container(re.sub(r"\s+", " ", f"{task[:named.start]}that {named.noun}{task[named.end:]}").strip(),
                                       named.noun)
        return ReadPart(f"Which {named.noun} is named in {named.source}?", named.key, Asked("file", words(named.source)),
                        rest, where=named.source)
    renamed = named_in.renamed_per(task)  # "rename a.pdf per Bo's mail": the new name read there first
    if renamed is not None:
        return ReadPart(f"What new name for {renamed.noun} is in {renamed.source}?", renamed.key,
                        Asked("file", words(renamed.source)), f"Rename {renamed.noun} to it", where=renamed.source)
    into_note = named_in.item_into_note(task)  # "save the biggest file in X in a note": its name
    if into_note is not None:
        item, rest = into_note
        return ReadPart(f"What is the name of {item}?", "", Asked("file", words(item)), rest)
    sent = _sent_to_me(task)
    if sent is not None:
        details = event_details.asked_details(sent.rest)  # "... with the date, time and place from the message"
        return replace(sent, asked=Asked("event", sent.asked.topic), rest=event_details.without_source(sent.rest)) \
            if details else sent
    linked = _linked(task)
    if linked is not None:
        return linked
    paged = _from_page(task) if _PASSING.search(task) else None
    if paged is not None:
        return paged
    if not _PASSING.search(task):
        return _asked_in(task)
    first = task.split(maxsplit=1)[0].casefold() if task.split() else ""
    for pattern in (_POSSESSIVE, _OF, _HOW_BIG):
        m = pattern.search(task)
        if not m or re.search(r"\b(?:from|in|attached to)\s*$", task[:m.start()], re.I):
            continue  # "the meeting from (attached to) Ana's email": the mail is where to look, not the value
        phrase = (m.groupdict().get("k") or "size").casefold()
        kind = _KIND_OF.get(phrase.replace("-", ""), _KIND_OF.get(phrase))
        obj = m.group("o").strip().strip('"“”')
        if phrase == "name" and _FILES.search(obj):  # "the name of the biggest file in Downloads": a file name
            kind = "file"
        if kind is None or kind == "email" and re.match(r"(?:the\s+|its\s+)?\S+\s+from\b", m.group(0), re.I):
            continue  # "forward the email from Bo to Ana": a mail Bo sent, not Bo's address
        head = task[:m.start()]
        pair = _PAIR_HEAD.search(head)  # "the name and price of X": both read
        also = () if pair is None else (_KIND_OF.get(pair.group("a").casefold().replace("-", ""), "name"),)
        head = head[:pair.start()] + " " if pair else head
        if obj.split() and obj.split()[0].casefold() == first:  # "Send Ana's number": the verb is no name
            head += obj.split()[0]
            obj = obj.split(maxsplit=1)[1] if len(obj.split()) > 1 else ""
        if not obj:
            continue
        more = _MORE.match(task, m.end())  # "X's phone number, email and address": all read on X's page
        also += tuple(_KIND_OF.get(k.casefold().replace("-", ""), "") for k in re.findall(_KINDS, more[0], re.I)) if more else ()
        start = more.end() if more else m.end()
        listed = (_IN_APP.match(task, start) or _IN_PART.match(task, start)) if answers.superlative(obj) else None
        listed = listed or READ_IN.match(task, start)  # "the price of X in Shop in a new note": Shop is where it is read
        when = _WHEN.match(task, start) or listed  # "... of "Standup" on Friday, May 2", "... of the cheapest
        end = when.end() if when else start  # lamp in Shop": where to look
        kept_in = _KEPT_IN.match(task, end)  # "... address from my contacts": where it is read, said
        end = kept_in.end() if kept_in else end
        folder = _IN_FOLDER.match(task, end) if kind == "file" else None  # "the oldest video in Movies": where it is kept
        end, obj = (folder.end(), obj + folder.group(0)) if folder else (end, obj)
        rest = re.sub(r"\s+([.,;!?])", r"\1", re.sub(r"\s+", " ", head + " it " + task[end:])).strip()
        shown = m.group("o").strip()
        shown = shown.split(maxsplit=1)[1] if shown.split()[0].casefold() == first else shown  # "Send Ana's number"
        place = f"{shown}{when.group(0) if when else ''}{folder.group(0) if folder else ''}"
        return ReadPart(f"What is the {phrase} of {place}?", object_key(obj), Asked(kind, words(obj)), rest, where=place,
                        also=tuple(dict.fromkeys(k for k in also if k and k != kind and (more or answers.superlative(obj)))))
    return _asked_in(task)


_MORE = re.compile(rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:its|their|his|her|the)\s+)?(?:{_KINDS})\b)+", re.I)
_PAIR_HEAD = re.compile(rf"\b(?:the\s+|its\s+|their\s+)?(?P<a>{_KINDS})\s+and\s+(?:the\s+|its\s+|their\s+)?$", re.I)


_IN_APP = re.compile(r"\s+(?:in|from|on)\s+(?-i:[A-Z])[\w\-]*(?=\s*(?:[,.;!?(]|$))")
# "the cheapest thing in Garden tools in the store": the part of a list it is ranked in, then its app
_IN_PART = re.compile(r"\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'&\-]*(?:\s+[\w'&\-]+){0,2}?"
                      r"(?:\s+(?:in|on|from|at)\s+(?:the\s+|my\s+)?[\w\-]+(?:\s+app)?)?(?=\s*(?:[,.;!?(]|$))")
_FILES = re.compile(r"\b(?:files?|photos?|pictures?|images?|documents?|videos?|recordings?|screenshots?|downloads?)\b", re.I)
_IN_FOLDER = re.compile(r"\s+in\s+(?:my\s+|the\s+)?(?-i:[A-Z])[\w\-]*(?:\s+folder)?\b", re.I)
_KEPT_IN = re.compile(r"\s+(?:from|in)\s+(?:(?:my|the)\s+)?(?:contacts?|contact list|address book|phone ?book)\b", re.I)
# Words that say where a value is kept, or which one by position, not what it is called.
_CONTAINER = re.compile(r"^(?:the|my|your|this|that|a|an|latest|newest|last|most recent|recent|first)\s+"
                        r"|^(?:photo|picture|image|file|document|video)\s+(?=[\w\-]+\.\w{2,4}$)"
                        r"|\s+(?:e-?mail|mail|message|text|sms|chat|note|page|event|post|file|photo)$", re.I)
_POSITION = re.compile(r"\b(?:latest|newest|last|most recent|recent|first|oldest|earliest)\b", re.I)
# "Text Ana how big X is", "Note how many people X serves, in a note ...": a question inside the task.
_WH = re.compile(r"\b(?P<q>(?:how (?:many|much|big|large|long|far|old|warm|cold|hot)|when|where|what(?: time)?|which|who)\b.+?)"
                 r"(?=,|\s+(?:in|into|to|on|as) (?:a|an|the|my) (?:new )?(?:note|message|text|chat|email|group)\b|[.;!?](?!\S)|$)",
                 re.I)
_LOOK_VERBS = r"look up|find out|find|check|see|get|search for|read|tell me|let me know|figure out|work out"
_LOOK = re.compile(rf"^\s*(?:please\s+)?(?:{_LOOK_VERBS}|what|when|where|which|who|how)\b", re.I)
_BACK = re.compile(rf"\b(?:its|their|the)\s+(?P<k>{_KINDS})(?:\s+and\s+(?:its\s+|their\s+|the\s+)?(?P<k2>{_KINDS}))?\b"
                   r"|\b(?:it|that|them|this|those)\b", re.I)


def object_key(obj: str) -> str:
    """The words that find a value's object on screen ("the StreamFlix email" -> "StreamFlix"); empty
    when only its place or position is named ("my latest email": the first row, not a name)."""
    if _POSITION.search(obj):
        return ""
    named = re.search(r"[\"“]([^\"”]+)(?:[\"”]|$)", obj)  # 'my note "Groceries"': its quoted name
    if named:
        return named.group(1).strip()
    sender = re.search(rf"\b(?:e-?mail|mail|message|text|sms|chat|dm)\s+from\s+(?P<n>{_NAME})\s*$", obj, re.I)
    if sender:  # "the party mail from Bo Li": the sender names its row
        return sender["n"]
    previous = None
    while previous != obj:
        previous, obj = obj, _CONTAINER.sub("", obj).strip().strip('"“”')
    return obj


def _asked_in(task: str) -> ReadPart | None:
    """A question inside a passing task, or a look-up part followed by a part that uses "it"."""
    pieces = parts(task)
    if len(pieces) > 1 and _LOOK.match(pieces[0]):
        later = " ".join(pieces[1:])
        back = _BACK.search(later)
        if back and not back.group("k") and names_a_file(pieces[0]):
            return None  # "Check Files for the lease PDF and email it to Bo": the file itself is sent, not read
        if back:
            phrase = (back.group("k") or "").casefold()
            found = re.sub(rf"^\s*(?:please\s+)?(?:{_LOOK_VERBS})\s+", "",
                           pieces[0], flags=re.I)
            named = re.search(rf"\b(?:{_KINDS})\b", found, re.I)  # "look up today's temperature in ..."
            kind = _KIND_OF.get(phrase.replace("-", "")) or (_KIND_OF.get(named.group(0).casefold()) if named else None) \
                or (answers.asked(f"{found}?") or Asked("line", set())).kind
            if phrase == "name":
                kind = "file" if re.search(r"\bfiles?\b", found, re.I) else "name"
            question = f"What is the {phrase} of {found}?" if phrase else f"{found}?"
            names = re.findall(r"[\"“]([^\"”]+)[\"”]", found) or [n for n in re.findall(
                r"(?<!^)\b[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*", pieces[0])]
            key = "" if answers.superlative(found) else object_key(names[0]) if names else ""
            rest = later[:back.start()] + "it" + later[back.end():]
            second = (back.group("k2") or "").casefold()
            also = (_KIND_OF.get(second.replace("-", ""), "name"),) if second else ()
            return ReadPart(question, key, Asked(kind, words(found)), rest[:1].upper() + rest[1:],
                            also=tuple(k for k in also if k != kind and answers.superlative(found)))
    m = _WH.search(task) if _PASSING.search(task) else None
    if m is None or m.start() == 0 or re.search(r"\b(?:you|your|yours|u|ur)\b", m.group("q"), re.I) or re.search(
            r"\b(?:the|a|an|any|every)\s+(?:[\w-]+\s+){1,3}$|\bme\s+$|[:\"“]\s*$", task[:m.start()], re.I):
        return None  # "Call the last one who": a clause; "tell me who": a question; "Text Bo: when", "Text Mom where are you"
    asked = answers.asked(f"{m.group('q')}?")
    if asked is None or asked.kind == "line":
        return None
    if asked.kind == "name" and re.search(r"\b(?:photo|picture|image|file|document)\b", m.group("q"), re.I):
        asked = Asked("file", asked.topic)  # "what my latest picture is called": a file name
    question = m.group("q")
    called = re.match(r"(?i)what\s+(?P<x>.+?)\s+(?:is|are)\s+(?:it\s+)?called$", question)
    if called:  # "what my latest picture is called": its name (no phone call)
        question = f"what is the name of {called.group('x')}"
    quoted = re.findall(r"[\"“]([^\"”]+)[\"”]", question)
    named = re.findall(r"[\"“]([^\"”]+)[\"”]", task[:m.start()])
    if not quoted and named and _THAT_ITEM.search(question):  # "a note titled "X.jpg" saying where that photo was taken"
        quoted, question = named[-1:], _THAT_ITEM.sub(named[-1], question, count=1)
    names = re.findall(r"(?<=\s)[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*", question)  # "how warm it is in Oslo"
    rest = re.sub(r"\s+([.,;!?])", r"\1", task[:m.start()] + "it" + task[m.end():]).strip()
    ranked = answers.superlative(question)  # "which file in Downloads is the largest": ranked, its names say where
    key = quoted[0] if quoted else "" if ranked else object_key(names[0]) if names else ""
    return ReadPart(f"{question}?", key, Asked(asked.kind, words(question)), rest)


_THAT_ITEM = re.compile(r"\b(?:that|this)\s+(?:photo|picture|image|file|document|video)\b", re.I)


# "the Wi-Fi password Ana Ruiz texted me", "Ana Ruiz emailed me the address of the party. Send that ...":
# a value someone sent, read from what they sent (the person's row or thread names it).
_SENT = r"(?:texted|emailed|e-mailed|mailed|messaged|sent|wrote|dm'?d|mentioned|suggested|named|recommended)"
_NAME = r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)+"
_SENT_ME = re.compile(rf"\bthe\s+(?P<k>[\w\-]+(?:,?\s+[\w\-]+){{0,5}}?)\s+(?P<who>{_NAME}|[A-Z][\w\-]+)\s+{_SENT}(?:\s+(?:to\s+)?me)?\b")
_WHO = rf"{_NAME}|(?!(?:I|We|You|They|He|She|It|This|That|There|Someone|Somebody)\b)[A-Z][\w\-]+"  # "Ana texted me ..."
_TOLD_ME = (re.compile(rf"^\s*(?P<who>{_NAME})\s+{_SENT}\s+(?:to\s+)?me\s+(?P<k>[^.;!?]+?)\s*[.;!]\s+(?P<rest>\S.*)$", re.S),
            re.compile(rf"^(?P<rest>.+?)\s*\((?P<who>{_WHO})\s+{_SENT}\s+(?:to\s+)?me\s+(?P<k>.+)\)\s*\.?$", re.S))
_WH_KIND = {"where": "address", "when": "time"}  # the value a question sent as its answer names
_PLAIN = frozenset("address code phone email time date amount size".split())  # values that name no app
_WHOLE = re.compile(r"\b(?:text|message|e-?mail|mail|sms|note|chat)$", re.I)  # the message itself, not a value in it
# "... by SMS", "... on Signal", "... via email": how it was sent (where to read it), no part of the rest
_BY = re.compile(r"\s+(?:by|via|over|on|in|through)\s+(?:(?:a|an|the)\s+)?(?:sms|text(?:\s+message)?|e-?mail|mail|chat|dm"
                 r"|(?-i:[A-Z])[\w\-]*)\b", re.I)


def _sent_to_me(task: str) -> ReadPart | None:
    for pattern in (_SENT_ME, *_TOLD_ME):
        m = pattern.search(task)
        told = m is not None and "rest" in m.groupdict()
        said_by = (re.search(rf"(?:{_BY.pattern})\s*$", m.group("k"), re.I) if told else _BY.match(task, m.end())) if m else None
        k = m.group("k")[:said_by.start()] if said_by and told else m.group("k") if m else ""
        if m is None or _WHOLE.search(k):
            continue
        phrase = k.casefold()
        kind = next((k for p, k in sorted(_KIND_OF.items(), key=lambda i: -len(i[0])) if re.search(rf"\b{p}\b", phrase)),
                    "file" if re.search(r"\b(?:photo|picture|file|image)\b", phrase) else "line")
        kind = _WH_KIND.get(phrase.split(" ", 1)[0], kind) if kind == "line" else kind  # "emailed me where the party is"
        details = len(event_details.asked_details(f"the {k}")) > 1  # "the date and time Ana texted me"
        kind = "event" if details or event_details.names_event(k) else kind  # "the dinner Bo texted me": when and where
        kind = "file" if re.search(r"\bnew\s+(?:file\s+)?name\s+for\s+[\w\-]+\.\w{2,4}\s*$", k, re.I) or re.fullmatch(
            r"(?:the\s+|a\s+)?(?:new\s+)?(?:file\s+)?name", k.strip(), re.I) and re.search(
            r"\brename\s+[\w\-]+\.\w{2,4}\b", task, re.I) else kind  # "rename a.pdf to the name Bo sent me": a file's new name
        kind = "item" if requested.to_buy(k) else kind  # "Bo mailed me what to buy": a thing's name
        verb = re.search(_SENT, m.group(0)).group(0)
        about = re.findall(r"[\"“]([^\"”]+)[\"”]", k)  # its subject, when quoted
        what = f": {k}" if kind in _PLAIN else f" about {about[0]}" if about else ""
        question = f"What did {m.group('who')} {verb} me{what}?"  # a "photo" to find is no word for which app
        end = said_by.end() if said_by and not told else m.end()
        step = ""
        if told:
            step, rest = named_in.read_step(m.group("rest"))  # "read the email and ...": where to read it
            rest = named_in.new_name_for(k, named_in.named_container(rest, k))
            rest = _which_one(k, rest)
            titled = re.search(r'(?:,\s*|\(\s*|\b(?:about|titled|called|subject|re:?)\s+)["“](?P<t>[^"”]+)["”]\)?\s*$', k)
            if kind in ("item", "file") and titled:  # 'Bo emailed what to buy, "List" - add it': the mail's title is no item
                rest = re.sub(rf'["“]{re.escape(titled["t"])}["”]', "it", rest, count=1)
        elif details:  # "using the date and time Ana texted me": those, from what was sent
            rest = f"{task[:m.start('who')].rstrip()}{task[end:]}"
        else:
            rest = re.sub(r"\s+([.,;!?])", r"\1", f"{task[:m.start()]}it{task[end:]}").strip()
        said = _WHERE_SENT.search(task) or said_by  # "... mentioned in their last SMS": where to read it, not the rest
        said_words = said.group(0).strip() if said else f"in {step}" if step else ""
        rest = _WHERE_SENT.sub("", rest)
        rest = event_details.with_details(rest) if kind == "event" else rest  # an event sent: when and where it is
        return ReadPart(question, m.group("who"), Asked(kind, words(k)), rest,
                        where=f"{question} {said_words}" if said_words else "")
    return None


# "Email Ana today's deal from shop.example.com/deals", "Send the deal of the day (shop.example.com) to Ana":
# a line of that web page, passed on.
_WEB = r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s,;()]*[^\s,;.:!?()])?"
_FROM_PAGE = re.compile(rf"(?<![\w.@'’])(?P<thing>(?:(?:today|tonight|this week|this month)['’]s\s+|the\s+)?[a-z][a-z ]{{0,40}}?)"
                        rf"\s+(?:(?:from|on|at)\s+(?:the\s+page\s+)?(?P<url>{_WEB})|\((?P<url2>{_WEB})\))", re.I)
_DAY_OWNED = re.compile(r"^(?:today|tonight|this week|this month)['’]s\s+", re.I)


def _from_page(task: str) -> ReadPart | None:
    m = _FROM_PAGE.search(task)
    if m is None:
        return None
    thing, head = m.group("thing").strip(), task[:m.start()]
    verb = _PASSING.match(thing)
    if verb:  # "Send the deal of the day (...)": the verb stays in the rest
        head, thing = f"{head}{thing[:verb.end()]}", thing[verb.end():].strip()
    key = object_key(_DAY_OWNED.sub("", thing))
    if re.search(r"\b(?:how|what|which|who|when|where|whose)\b", thing, re.I):
        return None  # a question inside the task: see ``_asked_in``
    if not key or key.casefold() in ("it", "this", "that", "them") or not words(key):
        return None
    url = m.group("url") or m.group("url2")
    rest = re.sub(r"\s+([.,;!?])", r"\1", re.sub(r"\s+", " ", f"{head} it {task[m.end():]}")).strip()
    return ReadPart(f"What is {thing} on {url}?", key, Asked("line", words(key)), rest, where=url)


# "Open the web page Ana linked in the email "Tickets"", "Visit the link from the Tickets mail": the
# address read from that message, then opened.
_LINKED = re.compile(r"^\s*(?:please\s+)?(?:open|visit|follow|load|go to)\s+(?:the\s+|that\s+|this\s+|their\s+|his\s+|her\s+)?(?:web\s*page|web\s*site|"
                     r"page|site|website|link|url|address)\b(?P<rest>.*)$", re.I)
_MESSAGE_NAMED = re.compile(r"[\"“](?P<q>[^\"”]{1,80})[\"”]|(?:\b(?:the|their|his|her|my|in|from)|['’]s)\s+(?P<n>[A-Z][\w'’\-]*(?:\s+[\w'’\-]+)"
                            r"{0,4}?)\s+(?:e-?mail|mail|message|text)\b")


def _linked(task: str) -> ReadPart | None:
    m = _LINKED.match(task)
    if m is None or not re.search(r"\b(?:e-?mail|mail|message|text|chat|sms)\b", m.group("rest"), re.I):
        return None
    named = _MESSAGE_NAMED.search(m.group("rest"))
    key = (named.group("q") or named.group("n")) if named else ""
    if not key:
        return None
    place = re.sub(r"\s+in\s+(?-i:[A-Z])\w*\s*\.?$|\s+in\s+the\s+browser\s*\.?$", "", m.group("rest")).strip(" .")
    return ReadPart(f"What is the link{place and ' ' + place}?", key, Asked("url", words(key)), "Open it in the browser.",
                    where=f"the {key} email")


_WHERE_SENT = re.compile(r"\s+(?:in|from|via|over|on)\s+(?:their|his|her|the|a|an|my)\s+(?:(?:last|latest|recent|most recent|"
                         r"newest)\s+)?(?:sms|text|message|e-?mail|mail|chat|dm)\b", re.I)
_WHICH_TO = re.compile(r"^(?:which|what)\s+(?P<n>photo|picture|image|file|document|video)\s+to\s+(?P<v>\w.+)$", re.I)
_DO_IT = re.compile(r"^\s*(?:please\s+)?(?:(?:just\s+)?do (?:it|that|this|so|as (?:asked|requested|they say))|go ahead)"
                    r"(?:\s+(?:please|for me))?\s*[.!]?\s*$", re.I)
# "which picture should go in my Pets album" + "add it": the place it goes, the verb said after
_WHICH_GOES = re.compile(r"^(?:which|what)\s+(?P<n>photo|picture|image|file|document|video)\s+(?:(?:they|he|she|I|we)\s+)?"
                         r"(?:should|must|has to|needs to|is to|ought to|want|wants)?\s*(?:to\s+)?(?:go(?:es)?|belongs?)\s+"
                         r"(?P<p>(?:in|into|to|on)\s+.+)$", re.I)
_ADD_IT = re.compile(r"^\s*(?:please\s+)?(?:(?:could|can|would) you\s+)?(?P<v>add|put|move|place|pop|stick|save)\s+"
                     r"(?:it|that|this|that one|this one)(?:\s+(?:there|in there|for me|please))*\s*[.!?]?\s*$", re.I)


def _which_one(kind: str, rest: str) -> str:
    """"which photo to put in the album" + "do it" -> "put that photo in the album"; "which picture should go in
    my Pets album" + "add it" -> "add that picture to my Pets album"; any other rest as it is."""
    which, goes, add = _WHICH_TO.match(kind), _WHICH_GOES.match(kind), _ADD_IT.match(rest)
    if which and (_DO_IT.match(rest) or add):
        verb, _, tail = which.group("v").partition(" ")
        return f"{verb} that {which.group('n')} {tail}".strip()
    if goes and (_DO_IT.match(rest) or add):
        place = re.sub(r"^(?:in|into|on)\s+", "to ", goes.group("p"), flags=re.I)
        return f"{add.group('v') if add else 'add'} that {goes.group('n')} {place}".strip()
    return rest


_BACK_OBJECT = re.compile(r"\b(?:that|this|the|those)\s+(?:photo|picture|image|file|document)\b|\bit\b", re.I)


_PUT_IT = re.compile(r"\b(?P<v>add|save|put|store|copy|enter|paste) it (?P<p>to|in|into|on|onto)\b", re.I)  # into a record: its field
_FIELD_IT = re.compile(r"\b((?-i:[a-z])[\w\-]*:)\s+it\b\s*[.;,!]?\s*$", re.I)
_SAYING_IT = re.compile(r"\b(saying|that says|which says|reading|with (?:the )?(?:text|message|words))\s+it\b", re.I)


def in_progress(task: str, notes: dict[str, str]) -> tuple[str, ReadPart | None]:
    """(the text the ranker should work on now, the read part while it is the one in progress)."""
    part = read_part(task)
    if part is None:
        return task, None
    if _PASSING.match(part.rest):  # "Could you get X and mail it to Bo?": the rest is a request, not a question
        part = replace(part, rest=re.sub(r"\s*\?+\s*$", "", part.rest))
    if all(kind in notes for kind in part.kinds):
        if PICKED in part.rest:  # the person or number read, where the rest names it
            return part.rest.replace(PICKED, notes[part.asked.kind]), None
        if part.offset_min and (hm := parse_time(notes[part.asked.kind])):
            total = (hm[0] * 60 + hm[1] + part.offset_min) % (24 * 60)
            return part.rest.replace(" for it", f" for {total // 60:02d}:{total % 60:02d}"), None
        if part.asked.kind == "item":  # "that product" is the thing read: said by its name
            return requested.named(part.rest, notes["item"]), None
        if part.asked.kind == "file":  # "that photo" is the file read: find it by its name
            return _BACK_OBJECT.sub(notes[part.asked.kind], part.rest, count=1), None
        if part.asked.kind == "url":  # the address read is what to open
            return re.sub(r"\bit\b", notes["url"], part.rest, count=1), None
        value = ", ".join(notes[k] for k in part.kinds).replace('"', "'")  # read together: said together
        rest = template_lines.filled(part.rest, value, len(part.kinds) > 1)  # 'like "X <code>"': the value in its line
        rest = _FIELD_IT.sub(lambda m: f'{m.group(1)} "{value}"', rest)  # "...; location: it": the value read
        rest = _PUT_IT.sub(rf"\g<v> {value} \g<p>", rest, count=1) if part.asked.kind in ("email", "phone") else rest
        return _SAYING_IT.sub(lambda m: f'{m.group(1)} "{value}"', rest), None  # the words to write
    return part.question, part
