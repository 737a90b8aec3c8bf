"""A terse "thing -> where it goes" note said as the request it stands for, by what the arrow points at.

"a.mp4 -> Vidly watch later list" adds it to that list, "IMG_2.png -> "Pets" album" adds it to the album, "cheapest
lamp price -> new memo "Lamps"" saves the price in a new memo titled Lamps, "Ops channel -> archived" archives it
(a state the thing should end in), "last mail from Bo Li -> Ana Ruiz on Chatly" forwards it to her there, ""Yoga"
Monday venue -> Hall B" changes that field. An arrow to anything else ("A -> B") is left to the caller.
General note-taking grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .referents import CLOSE, OPEN
from .task_verbs import VERBS
from .wished_states import DONE_TO, UNDONE

_ARROW = r"\s*(?:->|=>|→|-->|⇒)\s*"
_Q = f"{OPEN}\\d+{CLOSE}"
# Lists and collections a thing is put in (the app's name may come first: "Shopo cart").
_LISTS = (r"cart|basket|bag|wishlist|watchlist|favou?rites|saved places|saved items|saved list|saved|bookmarks|reading list"
          r"|watch later(?: list)?|playlist|album|folder|collection|board|list")
_NEW = (r"note|memo|contact|event|album|playlist|folder|list|reminder|task|document|file|group|chat|alarm|bookmark|label")
_FIELDS = (r"location|place|venue|address|start time|end time|time|date|title|name|subject|phone number|number|e-?mail"
           r"(?: address)?|body|text|content|contents|description|label|note|notes")
_VALUES = r"price|cost|rating|address|phone number|number|code|size|title|name|start time|time|location|temperature"
_NAME = r"(?-i:[A-Z])[\w'\-]+(?: (?-i:[A-Z])[\w'\-]+)+"
_MESSAGES = r"\b(?:text|texts|sms|message|messages|e-?mail|e-?mails|mail|mails|dm|post|voicemail)\b"


def targeted(body: str) -> str:
    """The request ``body`` ("thing -> target") stands for (see the module docstring); "" when none."""
    m = re.fullmatch(rf"(?P<x>(?:(?!->|=>|→|⇒).)+?){_ARROW}(?P<y>(?:(?!->|=>|→|⇒).)+?)\s*[.!]?", body.strip(), re.I | re.S)
    if not m or re.match(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?$", m["x"], re.I):
        return ""  # a site, then the page on it: the caller's
    x, y = m["x"].strip(), m["y"].strip()
    if (x.split()[0].casefold() in VERBS and not re.match(rf"(?:{_VALUES})\b", x, re.I)) or re.search(r"\b(?:wi-?fi|wlan|bluetooth|network|hotspot)\b", x, re.I):
        return ""  # "fwd X -> Y" says its verb; "wifi -> Cafe Net" joins a network (the caller's)
    for rule in (_made_new, _kept_in, _state, _value_sent, _passed_on, _on_card, _field_set):
        said = rule(x, y)
        if said:
            return said
    return ""


def _made_new(x: str, y: str) -> str:
    """"X -> new note "T"" saves X in a new note titled T; "X in Mapo -> new contact, name + phone" saves it as one."""
    y = re.sub(r"\s+named\s*(?=[+&])", ", name ", y)  # "new contact, name + number" as another step may have said it
    m = re.fullmatch(rf"(?:an? )?new (?P<k>{_NEW})\b(?:\s+(?:titled |called |named )?(?P<t>{_Q}|(?-i:[A-Z])[\w'\- ]*?))?"
                     r"(?:\s*[,(]\s*(?:with )?(?:its |their |the )?(?P<w>[^)]+?)\)?)?", y, re.I)
    if not m:
        return ""
    kind = m["k"].casefold()
    x = re.sub(rf"^(?P<t>.+?)\s+(?P<f>{_VALUES})(?P<in>\s+(?:in|on|from)\s+\S+)?$", r"the \g<f> of \g<t>\g<in>", x, flags=re.I)
    with_ = ", with its " + re.sub(r"\s*[+&]\s*", " and ", m["w"]) if m["w"] else ""
    if kind == "contact":
        return f"save {_the(x)} as a new contact{with_}"
    title = f" titled {m['t']}" if m["t"] else ""
    return f"save {_the(x)} in a new {kind}{title}{with_}"


def _kept_in(x: str, y: str) -> str:
    """"X -> Shopo cart", "X -> "Pets" album", "X -> Mapo saved places": X added to that list (in that app)."""
    m = re.fullmatch(rf"(?:my |the )?(?P<app>(?-i:[A-Z])[\w\-]*\s+)?(?P<n>{_Q}\s+)?(?P<k>{_LISTS})(?:\s+(?P<n2>{_Q}))?", y, re.I)
    if not m:
        return ""
    kind, name = m["k"].casefold(), m["n"] or m["n2"]
    app = f" in {m['app'].strip()}" if m["app"] else ""
    if name:
        return f"add {_the(x)} to the {kind} {name.strip()}{app}"
    verb = "save" if kind.startswith("saved") else "add"
    return f"{verb} {_the(x)} to my {kind}{app}"


def _state(x: str, y: str) -> str:
    """"Ops channel -> archived" archives it; "-> not pinned", "-> unmuted" undo the state."""
    m = re.fullmatch(r"(?P<no>not |no longer |un)?(?P<s>[a-z]+(?: (?:on|off|to))?)", y, re.I)
    if not m:
        return ""
    state = m["s"].casefold()
    if m["no"]:
        verb = UNDONE.get(state) if m["no"].casefold() != "un" else UNDONE.get(state) or DONE_TO.get("un" + state)
    else:
        verb = DONE_TO.get(state) if state in UNDONE or state in ("muted", "unmuted", "unpinned", "unstarred", "blocked",
                                                               "unblocked", "bookmarked", "favourited", "favorited",
                                                               "deleted", "hidden", "closed", "disabled", "enabled") else None
    return f"{verb} {_the(x)}" if verb else ""


def _passed_on(x: str, y: str) -> str:
    """"last text from Bo Li -> Ana Ruiz on Chatly": a message passed on to a person (a thing sent to them)."""
    m = re.fullmatch(rf"(?:to )?(?P<p>{_NAME}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?P<on>\s+(?:on|via|in|by)\s+\S+(?: app)?)?"
                     r"(?:\s*\((?:fwd|fw|forward|forwarded|send|sent|pass on)\))?", y, re.I)  # "... (fwd)": the verb, said after
    if not m:
        return ""
    if not re.search(_MESSAGES, x, re.I) and not re.search(r"\b(?:photo|picture|file|video|link|document|song)\b|\.\w{2,4}\b", x, re.I):
        return ""  # a thing that is no message nor file is not passed on to a person
    verb = "forward" if re.search(_MESSAGES, x, re.I) else "send"
    return f"{verb} {_the(x)} to {m['p']}{m['on'] or ''}"


def _value_sent(x: str, y: str) -> str:
    """"Ana's phone number -> Bo Li by SMS": a value sent to a person (by the channel said, else "send")."""
    m = re.fullmatch(rf"(?:to )?(?P<p>{_NAME}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s+(?P<by>(?:by|via|over|on|in)\s+\S+(?: app)?)", y, re.I)
    v = re.fullmatch(rf"(?:(?P<o>{_NAME}|(?-i:[A-Z])[^'\s]*(?='s?\s)|{_Q})(?:'s?)?\s+)?(?:the\s+)?(?P<f>(?:(?-i:[a-z])[\w\-]* )?(?:{_VALUES}))(?P<of>\s+(?:of|for|from)\s+\S.*)?", x, re.I)
    if not m or (not v and not re.search(rf"\b(?:{_VALUES})\s*$", x, re.I)) or (v and v["o"] and v["of"]):
        return ""
    channel = m["by"].split()[-1].casefold()
    verb = ("text" if channel in ("sms", "text", "texts", "message", "messages") else
            "email" if re.fullmatch(r"e-?mail|mail", channel) else None)
    owner = re.sub(r"'s?$", "", v["o"]) if v and v["o"] else ""
    thing = _the(x) if not v else f"the {v['f']} of {owner}" if owner else f"the {v['f']}{v['of'] or ''}"
    return f"{verb} {m['p']} {thing}" if verb else f"send {m['p']} {thing} {m['by']}"


def _on_card(x: str, y: str) -> str:
    """"sender address of X -> Bo Li's contact card": the value added to that person's contact."""
    m = re.fullmatch(rf"(?P<p>{_NAME}|(?-i:[A-Z])[\w\-]+)'s?\s+(?:contact|contact card|contact entry|card|entry) ?(?:in \S+)?", y, re.I)
    if not m or not re.search(rf"\b(?:{_VALUES}|e-?mail(?: address)?|birthday|website)\b", x, re.I):
        return ""
    return f"add {_the(x)} to {m['p']}'s contact"


def _field_set(x: str, y: str) -> str:
    """""Yoga" Monday venue -> Hall B": the field said last of a thing, set to the value."""
    m = re.fullmatch(rf"(?P<t>.+?)\s+(?P<f>{_FIELDS})", x, re.I)
    if not m or re.fullmatch(r"(?:the|my|its|a|an)", m["t"], re.I):
        return ""
    field, thing = m["f"].casefold(), m["t"]
    thing = re.sub(rf"^(?P<q>{_Q})\s+(?=(?:on |at |for )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:today|tomorrow)\b)",
                   r"\g<q> on ", thing, flags=re.I)
    value = re.sub(r",?\s*(?:old (?:text|one|value) (?:out|gone)|replacing (?:it|the old one))\s*$", "", y, flags=re.I)
    if field in ("body", "text", "content", "contents"):
        return f"replace the text of {thing} with {value}"
    return f"change the {field} of {thing} to {value}"


def _the(thing: str) -> str:
    """A thing with "the" before it, unless it is a name or a quoted title ("the" said once)."""
    stripped = re.sub(r"^(?:the|my|a|an)\s+", "", thing, flags=re.I)
    if re.match(r"(?:all|every|each|both|these|those|this|that|his|her|their|our|your)\b", stripped, re.I):
        return stripped  # "all mails from Bo": a determiner of its own
    named = re.fullmatch(r"(?:(?-i:[A-Z])[\w'\-]*\s*)+|[\w\-]+\.[a-z0-9]{2,4}\b.*", stripped)  # a name, a file name
    return stripped if re.match(_Q, stripped) or named else f"the {stripped}"
