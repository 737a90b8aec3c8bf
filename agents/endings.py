"""Word endings that hide a label's word in a task: Romance clitics, Turkish case suffixes.

- Spanish, Italiano and Portuguese attach object pronouns to an imperative ("cómpralo" = "compra"
  + "lo", "ábrela", "inviamelo"; French and Portuguese with a hyphen: "achète-le", "compra-o"),
  and an imperative ("compra", "borra", "apri") is the infinitive a button says ("Comprar",
  "Borrar", "Aprire") without its ending. The accent the clitic adds goes with it.
- Turkish adds case endings to nouns: "Eve" is "Ev" + "to", "işten" is "iş" + "from",
  "evdeki" ... A Turkish task (its letters say so: ğ ş ı İ) names a row titled "Ev" with "Eve".
"""

from __future__ import annotations

import re
import unicodedata

from .text import normalize

# Object pronouns written onto an imperative, longest first ("selo" before "lo").
_CLITICS = ("selos", "selas", "selo", "sela", "melo", "mela", "telo", "tela", "noslo", "nosla", "glielo", "gliela",
            "melo", "los", "las", "les", "nos", "lo", "la", "le", "me", "te", "se", "li", "ne", "mi", "ti", "ci", "vi")
_HYPHENED = frozenset("le la les lui moi toi nous vous y en o a os as lo lhe lhes me te se".split())
# Object pronouns Portuguese (Brazil), Spanish and Italiano put before a finite verb ("me lembra", "mi chiama").
_PROCLITICS = frozenset("me te se lhe lhes nos vos mi ti ci vi gli".split())
_INFINITIVE = ("ar", "er", "ir", "are", "ere", "ire", "re")
_TURKISH = re.compile(r"[ğşıİĞŞ]")
# Case, possessive and plural endings, after vowel harmony and buffer letters, longest first.
_CASES = tuple(sorted(set(
    "e a ye ya de da te ta den dan ten tan i ı u ü yi yı yu yü in ın un ün nin nın nun nün im ım um üm "
    "deki daki teki taki le la yle yla ler lar".split()), key=len, reverse=True))
_LATIN = re.compile(r"^[a-zà-ÿ]+$")


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def imperatives(task: str) -> set[str]:
    """The task's Romance imperatives without clitics and their accent ("cómpralo" -> "compra"), and infinitives
    without theirs ("mandarle" -> "mandar")."""
    out = set()
    tokens = re.findall(r"[\w]+(?:-[\w]+)*", normalize(task))
    for before, token in zip(tokens, tokens[1:]):
        if before in _PROCLITICS and len(token) >= 5 and token.endswith("a") and _LATIN.match(token):
            out.add(_plain(token))  # a pronoun before a first-conjugation verb: "me lembra", "mi chiama", "me avisa"
    for token in tokens:
        head, _, tail = token.rpartition("-")
        if head and tail in _HYPHENED and _LATIN.match(head):
            out.add(_plain(head))
            continue
        if not _LATIN.match(token):
            continue
        for clitic in _CLITICS:
            stem = token[:-len(clitic)]
            accented = stem != _plain(stem)  # "cómpra|lo": Spanish marks the stress a clitic moved
            if token.endswith(clitic) and len(stem) >= (3 if accented else 4) and stem[-1] in "aeiáéí":
                out.add(_plain(stem))  # Italiano writes none: "compra|lo", "invia|melo"
                break
            if token.endswith(clitic) and len(stem) >= 4 and stem.endswith(("ar", "er", "ir")):
                out.add(stem)  # an infinitive carries them too: "mandar|le", "decir|me", "inviar|gli"
                break
    return out


def verb_meets(imperative: str, label_word: str) -> bool:
    """"compra" meets "comprar" / "comprare"; "abre" meets "abrir"; "compra" meets "compra"."""
    word = _plain(normalize(label_word))
    head, _, tail = word.rpartition("-")
    word = head if head and tail in _HYPHENED else word  # "Lembrar-me", "Ajouter-le": the verb before its clitic
    if len(imperative) < 3 or not _LATIN.match(word):
        return False
    return word == imperative or (imperative[-1] in "aei" and any(word == imperative[:-1] + e for e in _INFINITIVE))


def turkish_stems(task: str) -> set[str]:
    """Nouns of a Turkish task with one case ending set aside ("Eve" -> "ev", "işten" -> "iş")."""
    if not _TURKISH.search(task):
        return set()
    out = set()
    for token in normalize(task.replace("İ", "i")).split():
        token = token.strip(".,!?;:\"'")
        for ending in _CASES:
            if token.endswith(ending) and len(token) - len(ending) >= 2:
                out.add(token[:-len(ending)])
    return out


def row_title(label: str) -> str:
    """A row's title: the first part of its label ("Ev | Bağdat Cd. 212" -> "ev")."""
    return normalize(label.replace("İ", "i").split(" | ")[0])


def fit(task: str, label: str, verbs: set[str], stems: set[str]) -> float:
    """Score for a label the task names once endings are set aside: a Romance verb on the button
    (``verbs`` from :func:`imperatives`), a Turkish row title (``stems`` from :func:`turkish_stems`)."""
    score = 0.0
    label_words = normalize(label).split()
    if verbs and label_words and any(verb_meets(v, label_words[0]) for v in verbs):
        score += 1.0  # the button starts with the task's verb
    if stems and row_title(label) in stems and row_title(label) not in normalize(task).split():
        score += 2.0  # the row the task names with a case ending
    return score
