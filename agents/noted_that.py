"""What a task asks to write down, said after "that": "write down that the plumber comes on Tuesday".

A note is dictated as a clause after a verb of writing down and the conjunction "that", in the languages phones ship:
"note that X", "anota que X", "note que X", "scrivi che X", "schreib auf, dass X", "noteer dat X", "skriv upp att X",
"запиши, что X", "запиши, що X", "zapisz, że X", "catat bahwa X", "ghi lại rằng X", "σημείωσε ότι X". The clause is the
text to type (its words as said); the verb and the conjunction are no part of it. Verbs of saying to a person ("tell Ana
that X") are messages (agents/values.py), and "remember that X" asks nothing to be written.
"""

from __future__ import annotations

import re

# Imperatives of writing down or noting, each language's forms as people say them to a phone (with its particle:
# "down", "up", "auf", "op", "upp", "ned"), then the conjunction "that" of the same languages.
_VERBS = (
    r"write(?:\s+(?:down|up))?|note(?:\s+down)?|jot(?:\s+down)?|put\s+down|make\s+a\s+note|"  # English
    r"anota|apunta|escribe|toma\s+nota|anote|escreva|escreve|registra|"  # Spanish, Portuguese
    r"note|notez|écris|écrivez|prends\s+note|"  # French
    r"scrivi|annota|appunta|segna|prendi\s+nota|"  # Italiano
    r"schreib(?:e)?\s+auf|notier(?:e)?|"  # German
    r"schrijf\s+op|noteer|"  # Dutch
    r"skriv\s+(?:upp|ned|op)|anteckna|notera|noter|"  # Swedish, Norwegian, Danish
    r"запиши(?:те)?|напиши(?:те)?|отметь(?:те)?|запишіть|напишіть|занотуй|"  # Russian, Ukrainian
    r"zapisz|zanotuj|napisz|zapiš|poznamenej|napiš|"  # Polish, Czech
    r"catat(?:lah)?|tulis(?:kan)?|ghi\s+(?:lại|chú)|viết|"  # Indonesian, Malay, Vietnamese
    r"σημείωσε|γράψε|γράψτε"  # Greek
)
_THAT = r"that|que|qu['’]|che|dass|dat|att|at|что|що|że|že|bahwa|rằng|ότι"
_SHAPE = re.compile(rf"^\s*(?:please\s+|por\s+favor,?\s+|bitte\s+|пожалуйста,?\s+)?(?:{_VERBS})\s*,?\s+(?:{_THAT})\s*,?\s*"
                    r"(?P<v>[^\s\"“].*?)\s*[.!]?\s*$", re.I)


def noted(task: str) -> str | None:
    """The clause the task asks to write down after "that" (module docstring), else None."""
    m = _SHAPE.match(task)
    return m["v"] if m and len(m["v"].split()) >= 3 else None  # "write down that number": a demonstrative
