"""Words of Scottish, Irish and Southern US English said as the standard English words the readers know.

Regional English writes a few common words its own way: "ye" and "ya" for "you" ("Can ye shift it", "would ya"),
"tae" for "to", "whit" for "what" ("Whit's her number?"), "wi'" for "with", "gie" for "give", "aye" for "yes",
"y'all" for "you", "fixin' to" for "going to", and "us" for "me" after a request's verb ("Set us an alarm", "Give us
her number"; not where "us" may be a group: "get us a bigger car", "book us a table"). :func:`standard` says them as standard English, outside quotes only. Names keep
their capitals: only the lower-case forms, or a capitalised one first in the text, are read; a word another language
writes in Latin letters is read only where English grammar puts it ("ye" and "ya" after a modal or a verb, "Can ye",
not Hindi "ye post"; "tae" before a word; "aye" first before a comma). General English only.
"""

from __future__ import annotations

import re

from .text import QUOTED

# A word of regional English -> its standard form (read lower case anywhere, capitalised only first).
_WORDS = {"ye": "you", "ya": "you", "yous": "you", "youse": "you", "y'all": "you", "yall": "you", "tae": "to",
          "whit": "what", "gie": "give", "wi'": "with", "wi": "with", "aye": "yes", "naw": "no", "dinnae": "do not",
          "cannae": "cannot", "willnae": "will not", "wouldnae": "would not", "couldnae": "could not", "didnae": "did not",
          "isnae": "is not", "wasnae": "was not", "gonnae": "going to", "wannae": "want to", "oot": "out", "aboot": "about",
          "fixin' to": "going to", "fixing to": "going to"}
_WORD = re.compile(r"(?<![\w'])(?P<w>fixin' to|fixing to|y'all|wi'|[A-Za-z]+)(?!\w)")
# "Set us an alarm", "give us her number": "us" for "me" as the person a request is done for (before its object).
_US = re.compile(r"(?P<v>\b(?:set|give|send|find|show|play|read|text)) us (?=(?:a|an|the|her|his|their|its|your|that|this|those|these|some)\b)", re.I)
# Regional words that are also other words: "ya" only after a verb or modal ("would ya", "can ya", "thank ya");
# "wi" only before an article or a pronoun ("wi the label"); "aye" only first ("Aye, go on").
_MODAL = re.compile(r"\b(?:would|could|can|will|do|did|are|were|thank|see|love|hear|got|have|tell|give|show)\s+$", re.I)
_AFTER = {"ya": _MODAL, "ye": _MODAL, "wi": re.compile(r"\S\s+$")}
# Irish "Would you ever X?" asks X ("would you" stays, the leads read it); Irish "there" after a request before a
# closing ("Send it to Bo there, thanks"), where no place was said ("put it there", "over there" stay)
_EVER = re.compile(r"\b(?P<w>(?:would|could|will) (?:you|ye|ya)) ever\b(?=\s+(?-i:[a-z]))", re.I)
_THERE = re.compile(r"(?<!\bit)(?<!\bthem)(?<!\bover)(?<!\bup)(?<!\bdown)(?<!\bin)(?<!\bout)(?<!\bfrom)(?<!\bto)(?<!\bat)"
                    r"(?<!\bhere)(?<!\bget)(?<!\bgo)(?<!\bbe)(?<!\bstay)(?<!\bis)(?<!\bare)(?<!\bwas)"
                    r" there(?=\s*,\s*(?:thanks|thank you|cheers|ta|would you|will you|would ya|will ya|could you|please|love|pet)\b)")
_BEFORE = {"tae": re.compile(r"^\s+(?-i:[a-z])|^\s+\d"), "aye": re.compile(r"^\s*[,!.]"), "naw": re.compile(r"^\s*[,!.]"),
           "wi": re.compile(r"^\s+(?:the|a|an|my|his|her|their|its|your|this|that|it|him|them|me|us)\b", re.I)}


def standard(text: str) -> str:
    """``text`` with regional English words said as standard English (see the module docstring)."""
    parts = re.split(f"({QUOTED.pattern})", text)
    for i in range(0, len(parts), 2):
        parts[i] = _US.sub(r"\g<v> me ", _WORD.sub(lambda m, first=i == 0: _said(m, first), parts[i]))
        parts[i] = _THERE.sub("", _EVER.sub(r"\g<w>", parts[i]))
    return "".join(parts)


def _said(m: re.Match[str], first_part: bool) -> str:
    word = m["w"]
    key = word.casefold()
    if key not in _WORDS:
        return word
    at_start = first_part and not m.string[:m.start()].strip(" \t-*>:([")
    if word != word.lower() and not at_start:
        return word  # a name ("Whit Stillman", "Aye Aye Ltd")
    before, after = m.string[:m.start()], m.string[m.end():]
    if key in _AFTER and not _AFTER[key].search(before) or key in _BEFORE and not _BEFORE[key].match(after):
        return word
    if key in ("aye", "naw") and not at_start:
        return word
    said = _WORDS[key]
    return said[0].upper() + said[1:] if word[0].isupper() else said
