"""What a task asks to be done, as opposed to what it asks to be related.

"Read me the message that asks me to approve the transfer" names an approval but asks for none: the
approval is what the message says. A task is cut into clauses (at punctuation and "and", "then", "y",
"und", "и", "然后", ...); a clause asks for what it names unless a relating word (read, tell, summarise,
what, whether, says, asks, about ... in the languages phones ship) comes before that name. In verb-final
languages (Japanese, Korean, Hindi, Turkish) a relating word anywhere in the clause makes it relate. A clause
that starts with a tap verb asks for what it names ("tap the button that says Approve").
"""

from __future__ import annotations

import re

from .screen_orders import TAP_VERBS
from .text import normalize

_CLAUSE_BREAK = re.compile(
    r"(?:[.,](?!\d)|(?<!\d)[.,]|[;!?\n，。；！？、])+|\s(?:and|then|also|and then|y|e|et|und|dann|danach|и|потом|затем|а потом|ve|sonra|"
    r"dan|lalu|kemudian|và|rồi|sau đó|और|फिर|ثم|na|kisha|en|daarna|i|potem|oraz|sedan|og|ja)\s"
    r"|然后|并且|并|再|接着|そして|それから|그리고|그 다음")
_RELATING = re.compile(
    r"(?<!\w)(?:read|reading|tell|telling|summari[sz]e|summary|what|what's|whats|which|who|whose|whether|why|how|"
    r"say|says|saying|said|ask|asks|asking|asked|want|wants|wanting|mean|means|meaning|explain|describe|"
    r"translate|quote|repeat|about|regarding|mentions?|claims?|urging|urges|"
    r"lee|léeme|leer|dime|decir|resume|resumen|qué|que dice|cuál|cuáles|quién|si|sobre|pide|dice|"
    r"leia|lê|diga|resuma|o que|qual|quem|pede|diz|"
    r"lis|lisez|lire|dis-moi|dites-moi|résume|résumez|quoi|quel|quelle|qui|demande|dit|"
    r"lies|lese|sag|sage|fasse|was|welche|welcher|wer|ob|über|sagt|fragt|verlangt|"
    r"leggi|leggimi|dimmi|riassumi|cosa|quale|chi|dice|chiede|"
    r"lees|vertel|wat|welke|vraagt|czytaj|przeczytaj|powiedz|co|czy|"
    r"прочитай|прочти|читай|скажи|перескажи|что|какой|какая|кто|ли|о|об|про|говорит|просит|"
    r"oku|söyle|özetle|ne|hangi|kim|baca|bacakan|katakan|ringkas|ringkaskan|apa|siapa|tentang|"
    r"đọc|cho tôi biết|tóm tắt|gì|nói|soma|niambie|nini|nani|"
    r"पढ़|पढ़ो|पढ़ें|बताओ|बताएं|बताइए|क्या|कौन|اقرأ|أخبرني|لخص|ماذا|ما|من|عن)(?!\w)"
    r"|读|念|告诉|總結|总结|什么|什麼|哪|谁|誰|是否|说|說|要求|読んで|読み|教えて|要約|何|どの|내용|읽어|알려|요약|뭐|무엇|어떤|누가")
_TAPPING = re.compile(rf"(?:{TAP_VERBS})(?!\w)")
_VERB_FINAL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af\u0900-\u097f]|(?<!\w)(?:oku|söyle|ne|hangi)(?!\w)")


def clauses(task: str) -> list[str]:
    """The task's clauses, normalised."""
    return [c.strip() for c in _CLAUSE_BREAK.split(f" {normalize(task)} ") if c and c.strip()]


def asks(task: str, pattern: re.Pattern[str]) -> bool:
    """A clause of ``task`` names ``pattern`` as something to do, not as something to relate."""
    for clause in clauses(task):
        if _TAPPING.match(clause) and pattern.search(clause):
            return True
        for m in pattern.finditer(clause):
            relating = _RELATING.search(clause if _VERB_FINAL.search(clause) else clause[: m.start()])
            if relating is None:
                return True
    return False


__all__ = ["asks", "clauses"]
