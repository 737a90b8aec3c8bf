"""Texting shorthand said in full before the task is read: "&" and, "w/" with, "@ 7:30" at 7:30, "can u" can you,
"b4" before, "del it" delete it, "my cal" my calendar, "pls" please, "# X?" how many X?, "# of X" number of X; and the British "pop / bung X in
Y" is put.

Runs early, on the task with its quotes held aside (a message's own words stay as typed). Only shorthand that reads
one way in a request; a capital "U" or "Del" (a name, a letter) is left alone. General English texting only.
"""

from __future__ import annotations

import re

# Whole words of texting shorthand -> the words meant (lower case only: "U2", "Del Mar" are names).
_WORDS = {"u": "you", "ur": "your", "b4": "before", "pls": "please", "plz": "please", "thx": "thanks", "tho": "though",
          "bc": "because", "b/c": "because", "w/o": "without", "w/": "with", "tmrw": "tomorrow", "chk": "check", "ppl": "people",
          "abt": "about", "msg": "message", "txt": "text"}
_WORD = re.compile(r"(?<![\w/@.&'])(?-i:(" + "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True)) + r"))(?![\w/@']|\.\w)")
# "del" is delete only before what it deletes ("del it", "del the file", "del my note").
_DEL = re.compile(r"(?<![\w'])(?-i:del)(?= (?:it|them|that|this|these|those|the|my|a|an|all|every|file|note|photo|event|alarm"
                  r"|contact|message|mail|email|\ue000)\b|\s\ue000)")
# British "pop / bung / whack / chuck / plonk X in Y" at a request's start is put.
_PUT = re.compile(r"(?:^|(?<=[-–—:;,.!] ))(?i:pop|bung|whack|chuck|plonk)(?= [^,;]+? (?:in|into|on|onto|to)\b)")


def unabbreviated(text: str) -> str:
    """``text`` with texting shorthand said in full (see the module docstring); the same text when it has none."""
    text = _WORD.sub(lambda m: _WORDS[m.group(1)], text)
    text = re.sub(r"(?P<a>\S+)\s+&\s+(?=(?P<b>\S+))", lambda m: m[0] if m["a"][:1].isupper() and m["b"][:1].isupper()
                  else f"{m['a']} and ", text)  # "Food & Drink" is a name
    text = re.sub(r"(?<!\S)@\s*(?=\d{1,2}(?::\d\d)?\b(?!\.\d)(?!@))", "at ", text)  # "@ 7:30", not an address
    text = _DEL.sub("delete", text)
    text = re.sub(r"\b(?P<d>my|the|to|from|in|on) (?-i:cal)\b(?![\w.])", r"\g<d> calendar", text, flags=re.I)
    text = re.sub(r"^\s*#\s+(?!of\b)(?=[^\W\d][^?#]*\?\s*$)", "how many ", text, flags=re.I)  # "# texts from Bo today?": a count asked
    text = re.sub(r"(?<![\w#])#\s*of\s+(?=[^\W\d])", "number of ", text, flags=re.I)  # "cart, # of items"
    return _PUT.sub("put", text)
