"""Korean particles and verb endings set aside, so a task's words meet the label they name.

Korean writes particles and endings onto the word: "장바구니에" is "cart" + "into", "담아줘" is
"put" + "for me", while the button says "장바구니 담기" ("cart", "putting"). Cut into letter pairs,
both the cart icon and the button share the noun's pairs; only the stems tell the verb apart.
A Hangul word loses one ending (request, plain, polite and noun forms: -아/어/해 줘, -주세요, -기,
-하기, -해요, -다) or else one particle (에, 을/를, 이/가, 은/는, 으로/로, 에서, 의, 도, 와/과 ...)
and is compared with the label's words cut the same way. A noun made a verb by 하다 ("검색하고 싶어",
"search" + "do and want") is the act the task asks for: a label that is that noun counts twice, ahead
of one that only meets a place or object word ("밴드에서", "in the band").
"""

from __future__ import annotations

import re

_HANGUL = re.compile(r"^[\uac00-\ud7af]+$")
_ENDINGS = tuple(sorted(("해주세요", "해줘요", "해줘", "해줄래", "해라", "아주세요", "어주세요", "여주세요", "아줘", "어줘",
                         "여줘", "아줄래", "어줄래", "주세요", "줘요", "줘", "하기", "하자", "해요", "합니다", "하다", "해",
                         "하고", "하려고", "하러", "할래", "하면", "해서", "해봐", "해볼래",
                         "기", "다", "자"), key=len, reverse=True))
_PARTICLES = tuple(sorted(("에서", "에게", "한테", "으로", "까지", "부터", "이랑", "처럼", "보다", "에", "을", "를", "이",
                           "가", "은", "는", "로", "의", "도", "와", "과", "랑", "만"), key=len, reverse=True))


def stem(word: str) -> str:
    """A Hangul word without its ending or particle ("담아줘" -> 담, "장바구니에" -> 장바구니)."""
    if not _HANGUL.match(word):
        return word
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            return word[:-len(ending)]
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[:-len(particle)]
    return word


def _act(word: str) -> str:
    """The verbal noun of a 하다 verb ("검색하고" -> 검색), else ""."""
    base = stem(word)
    return base if base != word and word[len(base)] in "하해할합" and len(base) >= 2 else ""


_AUXILIARIES = ("싶", "주", "줘", "줄", "봐", "볼", "있", "않", "말")  # "-고 싶어", "-해 줘", "-고 있어"


def _acts(said: list[str]) -> set[str]:
    """The 하다 act that ends the request ("사진 공유하고 싶어" -> 공유); a 하고 with more words after it
    joins nouns ("친구하고 사진": "with a friend") and names no act."""
    for n, word in enumerate(said):
        if _act(word) and all(w.startswith(_AUXILIARIES) for w in said[n + 1:]):
            return {_act(word)}
    return set()


def stem_matches(task: str, label: str) -> int:
    """Label words that meet a task word only once both lose their endings or particles; a label
    word that is the task's 하다 act counts twice."""
    said = {w: stem(w) for w in task.split() if _HANGUL.match(w)}
    if not said:
        return 0
    stems, acts = set(said.values()), _acts(task.split())
    return sum(1 + (stem(w) in acts) for w in set(label.split())
               if _HANGUL.match(w) and w not in said and stem(w) in stems)
