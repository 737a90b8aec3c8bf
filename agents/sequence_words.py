"""Steps with their order spelled out, said as a plain list of steps joined by the language's "then".

People write a multi-step request with order words: "First open X, then Y, and finally Z", "Primero abre X, luego Y
y por último Z", "Öffne zuerst X, dann Y und schließlich Z", "D'abord ouvre X, puis Y, et enfin Z". The opening
word ("first", "first of all", "to start," with its comma) is dropped and each closing or middle order word ("finally", "lastly",
"after that", "next") is said as that language's plain "then", so the steps read as "open X, then Y, then Z" (steps.py
reads that as one request); steps said as sentences ("Open X. Then find Y. Finally, star it.") read the same. Order words inside a quoted message are kept. General conventions of English, Spanish,
Portuguese, French, German, Dutch and the language of Italy only, never an app's words.
"""

from __future__ import annotations

import re

from .referents import hold_quotes, release

# language -> (the words opening the first step, the words before a later step, the plain "then" said instead)
_ORDER = {
    "en": (r"first(?:ly| of all| off)?(?=\s*,|\s+(?!(?:thing|things|time|step|of)\b)(?-i:[a-z])\w*\s+(?!(?:from|of|by|in|on|at|for)\b))"
           r"|to (?:start|begin)(?: with)?(?=,)",
           r"(?:and )?(?:then )?(?:finally|lastly|last of all|at last|in the end|after that|afterwards|(?:next|second(?:ly)?"
           r"|third(?:ly)?)(?=,))", "then"),
    "es": (r"primero|primeramente|antes que nada|para empezar(?=,)",
           r"(?:y )?(?:luego |después )?(?:finalmente|por último|al final|para terminar|después de eso|a continuación)", "luego"),
    "pt": (r"primeiro|primeiramente|antes de mais nada|para começar(?=,)",
           r"(?:e )?(?:depois )?(?:finalmente|por fim|por último|no final|para terminar|em seguida|a seguir)", "depois"),
    "fr": (r"d'abord|tout d'abord|premièrement|pour commencer(?=,)",
           r"(?:et )?(?:puis |ensuite )?(?:enfin|finalement|pour finir|pour terminer|à la fin|après ça|après cela)", "puis"),
    "it": (r"prima(?! di)|per prima cosa|innanzitutto|per cominciare(?=,)",
           r"(?:e )?(?:poi )?(?:infine|alla fine|per finire|dopo di che|quindi)", "poi"),
    "de": (r"zuerst|zunächst|erstmal|erst einmal|als erstes",
           r"(?:und )?(?:dann )?(?:schließlich|schliesslich|zum schluss|zuletzt|am ende|danach|anschließend|anschliessend)", "dann"),
    "nl": (r"eerst|om te beginnen(?=,)",
           r"(?:en )?(?:dan )?(?:ten slotte|tot slot|als laatste|uiteindelijk|daarna|vervolgens)", "dan"),
}
_THEN_WORDS = r"then|luego|después|depois|puis|ensuite|poi|dann|dan"
# a day, week or time after "next": "Next Monday, add ..." is a date, no order word
_WHEN = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|week(?:end)?|month|year|time|morning|afternoon|evening|night|day"
         r"|january|february|march|april|may|june|july|august|september|october|november|december|\d")
# a message said after a colon ("Text Ana: I'm leaving now. Then ..."): its own words, never steps
_MESSAGE = re.compile(r"^\s*(?:(?:please|can you|could you)\s+)?(?:text|message|msg|sms|dm|whatsapp|reply(?: to)?|respond to|answer"
                      r"|tell|write(?: to)?|send|e-?mail|post(?: in| to)?)\b[^:.!?\"“]{0,60}:\s*\S", re.I)
# the word opening a sentence that is the next step ("Open X. Then find Y. Finally, star it."), by language
_NEXT = {"en": rf"then|next(?!\s+(?:{_WHEN})\b)|after that|afterwards|finally|lastly", "es": r"luego|después|entonces|finalmente|por último",
         "pt": r"depois|então|em seguida|finalmente|por fim", "fr": r"puis|ensuite|enfin|finalement",
         "it": r"poi|quindi|infine|dopo", "de": r"dann|danach|anschließend|schließlich|zuletzt",
         "nl": r"daarna|vervolgens|ten slotte|tot slot"}
# a later order word follows a comma, or "and" (in any of these languages) said without one: never "... next week"
_BEFORE = r"(?:,\s*|\s+(?=(?:and|y|e|et|und|en)\s))"


def in_order(text: str) -> str:
    """``text`` with its order words said as plain steps (see the module docstring); the same text unless an opening
    order word starts the steps and a "then" or a later order word goes on, or a later order word follows steps
    already joined by "then"."""
    held_text, held = hold_quotes(text)
    if _MESSAGE.match(held_text):
        return text  # the order words are the message's own
    for language, (first, later, then) in _ORDER.items():
        lead = re.match(rf"^\s*(?:{first})\b\s*,?\s*(?=\w)", held_text, re.I)
        said = held_text[lead.end():] if lead else held_text
        if not lead and then in ("dann", "dan"):  # "Öffne zuerst X, dann ...", "Open eerst X, dan ...": verb second
            lead = re.match(rf"^(?P<v>\w+)\s+(?:{first})\b\s*(?=\w)", said, re.I)
            said = f"{lead['v']} {said[lead.end():]}" if lead else said
        said, sentences = re.subn(rf"\s*[.;!]\s+(?:{_NEXT[language]})\b\s*,?\s+(?=\w)", f", {then} ", said, flags=re.I)
        later_step = re.compile(rf"{_BEFORE}(?:{later})\b\s*[,:]?\s+(?=\w)", re.I)
        joined = re.search(rf"(?:,\s*|\s)(?:{_THEN_WORDS})\s+\w", said, re.I)
        if not (lead and (joined or later_step.search(said))) and not (joined and later_step.search(said)) \
                and sentences < 2 and not (sentences and lead):
            continue  # one sentence opened by "Then" with no other order word is no list of steps
        return release(later_step.sub(f", {then} ", said), held)
    return text

__all__ = ["in_order"]
