"""How far from a list's newest or oldest end the item a task means sits: "favourite the third newest
photo", "the second-to-last email", "the clip before the latest one", "skip the first two and open the
third".

``end_rows`` picks the newest or oldest row; this module says how many rows in from that end. An ordinal
counts only beside an age word or a count from the list's top ("third most recent", "the 4th file,
counting from the newest", "third from the top"), so "the third of May" or "my second alarm" pick
nothing here. "Second-to-last", "penultimate" and "the one before the latest" are the row next to the
newest (the last thing to arrive). "Skip the first N" counts from the top. Plain task grammar (English,
with the ordinals of a few sister languages) only.
"""

from __future__ import annotations

import re

_WORDS = {1: "second 2nd zweite zweiten deuxième deuxieme segundo segunda secondo seconda tweede",
          2: "third 3rd dritte dritten troisième troisieme tercero tercera tercer terzo terza derde",
          3: "fourth 4th vierte vierten quatrième quatrieme cuarto cuarta quarto quarta vierde",
          4: "fifth 5th fünfte fünften cinquième cinquieme quinto quinta vijfde",
          5: "sixth 6th sechste sechsten sixième sixieme sexto sexta sesto sesta zesde",
          6: "seventh 7th siebte siebten septième septieme séptimo septimo séptima settimo settima zevende",
          7: "eighth 8th achte achten huitième huitieme octavo octava ottavo ottava achtste",
          8: "ninth 9th neunte neunten neuvième neuvieme noveno novena nono nona negende",
          9: "tenth 10th zehnte zehnten dixième dixieme décimo decimo décima decima decimo decima tiende"}
_OFFSET = {w: n for n, said in _WORDS.items() for w in said.split()}
_ORDINAL = "|".join(sorted(map(re.escape, _OFFSET), key=len, reverse=True))
_COUNTS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine".split())}
_UNITS = (r"(?:of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|week|weekend|day|month|year|time|floor|"
          r"half|quarter|place|row\s+of|line\s+of)")
_AGE = (r"(?:newest|latest|most\s+recent|recent|oldest|earliest|least\s+recent|top|bottom|last|end|neueste\w*|"
        r"[aä]lteste\w*|r[eé]cente?s?|ancien\w*|reciente\w*|antigu\w*|vecchi\w*|nieuwste|oudste)")
# "the third newest", "3rd most recent photo", "the third photo, counting from the newest", "third from the top"
_NEAR_AGE = re.compile(rf"\b(?P<o>{_ORDINAL})\b(?![\s\-]+{_UNITS}\b)(?=(?:[\s\-]+[\w'’]+){{0,6}}?[\s\-,]+(?:counting\s+|"
                       rf"starting\s+|going\s+|counted\s+)?(?:from\s+(?:the\s+)?)?{_AGE}\b)", re.I)
_BEFORE_LAST = re.compile(r"\b(?:second|next)[\s\-]+(?:to|from)[\s\-]+(?:the[\s\-]+)?(?:last|latest|newest)\b|\b2nd[\s\-]+last\b"
                          r"|\bpenultimate\b|\bone\s+(?:right\s+|just\s+)?before\s+(?:the|their|his|her|my|your)\s+"
                          r"(?:most\s+recent|latest|newest|last)\b|\b(?:right|just)\s+before\s+(?:the|their|his|her|my|"
                          r"your)\s+(?:most\s+recent|latest|newest|last)\b|\bnot\s+(?:the|their|his|her|my)\s+(?:latest|newest|last|"
                          r"most\s+recent)\b[^.?!]{0,40}?\b(?:right\s+|just\s+)?before\s+(?:it|that)\b", re.I)
_SKIP = re.compile(r"\bskip(?:ping)?\s+(?:over\s+)?(?:the\s+)?(?:first|top|newest|latest)\s+(?P<n>\d|one|two|three|four|five|"
                   r"six|seven|eight|nine)\b", re.I)
_FROM_TOP = re.compile(r"\bfrom\s+the\s+top\b|\bskip(?:ping)?\s+(?:over\s+)?(?:the\s+)?(?:first|top)\b", re.I)
_FROM_BOTTOM = re.compile(r"\bfrom\s+the\s+(?:bottom|end)\b", re.I)


def offset(task: str) -> int:
    """How many rows in from the end the task's item is (0: the end row itself)."""
    if _BEFORE_LAST.search(task):
        return 1
    if m := _SKIP.search(task):
        n = m.group("n")
        return int(n) if n.isdigit() else _COUNTS[n.casefold()]
    m = _NEAR_AGE.search(task)
    return _OFFSET[m.group("o").casefold()] if m else 0


def end(task: str) -> str | None:
    """"newest" / "oldest" / "top" / "bottom" when only the ordinal's own words say the end ("second-to-last
    text": the newest end; "third from the top"), else None (the end is the age word ``end_rows`` reads)."""
    if _BEFORE_LAST.search(task):
        return "newest"
    if _FROM_BOTTOM.search(task):
        return "bottom"
    return "top" if _FROM_TOP.search(task) and offset(task) else None


def pick(ordered: list[int], at: int) -> int | None:
    """The row ``at`` rows in from the start of ``ordered`` (rows in the end's order), None past its end."""
    return ordered[at] if 0 <= at < len(ordered) else None
