"""Texting forms said in full before a task is read: "2"/"4" for "to"/"for", "n" and "r" for "and"/"are",
"2day", "2nite", "l8r", "wanna", "gonna", "addr", "convo", "rn".

"add it 2 my cart", "what 2 buy", "wrote 2 me", "a gift 4 my mum", "time n place", "how many photos r in it",
"send it l8r": a digit is read as a word only where a number cannot stand ("2 my", "2 me", "what 2 buy"), never
before a unit or a noun ("2 minutes", "add 2 apples"). Quoted text is held aside by the caller. General English.
"""

from __future__ import annotations

import re

_WHOLE = {"2day": "today", "2nite": "tonight", "2night": "tonight", "2moro": "tomorrow", "2morrow": "tomorrow",
          "l8r": "later", "gr8": "great", "wanna": "want to", "gonna": "going to", "gotta": "have to", "addr": "address",
          "convo": "conversation", "convos": "conversations", "rn": "right now", "b4": "before", "sum1": "someone",
          "any1": "anyone", "every1": "everyone", "no1": "no one", "w8": "wait"}
_WHOLE_WORD = re.compile(r"(?<![\w/@.'])(?-i:(" + "|".join(sorted(_WHOLE, key=len, reverse=True)) + r"))(?![\w/@']|\.\w)")
# What follows "to"/"for" and never a number: a possessive, an object pronoun, a determiner.
_AFTER = r"(?:my|your|ur|his|her|their|our|its|me|him|them|us|the|this|that|these|those|every|each|all)\b"
_TO_FOR = re.compile(rf"(?<![\w.,:$#+\-])(?P<d>[24])(?= {_AFTER})")
# "what 2 buy", "where 2 meet", "how 2 get there", "want 2 see": "to" before a verb after a question word or a wish.
_TO_VERB = re.compile(r"\b(?P<w>what|where|how|when|who|which|whom|want|need|have|going|like|love|try|trying|forgot)"
                      r" 2(?= [a-z]+\b)(?! (?:minutes?|hours?|days?|weeks?|times|more|of|x)\b)")
_AND = re.compile(r"(?<=[a-z,]) n (?=[a-z])")
_ARE = re.compile(r"(?<=[a-z]) r (?=[a-z])")


def in_full(text: str) -> str:
    """``text`` with the texting forms above said in full; the same text when it has none."""
    text = _WHOLE_WORD.sub(lambda m: _WHOLE[m.group(1)], text)
    text = _TO_FOR.sub(lambda m: "to" if m["d"] == "2" else "for", text)
    text = _TO_VERB.sub(lambda m: f"{m['w']} to", text)
    text = _AND.sub(" and ", text)
    return _ARE.sub(" are ", text)
