"""Two forms of one word, in any language: how much an inflected task word names a label's word.

Most languages change a word's ending for case, number, person or tense ("viestin" / "viestit",
"ekmeği" / "ekmek", "переводы" / "перевод"), agglutinative ones add whole suffixes to a bare noun
("அம்மாவுக்கு" is "அம்மா" + "to"), and Hebrew and Arabic add articles and particles in front
("האוספים" is "the" + "אוספים"). Word keys (agents/text.py) meet only when equal; this module gives
two unequal keys a partial weight, below an exact word's 1.0:

- ``FORM``: a shared leading stem (its last "y" the other form writes "i" counted in; 4 code points or more and at least two thirds of the shorter word,
  of both where both endings differ: "przez" / "przejazd" share a prefix, not a stem;
  both words 5 or more, 4 in right-to-left scripts, which write no short vowels: a 4-letter Latin
  word inside a longer one is too often another word, "save" / "saved"; where one word holds the other, the task's adding a short ending or the
  label's one letter: "learners" is not "learn" + an ending, "kupony" is "kupon" + one; accents of
  cased letters set aside; a stem never ending inside a conjunct);
- ``JOINED``: a label word wholly at the start of a longer task word (suffixes agglutinated);
- ``FORM``: a four-letter Latin button word and its Germanic infinitive ("Send" / "sende", "senden"); a Swahili
  button verb and its infinitive ("Toa" / "kutoa");
- ``FORM``: in a syllabic script (Ethiopic, Cherokee, ...: a letter is a syllable) a label word of two letters
  or more with one or two letters written on in the task ("ላክ" / "ላክልኝ", send / send me);
- ``FORM``: a shared trailing stem after a prefixed particle of at most 3 letters, in right-to-left
  scripts only (Latin, Cyrillic and Indic scripts prefix negations: "lock" / "unlock", "सफल" / "असफल"); the
  letters these scripts write for a vowel in some forms only (Hebrew ו י, Arabic ا و ي, after the first letter)
  set aside, so that the spoken imperative meets the button's ("תתחיל" / "התחל" start, "תוריד" / "הורד").

Words with digits and runs of scripts written without spaces (their keys are bigrams) take no part.
"Messenger" shares too little with "message" (4 of 7), and English pairs that share a stem ("private" /
"privacy") count less than a word matched exactly, which wins where both are on screen.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from ..unitext import NO_SPACES
from .georgian_verbs import same_verb

FORM = 0.7  # a shared stem, the endings differing
JOINED = 0.5  # the label's word with a suffix attached in the task
_MIN = 5  # the shortest word read as a form
_MIN_RTL = 4  # ... in a right-to-left script (no short vowels written)
_MIN_STEM = 4  # the shortest stem
_FINALS = str.maketrans("ςךםןףץ", "σכמנפצ")  # Greek and Hebrew letters written so at a word's end
_MAX_PARTICLE = 3  # the longest prefixed particle of a right-to-left script ("وال", "ובה")
_MATRES = str.maketrans("", "", "ויاوي")  # Hebrew and Arabic letters written for a vowel in some forms
_INFINITIVES = ("e", "en")  # Scandinavian, German and Dutch infinitive endings on an imperative's stem
_BANTU_INFINITIVE = "ku"  # Swahili's infinitive prefix
# Case endings agglutinative languages attach to a word, a name or a loanword, with its linking vowel ("boltiga",
# "spotifyssa", "comforttal", "kartımla"): three letters or more, so that a four-letter label word with one is read
# as that word ("Bolt" in "boltiga"), never as a longer word sharing its start ("mark" / "market", "book" / "booking").
CASE_ENDINGS = frozenset((
    "iga ega aga uga ita eta ata iks eks aks isse esse asse ist est ast ile ele ale ilt elt alt ini ina"  # Estonian
    " lla llä lle lta ltä ssa ssä sta stä ksi illa illä ille ilta iltä issa issä ista istä iin ihin iksi tta ttä"  # Finnish
    " val vel ból ből ról ről tól től ban ben hoz hez höz nak nek"
    " nál nél ért"  # Hungarian (-val/-vel takes the word's last consonant: "bolttal")
    " yla yle ıyla iyle nın nin nun nün dan den tan ten ını ini unu ünü ına ine una üne nda nde ıma ime"  # Turkish
    " ning dan bilan imga imni larni"  # Uzbek
    " мен бен пен нан нен дан ден тан тен ның нің дың дің тың тің ымен імен ымды імді ыма іме"  # Kazakh
    " тай тэй той аар ээр оор ийг"  # Mongolian
).split())
# Two-letter endings, read only after a word ending in a vowel ("luxoga", "taxira", "taxiye", "modunu"; not "latest").
_SHORT_ENDINGS = frozenset("ga ks le lt ni nı nu nü na ne ta ra re ba be ya ye yı yi da de".split())
_VOWELS = "aeiouyäöüõı"


# Scripts whose letters are syllables (Ethiopic, Cherokee, Canadian syllabics, Yi, Vai): a two-letter word is a
# whole verb or noun ("ላክ" send), and the object or person is written onto its end ("ላክልኝ" send me).
_SYLLABIC = re.compile(r"^[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f\u13a0-\u13ff\u1400-\u167f\ua000-\ua48f\ua500-\ua63f]+$")
_MAX_SUFFIX_SYLLABLES = 2


def _syllables(task_word: str, label_word: str) -> float:
    """A syllabic script's label word of two letters or more wholly at the start of the task's word, one or two
    letters (a pronoun) written on: another form of it ("ላክ" / "ላክልኝ")."""
    extra = len(task_word) - len(label_word)
    return FORM if len(label_word) >= 2 and 0 < extra <= _MAX_SUFFIX_SYLLABLES and task_word.startswith(label_word) \
        else 0.0


def _rtl(word: str) -> bool:
    return all(unicodedata.bidirectional(c) in ("R", "AL", "NSM") for c in word)


def _usable(word: str) -> bool:
    return len(word) >= (_MIN_RTL if _rtl(word) else _MIN) and not any(c.isdigit() for c in word) and not NO_SPACES.search(word)


@lru_cache(maxsize=1 << 16)
def _folded(word: str) -> str:
    """The word with the accents of cased letters set aside (stress moves in Greek and Russian forms:
    "καλάθι" / "καλαθιού") and final letter forms as the letter ("חשבון" / "חשבונות"); vowel signs
    of other scripts are letters of the word and stay."""
    out: list[str] = []
    for char in unicodedata.normalize("NFD", word):
        if unicodedata.combining(char) and out and out[-1].upper() != out[-1].lower():
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out)).translate(_FINALS)


def _stem(a: str, b: str) -> int:
    """The length of the leading stem of ``a`` and ``b``, never ending on a virama (a letter joined to
    the next one: the cut would split a conjunct); a stem ending in "y" that the other form writes "i" keeps
    that letter ("envoie" / "envoyer", "applied" / "apply")."""
    common = len(os.path.commonprefix([a, b]))
    if common < min(len(a), len(b)) and {a[common], b[common]} == {"y", "i"}:
        common += 1
    while common > 0 and unicodedata.combining(a[common - 1]) == 9:
        common -= 1
    return common


@lru_cache(maxsize=1 << 16)
def weight(task_word: str, label_word: str) -> float:
    """How much ``task_word`` names ``label_word`` as another form of it: 0.0 (none, or equal keys),
    ``JOINED`` or ``FORM``."""
    if task_word == label_word:
        return 0.0
    if _SYLLABIC.match(label_word) and _SYLLABIC.match(task_word):
        return _syllables(task_word, label_word)
    if len(label_word) == _MIN - 1 and label_word.isalpha() and task_word[:len(label_word)] == label_word \
            and task_word[len(label_word):] in _INFINITIVES:
        return FORM  # a four-letter button and its Germanic infinitive ("Send" / "sende", "Send" / "senden")
    if task_word.startswith(_BANTU_INFINITIVE) and len(label_word) >= 3 and label_word.isalpha() \
            and task_word[len(_BANTU_INFINITIVE):] == label_word:
        return FORM  # a Swahili verb's infinitive, "ku" before its stem ("kutoa" / "Toa", "kulipa" / "Lipa")
    if len(label_word) == _MIN - 1 and label_word.isalpha() and not _rtl(label_word) \
            and task_word[:len(label_word)] == label_word and _case_ending(task_word[len(label_word):], label_word):
        return JOINED  # a four-letter word with a case ending ("Bolt" / "boltiga", "Taxi" / "taxiyle")
    if _rtl(task_word) and _rtl(label_word) and min(len(task_word), len(label_word)) == _MIN_RTL - 1:
        return FORM if _short_affixed(_folded(task_word), _folded(label_word)) else 0.0
    if same_verb(task_word, label_word):
        return FORM  # a Georgian verb and its verbal noun ("გადავურიცხო" / "გადარიცხვა"), one preverb, one root
    if not (_usable(task_word) and _usable(label_word)):
        return 0.0
    task_word, label_word = _folded(task_word), _folded(label_word)
    short = min(len(task_word), len(label_word))
    common = _stem(task_word, label_word)
    if common >= _MIN_STEM and 3 * common >= 2 * short:
        if common < short:  # both endings differ ("viestin" / "viestit"): the stem two thirds of both
            return FORM if 3 * common >= 2 * max(len(task_word), len(label_word)) else 0.0
        if common < len(label_word):  # the task's word inside the label's: one letter added ("borra": "borrar")
            return FORM if len(label_word) - common == 1 else 0.0
        if len(task_word) - common <= max(2, short // 3):
            return FORM  # the label's word with a short ending ("kedvencek": "kedvenc")
        return JOINED  # "அம்மா" inside "அம்மாவுக்கு": with a suffix
    if _rtl(task_word) and _rtl(label_word):
        for a, b in ((task_word, label_word), (_plain(task_word), _plain(label_word))):
            tail = len(os.path.commonprefix([a[::-1], b[::-1]]))
            heads = (len(a) - tail, len(b) - tail)
            if tail >= 3 and 3 * tail >= 2 * min(len(a), len(b)) and max(heads) <= _MAX_PARTICLE and min(heads) <= 1:
                return FORM  # "האוספים" / "אוספים", "والطعام" / "طعام", "תתחיל" / "התחל"
    return 0.0


# Hebrew and Arabic write a three-letter noun's article or particle before it and its plural after it ("תור" / "התור",
# "תורים"; "طلب" / "الطلب", "طلبات"): only those, a three-letter word being too short to share a stem with.
_PROCLITICS = frozenset("ה ו ב ל מ ש כ וה בה לה מה שה ال و ب ل ف ك وال بال لل فال".split())
_PLURALS = frozenset(p.translate(_FINALS) for p in "ים ות ין ات ون ين".split())  # final letters as the letter


def _short_affixed(a: str, b: str) -> bool:
    """One of two right-to-left words is the other, of three letters, with an article or particle before it or
    a plural ending after it."""
    short, long_ = sorted((a, b), key=len)
    return len(short) == _MIN_RTL - 1 and (long_.endswith(short) and long_[:-len(short)] in _PROCLITICS
                                           or long_.startswith(short) and long_[len(short):] in _PLURALS)


def _plain(word: str) -> str:
    """A right-to-left word without the letters written for a vowel after its first ("תתחיל" -> "תתחל")."""
    return word[:1] + word[1:].translate(_MATRES)


def _case_ending(tail: str, word: str) -> bool:
    """``tail`` is a case ending of ``word`` (3 letters or more; Hungarian's "-val" as its last consonant + "al"; two
    letters after a vowel)."""
    if len(tail) == 2:
        return word[-1] in _VOWELS and tail in _SHORT_ENDINGS
    return len(tail) >= 3 and (tail in CASE_ENDINGS or (tail[0] == word[-1] and tail[1:] in ("al", "el")))


def forms(task_words: set[str], label_words: set[str], weigh: Callable[[str, str], float] | None = None) -> float:
    """The weight of the task's words that meet a label word only as another form of it (each task word
    and each label word counted once, the heaviest pairs first); pass the words not matched exactly."""
    weigh = weigh or weight
    pairs = sorted(((weigh(t, lw), t, lw) for t in task_words for lw in label_words), reverse=True)
    used_t: set[str] = set()
    used_l: set[str] = set()
    total = 0.0
    for w, t, lw in pairs:
        if w <= 0.0:
            break
        if t not in used_t and lw not in used_l:
            used_t.add(t)
            used_l.add(lw)
            total += w
    return total


# A person's name in a case: the nominative's ending ("Анна", "Jonas", "Petra") given up for a case's ("Анне", "Jonui",
# "Petře"): Slavic and Baltic languages, whose short names share only three letters with their forms.
_NOMINATIVE = frozenset("a я o e ь й as is us ys ė ia ja а о е ия".split()) | {""}  # or a consonant: "Иван"
_NAME_CASES = frozenset(("а у ю е є і ї и ы ой ей ою ею ом ем ым им ові еві ям ам "  # Cyrillic
                         "e ę ą ie i y u owi iem em om ě ui ai ei iui į ų ams ėje oje").split())  # Latin

# the endings that tell a Latin-script name from its pair of the other gender: "Daniel"/"Daniela", "Julio"/"Julia"
_PAIRED = frozenset(("", "a", "o", "e"))


def _paired(one: str, other: str) -> str | None:
    """The endings of two names that differ only as a pair of genders do ("julia"/"julio": "ao"), else None."""
    common = len(os.path.commonprefix([one, other]))
    ends = {one[common:], other[common:]}
    return "".join(sorted(ends)) if common >= 3 and len(ends) == 2 and ends <= _PAIRED else None


def other_gender(one: str, other: str) -> bool:
    """Are two names a pair of genders and no case of one name ("Julia"/"Julio", "Anne"/"Anna"; "Piotra" may be
    "Piotr"'s case, so "Daniela"/"Daniel" is not)?"""
    return _paired(one, other) not in (None, "a")


def name_weight(task_word: str, label_word: str) -> float:
    """How much a name said in the task names a label's word: another form of it (:func:`weight`), or a short
    name in one of its cases ("Анне" / "Анна", "Jonui" / "Jonas", "Пете" / "Петя"; "Marek" is no "Maria"), never a
    name of the other gender ("Daniela" / "Daniel")."""
    if _paired(task_word, label_word) is not None:
        return 0.0  # "Daniela" is no "Daniel", "Maria" no "Mario", "Anne" no "Anna"
    common = len(os.path.commonprefix([task_word, label_word]))
    said, shown = task_word[common:], label_word[common:]
    found = weight(task_word, label_word)
    if found or not (task_word.isalpha() and label_word.isalpha()) or min(len(task_word), len(label_word)) < 4:
        return found
    return FORM if common >= 3 and shown in _NOMINATIVE and said in _NAME_CASES and said != shown else 0.0
