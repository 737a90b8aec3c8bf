"""Requests said in another shape, put in the plain verb-first order the task parsers read.

People put the thing first and the verb after ("flashlight - turn it on", "Lunch on Monday, where is
that happening"), say the state they want instead of the action ("the note "A" needs a new title: "B"",
"the X event - its place should be Y now, update it"), put where an edit goes before the verb ("at the
end of the note "A" add "B""), ask a count around its verb ("in how many emails does the word X
appear"), or use an everyday verb for the action ("push X so that it starts at 9:00", "an alarm that
goes off 10 minutes ahead of X", "give me the number of Bo Li"). Runs early, quotes held aside.
General English task grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .asked_reports import reported
from .indirect_questions import asked
from .outcome_forms import outcome
from .plain_verbs import plain_verbs
from .question_forms import questioned
from .referents import CLOSE, OPEN
from .stated_edits import restated
from .text import FULL_NAME
from .wished_states import wished

_Q = f"{OPEN}\\d+{CLOSE}"  # a quoted span held aside
_NAME = FULL_NAME
# Verbs that act on one thing said before them ("stopwatch - start it").
_ON_IT = (r"start|stop|pause|resume|reset|restart|turn|switch|open|close|delete|clear|mute|unmute|enable|disable|pin|unpin"
          r"|star|unstar|archive|play|show|hide|lock|unlock")
_NOT_TOPIC = frozenset("i you we he she they it this that there what which who where when how why please can could would "
                       "will do does did is are".split())
_ATTRS = {"place": "location", "venue": "location", "location": "location", "address": "address", "title": "title",
          "name": "name", "time": "start time", "start time": "start time", "date": "date", "end time": "end time"}
_SHOULD = r"(?:should|must|needs? to|has to|is to|ought to)"
# A polite frame the wording drops later ("I was hoping you could ...").
_ASKED = (r"(?:(?:please |kindly |(?:can|could|would) you (?:please )?|(?:I|we) (?:was|were|am|are) (?:hoping|wondering if) you"
          r" (?:could|can|would) |(?:I|we)(?:'d| would) like you to |(?:I|we) (?:need|want) you to ))?")


def reshaped(text: str) -> str:
    """``text`` said verb-first (see the module docstring); the same text when it has none of these shapes."""
    text = _topic_first(wished(plain_verbs(asked(reported(questioned(outcome(text)))))))
    text = restated(_wanted_state(text))
    text = _edit_place_first(text)
    text = _question_around(text)
    text = _everyday_verbs(text)
    return text


def _topic_first(text: str) -> str:
    """"stopwatch - start it" -> "start the stopwatch"; "Lunch on Monday, where is that happening" -> "where is Lunch on Monday"."""
    m = re.match(rf"^(?P<n>(?:the |my )?[a-z][\w\-]*(?: [a-z][\w\-]*){{0,2}})\s*(?P<sep>[-–—:,])\s*(?P<v>{_ON_IT}) (?:it|this|that)\b"
                 r"(?P<rest>.*)$", text.strip(), re.I)
    vocative = m and m["sep"] == "," and m["n"][:1].isupper()  # "Bo, start it" speaks to Bo
    if m and m["n"].split()[0].casefold() not in _NOT_TOPIC and not vocative:
        return f"{m['v']} the {re.sub(r'^(?:the|my) ', '', m['n'], flags=re.I)}{m['rest']}"
    m = re.match(r"^(?P<x>(?:(?:my|the|your|all (?:my|the)) )?[a-z][\w\-]*(?: [\w\-]+)?)\s*[-–—:]\s*how many "
                 r"(?P<rest>(?:are|is|were|was|have|has|do|did|mention|contain|say|show)\b[^?]*)\?\s*$", text.strip(), re.I)
    if m and m["x"].split()[0].casefold() not in _NOT_TOPIC:  # "My alarms - how many are turned on?"
        of = "of " if re.match(r"(?:my|the|your|all)\b", m["x"], re.I) else ""
        return f"How many {of}{_lower_article(m['x'])} {m['rest']}?"
    m = re.match(r"^(?P<x>[^?]+?)[,:\-–—]?\s+(?P<q>where|when) (?:is|will|does) (?:that|it|this)(?: be)? (?P<v>happening|taking place"
                 r"|take place|held|being held|start|starting|begin|beginning)\s*\??\s*$", text.strip(), re.I)
    if m and m["x"].split()[0].casefold() not in _NOT_TOPIC:
        if m["q"].casefold() == "where":
            return f"where is {m['x']}?"
        return f"when does {m['x']} start?"
    return text


def _wanted_state(text: str) -> str:
    """The state wanted instead of the action: "X needs a new title: Y" renames X to Y; "X - its place should be Y
    now, update it" changes X's location to Y."""
    m = re.match(rf"^(?P<x>.+?) (?:needs|gets|should (?:get|have|be given)|must (?:get|have)) (?:a |the )?new (?:title|name)"
                 rf"\s*(?:[:,\-–—]\s*|\s)(?:of |namely |which is |called |:)?(?P<y>{_Q}|\S.*?)\s*[.!]?$", text.strip(), re.I)
    m = m or re.match(rf"^(?:the )?new (?:title|name) (?:for|of) (?P<x>.+?) (?:is|should be|will be|=|:)\s*(?P<y>{_Q}|\S.*?)\s*[.!]?$",
                      text.strip(), re.I)
    if m:
        return f"rename {_lower_article(m['x'])} to {m['y']}"
    m = re.match(rf"^(?P<x>.+?)(?:\s*(?:[-–—:,;]\s*|\s)its|'s) (?P<a>place|venue|location|address|title|name|start time|time|date|end time)"
                 rf" {_SHOULD} (?:now )?(?:be|become|change to|be changed to|read|say) (?P<y>{_Q}|.+?)(?: now| from now on| instead)?"
                 r"\s*(?:[,;.]\s*(?:(?:please|so|and) )?(?:update|change|fix|edit|correct|adjust|set) (?:it|that|this)\b.*|[.!]?)$",
                 text.strip(), re.I)
    if m:
        return f"change the {_ATTRS[m['a'].casefold()]} of {_lower_article(m['x'])} to {m['y']}"
    m = re.match(rf"^{_ASKED}(?:update|change|fix|correct|edit|amend) (?P<w>where|when) (?P<x>.+?) (?:takes place|is held|is happening"
                 rf"|happens|starts|begins|is)\s*(?:[-–—,;:]\s*|\s+(?:as|since|because)\s+)(?:it|that|this)(?:'s| is| should be| will be"
                 rf"| needs to be| has to be| has moved to| moved to)? (?:now )?(?P<p>at|in|to) (?P<y>{_Q}|.+?)(?: now| from now on| instead)?"
                 r"\s*[.!]?$", text.strip(), re.I)
    if m and (m["w"].casefold() == "where") != bool(re.fullmatch(r"\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?", m["y"], re.I)):
        if m["w"].casefold() == "where":  # "update where X takes place - it should be at Studio 5 now"
            return f"change the location of {_lower_article(m['x'])} to {m['y']}"
        return f"move {_lower_article(m['x'])} to {m['y']}"  # "change when X starts, it's at 10:30 now"
    return text


def _edit_place_first(text: str) -> str:
    """"at the end of the note "A" add "B", keep the rest" -> "add "B" at the end of the note "A", keep the rest"."""
    m = re.match(rf"^(?P<w>(?:at|to) the (?:very )?(?:end|bottom|top|start|beginning) of (?:the |my )?(?:[\w\-]+ )?(?:{_Q}|(?-i:[A-Z])[^,]*?))"
                 rf",? (?P<v>add|append|write|put|type|insert) (?P<y>{_Q}|[^,]+?)(?P<rest>\s*[,;.!].*)?$", text.strip(), re.I)
    if not m:
        return text
    return f"{m['v']} {m['y']} {_lower_article(m['w'])}{m['rest'] or ''}"


def _question_around(text: str) -> str:
    """A count asked around its verb: "in how many notes does the word X appear" -> "how many notes mention the word X?";
    "what time does X open and close" asks its opening hours."""
    text = re.sub(r"^in how many (?P<k>[\w\-]+(?: [\w\-]+)?) (?:does|do|is|are) (?P<x>.+?) (?:appear|appears|occur|occurs|show up"
                  r"|come up|mentioned|used|found)\s*\??\s*$", r"how many \g<k> mention \g<x>?", text.strip(), flags=re.I)
    text = re.sub(r"^(?:which|what) (?:is|was) (?P<x>the (?:\w+est|most \w+|least \w+) [^?]+?)\s*\?\s*(?:and )?(?:then )?"
                  r"(?P<v>write|save|put|note|send|text|add|copy|share|e-?mail|tell)\b(?=.*\b(?:its?|that)\b)",
                  r"find \g<x> and \g<v>", text.strip(), flags=re.I)  # "which is the biggest file? save its name ...": found, then used
    return re.sub(r"\b(?:what time|when) (?:does|do|will) (?P<x>.+?) (?:open and close|close and open)\b", r"what are the opening hours of \g<x>",
                  text, flags=re.I)


def _everyday_verbs(text: str) -> str:
    """Everyday verbs and phrases for an action: "push X so it starts at 9:00" moves X to start at 9:00; "set me an alarm
    that goes off 10 minutes ahead of X" sets one 10 minutes before X; "give me the number of Bo Li" asks Bo Li's phone
    number; "put its name in a new note" writes it there; "X mailed me what Y should be renamed to, rename it like that"
    renames Y as asked; "change the name of X into Y" renames X to Y."""
    text = re.sub(r"^(?P<p>(?:(?:can|could|would|will) you |please )*)(?:push|bump|shift)(?: back| forward| out)? (?=.*\b(?:at|to|until) \d)",
                  r"\g<p>move ", text, flags=re.I)
    text = re.sub(r"\bso(?: that)? (?:it|they) (?:starts?|begins?) at\b", "to start at", text, flags=re.I)
    text = re.sub(r"\bset me (?=an? (?:alarm|timer|reminder)\b)", "set ", text, flags=re.I)
    text = re.sub(r"\b(?P<k>alarm|reminder)(?: that| which)? (?:goes off|will go off|rings|will ring|sounds|to go off|to ring|ringing)"
                  r" (?P<n>\d+|[a-z]+) (?P<u>minutes?|hours?) (?:ahead of|before|prior to|in advance of)\b",
                  r"\g<k> \g<n> \g<u> before", text, flags=re.I)
    text = re.sub(r"\b(?P<n>\d+|[a-z]+) (?P<u>minutes?|hours?) (?:ahead of|prior to|in advance of)\b", r"\g<n> \g<u> before", text,
                  flags=re.I)
    text = re.sub(rf"^(?:(?:please )?(?:give|tell|send|show) me|what is|what's) the number of (?P<n>{_NAME})\s*\??\s*$",
                  r"what is the phone number of \g<n>?", text.strip(), flags=re.I)
    text = re.sub(r"\b(?:put|stick|pop) (?P<x>(?:its|their|the) (?:file )?name) (?=(?:in|into) (?:an?|the) (?:new )?note\b)",
                  r"write \g<x> ", text, flags=re.I)
    m = re.match(rf"^(?P<n>{_NAME}) (?P<by>e-?mailed|mailed|texted|messaged|sent) me (?:what|how) (?P<x>.+?) should be (?:re)?named"
                 rf"(?: to| as)?\s*[,;.]\s*(?:(?:please|so|and) )*rename (?:it|that|the file|them) (?:like that|that way|accordingly"
                 rf"|as (?:they|he|she) (?:said|asked|wants?|wrote))\s*[.!]?$", text.strip(), re.I)
    if m:
        by = "texted" if m["by"].casefold() in ("texted", "messaged") else "emailed"
        return f"Rename {m['x']} as asked ({m['n']} {by} me a new name for {m['x']})"
    if re.search(r"\b(?:make|create|start|set up|add)\b", text, re.I):  # "make an album named Pets, in X": the title ends at the comma
        text = re.sub(r"\b(?P<k>album|playlist|note|folder|list|group|chat|event) (?:named|called|titled) "
                      r"(?P<t>(?-i:[A-Z])[\w'\-]*(?: (?!(?:with|from|in|on|at|for|and|to|of|by|as)\b)[\w'\-]+){0,3})"
                      r"(?=\s*[,;.!?])", r'\g<k> called "\g<t>"', text)
    return re.sub(r"^(?P<v>rename|(?:change|edit|update) the (?:name|title) of) (?P<x>.+?) into (?=\S)", r"\g<v> \g<x> to ", text,
                  flags=re.I)


def _lower_article(phrase: str) -> str:
    """A thing said first in the sentence, with its article in lower case ("The note" -> "the note")."""
    return re.sub(r"^(The|My|This|That|Its)\b", lambda m: m.group(1).lower(), phrase.strip())
