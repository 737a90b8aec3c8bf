"""What a task asks of a screen, in words the ranker can match to labels.

Generic UI language only (no app's words): the verb a task starts with and the few verbs real
apps label differently ("write" a mail is "Compose"), the state a switch should end in (in the
languages phones commonly ship), and names the user capitalised (a person, an account), which
say more than common words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import chinese_forms, switch_words, unspaced_verbs, verb_final, word_forms
from .cancelling import ENDING_VERBS, cancels_item
from .exclusions import excluded_words, split
from .spelling import germanic
from .switch_states import OFF_WORDS as _OFF
from .switch_states import ON_WORDS as _ON
from .switch_states import said_keys, separable_state, setting_names
from .text import elided_joins, normalize, overlap, words

# A task's verb and the words apps put on the button that does it; a few settings' other names.
SYNONYMS: dict[str, frozenset[str]] = {
    verb: frozenset(alts.split()) for verb, alts in {
        "write": "compose new create", "compose": "write new create", "create": "new add compose",
        "find": "search", "look": "search", "search": "find",
        "delete": "trash remove discard", "remove": "delete trash",
        # the same setting named differently by vendors and languages
        "wifi": "wlan", "wlan": "wifi", "airplane": "flight aeroplane", "flight": "airplane aeroplane",
        "aeroplane": "airplane flight", "cellular": "mobile", "tethering": "hotspot", "hotspot": "tethering",
        "text": "message send sms", "reply": "send", "call": "dial", "dial": "call", "star": "favorite favourite", "starred": "star favorite favourite",
        "favorite": "star", "favourite": "star", "buy": "checkout order purchase", "purchase": "buy checkout",
        "move": "edit", "change": "edit", "reschedule": "edit", "rename": "edit", "edit": "change",
        "erase": "delete remove", "clear": "delete remove", "mail": "email compose", "email": "mail compose",
        "sms": "text message", "update": "edit change", "join": "connect", "connect": "join",
        "picture": "photo image", "image": "photo picture",
        "hold": "pause", "freeze": "pause", "stop": "pause", "halt": "pause stop", "continue": "resume start", "resume": "continue start", "unpause": "resume continue",
        "cart": "basket bag", "basket": "cart bag", "silence": "mute", "shut": "close", "wipe": "clear delete", "bin": "trash delete",
    }.items()
}
# Where phones keep a setting (Android's and common vendors' settings sections), counted half.
RELATED: dict[str, frozenset[str]] = {
    word: frozenset(section.split()) for words_, section in (
        ("airplane flight aeroplane wifi wlan hotspot tethering mobile data sim vpn", "network internet connections"),
        ("bluetooth nfc pairing cast", "connected devices connections bluetooth"),
        ("brightness dark theme font wallpaper timeout rotate", "display"),
        ("ringtone volume vibrate vibration dnd disturb", "sound vibration"),
        ("location gps", "location privacy"),
        ("battery saver", "battery"),
    ) for word in words_.split()
}
_TOGGLE_VERBS = frozenset("turn switch put set make keep".split())
# English "on" leading a noun phrase ("on delivery", "on my calendar"), not "on" ending a request ("wifi on please")
# A place, a time or a manner after it ends the request's state: "dark mode on in Chrome", "Bluetooth on tonight",
# "flashlight on quickly", "battery saver on until 8am" ("on at" stays a place: "which network is my phone on at ...").
_PREPOSITION_ON = re.compile(r"\bon\s+(?!(?:please|now|again|too|then|and|for|if|when|while|right|already|pls|in|until|"
                             r"till|during|so|tonight|overnight|\w+ly)\b)\w", re.I)
_IS_IT_ON = re.compile(r"^\s*(?:is|are)\s+(?:\w+\s+){1,3}on\s+at\b", re.I)  # "is my hotspot on at the moment?": its state
_GERMAN_NOUN = re.compile(r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer) ([A-ZÄÖÜ][\w\-]+)")  # an article's
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZА-ЯЁІЇЄҐЎЈЉЊЋЏΑ-Ω][\w'’\-]+")  # capitalised in a cased script


@dataclass
class Goal:
    """The words of a task (and subgoal), the ones that weigh double, its verb, the switch state."""

    words: set[str]
    names: set[str] = field(default_factory=set)
    verbs: set[str] = field(default_factory=set)
    want_on: bool | None = None
    toggle_words: set[str] = field(default_factory=set)
    related: set[str] = field(default_factory=set)
    creating: bool = False  # the task makes something new ("add a contact", "create a note")
    excluded: set[str] = field(default_factory=set)  # "but leave Wi-Fi scanning on": words of what to leave alone
    text: str = ""  # the request as said (what to leave alone cut off): its words in their order

    def match(self, label_words: set[str]) -> float:
        """Shared words, capitalised names counting double (CJK bigrams half, see ``text.overlap``),
        other forms of a word less than the word (agents/word_forms.py), a name's other forms (its cases:
        "Оксані" / "Оксана") double as well, words of the section that holds a setting half."""
        shared = label_words & self.words
        shared -= elided_joins(shared)  # "l'application" on both sides is one word shared
        related = 0.5 * len((label_words - self.words) & self.related)
        other = {n for n in self.names for w in label_words if word_forms.other_gender(n, w)}  # "Julia" / "Julio"
        forms = word_forms.forms(self.words - shared - other, label_words - shared - self.related)
        named = word_forms.forms(self.names - shared, label_words - shared - self.related, word_forms.name_weight)
        return overlap(shared, shared) + overlap(shared & self.names, shared & self.names) + forms + named + related


def parse_goal(task: str, subgoal: str = "") -> Goal:
    excluded = excluded_words(task)
    task = split(task)[0]  # what to leave alone is no part of the goal
    text = f"{task} {subgoal}".strip()
    all_words = words(text, stopwords=frozenset())
    named = setting_names(text, all_words)  # "关闭无线网络", "apaga el Bluetooth" on an English screen
    goal = Goal(words=words(text) | _synonyms(all_words) | named | words(chinese_forms.joined(text)),  # "打个车"
                excluded=excluded, text=task)
    goal.names = set().union(*(words(n) for n in _NAME.findall(task))) if _NAME.search(task) else set()
    if goal.names and germanic(task):  # "mach den Termin ganztägig": a German noun after its article, no name
        goal.names -= {w.casefold() for w in _GERMAN_NOUN.findall(task)}
    first = words(task.split(maxsplit=1)[0], stopwords=frozenset()) if task.split() else set()
    first = unspaced_verbs.verb_keys(task, first)  # "帮我找一下...": the act opens the run, not every pair of it
    first = verb_final.goal_verbs(task, first)  # "बिजली का बिल भर दो": the verb is the last word
    first |= clause_verbs(task) - goal.names  # "(Ana Ruiz does not ...)": a name starts that clause, no verb
    goal.verbs = first | _synonyms(first) | (_SENDS if first & _SENDING else set())
    if cancels_item(task):  # "cancel my timer": its Delete / Stop button, not going back
        goal.verbs |= ENDING_VERBS
    if _ZEROED.search(task):  # "put the counter back to zero": its Reset button
        goal.verbs |= {"reset"}
    own = said_keys(words(re.sub(r"\([^()]*\)", " ", text), stopwords=frozenset()))  # the request's own state
    stated = own if own & (_OFF | _ON) else said_keys(all_words)  # "turn X on again (I disabled X last week)"
    if _PREPOSITION_ON.search(task) and not all_words & _TOGGLE_VERBS and not _IS_IT_ON.match(task):
        stated = stated - {"on"}  # "cash on delivery", "a note on my calendar": a place or a way, no state
    negated = _NOT_STATE.search(re.sub(r"\([^()]*\)", " ", task))
    if negated and not all_words & _TOGGLE_VERBS and not re.search(r"\b(?:if|unless|whether|when|in case)\b[^,;.]*$",
                                                                   negated.string[:negated.start()], re.I):
        stated = {"off"} if negated["s"].casefold() in ("on", "enabled", "activated") else {"on"}  # "X should not be on": off
    if _TICKED_OFF.search(task):
        stated = (stated - _OFF) | {"on"}  # "tick it off my list": a box ticked, no switch turned off
    separable = separable_state(task)  # "schalte das WLAN aus"
    if separable is not None:
        goal.want_on = separable
    elif stated & _OFF:
        goal.want_on = False
    elif stated & _ON:
        goal.want_on = True
    if separable is not None:  # "slå på väckarklockan": "på" says the state, not a word of the alarm's row ("På")
        goal.words -= switch_words.particle_words(task)
    goal.toggle_words = goal.words - _OFF - _ON - _TOGGLE_VERBS
    goal.related = set().union(*(RELATED.get(w, frozenset()) for w in all_words | named)) if all_words else set()
    goal.creating = bool(_CREATING.search(task if _MAKING.match(task) else _HELD_NEW.sub(" ", task))) or bool(first & {"create", "compose", "write", "draft", "make"})
    if goal.creating:
        goal.verbs |= CREATE
    goal.words -= CREATE - all_words - goal.verbs  # "show my sent emails": a mail named asks for no Compose button
    return goal


# A state said negated after a copula: "is not on", "isn't enabled", "should not be on" (the other state is wanted).
# "tick it off", "cross the milk off my list", "check that off": a to-do marked done (its box ticked), no state "off";
# not "check the Wi-Fi is off" (a state said after a copula).
_TICKED_OFF = re.compile(r"\b(?:tick|check|cross|mark)(?:s|ed|ing)?(?:\s+(?!(?:off|is|are|was|were|be|been|turned|switched|"
                         r"stays?)\b)[\w'-]+){0,4}?\s+off\b", re.I)
_NOT_STATE = re.compile(r"\b(?:(?:is|are|was|were)(?:\s+not|n't|\s+no\s+longer)|(?:not|never)\s+be)\s+(?:turned\s+|switched\s+|set\s+)?"
                        r"(?P<s>on|off|enabled|disabled|activated|deactivated)\b", re.I)
_ZEROED = re.compile(r"\b(?:back|down|reset) to (?:zero|0|nought|the start)\b(?![.,]\d)|\bzero (?:it|them) out\b", re.I)
# A sending verb's button when it is the task's verb ("email Bo ..." ends on "Send"), not a word of its object.
_SENDING = frozenset("email mail sms".split())
_SENDS = frozenset({"send"})
# Buttons that make a new item, and the task grammar that asks for one: "add a/an/new", "set an alarm".
CREATE = frozenset("new add create compose plus +".split())
_CREATING = re.compile(r"\b(?:add|set(?: up)?|create|make|start|schedule|write|save|send|compose|draft)\s+(?:a|an|new)\b"
                       r"|\bnew\b|^\W*(?:please\s+)?(?:add|put|pop|stick)\b.+\b(?:in|on|to|into) (?:my|the) (?:calendar|agenda|diary)\b",
                       re.I)  # "put X in my calendar": a new entry


# "the new email", "my 3 new messages", "any new notifications": something already there that is new, asked to be
# opened or read (a request that starts by making, "add my new number", still makes).
_HELD_NEW = re.compile(r"\b(?:the|my|your|our|his|her|their|its|these|those|any|\d+)\s+new\b", re.I)
_MAKING = re.compile(r"^\W*(?:please\s+)?(?:add|create|make|write|compose|draft|save|send|set|start|schedule|put|pop|stick)\b",
                     re.I)


# Where an imperative starts inside a chatty task: "... - can you mute it", "...; unpin it", "please star",
# "in Firefox close ..." (the app first).
_CLAUSE = re.compile(r"(?:^(?:in|on|using|via)\s+[\w.\-]+\s+|^|[.;:!?](?!\w)\s*|[,(]\s*|\s[-–—]\s+|\b(?:please|you|and|then|just)\s+)"
                     r"(?:please\s+)?(?:(?:can|could|would|will) you\s+)?(?:please\s+)?([a-z][a-z'-]+)", re.I)
_NOT_VERBS = frozenset("i my the a an it this that is are was be what which who how when where there they "
                       "their them me you your no not any some all".split())


def clause_verbs(task: str) -> set[str]:
    """The first word of every clause (where a chatty or terse task puts its verb)."""
    found = {m.group(1).casefold() for m in _CLAUSE.finditer(re.sub(r"[\"“”][^\"“”]*[\"“”]", " ", task))}
    return verb_final.lead(task, set().union(*(words(w, stopwords=frozenset()) for w in found - _NOT_VERBS))) if found else set()


def _synonyms(found: set[str]) -> set[str]:
    return set().union(*(SYNONYMS.get(w, frozenset()) for w in found)) if found else set()


def first_word(label: str) -> str:
    """The label's first word key, the same in every run: the key written first (a CJK run's first
    character pair, not any of them), the shorter of two at one place ("replies": "reply")."""
    parts = normalize(label).split()
    keys = words(parts[0], stopwords=frozenset()) if parts else set()
    return min(keys, key=lambda k: (max(parts[0].find(k), 0), len(k), k), default="")


def wanted_toggle(task: str) -> tuple[set[str], bool] | None:
    """({'wifi'}, False) for 'Turn Wi-Fi off.' / 'disable Wi-Fi'; None when no state is asked for."""
    goal = parse_goal(task)
    return None if goal.want_on is None else (goal.toggle_words, goal.want_on)
