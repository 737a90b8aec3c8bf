"""Words stressed the way chat users type emphasis: between asterisks or underscores, said as the plain words.

"Change the *start* time", "*Rename* my note", "delete the **old** one", "turn _off_ the alarm": the marks only
stress the word, so :func:`unstressed` gives the text without them. Only marks around one to four words, with no
space inside the marks, go; a lone asterisk ("5 * 3", "rate it 4*"), a glob ("*.pdf") and quoted text stay as typed.
General English only.
"""

from __future__ import annotations

import re

from .text import QUOTED

_STRESSED = re.compile(r"(?<![\w*_])(?P<m>\*{1,2}|_{1,2})(?=[^\W_])(?P<w>[^\s*_](?:[^*_\n]{0,40}?[^\s*_])?)(?P=m)(?![\w*_])")


def unstressed(text: str) -> str:
    """``text`` without emphasis marks around words outside quotes (see the module docstring)."""
    if "*" not in text and "_" not in text:
        return text
    parts = re.split(f"({QUOTED.pattern})", text)
    for i in range(0, len(parts), 2):
        parts[i] = _STRESSED.sub(lambda m: m["w"] if len(m["w"].split()) <= 4 else m[0], parts[i])
    return "".join(parts)
