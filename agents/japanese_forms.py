"""A Japanese request says its verb in the te-form; a button says it in the dictionary or polite form.

"この宿を予約して" (reserve this inn) asks for the "予約する" button, "カートに入れて" for "入れる": the task
joins して or て to the verb's stem where the button writes する / します or る / ます. Nouns that start
with the same stem ("予約確認", check reservations) are another thing. A short button whose verb's stem
the task says in the te-form gets a bonus.
"""

from __future__ import annotations

from .text import normalize

_BONUS = 1.0
# (the button's ending, the task's ending): suru verbs, then ichidan verbs.
_FORMS = (("します", "して"), ("する", "して"), ("ます", "て"), ("る", "て"))


def fit(task: str, label: str) -> float:
    """The bonus for a button saying the te-form verb of a Japanese task in its own form."""
    said, own = normalize(task), normalize(label).strip()
    if not own or len(own) > 12 or "|" in own or " " in own:
        return 0.0
    for ending, asked in _FORMS:
        stem = own[: -len(ending)]
        if own.endswith(ending) and len(stem) >= 2 and f"{stem}{asked}" in said:
            return _BONUS
    return 0.0
