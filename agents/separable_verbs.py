"""German and Dutch separable verbs: the particle the task puts last is the label's first part.

An imperative splits such a verb: "ruf die Bäckerei an" is "anrufen" (call), "schalte das WLAN aus"
is "ausschalten", Dutch "bel de tandarts op" is "opbellen", "zet de wekker aan" is "aanzetten".
Buttons say the whole verb ("Anrufen", "Ausschalten") or its noun ("Anruf"), so the verb that
starts a clause and the particle that ends it are joined again before they meet a label.
"""

from __future__ import annotations

import re

from .text import normalize

# Separable particles (German, then Dutch) as they stand at a clause's end.
_PARTICLES = frozenset(
    "an auf aus ab ein zu mit vor nach weg zurück los um her hin fest weiter zusammen heraus herunter hoch runter "
    "rein raus op aan uit in af mee terug door over toe voor na bij neer".split())
# Words before the verb of a request: politeness, fillers and subject pronouns.
_LEAD = frozenset("bitte mal doch jetzt schnell kannst könntest du ich wir ihr alsjeblieft alstublieft even gewoon "
                  "nu snel kun kan je jij ik we wij".split())
_CLAUSE = re.compile(r"[,.;:!?]|\b(?:und|dann|oder|en|daarna|of)\b")
_TOKEN = re.compile(r"[^\W\d_]+")


def joined(task: str) -> set[str]:
    """The whole verbs a task's clauses split ("ruf da mal an" -> {"anrufen", "anruf", ...})."""
    out: set[str] = set()
    for clause in _CLAUSE.split(normalize(task)):
        tokens = _TOKEN.findall(clause)
        while tokens and tokens[0] in _LEAD:
            tokens = tokens[1:]
        if len(tokens) < 2 or tokens[-1] not in _PARTICLES or tokens[0] in _PARTICLES or len(tokens[0]) < 3:
            continue
        particle, verb = tokens[-1], tokens[0]
        stem = verb[:-1] if verb.endswith("e") and len(verb) > 3 else verb
        out |= {particle + stem, particle + stem + "en", particle + verb + "n", particle + verb + verb[-1] + "en"}
    return {w for w in out if len(w) >= 5}


def fit(forms: set[str], label: str) -> float:
    """1.5 when a word of ``label`` is one of the joined verbs ``forms`` (its first word: it does it)."""
    if not forms:
        return 0.0
    label_words = _TOKEN.findall(normalize(label))
    return 1.5 if any(w in forms for w in label_words[:3]) else 0.0


__all__ = ["fit", "joined"]
