"""What a task says to leave alone: "turn off Bluetooth scanning but leave Wi-Fi scanning on".

A clause after "but leave / but keep / and leave X alone / except (for) X / but not the X /
without touching X" names a thing NOT to act on, usually the look-alike of the one to act on
(two similar switches, two rows); after "and" only with a state ("and leave X on": "and leave a
review" is an action). Its words are no goal words (its state word is not the task's
either: "on" in "leave X on"), and a control that names it is the wrong one. The same grammar in
Spanish, Portuguese, French, Italiano and German ("pero deja", "mas deixa", "mais laisse",
"ma lascia", "aber lass"). A pronoun ("and keep it on") refers back to the task's own object: no
exclusion then.
"""

from __future__ import annotations

import re

from .text import words

_PRONOUN = r"(?!(?:it|them|this|that|these|those|one|lo|la|los|las|le|les|es|sie|ihn)\b)"
_STATE = (r"(?:\s+(?:on|off|alone|as is|as it is|untouched|unchanged|enabled|disabled|running|where it is|"
          r"encendido|encendida|activado|activada|ligado|ligada|activé|activée|allumé|acceso|accesa|attivo|attiva|an|ein))?")
_LEAVE = (r"(?:leave|leaving|keep|keeping|deja|dejando|mantén|manten|deixa|deixe|mantenha|laisse|laissez|garde|"
          r"lascia|lasciando|mantieni|lass|lasse|behalte)")
_BUT = r"(?:but|pero|mas|mais|ma|aber)"
_AND = r"(?:and|while|y|e|et|und)"
_CLAUSE = re.compile(
    rf"(?:,\s*|\s+)(?:{_BUT}\s+{_LEAVE}\s+{_PRONOUN}(?P<a>[^,.;!?]+?){_STATE}"
    rf"|{_AND}\s+{_LEAVE}\s+{_PRONOUN}(?P<d>[^,.;!?]+?){_STATE.replace(')?', ')')}"
    rf"|(?:except(?:\s+for)?|excepto|salvo|sauf|tranne|außer|without\s+touching|sin\s+tocar|sans\s+toucher)\s+"
    rf"{_PRONOUN}(?P<b>[^,.;!?]+?)"
    rf"|(?:but\s+not|pero\s+no|mas\s+não|mais\s+pas|ma\s+non|aber\s+nicht)\s+"
    rf"(?P<c>(?:the|my|your|its|a|an|el|la|los|las|o|a|le|les|il|lo|der|die|das|den)\s+[^,.;!?]+?))"
    rf"\s*(?=$|[,.;!?])", re.I)


def split(task: str) -> tuple[str, str]:
    """(the task without the clauses that name what to leave alone, those things joined by ", ")."""
    left: list[str] = []

    def cut(m: re.Match[str]) -> str:
        left.append(next(g for g in m.group("a", "b", "c", "d") if g))
        return ""
    kept = _CLAUSE.sub(cut, task)
    return (kept.strip(), ", ".join(left)) if left and kept.strip() else (task, "")


def excluded_words(task: str) -> set[str]:
    """Words of what the task says to leave alone that the rest of the task does not say."""
    kept, excluded = split(task)
    return words(excluded) - words(kept) if excluded else set()
