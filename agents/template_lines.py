"""A value read earlier, written into the template a task gives for it: 'add the code X texted me as a new line,
like "X <code>"', 'append a line "X [the code]" to my note', 'save it as "Gate {number}"'. The placeholder
(<...>, [...] or {...} inside quotes) takes the value read. A template said after "like", "such as", "in the form"
or "e.g." is what the task's "it" stands for: 'add it ..., like "X <code>"' adds "X 221610". Several values read
together and put into a new item ("X's phone number, email and address into a new note") are its text. Quotes
without a placeholder and tasks without a value read stay as they are.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"<[^<>\"“”]{1,30}>|\[[^\[\]\"“”]{1,30}\]|\{[^{}\"“”]{1,30}\}")
_QUOTE = re.compile(r"[\"“]([^\"“”]*)[\"”]")
_INTRO = re.compile(r",?\s*\b(?:like|such as|in the form(?: of)?|formatted as|written as|e\.g\.|for example)\s*:?\s*$", re.I)
_IT = re.compile(r"\bit\b", re.I)
_INTO_NEW = re.compile(r"^\s*(?:save|add|put|copy|store|write|paste|enter)\s+it\s+(?:in|into|to|on)\s+(?P<o>an?\s+new\s+.+?)"
                       r"\s*[.!]?\s*$", re.I)


def filled(rest: str, value: str, several: bool = False) -> str:
    """``rest`` with each quoted template's placeholder replaced by ``value``; a template introduced by "like"
    (and its like) takes the place of "it"; ``several`` values put into a new item are what it says."""
    if several and (into := _INTO_NEW.match(rest)):
        return f'create {into["o"]} that says "{value}"'
    for m in _QUOTE.finditer(rest):
        if not _PLACEHOLDER.search(m.group(1)):
            continue
        line = _PLACEHOLDER.sub(value.replace("\\", r"\\"), m.group(1)).strip()
        intro = _INTRO.search(rest[:m.start()])
        if intro and _IT.search(rest[:intro.start()]):
            head = rest[:intro.start()]
            it = list(_IT.finditer(head))[0]
            return f'{head[:it.start()]}"{line}"{head[it.end():]}{rest[m.end():]}'
        return f'{rest[:m.start()]}"{line}"{rest[m.end():]}'
    return rest


__all__ = ["filled"]
