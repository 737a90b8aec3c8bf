"""Texting forms said in full before a task is read: "2"/"4" for "to"/"for", "n" and "r" for "and"/"are",
"2day", "2nite", "l8r", "wanna", "gonna", "addr", "convo", "rn", words without their vowels ("snd", "frm", "hv"), "phone no."; and the article texting drops put back where English
needs one: before a property "of" something ("txt Bo address of X", "change location of X") and before a superlative
("buy cheapest X", "call person who ...").

"add it 2 my cart", "what 2 buy", "wrote 2 me", "a gift 4 my mum", "time n place", "how many photos r in it",
"send it l8r": a digit is read as a word only where a number cannot stand ("2 my", "2 me", "what 2 buy"), never
before a unit or a noun ("2 minutes", "add 2 apples"); "4 "Yoga"", "2 10:30" (a quoted name, a clock time)
and "on May 3 2 Room 4" (right after a date) are "for"/"to" too. Quoted text is held aside by the caller. General English.
"""

from __future__ import annotations

import re

_WHOLE = {"2day": "today", "2nite": "tonight", "2night": "tonight", "2moro": "tomorrow", "2morrow": "tomorrow",
          "l8r": "later", "gr8": "great", "wanna": "want to", "gonna": "going to", "gotta": "have to", "addr": "address",
          "convo": "conversation", "num": "number", "nums": "numbers", "convos": "conversations", "rn": "right now", "b4": "before", "sum1": "someone",
          "any1": "anyone", "every1": "everyone", "no1": "no one", "w8": "wait",
          # words with their vowels dropped
          "hv": "have", "snd": "send", "frm": "from", "chg": "change", "chng": "change", "wats": "what is", "wat's": "what is",
          "bkmark": "bookmark", "bkmarks": "bookmarks", "cntct": "contact", "cntcts": "contacts", "nxt": "next", "lst": "last",
          "yr": "your", "shd": "should", "cld": "could", "wld": "would", "rmv": "remove", "dlt": "delete", "fwd": "forward"}
_WHOLE_WORD = re.compile(r"(?<![\w/@.'])(?-i:(" + "|".join(sorted(_WHOLE, key=len, reverse=True)) + r"))(?![\w/@']|\.\w)")
# What follows "to"/"for" and never a number: a possessive, an object pronoun, a determiner.
_AFTER = r"(?:my|your|ur|his|her|their|our|its|me|him|them|us|the|this|that|these|those|every|each|all)\b"
_TO_FOR = re.compile(rf"(?<![\w.,:$#+\-])(?P<d>[24])(?= {_AFTER}| \ue000\d+\ue001| \d{{1,2}}:\d{{2}}\b)")  # (a quoted name, a clock time)
# "on March 18 2 Studio 5": a number right after a date is no count of the next thing: "to"
_AFTER_DATE = re.compile(r"(?P<on>\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                         r" \d{1,2}) (?P<d>[24]) (?=[A-Z])")
# "what 2 buy", "where 2 meet", "how 2 get there", "want 2 see": "to" before a verb after a question word or a wish.
_TO_VERB = re.compile(r"\b(?P<w>what|where|how|when|who|which|whom|want|need|have|going|like|love|try|trying|forgot)"
                      r" 2(?= [a-z]+\b)(?! (?:minutes?|hours?|days?|weeks?|times|more|of|x)\b)")
_AND = re.compile(r"(?<=[a-z,]) n (?=[a-z])")
_ARE = re.compile(r"(?<=[a-z]) r (?=[a-z])")
# An article texting dropped, put back after a verb or preposition that needs its noun to have one ("change location
# of X", "buy cheapest X", "call person who ..."), or after a person's name ("txt Bo address of X").
_NEEDS = frozenset("change edit update replace text txt send email mail show find get check save copy share tell give call ring buy "
                   "order with of for from about to".split())
_PROPERTY = re.compile(r"\b(?:(?:phone|email|e-mail|street|home) )?(?:address|number|location|price|cost|name|title|subject"
                       r"|text|txt|date|start time|time|size|rating)(?= of\b)")  # lower case: "Title of Song" is a name
_SUPERLATIVE = re.compile(r"\b(?:cheapest|best-rated|nearest|largest|biggest|smallest|newest|oldest|latest|most recent"
                          r"|highest|lowest|person who)\b")
_WORD_BEFORE = re.compile(r"(?:^|\s)(?P<w>[\w'\-]+) $")


def _the(match: re.Match[str], text: str, after_name: bool) -> str:
    before = _WORD_BEFORE.search(text[:match.start()])
    if not before or before["w"] in ("to", "as", "called", "named", "titled"):
        return match.group()
    word = before["w"]
    named = after_name and word[0].isupper() and not re.search(r"(?:^|[.!?:]\s*)\S+ $", text[:match.start()])
    return f"the {match.group()}" if word.lower() in _NEEDS or named else match.group()


def in_full(text: str) -> str:
    """``text`` with the texting forms above said in full; the same text when it has none."""
    text = _WHOLE_WORD.sub(lambda m: _WHOLE[m.group(1)], text)
    text = _TO_FOR.sub(lambda m: "to" if m["d"] == "2" else "for", text)
    text = _AFTER_DATE.sub(lambda m: f"{m['on']} {'to' if m['d'] == '2' else 'for'} ", text)
    text = _TO_VERB.sub(lambda m: f"{m['w']} to", text)
    text = re.sub(r"\b(?P<k>phone|mobile|cell|tel) no\.?(?=\s|$|[,;])", r"\g<k> number", text)  # "phone no."
    text = _AND.sub(" and ", text)
    text = _ARE.sub(" are ", text)
    text = _PROPERTY.sub(lambda m, said=text: _the(m, said, True), text)
    return _SUPERLATIVE.sub(lambda m, said=text: _the(m, said, False), text)
