"""Tasks in everyday wording, rewritten to the plain imperative the task parsers read.

People ask a phone in many ways: "hey, could you switch the wifi off for me? thanks!", "I don't
need song.mp3 any more, please get rid of it", "timer five minutes", "Bob: running late",
"sender of Invoice 7?". :func:`canonical` turns these into "turn the wifi off", "delete song.mp3
(I do not need song.mp3 any more)", "set a timer for 5 minutes", 'text Bob "running late"', "who
sent Invoice 7?": wrappers dropped, contractions and short forms spelled out, numbers written as
digits, the request put first with its pronoun resolved, common phrasal verbs said with the verb
apps put on their buttons, and a message to send put in quotes. Quoted text is never touched. General English only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .clauses import has_subject, object_of, wishes_for_thing
from .clipped import unclipped
from .closings import untailed
from .engineer_slang import SLANG
from .every_match import every_said
from .foreign_times import in_digits
from .found_things import acted_on_found
from .named_in import chained
from .paraphrase import early, plain, terse
from .people_said import assigned, said_message, said_plainly, specified, started
from .reasons import restate, sent_by, unasked
from .referents import CLOSE as _CLOSE
from .referents import HELD as _HELD
from .referents import ITEMS as _ITEMS
from .referents import LEFT, hold_quotes, locates_value, people, relayed, release, resolve, restated, things
from .referents import OPEN as _OPEN
from .said_shapes import NO_THING_FIRST, act_on_asked, in_title, search_query, taken_out
from .spelling import respelled
from .spoken_fillers import fluent
from .steps import stepped
from .task_verbs import VERBS, de_gerund
from .terse_forms import terse_form
from .usual_words import usual_words
from .worded_times import times_in_digits

_CONTRACTIONS = (
    (r"\bwon't\b", "will not"), (r"\bcan't\b", "cannot"), (r"\bain't\b", "is not"), (r"n't\b", " not"),
    (r"\bI'm\b", "I am"), (r"'re\b", " are"), (r"'ll\b", " will"), (r"'ve\b", " have"),
    (r"\b(I|you|we|they|he|she)'d\b", r"\1 would"), (r"\blet's\b", "let us"),
    (r"\b(it|what|who|where|when|how|that|there|here|he|she)'s\b", r"\1 is"),
)
# Short forms of chat English (word -> spelled out).
_SHORT = {
    "fav": "favourite", "favs": "favourites", "fave": "favourite", "faves": "favourites", "unfav": "unfavourite",
    "unfave": "unfavourite", "msg": "message", "msgs": "messages", "txt": "text", "pic": "photo", "pics": "photos",
    "vid": "video", "vids": "videos", "pls": "please", "plz": "please", "thx": "thanks", "ty": "thanks",
    "appt": "appointment", "tmrw": "tomorrow", "tmr": "tomorrow", "tonite": "tonight", "hrs": "hours", "hr": "hour",
    "mins": "minutes", "secs": "seconds", "num": "number", "addr": "address", "bday": "birthday", "subj": "subject", "u": "you", "wat": "what",
    "notifs": "notifications", "notif": "notifications", "w/": "with", "re": "about", "asap": "now",
    "fwd": "forward", "mv": "move", "temp": "temperature", "pw": "password", "info": "details",
    "ssid": "network name",
}
_TERMS = frozenset({"SSID"})  # short forms written in capitals that are no names

# Where a request starts in a chatty task, and the politeness around it.
_LEAD = re.compile(r"^(?:(?:hey|hi|hello|ok|okay|yo|so|um|oh|also|then|and also|and then)(?: there)?\b[,!.]?\s*"
                   r"|(?:please|kindly) to (?=[a-z])|you (?:should|must|need to|have to|ought to)\s+(?=[a-z])|(?:please|kindly|just|pls|quickly)\b\s*"
                   r"|would you mind\b\s*|do you mind\b\s*"
                   r"|(?:can|could|would|will) you(?: please| kindly| just| maybe| quickly| possibly| perhaps)?\b\s*|(?:can|could) we\b\s*(?=(?-i:[a-z]))|(?:would|could|will) you be able to\b\s*"
                   r"|(?:I|we) (?:just |really |only )?(?:need|want|would like|would love) you to\b\s*"
                   r"|(?:I|we) (?:was|were|am|are) (?:hoping|wondering if) you (?:could|can|would|might)\b\s*|it would (?:help|be great) if you (?:could|would)\b\s*"
                   r"|help me(?: to)?\b\s*|go ahead and\b\s*|do me a (?:favou?r|solid) and\b\s*|be so kind as to\b\s*"
                   r"|(?:I|we) would (?:really )?(?:appreciate (?:it )?|be (?:very |most |so |really )?(?:grateful|thankful|obliged|glad|happy) )if you (?:could|would)\b\s*|let us\b\s*)", re.I)
_POLITE = re.compile(r"^(?:can|could|would|will) you\b|^would you mind\b|^do you mind\b", re.I)
# The first words of a question, or of a request to be told something (answers keep the "?").
_ASKING = re.compile(r"^(?:what|which|who|whom|whose|when|where|how|why|is|are|was|were|do|does|did|tell|check|look"
                     r"|find|read|show|remind|list|count)\b", re.I)
_SUBJECTS = frozenset("i i'm my we our the this that these those there it its they their he she his her someone "
                      "somebody a an".split())
_WHAT_IT = re.compile(r"^(?:what|who|which)\b[^?]*\b(?:is|was|are|were) (?:it|they|them)\b", re.I)  # "it" is the answer
# "Check my log. How many X?" / "Open x.org. Tell me Y": a first sentence that only says where to look, then the question.
_LOOK_FIRST = re.compile(r"^(?:check|open|go to|visit|look (?:at|in|through)|pull up|bring up)\s+\S+(?:\s+\S+){0,3}[.!]$", re.I)
_QUESTION = re.compile(r"^(?:(?:what|which|who|whom|whose|when|where|how)\b.*\?$|(?:tell me|show me|let me know)\b)", re.I)
_WEAK_LEAD = re.compile(r"^(?:I|we) (?:need|want|would like|have) to\b", re.I)  # often the reason, not the request

_NO_WAY = r"(?<! in)(?<! on)(?<! via)(?<! as)(?<! by)(?<! through)(?<! with)(?<! over)(?<! for)"
_END = r"(?=$| in\b| on\b| from\b|[,;(]|\.(?:\s|$))"
# the object ends where the next part of the task starts ("favourite X then delete Y", "favourite X and share it with Bo")
_END_PART = (r"(?=$| in\b| on\b| from\b|[,;(]|\.(?:\s|$)| (?:and )?then\b| and (?=(?:delete|share|send|text|e-?mail|mail|message|post"
             r"|forward|add|put|move|rename|pin|mute|archive|star|open|call|save)\b))")
# Phrasal verbs and idioms said the way apps label the action (on the request's first words).
_PHRASES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple((re.compile(p, re.I), r) for p, r in (
    (r"^(?:get rid of|throw (?:away|out)|bin|trash|dump|erase|rm|del|ditch|scrap|nuke|axe)\b", "delete"), *SLANG,
    (r"^junk\b(?!\s+(?:(?:the|this|that|these|those|my|all) )*(?:[\w\-]+ ){0,3}?(?:e-?mails?|mails?|messages?|texts?|sms|senders?)\b)",
     "delete"),  # "junk the email from Ana" goes to the junk folder
    (r"^(?:move|send|put|throw|toss|chuck|dump) (?P<x>[^()]+?) (?:to|in|into) (?:the )?(?:trash|bin|recycle bin|wastebasket|rubbish)\b", r"delete \g<x>"),
    (rf"^remove (?P<x>(?:the |my |this |that )?(?:{_ITEMS})\b(?!.*\bfrom (?:my |the |this |a )?(?:[\w\-]+ )?"
     r"(?:favou?rites|playlist|album|cart|basket|list|group|folder)\b).*)", r"delete \g<x>"),  # not "from my favourites"
    (r"^remove (?P<x>[^()]+?) from (?:my |the |this )?(?:phone|device|storage|tablet)\b(?:'s \w+)?", r"delete \g<x>"),
    (r"^star (?P<x>[^()]+?) as (?:a |one of my )?favou?rite\b", r"add \g<x> to favourites"),
    (r"^(?:wipe|clean out|empty)\b(?: out)?", "clear"),
    (r"^(?:switch|shut|power|turn) off\b", "turn off"),
    # "switch the 16:45 alarm called X off": the particle said before a long object ("called" in it is no phone call);
    # "turn the hotspot on" stays
    (r"^(?:switch|shut|power|turn) (?P<x>(?:the|my|this|that|all)(?: (?!(?:on|off)\b)[^\s,;!?()]+){2,}?) (?P<s>off|on)\b(?=\s*(?:$|[,;.!?]"
     r"|\s(?:without|but|and|please|again|for now|now)\b))(?!\s+and\s+[^,;.!?]*\b(?:on|off)\b)", r"turn \g<s> \g<x>"),
    (r"^(?:switch|power|turn) on\b", "turn on"), (r"^(?P<s>off|on) with (?:the )?", r"turn \g<s> the "),
    (r"^(?:kill|disable|deactivate)\b(?!\s+notifications)", "turn off"),
    (r"^(?:enable|activate)\b(?!\s+notifications)", "turn on"),
    (r"^(?:silence|mute|turn off|switch off|disable) (?:the )?notifications (?:from|for|of|in)\b", "mute"),
    (r"^silence\b", "mute"),
    (r"^(?:turn|switch) (?:the )?notifications (?:for|from|of) (?P<x>[^()]+?) (?:back )?on\b", r"unmute \g<x>"),
    (r"^(?:turn on|switch on|enable|unsilence) (?:the )?notifications (?:from|for|of|in)\b", "unmute"),
    (r"^(?:turn|switch|put) (?:the )?(?:sound|notifications|alerts) (?:back )?(?P<s>on|off) (?:for|in|of)\b", lambda m: f"{'un' * (m['s'].casefold() == 'on')}mute"),
    (r"^give (?P<x>[^()]+?) a (?:call|ring|buzz|bell)\b(?: there\b)?", r"call \g<x>"),  # "give Bo a bell there" (Irish)
    (r"^(?:phone(?! numbers?\b| no\b)|ring|(?:place|make) (?:a )?(?:phone )?call to|dial up)\b", "call"),
    (r"^(?:write|jot|note|put|take) (?P<x>[^()]+?) down (?:in|on|as) (?=an? (?:new )?note\b)", r"save \g<x> in "),
    # "send Bo an email"; not "send X via / as an email (attachment)": the way it goes, said by "send"
    (rf"^(?:drop|shoot|send|fire off|flick) (?P<x>[^()]+?){_NO_WAY} an? (?:quick |short )?e-?mail\b(?!\s+(?:attachment|address|account|thread))",
     r"email \g<x>"),
    (rf"^(?:drop|shoot|send|write) (?P<x>[^()]+?){_NO_WAY} an? (?:quick |short )?(?:(?:text|sms) )?(?:note|line|message|text)\b(?:,? (?:that|which) (?:says|reads)\b)?", r"text \g<x>"),
    (r"^(?:jot down|note down|write down|take down|make a note of)\b", "write"),
    (r"^(?:put|stick|throw|pop) (?P<x>[^()]+?) (?:in|into|on) (?:to )?(?P<w>(?:my |the )?(?:[\w']+ ){0,2}?)"
     r"(?P<y>cart|basket|bag|favou?rites|wishlist)\b", r"add \g<x> to \g<w>\g<y>"),
    (r"^(?:add|save|put) (?P<x>[A-Z][\w'\-]*(?: (?!(?:to|favou?rites)\b)[A-Z][\w'\-]*)*) (?:to|in|into|as) (?:my |the )?(?:a )?(?:new )?"
     r"(?:contacts?|address book)\b", r"add a new contact named \g<x>"),
    (r"^(?:make|mark) (?P<x>[^()]+?) (?:as )?(?:a |one of my )?favou?rite\b(?! contacts?)", r"add \g<x> to favourites"),
    (r"^(?:make|mark) (?P<x>[^()]+?) (?:as )?(?:a |one of my )?favou?rite (?P<y>contacts?)\b", r"star \g<x> in \g<y>"),
    (rf"^favou?rite (?P<x>[^()]+?)(?<!\bcount)(?<!\btotal){_END_PART}", r"add \g<x> to favourites"),  # "fav photos count" asks
    (rf"^unfavou?rite (?P<x>[^()]+?){_END_PART}", r"remove \g<x> from favourites"),
    (r"^(?:mark|flag) (?P<x>[^()]+?) (?:as starred|with a star|as important)", r"star \g<x>"),
    (r"^(?:remove|take) the star (?:from|off)\b", "unstar"),
    (r"^(?:take (?P<x>[^()]+?) (?:out of|off|away from)|remove (?P<y>[^()]+?) out of) (?=(?:my |the |this )?\S)",
     lambda m: f"remove {m['x'] or m['y']} from "),  # "remove X out of my favourites"
    (r"^(?:make|add|create|save) an? (?:new )?bookmark (?:of|for) ", "bookmark "),  # "make a bookmark of the page X"
    (r"^take (?P<x>[^()]+?) (?:in|from|on) (?P<y>(?:my |the )?(?:[\w']+ ){0,2}?(?:favou?rites|cart|basket|playlist|album|wishlist"
     r"|watchlist|bookmarks|list))\s+out\b", r"remove \g<x> from \g<y>"),  # "X in my favourites - take it out"
    (r"^(?P<y>[\w' ]{1,30}?) ?-= ?(?P<x>\S.*)", r"remove \g<x> from \g<y>"),  # terse "cart -= X"
    (r"^(?P<y>[\w' ]{1,30}?) ?\+= ?(?P<x>\S.*)", r"add \g<x> to \g<y>"),
    (r"^(?:keep|put|stick|pop) (?P<x>(?!(?:the |my )?(?:brightness|volume|sound|ringer|font|text|zoom|temperature|heating|fan"
     r"|speed|level|slider)\b)[^()]+?) (?:at|on|to) (?:the )?(?:very )?top(?: of\b| in\b|(?=\s*(?:[,.!?]|$)))",
     lambda m: f"pin {m['x']}{' in' if m.string[m.end():].strip(' .!?') else ''}"),  # "... at the top of Signal": pinned in it
    (r"^(?P<v>look|find|check|read|print) (?P<x>(?:(?! and )[^()\"]){1,60}?) (?P<p>(?-i:up|out))\b", r"\g<v> \g<p> \g<x>"),  # ("find Knives Out": a title's)
    (r"^(?:make|set|put|mark) (?P<x>[^()]+?) (?:back )?(?:to |as )?(?P<y>unread|read)\b(?: again)?(?![ \w])", r"mark \g<x> as \g<y>"),
    (r"^wake me(?: up)?\b", "set an alarm"),
    (r"^(?:go to|visit|navigate to|browse to|pull up|bring up|load)\b(?=\s+(?:the (?:website|site|page) )?\S+\.\w{2,})",
     "open"),
))
_ATTRS = (r"phone number|mobile number|e-?mail address|e-?mail|number|address|location|start time|end time|time|date"
          r"|price|cost|rating|code|password|size|members|hours|opening hours|status|total|duration|title|author"
          r"|birthday|balance|sender|name")
_AGENT = {"sender": "sent", "author": "wrote", "caller": "called", "texter": "texted", "organizer": "organised",
          "organiser": "organised", "owner": "owns"}
# A question said as the noun phrase it asks for, however long: "The name of the network my phone is on now?"
_NOUN_QUESTION = re.compile(rf"(?:the )?(?:[\w\-]+ )?(?:{_ATTRS}|{'|'.join(_AGENT)}) (?:of|for) [^?]+\?", re.I)
_CREATABLE = re.compile(r"^(?:new\s+)?(?P<n>alarm|timer|reminder|event|note|contact|album|playlist|folder|list"
                        r"|task|memo|meeting|appointment)\b(?!\s+down\b)\s*(?=\S)", re.I)  # "note down X" writes X
_SENDING = r"(?:text|message|tell|write(?: to)?|send|e-?mail|mail|post|reply(?: to)?|sms|dm)"


@cache
def canonical(task: str) -> str:
    """``task`` as a plain imperative (see the module docstring); the same text when already plain. A wish the
    readers left unread ("I'd like to know X" read as "I would like to know X") is read again with the speaker's
    clipped auxiliary spelled out, the way more readers know it."""
    said = _canonical(task)
    spelled = unclipped(fluent(re.sub(r"[‘’ʼ]", "'", task).strip()))
    if re.match(r"(?:I|we) would\b", said, re.I) and spelled != fluent(re.sub(r"[‘’ʼ]", "'", task).strip()):
        return _canonical(spelled)
    return said


def _canonical(task: str) -> str:
    text = fluent(in_digits(re.sub(r"[‘’ʼ]", "'", task).strip()))  # hesitations, test-step labels; "halv sju": 6:30
    text = usual_words(respelled(stepped(every_said(text))))  # steps, slips, synonyms
    text, held = hold_quotes(said_message(specified(acted_on_found(text))))  # fields
    text = _spell_out(early(assigned(text)))
    text = relayed(_terse(started(text)))
    text = plain(said_plainly(sent_by(unasked(_request_first(text, held)))))
    text = _quote_message(text, held)
    return re.sub(r"\s+", " ", release(text, held)).strip()


def _spell_out(text: str) -> str:
    """Contractions, chat short forms, a possessive owner after the thing, numbers in words (a sent message as written: "text Bo: I'll be late")."""
    if (said := re.search(r"\bsaying\b|:\s", text)) and re.search(rf"\b{_SENDING}\b", text[:said.start()], re.I):
        return _spell_out(text[:said.start()]) + text[said.start():]
    for pattern, repl in _CONTRACTIONS:
        text = re.sub(pattern, lambda m, r=repl: m.group() if in_title(m) else m.expand(r), text, flags=re.I)
    text = re.sub(rf"(?P<n>\b[A-Z][\w\-]+(?: [A-Z][\w\-]+)*)'s (?P<t>(?:[\w\-]+ ){{0,4}}?)(?P<k>{_ITEMS}|(?:(?<=last )|(?<=latest )|(?<=newest )|(?<=recent ))texts?)\b(?<!\bapp)(?<!\bapps)(?!\s+(?:address|number|id)\b)"
                  rf"(?P<r>\s+{_OPEN}\d+{_CLOSE}|\s+(?:about|titled|called|named|re)\s+(?:{_OPEN}\d+{_CLOSE}|[^\s,.;:!?]+(?: (?!(?:saying|with|and|that)\b)[^\s,.;:!?\-–—]+){{0,3}}))?",
                  _owner_last, text)  # (not "the Domino's app": a brand's)
    text = re.sub(r"(?<![\w/.])([A-Za-z]+/?)(?![\w/])",
                  lambda m: m.group(1) if m.group(1).isupper() and len(m.group(1)) > 1 and m.group(1) not in _TERMS
                  else _SHORT.get(m.group(1).casefold(), m.group(1)), text)  # "HR" is a name, "SSID" a term
    text = re.sub(rf"[;,]?\s*(?:and\s+)?\b(?:call|name|title|label) (?:it|this|that|them|the \w+)\s+(?={_OPEN})",
                  " titled ", text, flags=re.I)  # "..., and call it "Quotes"": its title
    text = re.sub(r"\b(?:call|name) (?P<o>it|this|that|them) (?P<n>[\w\-]+\.\w{2,4}\b|\S+(?: \S+){0,3}?(?= instead\b))",
                  r"rename \g<o> to \g<n>", text, flags=re.I)  # "call it b.txt (instead)": a new name for it
    text = re.sub(r"\b(?:keep|stash|store|stick|jot) (?P<o>it|this|that|them|those)(?: down)? in(?:to)? (?=(?:a|an|my|the) (?:new )?"
                  r"(?:(?-i:[A-Z])[\w\-]* )*(?:note|memo|list|document|file)\b)", r"save \g<o> in ", text, flags=re.I)  # "keep it in a note"
    text = re.sub(r"\bgive (?P<o>it|this|that|them|(?:the|my|this|that) (?:[^.?!,;]|\.(?=\w))+?|[\w\-]+\.[a-z0-9]{2,4}) (?:a |the )?(?:new )?(?:name|title)"
                  r"(?: of)?:? (?!(?:they|he|she|you|I|we|it|that|which|from)\b)(?P<n>(?:[^.?!,;]|\.(?=\w))+)", r"rename \g<o> to \g<n>", text, flags=re.I)
    text = re.sub(r"\b(?P<d>my|this|the|your) phone\b(?!\s+(?:app|number|cases?|covers?|chargers?|holders?|"
                  r"stands?|mounts?|calls?|book|accessories)\b)", r"\g<d> device", text, flags=re.I)  # the device itself
    text = re.sub(r"^when (?:did I|was|were) (?P<r>.*\b(?:take|taken|create|created|make|made|add|added|save|saved|shoot|shot"
                  r"|upload|uploaded|modify|modified|record|recorded|born)\b)", r"On what date was \g<r>", text, flags=re.I)
    said = re.search(r"\b(?:saying|says|reads)\b|:\s|\s[-–—]\s", text)  # a message's own words stay as written
    return times_in_digits(text[:said.start()]) + text[said.start():] if said else times_in_digits(text)


_PREPOSITIONS = frozenset("from in on to for with at by about into".split())  # "From Bo Li's mail": no part of the name


def _owner_last(m: re.Match[str]) -> str:
    """"Bo Li's Plans mail about X" -> "the Plans mail about X from Bo Li" (the title stays a title)."""
    verb, name = "", m.group("n")
    while (_first_word(name) in VERBS or _first_word(name) in _PREPOSITIONS) and " " in name:
        word, name = name.split(" ", 1)
        verb += word + " "
    return f"{verb}the {m.group('t')}{m.group('k')}{m.group('r') or ''} from {name}"


# Terse questions as full ones: "sender of X?", "latest caller", "number for X?", "X: alarm count?", "X price?".
_TERSE_QUESTIONS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = tuple(
    (re.compile(pattern, re.I), question) for pattern, question in (
        (r"(?:the )?(?:#|number|no\.|count|total number|total count|amount) of (?P<k>.+?)\?+",  # "# of missed calls?"
         lambda m: f"How many {m.group('k')}?"),
        (r"(?P<k>[a-z]+) count (?P<p>in|on|at|for) (?P<o>.+?)\?+",  # "unread count in my inbox?"
         lambda m: f"How many are {m.group('k').lower()} {m.group('p')} {m.group('o')}?"),
        (rf"(?:the )?(?P<a>{'|'.join(_AGENT)}) of (?P<o>.+?)\?*",
         lambda m: f"Who {_AGENT[m.group('a').casefold()]} {m.group('o')}?"),
        (rf"(?:the )?(?:last|latest|most recent) (?P<a>{'|'.join(_AGENT)})\?*", lambda m: f"Who {_AGENT[m.group('a').casefold()]} last?"),
        (rf"(?:the )?(?P<a>(?:[\w\-]+ )?(?:{_ATTRS})) (?:of|for) (?P<o>.+?)\?+",  # "The star rating of X?"
         lambda m: f"What is the {m.group('a')} of {m.group('o')}?"),
        (r"(?P<o>.+?):?\s+(?P<k>\w+) count\?*", lambda m: f"How many {m.group('k')}s are in {m.group('o').rstrip(':')}?"),
        (rf"(?P<o>.+?):?\s+(?P<a>(?:{_ATTRS})(?: (?:{_ATTRS}))?)\?+",  # "Ana's number?": of Ana
         lambda m: f"What is the {m.group('a')} of {m.group('o').rstrip(':').removesuffix(chr(39) + 's')}?"),
        # a search-box query without "?" (no articles, pronouns nor quotes): "Town Pool opening hours (pool.org)",
        # "Acme login code from email"; not 'respond "on it" to my newest email'
        (rf"(?![^?]*(?:\b(?:I|we|you|he|she|they|my|your|the|an?|to)\b|{_OPEN}))(?P<o>[^?:>=+\-]+?)\s+(?P<a>(?:(?-i:[a-z])[\w]* )?(?:{_ATTRS}))(?P<w>\s+(?:from|in|on) (?:(?:my|the|an?) )?[\w.\-/]+"
         r"|\s*\([^()]*\))?\.?", search_query),
    ))


def _terse(text: str) -> str:
    """Note-style tasks: "X price?", "sender of X?", "archive: X", "A -> B", "cart += X", "alarm 7:00"."""
    text = re.sub(r"^(?:and )?(?:also|plus)\b,?\s+(?=\S)", "", untailed(text) or text, flags=re.I)  # "Also address of X?"
    said = chained(text, _ATTRS, _first_word(text) in VERBS | _SUBJECTS)  # "mail from X -> photo -> album Y"
    if said != text:
        return said
    said = terse_form(text)
    said = terse(text, _first_word(text) in VERBS) if said == text else said
    if said != text:
        return said
    m = re.fullmatch(r"(?P<v>\w+):\s*(?P<o>.+)", text)
    if m and m.group("v").casefold() in ("unread", "read", "done", "complete", "starred", "important"):
        return f"mark {m.group('o')} as {m.group('v')}"
    if m and m.group("v").casefold() in VERBS:
        return f"{m.group('v')} {m.group('o')}"
    m = re.fullmatch(r"(?P<x>[\w ]+?),? (?P<v>go|start|begin|stop|pause|reset|resume)!?", text, re.I)
    if m and m.group("x").casefold() not in _SUBJECTS:  # "stopwatch go", "timer stop"
        return f"{'start' if m.group('v').casefold() in ('go', 'begin') else m.group('v')} the {m.group('x')}"
    m = re.fullmatch(r"(?P<x>(?:(?![.?!]\s)[^,])+),\s+(?P<v>\w+) (?:it|them)\b(?P<rest>.*)", text)  # (a sentence before it: no thing)
    if m and m.group("v").casefold() in VERBS and not has_subject(m.group("x")) \
            and _first_word(m.group("x")) not in VERBS | {"please", "kindly"} and not NO_THING_FIRST.match(m.group("x")):
        # "the alarm at 7, set it"; not "mute X, make it muted", "don't V X, save it"
        return f"{m.group('v')} {m.group('x')}{m.group('rest')}"
    named = re.fullmatch(r"[A-Z][\w'\-]*(?: [A-Z][\w'\-]*)+(?: [a-z][\w\-]*){1,3}\?", text)  # "Clear Glass Jar price?" (not "Text Dawn: where are you?")
    long = len(text.split()) > 9 and not _NOUN_QUESTION.fullmatch(text)
    if _ASKING.match(text) or (_first_word(text) in VERBS and not named) or _POLITE.match(text) or long \
            or re.match(r"(?:can|could|may) (?:I|we)\b", text, re.I):  # "Can I get Ana's address?" asks it as said
        return text
    for pattern, question in _TERSE_QUESTIONS:
        if m := pattern.fullmatch(text):
            return question(m)
    m = re.fullmatch(r"(?P<u>(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?)\s*(?:->|=>|→|⇒|>)\s*(?P<b>[^>]+?)\.?", text, re.I)
    if m:  # "example.com -> Miso soup": the site, then the page on it
        return f"go to {m.group('u')} and open {m.group('b')}"
    for arrow, form in ((r"->|=>|→|⇒", "change {a} to {b}"), (r":=", "replace the text of {a} with {b}"),
                        (r"\+=", "add {b} to {a}")):
        m = re.fullmatch(rf"(?P<a>.+?)\s*(?:{arrow})\s*(?P<b>.+?)\.?", text)
        if m:
            return form.format(a=m.group("a"), b=_quoted(m.group("b")))
    m = re.fullmatch(r"(?P<a>[^:]{1,40}):\s+(?P<u>(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?)\s*\.?", text, re.I)
    if m:
        return f"open {m.group('u')} in {m.group('a')}"
    m = re.fullmatch(r"(?P<app>[A-Z]\w*) (?:message|text|msg|mail|e-?mail|note) (?:to|for) (?P<to>[^:]+):\s+(?P<m>.+)", text)
    if m:
        return f"text {m.group('to')} on {m.group('app')}: {m.group('m')}"
    made = _created(text)
    if made:
        return made
    m = re.fullmatch(r"(?P<to>[A-Z][\w'\-]*(?: [\w'\-]+){0,3}?)(?:\s*\((?P<app>[^)]+)\))?:\s+(?P<msg>[^\s:].*)", text)
    if m and _first_word(m.group("to")) not in _SUBJECTS | {"new"} and not _HELD.fullmatch(m.group("msg").strip()):
        on = f" on {m.group('app')}" if m.group("app") else ""
        return f"text {m.group('to')}{on}: {m.group('msg')}"
    return text


def _created(text: str) -> str:
    """"alarm 7:30 Gym" -> set a new alarm for 7:30 labelled "Gym"; "note Plans - call Bo" -> a
    note titled "Plans" that says "call Bo"; "new Photos album: Pets" -> an album in Photos; "event Fri?" asks."""
    m = re.fullmatch(r"(?i:new) (?P<app>[A-Z]\w+) (?P<n>\w+):\s*(?P<v>.+?)\.?", text)
    if m:
        return f"create a new {m.group('n')} named {_quoted(m.group('v'))} in {m.group('app')}"
    m = _CREATABLE.match(text)
    if not m or text.rstrip().endswith("?") or re.match(rf"{re.escape(m.group(0))}(?:{'|'.join(VERBS)})\b", text, re.I):
        return ""
    noun, rest = m.group("n").casefold(), text[m.end():].strip().rstrip(".")
    head = f"{'set' if noun in ('alarm', 'timer', 'reminder') else 'create'} a new {noun}"
    parts = re.fullmatch(r"(?P<t>[^:\-–—]+?)\s*(?::|\s[-–—])\s+(?P<b>.+)", rest)
    if parts:
        return f"{head} titled {_quoted(parts.group('t'))} that says {_quoted(parts.group('b'))}"
    parts = re.fullmatch(r"(?:at |for )?(?P<v>[+\d][\d:.\-() ]*\d(?:\s*(?:[ap]m|minutes|hours|seconds))?)\s+(?!(?:[ap]m|minutes|hours|seconds)\b)(?:(?:labell?ed|titled|called|named) )?(?P<t>\S.*)", rest)
    if parts:
        return f"{head} for {parts.group('v')} labelled {_quoted(parts.group('t'))}"
    parts = re.fullmatch(r"(?P<t>[A-Z][^\d+]*?)\s+(?P<v>[+\d].*)", rest)
    if parts:
        return f"{head} named {parts.group('t')} with {parts.group('v')}"
    if re.match(r"[A-Z\ue000]", rest):
        return f"{head} named {_quoted(rest)}"
    return f"{head} {'for ' if noun == 'timer' and rest[:1].isdigit() else ''}{rest}"


def _quoted(text: str) -> str:
    return text if _HELD.fullmatch(text.strip()) else f'"{text.strip()}"'


_CLAUSES = re.compile(rf"(?<=[.;!?])\s+|\s+(?=and (?:then )?(?:tell|show) me (?:wh|how\b)|and let me know (?:wh|how\b))|\s+[-–—]\s+|;\s*|:\s+(?!{_OPEN}\d+{_CLOSE}\s*[.!]?\s*$)|,\s+(?=(?:so|please|can|could|would|will|and|but|what|who"
                      rf"|where|when|which|how|also|then)\b)|,\s+(?=(?:{'|'.join(VERBS)}) (?:it|them|that|this|those|its|their)\b)")
# A reason that names something else to do ("I want to email it", "before I buy it"): not where to act.
_ELSEWHERE = re.compile(r"^(?:I|we) (?:want|need|have|would like|am going|plan) to\b(?!\s+(?:know|find out|check|see)\b)|^(?:before|after|when|once) (?:I|we)\b(?!\s+(?:open|check|look at|go to|visit|use)\b)", re.I)  # "before I open X": X is where to look
_TOLD = re.compile(r"^\s*(?:and\s+)?(?:then\s+)?(?:tell|show) me\s+(?=wh|how\b|if\b|whether\b|the (?:number|count) of\b)|^\s*(?:and\s+)?let me know\s+(?=wh|how\b|if\b)", re.I)
_PURPOSE = re.compile(r"\s+so(?: that)? (?:I|we|it|they|he|she)\b.*$", re.I)  # "pin X so it stays first": the reason


def _request_first(text: str, held: list[str]) -> str:
    """Politeness dropped; the request clause first, its pronoun replaced by the other clauses' thing; "could you X?": X."""
    m = re.match(rf"(?P<p>(?:in|on|using|via|over|through|by(?= (?:sms|text|e-?mail|mail|message|mms|dm)\b)) (?:my )?(?!(?:the|a|an|my|this|that|his|her|their|our|your|case|which|what|whose|how)\b)[\w\-]+"
                 rf"(?: app)?),? (?:(?:can|could|would|will) you (?:please )?|(?:please|kindly) )?(?=(?-i:{'|'.join(VERBS)}) (?!app\b))(?P<rest>.+)$",
                 text, re.I) or re.match(
        r"(?P<p>(?:on|in|from|using|via) (?!(?:which|what|whose|how)\b)[^,]{1,30}?)(?:,\s*|\s+(?=(?:how|what|which|who|when|where|"
        r"whose|is|are|do|does|did)\b))(?P<rest>.+)$", text, re.I)  # "in chrome go to x.org": the app before the verb
    if m:  # "On Signal, write to Bo - ..." -> "write to Bo on Signal - ..."; "in maps where is ..." (dictated)
        rest, where = m.group("rest"), m.group("p")[:1].lower() + m.group("p")[1:]
        cut = re.search(r":\s|\s[-–—]\s", rest)
        end = re.search(r"[.!?]*$", rest).group(0)
        text = f"{rest[:cut.start()]} {where}{rest[cut.start():]}" if cut else f"{rest[:len(rest) - len(end)]}, {where}{end}"  # after a comma: the whole task's place
    text = re.sub(r"^(?:hey|hi|hello|ok|okay|yo|so|um|oh)(?: there)?\b[,!.]?\s*", "", text, flags=re.I)
    m = re.match(r"(?i:for (?:my|the|our|your|this|that)) [a-z][a-z' \-]{0,40},\s*(?P<rest>.+)$", text)
    if m and _is_request(m.group("rest")):  # "For my photo book, check X": a purpose naming nothing to act on
        text = m.group("rest")
    if (sent := re.match(rf"(?P<h>[^:{_OPEN}]*\b{_SENDING}\b[^:{_OPEN}]*?):\s+(?P<m>[^:]+)$", text, re.I)) and not _unwrap(sent["m"])[0].strip(" ,.!?"):
        return f"{_verbs(_unwrap(sent['h'])[0])}: {sent['m'].strip()}"  # "text Mom: thanks", "reply: ok": the courtesy is the message
    clauses = [c for c in _CLAUSES.split(text) if c and c.strip(" ,.") and _unwrap(c)[0].strip(" ,.!?")]
    if not clauses:  # only politeness said ("thanks", "ok"): nothing to reorder
        return text
    unwrapped = [_unwrap(c) for c in clauses]
    marked = [polite or bool(re.match(r"\s*(?:please|kindly)\b", c, re.I)) for c, (_, polite) in zip(clauses, unwrapped)]
    first = unwrapped[0][0] if unwrapped else ""
    told = next((i for i, c in enumerate(clauses) if i and _TOLD.match(c)), 0)
    if told:  # "check X and tell me where it was taken": the question is the request, X what "it" is
        unwrapped[told] = (_TOLD.sub("", unwrapped[told][0]), unwrapped[told][1])
    strong = _is_request(first) and not (_WEAK_LEAD.match(clauses[0]) and any(marked[1:]))
    at = told or 0 if strong or len(clauses) < 2 else next(
        (i for i, (c, _) in enumerate(unwrapped) if i and (marked[i] or _is_request(c))), 0)
    if at == 0 and len(clauses) == 2 and _first_word(unwrapped[1][0]) in VERBS and (acted := act_on_asked(clauses[0], unwrapped[1][0])):
        return _verbs(acted)  # "What's my next alarm? Turn it off": that alarm
    if at == 0 and _LOOK_FIRST.match(clauses[0].strip()):
        at = next((i for i, (c, _) in enumerate(unwrapped) if i and _QUESTION.match(c)), 0)
    if at == 0:
        return _verbs(_unwrap(" ".join(clauses) if len(clauses) < 2 else text)[0])  # only its politeness goes
    request = unwrapped[at][0]
    purpose = _PURPOSE.search(request)
    context = [_lower_first(c.strip(" ,.;:-")) for i, c in enumerate(clauses) if i != at]
    why = context[:at] if re.match(r"\s*so\b(?!\s+that\b)", clauses[at], re.I) else []  # "It's a gift for Bo, so order X"
    if purpose:
        request, context = request[:purpose.start()], context + [purpose.group(0).strip()]
    if not _WHAT_IT.match(request):
        request = resolve(request, context)
        context = [c for c in context if not ((_ELSEWHERE.match(c) or locates_value(c) or object_of(c)) and restated(c, request))]
    request, context = restate(request, context)  # "change its title" + "X should be named Y": rename X to Y
    request = _verbs(taken_out(request, " ".join(context)))
    if not LEFT.search(request):  # "I want to ring X. Which number do I call?": a request naming nothing asks of X
        bare = not re.search(rf"(?<!^)\b(?!I\b)(?-i:[A-Z])|\d|{_OPEN}", request)
        context = [c for c in context if (not _ELSEWHERE.match(c) or bare and re.search(r"(?<!^)\b(?!I\b)(?-i:[A-Z])", c))
                   and c.strip() not in request]  # nor what it says again
    if len(request.split()) > 3 and not LEFT.search(request):  # a short request ("how many?") or a pronoun left needs the words around it
        context = [c for c in context if people(c) or things(c) or re.search(rf"(?<!^)\b(?!I\b)[A-Z]|\d|\b(?:this|that) (?:{_ITEMS})\b", c)]  # not "(I am about to go for a run)"
    ending = request[-1] if request[-1:] in "?!" else ""
    context = [f"since {c}" if c in why else c for c in context]  # said before ", so": why the request is made
    return f"{request.rstrip('?!. ')} ({', '.join(context)}){ending}" if context else request


def _lower_first(clause: str) -> str:
    """A context clause's first word in lower case unless it is a name ("The Running..." is no name)."""
    word = _first_word(clause)
    return clause[:1].lower() + clause[1:] if (word in _SUBJECTS or word in VERBS) and word != "i" else clause


def _unwrap(clause: str) -> tuple[str, bool]:
    """The clause without politeness at either end (a polite question's "?" too, unless it asks to
    be told something), and whether it was a polite question."""
    text, polite = clause.strip(), False
    for _ in range(4):
        polite = polite or bool(_POLITE.match(text) or re.match(r"(?:can|could) we\s+(?-i:[a-z])", text, re.I))  # "can we X?": X
        new = _LEAD.sub("", text, count=1).strip()
        new = untailed(new.rstrip("?") if polite else new)
        if new == text:
            break
        text = new
    if polite:
        text = de_gerund(text)
        text = text + "?" if _ASKING.match(text) and not text.endswith("?") else text
    return text, polite


def _is_request(clause: str) -> bool:
    return _first_word(clause) in VERBS or bool(_ASKING.match(clause) or re.match(r"\s*note down\b", clause, re.I)) or wishes_for_thing(clause)


def _first_word(text: str) -> str:
    return m.group(1).casefold() if (m := re.match(r"\s*([A-Za-z']+)", text)) else ""


def _verbs(request: str) -> str:
    return next((new for pattern, repl in _PHRASES if (new := pattern.sub(repl, request, count=1)) != request), request)


def _quote_message(text: str, held: list[str]) -> str:
    """The message of "text Bo: see you at 6" / "write to Bo - see you" / "saying see you" in quotes."""
    text = _subject(text)
    m = re.search(r"\b(?:saying|that says|which says|that reads|with (?:the )?(?:message|text|body)|(?:message|body|text):)\s*:?\s*(?P<m>[^\s\ue000\"].*?)"
                  r"(?P<end>\s*\([^)]*\))?$", text, re.I)
    if not m:
        m = re.match(rf"^(?=.*\b{_SENDING}\b)(?P<head>[^:\ue000]*?\b{_SENDING}\b[^:\ue000]*?)(?::\s+|\s+[-–—]\s+)"
                     rf"(?P<m>(?!subject\b)[^\ue000]+?)(?P<end>\s*\([^)]*\))?\s*$", text, re.I)
    if not m or ":" in m.group("m") or len(m.group("m").split()) < 2 or _ASKING.match(m.group("m")) \
            or _POLITE.match(m.group("m")):
        return text
    head = re.sub(r"(?:,?\s*(?:message|body|text):|:|\s[-–—])\s*$", "", text[:m.start("m")].rstrip())
    joint = " " if re.search(r"\b(?:saying|says|reads|message|text|body)$", head) else " saying "
    return f'{head}{joint}"{m.group("m").strip()}"{m.group("end") or ""}'


def _subject(text: str) -> str:
    """The subject of a mail to send in quotes: "subject Plans," / "about Plans:" after a mail verb."""
    if not re.match(r"^(?:e-?mail|mail|send (?:an? )?e-?mail|write (?:an? )?(?:quick )?e-?mail)\b", text, re.I):
        return text
    return re.sub(rf":?\s*\b(?<!the )(?:subject:?|about)\s+(?P<s>{_OPEN}\d+{_CLOSE}|[^,:\ue000\"]+?)\.?\s*(?=,|:|$|\s\(|\s+(?:saying|and\s+say|to\s+say)\b)",
                  lambda m: f' with the subject {_quoted(m.group("s"))}',
                  text, count=1, flags=re.I)
