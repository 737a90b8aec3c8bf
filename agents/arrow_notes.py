"""Short notes with arrows or an app and a colon, put as the request they stand for.

"Notely -> archive -> restore "Plans"" restores "Plans" in archive, in Notely (the places walked through, then the
act); "timer -> start" starts the timer and "cat.png -> mail to bo@ex.org" mails cat.png there (an act with no thing
of its own acts on the step before it; "it" is that step); "newest song -> title -> Ana Li on Chatly" sends Ana Li
the song's title there; "SMS -> Bo Li: phone no. of Ana" texts it to Bo Li; "clip a.mp4: where shot -> new note"
saves where a.mp4 was shot in a new note; "Pinly: delete board Cats" deletes it in Pinly, "Pinly: # boards with
pins?" and "Pinly: Ana Li's last pin for me?" ask it there (a message to a person says "you", or names no asker);
"zibmap saved places: remove X" takes X out of that list ("... from my saved places in zibmap"), "wishlist: add X" puts it in.
Runs early, on the task as typed. General note-taking grammar only, never an app's words.
"""

from __future__ import annotations

import re

from .arrow_queries import arrow_query
from .task_verbs import VERBS

_ARROW = re.compile(r"\s*(?:->|=>|→|-->|⇒)\s*")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_APP = r"(?P<app>(?-i:[A-Z])[\w\-]*)"
_SENDS = {"sms": "text", "text": "text", "message": "text", "email": "email", "e-mail": "email", "mail": "email"}
# After an act that has no thing of its own: nothing, a pronoun, or where / to whom.
_BARE = re.compile(r"^(?P<v>[a-z]+)(?:\s+(?:it|them|that|this|those))?(?P<r>\s+(?:to|in|into|on|onto|with|from|for|as|via|by)\b.*)?$",
                   re.I)
_SPOKEN_TO = re.compile(r"\b(?:you|your|u|ur|we|us|let's)\b", re.I)  # "Bo: did you get it?" is a message to Bo
_ASKER = re.compile(r"\b(?:me|my|I|mine)\b")
_ATTRIBUTE = re.compile(r"^(?:the |its )?(?:file name|name|title|address|phone number|number|e-?mail(?: address)?|price|size"
                        r"|date|time|location|link|code|rating)$", re.I)
_PERSON = re.compile(r"^(?P<p>(?-i:[A-Z])[\w'\-]+(?: (?-i:[A-Z])[\w'\-]+)+)(?P<on> (?:on|via|in|by) \S.*)?$")


def arrow_noted(text: str) -> str:
    """The request ``text`` stands for (see the module docstring); ``text`` when it is none of these notes."""
    body = re.sub(r"\b(?P<k>phone|mobile|cell|tel|telephone|contact) no\.?(?=\s|$)", r"\g<k> number", text.strip(), flags=re.I)
    said = arrow_query(body) or _chain(body) or _app_first(body) or _list_first(body)  # "X -> field = ?", "App: X -> unpin" first
    return said or text


def _segments(body: str) -> list[str]:
    masked = _QUOTED.sub(lambda m: "Q" * len(m.group()), body)
    cuts = [0] + [i for m in _ARROW.finditer(masked) for i in (m.start(), m.end())] + [len(body)]
    return [body[a:b].strip().rstrip(".") for a, b in zip(cuts[::2], cuts[1::2])]


def _chain(body: str) -> str:
    """"A -> B -> act": the act, on or in what the arrows walked through ("" when no arrow)."""
    steps = _segments(body)
    if len(steps) < 2 or not all(steps) or any(len(step.split()) > 12 for step in steps):
        return ""
    first, last = steps[0], steps[-1]
    sending = _SENDS.get(first.casefold())
    if sending and len(steps) == 2 and (m := re.fullmatch(r"(?P<p>[^:]+?):\s+(?P<x>.+)", last)):
        return f"{sending} {m['p']} the {m['x']}"  # "SMS -> Bo Li: phone number of Ana"
    noted = re.fullmatch(r"(?P<x>[^:]+?):\s+(?P<q>(?P<w>where|when|by whom|who) (?P<p>\w+)|(?:the )?(?P<a>[\w\- ]{2,30}))", first)
    if len(steps) == 2 and noted and re.fullmatch(r"(?:an? )?(?:new )?(?:note|memo)\b.*", last, re.I):
        kept = f"in {last}" if re.match(r"(?i:an?) ", last) else f"in a {last}"  # "photo a.jpg: where taken -> new note X"
        if noted["w"]:
            return f"save {noted['w']} {noted['x']} was {noted['p']} {kept}"
        return f"save the {noted['a']} of {noted['x']} {kept}"
    if any(":" in _QUOTED.sub("", step) for step in steps):
        return ""  # "notes rename: A -> B", "contacts: Bo -> favourite" (terse_arrows.py)
    verb = last.split()[0].casefold()
    if verb in VERBS and not re.match(r"\w+\.\w", last) and not last.endswith("?"):  # "X -> start time?" asks
        bare = _BARE.fullmatch(last)
        if bare and bare["v"].casefold() in VERBS:
            places, thing = steps[:-2], _the(steps[-2])
            if places and re.search(r"\bit\b", thing):  # "mail X -> the address it came from -> add to Bo's contact"
                thing = re.sub(r"\bit\b", _that(places[-1]), thing, count=1)
                places = places[:-1]
            said = f"{bare['v']} {thing}{bare['r'] or ''}"
        elif re.search(r"\bit\b", last) and len(steps) == 2:  # "mail X -> open the page it links to"
            return re.sub(r"\bit\b", _that(steps[0]), last, count=1)
        else:
            places, said = steps[:-1], last
        return said + "".join(f" in {place}" for place in reversed(places))
    person = _PERSON.fullmatch(last)
    if len(steps) == 3 and person and _ATTRIBUTE.fullmatch(steps[1]):  # "newest song -> title -> Ana Li on Chatly"
        attribute = re.sub(r"^(?:the|its) ", "", steps[1], flags=re.I)
        return f"send {person['p']} the {attribute} of {_the(first)}{person['on'] or ''}"
    return ""


def _that(thing: str) -> str:
    """What "it" stands for, said as that thing: "mail from Bo" -> "that mail from Bo"."""
    return f"that {thing}" if re.match(r"[a-z]", thing) and not re.match(r"(?:the|my|a|an|this|that)\b", thing) else thing


def _the(thing: str) -> str:
    """"stopwatch" -> "the stopwatch"; "best-rated X" -> "the best-rated X"; a name or a quoted title stays as it is."""
    if re.match(r"(?:the|my|a|an|this|that|his|her|their|our|your|all|every|each|both|these|those)\b|[\"“]|(?-i:[A-Z])|\S+\.\w{2,4}\b", thing, re.I):
        return thing
    return f"the {thing}"


_LIST = re.compile(r"(?:(?:my|the) )?(?P<app>(?!(?:my|the|new)\b)[\w\-]+ )?(?P<l>(?:saved|starred|favou?rite) (?:places|items|songs|tracks|files|photos)|favou?rites|cart|basket"
                   r"|bag|wishlist|watchlist|bookmarks|(?:playlist|album|list) [^:]{1,30}?)\s*:\s+(?P<v>remove|delete|take out|drop|add"
                   r"|put)\s+(?P<x>\S[^:]*?)\s*[.!]?", re.I)


def _list_first(body: str) -> str:
    """"zibmap saved places: remove X" -> "remove X from my saved places in zibmap"; "wishlist: add X" -> "add X to my
    wishlist": a list named first, then what goes out of it or into it."""
    m = _LIST.fullmatch(body)
    if not m:
        return ""
    where = f" in {m['app'].strip()}" if m["app"] else ""
    if m["v"].casefold() in ("add", "put"):
        return f"add {_the(m['x'])} to my {m['l']}{where}"
    return f"remove {_the(m['x'])} from my {m['l']}{where}"


def _app_first(body: str) -> str:
    """"Pinly: delete board Cats" -> "delete board Cats in Pinly"; "Pinly: # boards with pins?" -> "How many boards
    with pins on Pinly?"; "Pinly: Ana Li's last pin for me?" -> "What is Ana Li's last pin for me on Pinly?"."""
    m = re.fullmatch(rf"{_APP}\s*:\s+(?P<rest>\S.*?)\s*", body)
    if not m or _SPOKEN_TO.search(_QUOTED.sub("", m["rest"])) or re.search(r"\b(?:it|them)\b", _QUOTED.sub("", m["rest"])):
        return ""  # "Bo: did you get it?" to Bo; "Wi-Fi: turn it off": the thing said first
    rest, app = m["rest"], m["app"]
    verb = rest.split()[0].casefold()
    if verb == "new" and len(rest.split()) > 2:  # "Pinly: new board "Cats"" -> create a new Pinly board "Cats"
        return f"create a new {app} {rest.split(maxsplit=1)[1]}"
    if verb in VERBS and not rest.endswith("?") and not _ASKER.search(_QUOTED.sub("", rest)):
        return f"{rest.rstrip('.!')} in {app}"
    if not rest.endswith("?"):
        return ""
    question = rest.rstrip("?").strip()
    if count := re.match(r"^(?:#|no\.|number of|count of)\s*(?P<x>\S.*)$", question, re.I):
        return f"How many {count['x']} on {app}?"
    if re.match(r"(?:what|which|who|whom|whose|when|where|how|is|are|was|were|do|does|did|can|could|will)\b", question, re.I):
        return f"{question} on {app}?"
    if _ASKER.search(question) and re.search(r"(?-i:[A-Z])[\w\-]*'s\b", question):  # "Ana Li's last pin for me"
        return f"What is {question} on {app}?"
    return ""
