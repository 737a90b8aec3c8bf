"""Shapes of a request that say which reading a rule must not take.

A capitalised contraction past a sentence's start is a title's own word ("play Don't Stop Me Now"); a search-box query
names whose value it asks ("Town Pool opening hours", "Nora Diaz phone number") or where it is ("from email"), while
"Reset password" or "Verify email" are terse requests; a thing said before ", V it" is a noun phrase, never a negated,
conditional or answering clause ("Don't send it yet, save it", "Yes, send it"); a question naming a thing followed by an
act on "it" is that act on the thing ("What's my next alarm? Turn it off"); "take it out" of the list or mark another clause
names is a removal from it. General English only.
"""

from __future__ import annotations

import re

# A question naming a thing, then an act on "it": the act on that thing is the request.
_ASKED_FIRST = re.compile(r"(?:what|when|where) (?:is|are) (?P<np>(?:the|my|your|our) [^?]{1,50}?)\s*\?", re.I)
_BACK_TO = re.compile(r"(?<=\w )(?:it|them)\b", re.I)
# Words that start a clause, not a thing said first ("Don't send it yet, save it", "Rather than X, archive it", "Yes, send it").
NO_THING_FIRST = re.compile(r"(?:do not|don't|never|not|no|yes|yeah|ok|okay|sure|rather than|instead of|without|unless|if|when"
                            r"|after|before)\b", re.I)


def in_title(m: re.Match[str]) -> bool:
    """A contraction in a capitalised word past a sentence's start: a title's own word ("Play Don't Stop Me Now")."""
    start = m.start()
    while start and (m.string[start - 1].isalnum() or m.string[start - 1] == "'"):
        start -= 1
    before = m.string[:start].rstrip()
    return m.string[start:start + 1].isupper() and not m.string[start:start + 2] == "I'" \
        and bool(before) and before[-1] not in ".!?:;,(\"-–—"


def search_query(m: re.Match[str]) -> str:
    """A search-box query (groups o, a, w) asks for its value when it names whose it is ("Town Pool", "Nora Diaz": a run of
    capitalised words) or where it is ("from email", "(pool.org)"); "Reset password", "Verify email", "Scan QR code" (a
    sentence-case word before lower-case words or an acronym, no source) are terse requests, left as said."""
    named = re.fullmatch(r"(?:(?:[A-Z][a-z][\w'&.\-]*|\d\S*)\s+)+(?:[A-Z][a-z][\w'&.\-]*|\d\S*)", m.group("o"))
    if not named and not m.group("w") or re.search(r"\b(?:this|that|these|those)\b", m.group("o"), re.I):
        return m.string
    return f"What is the {m.group('o')} {m.group('a')}{m.group('w') or ''}?"


def act_on_asked(question: str, act: str) -> str | None:
    """"What's my next alarm?" + "Turn it off" -> "Turn my next alarm off"; None when the question names no thing or the
    act no "it"."""
    asked = _ASKED_FIRST.fullmatch(question.strip())
    if not asked or not _BACK_TO.search(act):
        return None
    return _BACK_TO.sub(asked["np"], act, count=1)


def taken_out(request: str, context: str) -> str:
    """"take it out" / "take it off" of the list or mark the other clauses name."""
    m = re.match(r"(?:take|get) (?P<x>.+?) (?:out|off)\b(?: of (?:it|there|them))?", request, re.I)
    kept = re.search(r"\b(?P<l>favou?rites|cart|basket|playlist|album|wishlist|watchlist)\b|\b(?P<s>star|starred|pinned|pin)\b",
                     context, re.I)
    if not m or not kept:
        return request
    if kept.group("l"):
        return f"remove {m.group('x')} from {kept.group('l')}{request[m.end():]}"
    return f"{'unstar' if kept.group('s').startswith('star') else 'unpin'} {m.group('x')}{request[m.end():]}"
