"""Everyday openers before a request, said away: what follows them is the request.

"Would you be able to call Ana?", "I was hoping you could text Bo", "Need to text Bo", "Gotta set an alarm",
"Can we turn Bluetooth off?", "How about you open Chrome?", "Time to turn on dark mode", "You can go ahead and
delete X" -> the request; "Mind turning off Wi-Fi?", "How about muting the chat?" -> "turn off Wi-Fi", "mute the
chat"; "Can I get a timer for 20 minutes?" -> "set a timer for 20 minutes"; "Could I have a new note called X" ->
"create a new note called X"; "Can I get a count of the X?" -> "count the X."; "I need to know X", "Show me how many X" -> "tell me X"; "Make sure Wi-Fi is off" ->
"turn off Wi-Fi". An opener is taken away only where a task verb follows it.

A how-to question asks the agent to do it ("How do I delete X?", "can u show me how to mute X", "how would I go
about archiving X" -> "delete X", "mute X", "archive X"), and "how can I see what X" asks what X ("tell me what X"),
except the way somewhere ("how do I get to X" is directions). Other languages ask it with a modal or a "how does one"
before the infinitive, or a first person the imperative also reads ("¿Cómo puedo borrar X?", "¿Cómo se borra X?",
"Wie kann ich X löschen?", "Wie lösche ich X?", "Comment supprimer X ?", "Come posso eliminare X?",
"Como faço para apagar X?" -> "borrar X", "borra X", "X löschen", "lösche X", "supprimer X", "eliminare X", "apagar X").
Advice and knowledge stay questions, in every language read: "should" ("how should I reply to Ana?", "wie soll ich
..."), what to say to someone ("how do I tell my boss I'm quitting?", "comment dire à Paul ..."), "what do you call",
a title ("How to Make ..."), one's own look ("how do I look in this?", "wie sehe ich aus?"), money, a kind of thing
with nothing named ("how do I make a cake?"), a name, word or spelling ("¿cómo se llama/dice/escribe X?") and the way
somewhere ("¿cómo puedo llegar al X?", "wie kann ich zum X kommen?").
"""

from __future__ import annotations

import re

from .task_verbs import VERBS, de_gerund

# Openers after which the request follows as a bare verb.
_INFINITIVE = re.compile(
    r"^(?:(?:would|could|will) you be able to|(?:I was|I am|I'm) (?:hoping|wondering if) you (?:could|can|would)"
    r"|I wonder if you (?:could|can)|I(?:'d| would) love (?:it )?if you (?:could|would)|(?:I |we )?(?:really )?need to"
    r"|(?:I |we )?(?:gotta|got to|have to|'ve got to|have got to)|(?:I )?wanna|(?:you can |you could )?go ahead and"
    r"|you (?:can|could|may)|(?:it's |it is )?time to|(?:can|could|shall) we|how about you|why don't you"
    r"|(?:can you |could you )?try to)\s+(?=(?P<v>[a-z]+)\b)", re.I)
# Openers after which the request follows as a gerund ("mind turning off X").
_GERUND = re.compile(r"^(?:mind|how about|what about)\s+(?=\w+ing\b)", re.I)
# "Can I get a timer for 20 minutes?": a thing the phone sets or makes, asked for.
_ASKED_FOR = re.compile(r"^(?:can|could|may) (?:I|we) (?:get|have)|^(?:I(?:'d| would) like|give me|get me|I want)"
                        r"(?= (?:a|an) (?:new )?(?:\w+ )?(?:timer|alarm|reminder|note|memo|event|album|playlist|contact|folder"
                        r"|list)\b)", re.I)
_ASKED_THING = re.compile(r"^(?P<a>(?:a|an) (?:new )?(?:\w+ )?(?P<k>timer|alarm|reminder|note|memo|event|album|playlist"
                          r"|contact|folder|list))\b", re.I)
# The making said again after the thing asked for, in the passive: "I'd like a timer to be set for 5 minutes".
_MADE = re.compile(r"^\s+to (?:be|get) (?:set|set up|made|created|added|started|scheduled|put in|booked)\b(?=\s*\S)", re.I)
# "Can I get a count of the X?": count the X.
_COUNT_OF = re.compile(r"^(?:can|could|may) (?:I|we) (?:get|have|see) (?:a|the) (?:count|tally|total number) of\s+(?=\S)", re.I)
_KNOW = re.compile(r"^(?:(?:I |we )?(?:need|would like|'d like|have) to (?:know|find out|see)|show me|let me see)"
                   r"(?= (?:how many|how much|what|which|who|when|where|whether|if)\b)", re.I)
# "How do I delete X?", "can u show me how to mute X", "how would I go about archiving X": the request.
_HOW_TO = re.compile(r"^(?:(?:(?:can|could|would|will) (?:you|u|ya) (?:please |pls |plz )?)?(?:show|tell|teach) me how"
                     r" (?:to|I (?:can|could|should|would|do|would go about|can go about)|do I)|how (?:do|can|could|would|should"
                     r"|shall|might|will|would) (?:I|we|one|you|u)(?: go about| manage to)?|how (?:to|I can|I could)"
                     r"|what(?:'s| is) the (?:way|best way|easiest way|quickest way) to|how (?:do|can) I get (?:you|the phone) to)"
                     r"\s+(?=(?P<v>[a-z]+)\b)", re.I)
# "how do I get to the station": the way there, not a request.
_WAY_THERE = re.compile(r"(?:get|go) (?:to|there|home|back|into town)\b", re.I)
# "how can I see what Bo sent me?": a question.
_HOW_SEE = re.compile(r"^(?:(?:can|could) (?:you|u) (?:please )?show me )?how (?:do|can|could|would) (?:I|we|u) (?:see|check"
                      r"|find out|know|tell|view|look up|figure out)\s+(?=(?:what|which|who|whom|whose|when|where|whether"
                      r"|how many|how much|how long|if)\b)", re.I)
# Other languages: a how-to frame before the infinitive (or a verb the imperative reads the same).
_ABROAD = r"^[¿¡]?\s*"
# "¿Cómo puedo borrar X?", "Comment supprimer X ?", "Come posso eliminare X?", "Como faço para apagar X?": the
# infinitive and what follows it.
_HOW_INFINITIVE = re.compile(
    _ABROAD + r"(?:c[oó]mo (?:puedo|podr[ií]a|hago (?:para|pa)|le hago para|se hace para|se puede|hacer para|debo)"
    r"|c[oó]mo (?:eu )?(?:posso|poderia|fa[çc]o (?:para|pra)|que (?:eu )?fa[çc]o (?:para|pra)|consigo)"
    r"|comment(?: est-ce que)?(?: je peux| puis-je| on peut| faire pour| fait-on pour| on fait pour| je fais pour)?"
    r"|come (?:posso|potrei|faccio (?:a|per)|si fa (?:a|per)))\s+"
    r"(?=\w+(?:ar|er|ir|ír|re|oir|or|ôr)\b\s+\S)", re.I)
# "¿Cómo se borra X?", "Come si elimina X?": the impersonal verb reads as the imperative ("borra X").
_HOW_IMPERSONAL = re.compile(_ABROAD + r"(?:c[oó]mo se|come si)\s+(?=\w+[aei]\b\s+\S)", re.I)
# "Wie kann ich X löschen?": the infinitive last ("X löschen"); "Wie lösche ich X?": "lösche X" (not the way there).
_HOW_MODAL_DE = re.compile(_ABROAD + r"wie (?:kann|könnte|muss|soll) (?:ich|man)\s+(?=\S.*\b\w+n\W*$)", re.I)
_HOW_FIRST_DE = re.compile(_ABROAD + r"wie (?P<v>(?!(?:komm|gelang|fahr|geh|heiß|sag|seh|fühl|schreib|sprech|antwort|frag)\w*\b)"
                           r"\w+e) ich\s+(?=\S)", re.I)
# Advice and knowledge asked with a how frame, not the act (see _asks_the_act): "how should I reply to Ana?", "how
# do you call a group of crows?" (what do you call), "How to Make an American Quilt" (a title), "how do I look in this
# photo?", "how do I tell my boss I'm quitting?" (what to say), "how do I make a cake?" (a kind of thing, none named),
# "how do I get rid of this rash?", "how do I send money to Ana without fees?" (money is never moved from a question).
_ADVICE_FRAME = re.compile(r"\b(?:should|shall|might|ought|debo|deber[ií]a|devo|deveria|dovrei|devrais|dois|soll|sollte)\b"
                           r"|\b(?:you|u) call\b|\bbest way\b", re.I)
_SELF = re.compile(r"(?:look|feel|seem|sound)\b(?!\s+(?:up|for|at|through)\b)|\w+\s+(?:you|yourself|u)\b", re.I)
_SAYING = re.compile(r"(?:tell|ask|say|answer|respond|explain|talk|apologi[sz]e|thank|convince|persuade|decir|dizer|dire"
                     r"|pedir|preguntar|perguntar|demander|chiedere|domandare|contestar|responder|rispondere|r[ée]pondre"
                     r"|explicar|expliquer|spiegare|hablar|falar|parler|parlare|sagen|antworten|fragen)\b", re.I)
_MESSAGING = re.compile(r"(?:text|message|reply|write|email|e-mail|mail|dm|sms)\b", re.I)
_CLAUSE = re.compile(r"\s(?:that\s+)?(?:I|I'm|I've|I'll|I'd|we|we're|he|she|they|it's|you're)\b|\s(?:for|about)\s")
_QUOTED = re.compile(r"[\"“”«»„\ue000]")
_MONEY = re.compile(r"^(?:pay|transfer|wire|venmo)\b|\b(?:money|cash|funds|payment)\b|[$€£¥₹]", re.I)
_UNNAMED = re.compile(r"\w+(?:\s+(?:up|out|off|on|down|in|back|rid of))?\s+"
                      r"(?:(?:a|an|some|any|this|that|these|those)\s|(?:some|any)(?:one|body)\b)", re.I)
_NAMED = re.compile(r"[\"“”«»„\ue000]|\d|\b(?!I\b)[A-Z]|\w\.\w")
# Going somewhere, in the languages the how frames are read in ("¿Cómo puedo llegar al aeropuerto?" is directions).
_WAY_ABROAD = re.compile(r"(?:llegar|ir|irme|chegar|arrivare|andare|raggiungere|aller|arriver|rendre|venir|venire|vir"
                         r"|tornare|volver|voltar|regresar|retourner|rentrer)\b", re.I)
# "¿Cómo se llama X?", "Come si dice X?", "¿Cómo se escribe X?", "¿Cómo se ve X?": a name, a word, a spelling, a look.
_IMPERSONAL_ASKED = re.compile(r"(?:llama|chiama|dice|escribe|scrive|ve|vede|pronuncia|hace|fa|va|llega|arriva|siente|sente"
                               r"|usa|traduce)\b", re.I)
_WAY_DE = re.compile(r"\b(?:kommen|gelangen|fahren|gehen|laufen|hinkommen|aussehen)\W*$", re.I)
_SURE = re.compile(r"^make sure (?:that )?(?P<x>(?:the |my )?[\w\- ]{1,30}?) is(?P<no> not|n't| no longer)? (?:turned |switched |set to )?"
                   r"(?P<s>on|off|enabled|disabled)\s*(?P<e>[.!]?)$", re.I)  # "... is not on": off


def opened(text: str) -> str:
    """``text`` with an everyday opener before its request taken away."""
    stripped = text.strip()
    if m := _SURE.match(stripped):
        state = "on" if (m["s"].lower() in ("on", "enabled")) != bool(m["no"]) else "off"
        return f"turn {state} {m['x']}{m['e']}"
    if how := _how_to(stripped):
        return how
    if (m := _KNOW.match(stripped)) and _lone(stripped[m.end():]):
        return "tell me" + stripped[m.end():]
    if (m := _COUNT_OF.match(stripped)) and _lone(stripped[m.end():]):
        return _unasked(f"count {stripped[m.end():]}")
    if m := _ASKED_FOR.match(stripped):
        rest = stripped[m.end():].lstrip()
        if thing := _ASKED_THING.match(rest):
            verb = "set" if thing["k"].lower() in ("timer", "alarm", "reminder") else "create"
            rest = rest[:thing.end()] + _MADE.sub("", rest[thing.end():], count=1)  # "I'd like an alarm to be set for 7"
            return _unasked(f"{verb} {rest}")
    if (m := _INFINITIVE.match(stripped)) and m["v"].lower() in VERBS and _owns(m, stripped):
        return _unasked(stripped[m.end():])
    if m := _GERUND.match(stripped):
        return _unasked(de_gerund(stripped[m.end():]))
    return text


def _how_to(text: str) -> str:
    """The request a how-to question asks for, or "" where ``text`` is none."""
    if m := _HOW_SEE.match(text):
        return "tell me " + text[m.end():]
    if (m := _HOW_TO.match(text)) and not _WAY_THERE.match(text, m.end()) and re.match(r"\w+\s+\S", text[m.end():]):
        rest = text[m.end():]
        if (m["v"].lower() in VERBS or (rest := de_gerund(rest)) != text[m.end():]) and _asks_the_act(m.group(0), rest):
            return _unasked(rest)
    if (m := _HOW_INFINITIVE.match(text)) and not _WAY_ABROAD.match(text, m.end()):
        if _asks_the_act(m.group(0), text[m.end():]):
            return _unasked(text[m.end():])
    elif (m := _HOW_IMPERSONAL.match(text)) and not _IMPERSONAL_ASKED.match(text, m.end()):
        return _unasked(text[m.end():])
    elif (m := _HOW_MODAL_DE.match(text)) and not _WAY_DE.search(text) and _asks_the_act(m.group(0), text[m.end():]):
        return _unasked(text[m.end():])
    if (m := _HOW_FIRST_DE.match(text)) and not re.search(r"\baus\W*$", text):
        return _unasked(f"{m['v']} {text[m.end():]}")
    return ""


def _asks_the_act(frame: str, rest: str) -> bool:
    """Does a how frame before ``rest`` (the verb first) ask the agent to do it, not for advice or knowledge? Not
    with "should" (what is best), "what do you call", a title ("How to Make ..."), the user's own look, words for a
    person (what to say, unless the words are quoted), money, or a kind of thing with nothing named ("a cake")."""
    if _ADVICE_FRAME.search(frame) or rest[:1].isupper() or _SELF.match(rest) or _MONEY.search(rest):
        return False
    if not _QUOTED.search(rest) and (_SAYING.match(rest) or _MESSAGING.match(rest) and _CLAUSE.search(rest)):
        return False
    return not (_UNNAMED.match(rest) and not _NAMED.search(rest))


def _owns(m: re.Match[str], text: str) -> bool:
    """Is what follows the opener the request? "You can find X in Y" says where X is; "I need to leave at 5, ..."
    is the user's own plan before the request (an opener with "I" or "we" stands only before a lone request)."""
    if re.match(r"you (?:can|could|may) (?:find|see|get)\b", m.group(0) + m["v"], re.I):
        return False
    return not re.match(r"(?:I|we)\b", m.group(0), re.I) or _lone(text[m.end():])


def _lone(rest: str) -> bool:
    """Is ``rest`` one clause (no second sentence, dash, comma or "so" clause after it)?"""
    return not re.search(r"[,;]\s|[.!?]\s+\w|\s[-–—]\s|\s(?:so|but|because)\s", rest)


def _unasked(request: str) -> str:
    """A request that was asked as a question ends as a request."""
    return re.sub(r"\s*\?$", ".", request)


