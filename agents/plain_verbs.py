"""Everyday verbs for an app's action, said with the verb apps put on the control.

"give Kim Park a star" / "put a star on Kim Park" / "make star on Kim Park" (no article, as learners say it) stars her, "relocate a.pdf to Work" / "transfer a.pdf to Work"
moves the file, "retitle my list X to Y", "call a.txt b.txt", "rename X as Y" and "change the note title from X to Y"
rename it, "put on episode 3" plays it, "get me on the Cafe Guest wifi" / "use the HomeNet wifi" / "switch wifi to HomeNet" joins it. A thing
said first and its verb after a dash ("the Trip note - rename it to Trips") is said verb first. Runs early, quotes held aside. General English task grammar only, never an app's
words.
"""

from __future__ import annotations

import re

_FILE = r"[\w\-]+\.[a-z0-9]{2,4}\b"
_ITEM_SAID = (r"(?:the|my|this|that) [^,;\ue000\x22“]{0,40}?\b(?:alarm|timer|reminder|note|list|file|folder|album|playlist"
              r"|group|chat|event|bookmark|tab|board|channel)\b[^,;\ue000\x22“]{0,20}?")
_PLAIN: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), r) for p, r in (
    (r"^(?P<p>(?:please |kindly )?)(?:give|put|add|stick|make|do|set) (?:(?:a )?star (?:on|next to|to|beside|for) (?P<x>[^,;.?!]+?)"
     r"|(?P<y>[^,;.?!]+?) a star)(?=\s*(?:$|[,;.?!]|\s(?:in|on)\b))", r"\g<p>star \g<x>\g<y>"),
    (rf"^(?P<p>(?:please |kindly )?)(?:relocate|transfer|shift)\b(?=[^,;]*?(?:{_FILE}|\b(?:files?|folders?|documents?)\b)[^,;]*?\bto\b)",
     r"\g<p>move"),
    (rf"^(?P<v>(?:please )?(?:rename|move|mv|copy|change|set|forward|send|switch)\b[^,;]*?\S) 2 (?=(?-i:[A-Z])|\ue000|{_FILE}"
     r"|(?:its |the )?(?:min|max|minimum|maximum|lowest|highest)\b)", r"\g<v> to "),  # SMS "rename a.txt 2 b.txt"
    (r"^(?P<p>(?:please |kindly )?)(?:re-?title|rename|call|name) (?P<x>(?:the|my|this|that|our) [^,;\ue000\x22“]{0,40}?\ue000\d+\ue001) "
     r"(?P<y>\ue000\d+\ue001)(?: (?:from now on|instead|going forward|now))?", r"\g<p>rename \g<x> to \g<y>"),  # 'call my note "A" "B"'
    (r"^(?P<p>(?:please |kindly )?)re-?title\b", r"\g<p>rename"),
    (r"^(?P<p>(?:please |kindly )?)(?:put|stick|throw|pop) on (?=[^,;]{0,30}?\b(?:episodes?|songs?|music|tracks?|album|playlist|videos?"
     r"|movie|film|show|podcast|series|radio|season)\b)", r"\g<p>play "),  # "put on episode 3": play it
    (r"^(?P<p>(?:please |kindly )?)(?:whack|chuck|bung|plonk)\b(?= [^,;]+? (?:in|into|on|to) )", r"\g<p>put"),  # British "whack it in"
    (r"^(?P<p>(?:please |kindly )?)(?:get|put|hook) me (?:up )?(?:on|onto|to|with) (?=[^,;]*?\b(?:wi-?fi|wlan|network|hotspot)\b)",
     r"\g<p>join "),
    (r"^(?P<p>(?:please |kindly )?)connect me to (?=[^,;]*?\b(?:wi-?fi|wlan|network|hotspot)\b)", r"\g<p>connect to "),
    (r"^(?P<p>(?:please |kindly )?)use (?=(?:the |my )?[^,;]+? (?:wi-?fi|wlan)(?: network)?\s*[.!]?$)", r"\g<p>join "),
    (r"^(?P<p>(?:please |kindly )?)(?:switch|change) (?:the |my )?(?:wi-?fi|wlan)(?: network)? (?:over )?to (?:the )?(?P<x>[^,;]+?)"
     r"(?: network)?\s*[.!]?$", r"\g<p>connect to the Wi-Fi network \g<x>"),
    (rf"^(?P<p>(?:please |kindly )?)(?:call|name) (?P<x>{_FILE}) (?P<y>{_FILE})(?: instead)?", r"\g<p>rename \g<x> to \g<y>"),
    (r"^(?P<p>(?:please |kindly )?)(?:call|name) (?P<x>(?:the|my|this|that) [^,;\ue000\x22“]{0,40}?\b(?:alarm|timer|reminder|note|list"
     r"|file|folder|album|playlist|group|chat|event|bookmark|tab|board|channel)\b[^,;\ue000\x22“]{0,20}?) (?P<y>\ue000\d+\ue001)"
     r"(?: (?:from now on|instead|going forward|now))?", r"\g<p>rename \g<x> to \g<y>"),  # 'call the 7:00 alarm "Gym"'
    (rf"^(?P<p>(?:please |kindly )?)give (?P<x>{_ITEM_SAID}) (?:the |a )?(?:new )?(?:label|name|title) (?P<y>\ue000\d+\ue001)",
     r"\g<p>rename \g<x> to \g<y>"),  # 'give the 7:00 alarm the label "Gym"'
    (rf"^(?P<p>(?:please |kindly )?)(?P<x>{_ITEM_SAID}) (?:should|must|needs to) be (?:labell?ed|called|named|titled) (?P<y>\ue000\d+\ue001)",
     r"\g<p>rename \g<x> to \g<y>"),  # 'the alarm at 7:00 should be labelled "Gym"'
    (r"^(?P<p>(?:please |kindly )?)rename (?P<x>[^,;]+?) as (?!(?:asked|requested|told|instructed|suggested|agreed|discussed|planned"
     r"|before|usual|they|he|she|I|we|you|it|follows|said|shown|well)\b)(?=\S)", r"\g<p>rename \g<x> to "),
    (r"^(?P<p>(?:please |kindly )?)(?:change|update|edit) the (?P<k>[\w\-]+) (?:title|name) from (?P<x>[^,;]+?) to (?=\S)",
     r"\g<p>rename the \g<k> \g<x> to "),
))


# Verbs that act on a thing said before them ("the Trip note - rename it to Trips").
_ACTS = (r"add|archive|block|call|cancel|change|clear|close|create|delete|edit|email|favou?rite|forward|hide|mark|move|mute|open|pin"
         r"|play|remove|rename|reply to|reschedule|save|send|share|star|text|turn|switch|unblock|unmute|unpin|unstar|update"
         r"|unfavou?rite|bookmark|download|set|put|take|start|stop|pause|resume|reset|bin|trash|ditch|scrap|join|call|unsave|save")
_TOPIC = re.compile(rf"^(?P<x>(?!(?:it|this|that|there|what|which|who|when|where|how|why|I|you|we|they|he|she|please|can|could"
                    rf"|would|ok|okay|so|and|then|also)\b)(?:[^,;:?!\-–—]|(?<=\d):(?=\d)|(?<=\w)-(?=\w)){{2,80}}?)\s+[-–—]\s+(?:(?:please|pls|can you|could you"
                    rf"|would you|just|and) )*(?P<v>{_ACTS}) (?:(?P<it>it|them|him|her|this|that)\b(?: all\b| both\b)?|(?P<own>his|her|their|its) "
                    rf"(?=\w))(?P<rest>(?:(?![.!?]\s|\s[-–—]\s)[^,;?])*?)(?P<why>,\s*(?:I|we|as|since|because|it|they)\b[^?]*?)?\s*[.!?]?$", re.I)
# A thing said by its name: a determiner, a capital, a quote, a file name or a number first.
_NAMED = rf"(?:the|my|this|that|our|your|an?|one)\b|(?-i:[A-Z])|[\ue000\x22“]|{_FILE}|\d"
# A clause said before the dash, no thing: its own verb ("the file X has a confusing name - call it Y").
_CLAUSE = re.compile(r"\b(?:is|are|was|were|has|have|had|needs?|wants?|keeps?|says?|said|sent|texted|emailed|messaged|asked|does|do"
                     r"|did|should|must|will|can|could|would|got|ended|landed|be|been|likes?|loves?|I|me|we|us|you|and|but|so"
                     r"|because)\b", re.I)


def plain_verbs(text: str) -> str:
    """``text`` with its everyday verb said as the app's (see the module docstring); the same text otherwise."""
    text = re.sub(r"^(?:pls|plz)\b\s*", "please ", text.strip(), flags=re.I)  # SMS "pls" before the verb
    m = _TOPIC.match(_made_said_first(text))
    hyphened = m and re.search(r"\w-\w", m["x"]) and not re.match(r"(?:the|my|this|that|our|your)\b", m["x"], re.I)
    if m and not hyphened and re.match(_NAMED, m["x"]) and not _CLAUSE.search(re.sub(r"\ue000\d+\ue001", " ", m["x"])):
        # "the Trip note - rename it to Trips", "Oskar Berg - change his number to N" (a bare "flashlight - ..." is
        # request_shapes' to read)
        thing = re.sub(r"^(The|My|This|That|An?|One)\b", lambda t: t.group(1).lower(), m["x"].strip())
        said = f"{m['v']} {thing}{m['rest']}" if m["it"] else f"{m['v']} {thing}'s {m['rest'].lstrip()}"
        return said + (m["why"] or "")  # a reason after it stays as said
    for pattern, repl in _PLAIN:
        said = pattern.sub(repl, text, count=1)
        if said != text:
            return said
    return text


def _made_said_first(text: str) -> str:
    """"An alarm at 7:10 labelled Gym - set that up", "a new list called Trip, do that please" -> set it / create it: a
    new thing said first, then a verb that only says to bring it about."""
    m = re.match(r"^(?P<x>(?:an?|one|a new) [^,;?!\-–—]*?[^,;?!\-–—\s])\s*(?:[-–—:,]\s*)(?P<p>(?:(?:please|pls|can you|could you|would you"
                 r"|just|and) )*)(?:set (?P<a>that|it|this|one) up|(?:do|arrange|organi[sz]e|sort out|handle|make) (?P<b>that|it|this)"
                 r"|sort (?P<c>that|it|this) out|make (?P<d>that|it|this) happen|get (?P<e>that|it|this) done)\b(?P<rest>[^,;]*)$",
                 text, re.I)
    if not m:
        return text
    kind = re.search(r"\b(?:alarm|timer|reminder)\b", m["x"], re.I)
    verb = "set" if kind else "create"
    return f"{m['x']} - {m['p']}{verb} {m['a'] or m['b'] or m['c'] or m['d'] or m['e']}{m['rest']}"
