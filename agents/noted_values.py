"""A person's detail written in a note, put on their contact: said the way the readers take it.

"My note "X" has Bo Li's new email address. Put it in their contact." and "Update Bo Li's contact with the email
address I wrote in the note X" are "add the email address in my note "X" to Bo Li's contact": the value is read
on the note first, then added. Plain English task grammar only (quotes held as placeholders, names capitalised).
"""

from __future__ import annotations

import re

_NAME = r"(?P<n>(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+){0,2})"
_FIELD = r"(?P<f>e-?mail(?:\s+address)?|(?:phone|mobile)(?:\s+number)?|number|(?:home\s+|street\s+)?address|birthday)"
_TITLE = r"(?P<t>\ue000\d+\ue001|(?-i:[A-Z])[\w'\-]*(?:\s+[\w'\-]+){0,3}?)"
_SHAPES = (
    re.compile(rf"^(?:in\s+)?(?:my|the)\s+note\s+{_TITLE},?\s+(?:has|holds|contains|says|lists|gives)\s+{_NAME}['’]s\s+"
               rf"(?:new\s+|current\s+|updated\s+|latest\s+)?{_FIELD}\s*[.;,]?\s+(?:please\s+)?(?:put|add|save|store|copy)\s+"
               r"(?:it|that|this)\s+(?:in|into|to|on|onto)\s+(?:their|his|her|the|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*['’]s)\s+"
               r"contact(?:\s+card)?\s*[.!]?$", re.I),
    re.compile(rf"^(?:please\s+)?(?:update|fill\s+in|complete)\s+{_NAME}['’]s\s+contact(?:\s+card)?\s+with\s+(?:the|their|his|her)\s+"
               rf"(?:new\s+)?{_FIELD}(?:\s+(?:that\s+)?I\s+(?:wrote|put|saved|noted|jotted)(?:\s+down)?|\s+(?:written|saved|noted))?"
               rf"\s+in\s+(?:the|my)\s+note\s+{_TITLE}\s*[.!]?$", re.I),
)
_FULL = {"email": "email address", "e-mail": "email address", "phone": "phone number", "mobile": "phone number",
         "number": "phone number"}


def noted_value(text: str) -> str:
    """``text`` as a detail read on a note, then added to a person's contact; the same text otherwise."""
    for shape in _SHAPES:
        m = shape.match(text.strip())
        if m is None:
            continue
        said = re.sub(r"\s+", " ", m["f"].casefold())
        field = _FULL.get(said, said)
        title = m["t"] if m["t"].startswith("\ue000") else f'"{m["t"]}"'
        return f"add the {field} in my note {title} to {m['n']}'s contact"
    return text
