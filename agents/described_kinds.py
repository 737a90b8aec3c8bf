"""Items described by what the user did to them, said with the word a list shows for that kind.

"the emails I haven't opened yet" -> "the unread emails"; "the contacts I've marked as favourites" -> "the favourite
contacts"; "the songs we starred" -> "the starred songs"; "count the bookmarks saved in X" -> "count the bookmarks in X"
(saved is what makes them bookmarks, no step). General English only.
"""

from __future__ import annotations

import re

_NOUN = r"(?P<n>(?!(?:the|my|our|many|is|was|has|does|this|its)\b)[\w\-]+s)"  # a plural item
_BY_ME = r"(?:that |which )?(?:I|we)(?: have|'ve)? "
_NOT_BY_ME = r"(?:that |which )?(?:I|we) (?:have not|haven't|'ve not|never|did not|didn't) "
_NOT_OPENED = re.compile(rf"\b{_NOUN}(?P<mid>(?: (?:in|on|from) (?:my |the |our )?[\w\-]+(?: [\w\-]+)?)?) {_NOT_BY_ME}"
                         r"(?:yet )?(?:opened|read|seen|looked at|checked)"
                         r"(?: yet| so far)?\b", re.I)
_MARKED = re.compile(rf"\b{_NOUN} {_BY_ME}(?:marked|set|flagged|saved|added|tagged) as (?:an? |my |one of my )?"
                     r"(?P<k>favou?rite|starred|important)s?\b", re.I)
_STARRED = re.compile(rf"\b{_NOUN} {_BY_ME}(?P<k>starred|pinned|muted|archived)\b", re.I)
_SAVED_IN = re.compile(rf"\b(?P<q>count|how many|number of|list)(?P<d> (?:the|my|all|all the|all my))? {_NOUN} "
                       r"(?:that are |which are |I have |I've )?(?:saved|stored|kept) (?=(?:in|on)\b)", re.I)


def described(text: str) -> str:
    """``text`` with items described by what was done to them said as that kind (see the module docstring)."""
    text = _NOT_OPENED.sub(lambda m: f"unread {m['n']}{m['mid']}", text)
    text = _MARKED.sub(lambda m: f"{m['k'].lower()} {m['n']}", text)
    text = _STARRED.sub(lambda m: f"{m['k'].lower()} {m['n']}", text)
    return _SAVED_IN.sub(lambda m: f"{m['q']}{m['d'] or ''} {m['n']} ", text)
