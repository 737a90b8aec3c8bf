"""Tasks said act first, put in read-first order: the value is read where it is, then the act uses it.

People say the act first and then where its values are: "Put "Dinner" on my calendar - the day, time and
spot are in the text Bo Li sent me", "Add the party to my calendar; Bo Li sent me the date and place by
mail", "Crea el evento "Cena" - la hora y el lugar están en el mensaje de Bo Li"; or name the new note first
and the value it holds after: "new note called "Clean up" - and in it the name of the biggest file in X".
The task is said the way the readers know it: "Bo Li sent me the day, time and spot by text. Put "Dinner" on
my calendar.", "save the name of the biggest file in X in a new note titled "Clean up"". A clause is a
source only when it names a person's message and what it holds; the act before it stays as said. Grammar
only (clause marks, the verbs and prepositions of several languages), never an app's words.
"""

from __future__ import annotations

import re

from .dates import DATE
from .text import FULL_NAME

# The kinds of value a task reads in one place and uses in another ("its name", "the price", "the phone number").
KINDS = (r"(?:tele)?phone number|mobile number|cell(?:phone)? number|number|e-?mail address|e-?mail|address|place|start time|end time|time|date|"
         r"price|cost|total|code|password|file name|name|size|location|temperature|title|subject|text|body|contents?")

_NAME = rf"(?P<who>{FULL_NAME})"
# A dash, semicolon or sentence mark: the act before it, the clause that says where its values are after it.
_MARK = re.compile(r"\s+[-–—]\s+|\s*;\s*|(?<=\w)\.\s+")
# A message in several languages, with the medium it says ("" for a plain message).
MEDIA = {"text": "text", "texts": "text", "sms": "text", "text message": "text", "email": "email", "e-mail": "email",
          "mail": "email", "message": "", "chat": "", "dm": "", "nachricht": "", "mail-nachricht": "email",
          "message texte": "text", "texto": "text", "mensaje": "", "correo": "email", "courriel": "email",
          "messaggio": "", "mensagem": "", "bericht": ""}
_MEDIUM = "|".join(sorted((re.escape(m) for m in MEDIA), key=len, reverse=True))
# "the text Bo Li sent me", "Bo Li's email", "the last message from Bo Li", "der Nachricht von Bo Li".
_SOURCES = (
    re.compile(rf"^(?:the|a|an|that)\s+(?:(?:last|latest|recent|most recent|newest)\s+)?(?P<m>{_MEDIUM})\s+{_NAME}\s+"
               rf"(?:sent|wrote|texted|e-?mailed|mailed|messaged)(?:\s+(?:to\s+)?me)?\b", re.I),
    re.compile(rf"^{_NAME}['’]s\s+(?:(?:last|latest|recent|most recent|newest)\s+)?(?P<m>{_MEDIUM})\b", re.I),
    re.compile(rf"^(?:(?:the|a|an|that|der|die|das|dem|seiner|ihrer|le|la|l['’]|el|il|lo|o|a|het|de)\s*)?"
               rf"(?:(?:last|latest|recent|most recent|newest|letzten|dernier|último|ultimo)\s+)?(?P<m>{_MEDIUM})\s+"
               rf"(?:from|von|de|du|del|di|da|van)\s+{_NAME}\b", re.I),
)
# "the day, time and spot are in <source>", in several languages.
_HELD_IN = re.compile(r"^(?P<k>.+?)\s+(?:is|are|can be found|were|was|steh(?:t|en)|sind|ist|est|sont|se trouvent|está|están"
                      r"|estan|esta|è|sono|estão|staan|staat)\s+(?:all\s+|alle\s+|tous\s+|todos\s+)?(?:in|im|in der|in dem|dans|en"
                      r"|nel|nella|na|no)\s+(?P<s>.+)$", re.I)
# "Bo Li sent me the date and place by text": the readers' own form, after the act.
_SENT = re.compile(rf"^{_NAME}\s+(?:sent|texted|e-?mailed|mailed|messaged|wrote)\s+(?:to\s+)?me\s+\S", re.I)
_BY = {"text": " by text", "email": " by email", "": ""}


def read_order(task: str) -> str:
    """``task`` said in read-first order: a trailing clause that says which person's message holds its values put
    first ("<person> sent me <values> by <medium>. <act>."), a new note named before the value written in it said
    after it ("save <value> in a new note titled T"); ``task`` itself when it is neither."""
    new = _NEW_FIRST.match(task.strip())
    if new is not None:
        return f"save {new['v']} in a new {new['k']} titled {new['t']}"
    looked = _LOOK_IN.match(task.strip())
    if looked is not None and _VALUE_TAKEN.search(looked["r"]) and not DATE.fullmatch(looked["p"]):
        return f"find {looked['x']} in {looked['p']}{looked['r']}"
    return _source_first(task.strip())


# "... in Shop in a new note", "... from Zapmart into my notes", "... in Mapo as its location": an app named right after
# the value, then a place or field the rest puts it in: the app is where the value is read ("... on Signal to Bo" says how it is sent, not where read).
READ_IN = re.compile(r"\s+(?:in|from|on|at)\s+(?-i:[A-Z])[\w\-]*(?:\s+app)?(?=\s+(?:in|into|on|onto|under)\s+(?:a|an|the|my)\s"
                     r"|\s+as\s+(?:its|the|their|his|her)\s)")


# "look in Zapmart for the cheapest kettle and text its name ...", "search Mapo for X, then ...": the place searched, said
# first, where the rest takes a value of the thing found ("its name", "the price"); a rest that acts on the thing itself
# ("Look in Photos for the beach picture and send it to Ana") and a day searched ("Check Monday for ...") stay as said.
_LOOK_IN = re.compile(r"^(?:please\s+)?(?:look|search|check|browse|hunt)\s+(?:in\s+|on\s+|through\s+)?(?P<p>(?:the\s+|my\s+)?"
                      r"(?-i:[A-Z])[\w\-]*(?:\s+app)?)\s+for\s+(?P<x>\S.+?)(?P<r>(?:,|\s+and\b|\s+then\b)\s*\S.*)$", re.I)
_VALUE_TAKEN = re.compile(rf"\b(?:its|their|his|her|the)\s+(?:{KINDS})\b", re.I)


# "new note called "T" - and in it the name of the biggest file in X", "a new memo titled T containing the price of
# X": the item made first, the value it holds (a "the ..." phrase) after.
_NEW_FIRST = re.compile(r"^(?:(?:please\s+)?(?:create|make|start|add|write|open|set up)\s+)?(?:an?\s+)?new\s+"
                        r"(?P<k>note|memo|document|doc|list|text file)\s+(?:called|titled|named)\s+(?P<t>[\"“][^\"”]+[\"”]|\S+)"
                        r"\s*(?:[-–—,;:]\s*)?(?:and\s+)?(?:in it|inside it|in there|with|containing|holding|that says|saying)"
                        r"\s*:?\s+(?!the\s+(?:text|words?|message|body|contents?)\s*:?\s*[\"“])(?P<v>the\s+\S.+?)(?:\s+in(?:side)? it)?\s*[.!]?$", re.I)


def _source_first(task: str) -> str:
    quoted = [q.span() for q in re.finditer(r"[\"“«„][^\"”»“]*[\"”»“]", task)]  # a message's own words are no clause
    for mark in (m for m in _MARK.finditer(task) if not any(a < m.start() < b for a, b in quoted)):
        said = _said_first(task[:mark.start()].strip(), task[mark.end():].strip().rstrip(".!").strip())
        if said:
            return said
    return task


def _said_first(act: str, clause: str) -> str:
    if not act or not clause:
        return ""
    if _SENT.match(clause):  # "... - Bo Li sent me the date and place by text"
        return f"{clause}. {act.rstrip('.!')}."
    held = _HELD_IN.match(clause)
    if held is None:
        return ""
    source = next((s for s in (p.match(held.group("s")) for p in _SOURCES) if s), None)
    if source is None:
        return ""
    values = re.sub(r"^(?:(?:the|its|their|all the|la|el|los|las|le|les|die|der|das|il|lo|gli|de|het|a|o|os|as)\s+|l['’])", "",
                    held.group("k"), flags=re.I)
    medium = MEDIA.get(source.group("m").casefold(), "")
    about = held.group("s")[source.end():].strip(" .!")  # "... about dinner": which of their messages
    about = f" {about}" if re.match(r"(?:about|re|regarding|on)\b", about, re.I) else ""
    return f"{source.group('who')} sent me the {values}{_BY[medium]}{about}. {act.rstrip('.!')}."
