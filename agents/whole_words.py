"""Words that count only said whole: a katakana or Hangul word, a Vietnamese word of several syllables.

:func:`text.words` keys a run of a script written without spaces by its character pairs, so that "设置" meets "设置
WLAN". A pair of kana from a loanword is no morpheme, though: "ーム" of "アラーム" (alarm) is also in "ホーム" (home)
and "ゲーム" (game), "ート" of "ルート" (route) in "ノート" (notebook), "イト" of "サイト" (site) in "ライト" (light);
Hangul's pairs likewise ("사이" of "사이트", site, is "between"; "찾기" of "길찾기", directions, is any "find").
Vietnamese writes one word's syllables apart: "cài đặt" (settings), "báo thức" (alarm), "sự kiện" (event); one
syllable is another word ("đặt": set, book; "báo": report, in "thông báo", notification; "sự": a noun marker). Such a
word names an app, or asks for an app's kind, only when the task says it whole: the same katakana run, a Hangul
word with only a particle after it ("메시지를"; "메모리", memory, is no "메모"), the syllables together. General script conventions only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import normalize, words

_KANA = "\u30a1-\u30fa\u30fc-\u30ff\uff66-\uff9f"
_HANGUL = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
_KANA_RUN = re.compile(f"[{_KANA}]+")
_HANGUL_RUN = re.compile(f"[{_HANGUL}]+")
_RUNS = re.compile(f"[{_KANA}]{{2,}}|[{_HANGUL}]{{2,}}")
# letters only Vietnamese writes among Latin scripts (ă â đ ê ô ơ ư, and the vowels with a tone mark below or a hook)
_VIETNAMESE = re.compile("[ăđơư\u1ea0-\u1ef9]")
# what Korean writes after a noun in the same word: its particles ("메시지를", "알람에", "캘린더에서"), a plural, "하다"
_PARTICLE = re.compile("(?:들)?(?:을|를|이|가|은|는|에|에서|에게|한테|께|로|으로|와|과|랑|이랑|하고|도|만|의|까지|부터|요|이요"
                       "|해|해줘|해주세요|하기|하다|해요|좀)?")
PHRASE_JOIN = "_"  # how a cue list writes one word of several syllables ("cài_đặt")


def whole_words(text: str, label: bool = False) -> list[str]:
    """The words of ``text`` (a list of cue words, or an app's ``label``) that count only said whole: its katakana and
    Hangul runs, its joined phrases ("cài_đặt"), and a label itself when it is Vietnamese of several syllables ("Cài đặt")."""
    said = normalize(text)
    out = _RUNS.findall(said) + [w.replace(PHRASE_JOIN, " ") for w in said.split() if PHRASE_JOIN in w]
    if label and _VIETNAMESE.search(said) and len(said.split()) > 1:
        out.append(said)
    return out


def said_whole(word: str, task: str) -> bool:
    """Does ``task`` say ``word`` whole: as a katakana run of its own, a Hangul word's start, or the same syllables?"""
    said = normalize(task)
    if _KANA_RUN.fullmatch(word):
        return word in _KANA_RUN.findall(said)
    if _HANGUL_RUN.fullmatch(word):
        return any(run.startswith(word) and _PARTICLE.fullmatch(run[len(word):]) for run in _HANGUL_RUN.findall(said))
    return bool(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", said))


def unsaid_keys(wholes: Iterable[str], task: str, kept: set[str] = frozenset()) -> set[str]:
    """The word keys of those of ``wholes`` that ``task`` does not say whole, less ``kept`` (keys something else gives)."""
    missing = [w for w in wholes if not said_whole(w, task)]
    return set().union(*(words(w, stopwords=frozenset()) for w in missing)) - kept if missing else set()


def label_unsaid(label: str, task: str) -> set[str]:
    """The keys of an app's label that the task says only in part (a kana pair, one syllable of "Cài đặt")."""
    wholes = whole_words(label, label=True)
    if not wholes:
        return set()
    rest = label
    for w in wholes:
        rest = re.sub(re.escape(w), " ", normalize(rest))
    return unsaid_keys(wholes, task, words(rest, stopwords=frozenset()))


__all__ = ["PHRASE_JOIN", "label_unsaid", "said_whole", "unsaid_keys", "whole_words"]
