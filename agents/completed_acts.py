"""The task's own act shown done: its verb in a completed form on the screen, beside the thing it was done to.

Apps say an act is done in one grammatical shape, whatever the act: a notice ("Photo deleted", "Newsletter
abbestellt", "Conversación archivada", "Pagamento effettuato", "Файл удалён", "Mesaj silindi", "Pesan dihapus", "已删除",
"削除しました", "삭제되었습니다") or a state label in place of the button ("Subscribed", "Joined", "Abonniert", "Activated")
holds the task's verb as a participle, or the verb with a completion marker. Read structurally, not from a list of
acts: a word of the screen is the completed form of a word of the task when it is that word's stem (the word less a
final vowel, at least four letters; Turkish roots shorter) with a participle ending of the languages phones ship after it (-ed, -é/-ée, -ado,
-ido, -ato, -ito, -iert, -t, -en, -ено/-ано/-ён, -ildi/-indi, ...) and, in German and Dutch, "ge-" or, in Malay and
Indonesian, "di-" before it; or an English irregular participle (sent, paid, bought, ...); or, where a language marks
completion with a word of its own (Vietnamese "đã", Chinese 已/了/成功, Japanese しました/済み, Korean 되었/완료, Thai
แล้ว, "successfully" in several languages), the task's word itself right beside that marker. The participle is said
of a thing, not a heading's attribute ("Connected devices"), nor after a count ("2 aktiviert").

Only plain text (a notice, a heading, a toast) and short state labels count, and only when the rest of the task's
content words are on the screen (the thing the act was for; a screen in another script than the task passes), the task
is one act (no second clause, no question, nothing said about all or more of them), no dialog asks first, and the
notice is neither negated ("couldn't be deleted", "nicht gespeichert") nor still to come ("will be deleted", "?"). The answer is the plain finish first (agents/plain_finish.py): a tap
on "Undo" or on the state label would undo what the task asked for.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from . import answers, plain_finish
from .function_words import FUNCTION_WORDS
from .goal import clause_verbs
from .perceptor import Screen
from .progress import parts
from .text import QUOTED, normalize

# What a stem may carry after it to be a participle (accents folded): endings of two letters or more, and the
# short ones only after a participle's prefix (German "ge-löscht", Indonesian "di-hapus"), where "star" + "t" is no "start".
_ENDINGS = frozenset(
    "ed "  # English
    "ado ada ados adas ido ida idos idas "  # Spanish, Portuguese
    "ato ata ati ate ito ita iti ite uto uta "  # it: bloccato, eliminata
    "iert ierte "  # German
    "ad at ade "  # Swedish, Norwegian, Danish
    "ено ена ены ен ано ана аны ан лено лена "  # Russian, Ukrainian, Bulgarian (ё folded)
    "ono ona one any ana ane alo "  # Polish, Czech
    "ildi ıldı uldu üldü indi ındı undu ündü ndi ndı ".split())
_AGGLUTINATED = frozenset("ildi ıldı uldu üldü indi ındı undu ündü ndi ndı".split())  # "sil" + "indi": short roots
_PREFIXED_ENDINGS = frozenset(["", "t", "et", "en", "d", "de", "kan", "nen"])
_PREFIXES = ("ge", "di", "ter")  # German/Dutch participles; Indonesian/Malay passives ("dihapus", "terhapus")
# English participles that do not end the regular way.
_IRREGULAR = {"send": "sent", "pay": "paid", "buy": "bought", "make": "made", "leave": "left", "spend": "spent",
              "build": "built", "get": "got", "hide": "hidden", "write": "written", "take": "taken", "give": "given",
              "choose": "chosen", "forget": "forgotten", "lend": "lent", "keep": "kept", "sell": "sold", "tell": "told",
              "hold": "held", "lay": "laid", "do": "done", "put": "put", "set": "set", "read": "read", "shut": "shut"}
# The marker right before or after the task's word (written "\0" in its place): "đã xóa", "已删除", "削除しました",
# "삭제되었습니다", "ลบแล้ว", "berhasil dihapus"; not a marker anywhere on the line ("3 นาทีที่แล้ว" is "3 minutes ago").
_MARKED = re.compile(r"(?:đã|sudah|telah|berhasil|已)\s*(?:được\s*|被)?\0|\0\s*(?:了|成功|完成|完了|しました|されました|済み|되었|됐|됨"
                     r"|했습니다|완료|แล้ว|เรียบร้อย|successfully|erfolgreich|com\s+sucesso|con\s+éxito|con\s+successo|berhasil)",
                     re.I)
_PENDING = re.compile(r"\?|(?<!\w)(?:will|would|wird|werden|sera|seront|será|serán|sarà|wordt|zostanie|будет|будут)(?!\w)", re.I)
_NEGATED = re.compile(r"(?<!\w)(?:not|n't|couldn't|cannot|can't|failed|unable|error|nicht|kein|pas|impossible|no\s+se"
                      r"|não|non|niet|nie|не|ні|tidak|gagal|không|değil|olmadı|başarısız|失败|失敗|无法|無法|未能|できません"
                      r"|失敗しました|못|실패|ไม่|फ़ेल|नहीं|لم|فشل|לא)(?!\w)", re.I)
# All or more of them, a count, or a long number (a value to type: "the code is 482913, enter it"): more than one act
_MORE = re.compile(r"\b(?:all|every|each|more|another|again|other|rest|both)\b|(?<![\w.:/])\d{1,3}(?![\w.:/%])|(?<![\w.:/])\d{4,}(?!\w)",
                   re.I)
_TOKEN = re.compile(r"[^\W\d_]+")
_NO_SPACES = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LONG = 12  # words: a notice or a heading, not a paragraph
_LABEL = re.compile(r'^\s*\[(\d+)\] \S+ "(.*?)"')


def _fold(word: str) -> str:
    """Accents and ё set aside ("enviado" meets "envía", "удалён" "удали")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _stem(word: str) -> str:
    """The task's word less a final vowel or soft sign ("delete" -> "delet", "elimina" -> "elimin", "удали" -> "удал")."""
    stem = re.sub(r"[aeiouyаеиоуыэюяіь]$", "", word)
    return stem if len(stem) >= 3 else word


def completed_form(task_word: str, shown: str) -> bool:
    """Is ``shown`` (a word of the screen) ``task_word`` in a completed form: a participle of it?"""
    if len(task_word) < 3 or shown == task_word:
        return False
    if _IRREGULAR.get(task_word) == shown:
        return True
    french = re.match(r"^(.{3,}?)(?:é|ée|és|ées)$", shown)  # "supprimé" for "supprime"; folded they would be one
    word, seen = _fold(task_word), _fold(shown)
    stem = _stem(word)
    if french and _fold(french.group(1)) == stem:
        return True
    for base in {stem, word}:
        if seen.startswith(base) and seen[len(base):] in _ENDINGS and (len(base) >= 4 or seen[len(base):] in _AGGLUTINATED) or \
                seen.startswith(base + base[-1]) and seen[len(base) + 1:] == "ed" or \
                len(base) >= 6 and seen[len(base):] in ("t", "d") and seen.startswith(base):  # "pinned"; "aktiviert"
            return True
        for prefix in _PREFIXES:  # "gelöscht", "dihapus", "verwijderd" (no prefix, an ending of its own)
            if seen.startswith(prefix + base) and seen[len(prefix + base):] in _PREFIXED_ENDINGS:
                return True
    return False


def _task_words(task: str) -> list[str]:
    plain = QUOTED.sub(" ", task)
    return [w for w in _TOKEN.findall(normalize(plain)) if w not in FUNCTION_WORDS and len(w) >= 2]


def _said_done(task_words: list[str], text: str) -> str | None:
    """The task's word this text says done, or None. The participle is said of a thing, not a heading's attribute:
    it ends its part of the line or a function word follows it ("Photo deleted", "Payment sent to Bo"; not "Connected
    devices"), and no count comes right before it ("2 aktiviert", "3 baixados": a summary of how many)."""
    for part in re.split(r"\s*[|·•]\s*", normalize(text)):
        said = re.findall(r"[^\W_]+", part)
        for k, shown in enumerate(said):
            if k and said[k - 1].isdigit() or k + 1 < len(said) and said[k + 1] not in FUNCTION_WORDS:
                continue
            word = next((w for w in task_words if completed_form(w, shown)), None)
            if word:
                return word
    for word in task_words:  # "đã xóa", "已删除", "削除しました": the task's own word right beside a completion marker
        pieces = [word[k:k + 2] for k in range(len(word) - 1)] if _NO_SPACES.search(word) else [word] if len(word) >= 3 else []
        if any(_MARKED.search(text.replace(piece, "\0")) for piece in pieces if piece in text):
            return word
    return None


def _script_apart(task: str, screen_text: str) -> bool:
    """The task and the screen are written in different scripts (ASCII letters against others): nothing compares."""
    def latin(text: str) -> float:
        letters = [c for c in text if c.isalpha()]
        return sum(c.isascii() for c in letters) / len(letters) if letters else 0.0
    return abs(latin(task) - latin(screen_text)) > 0.6


def notice(task: str, screen: Screen) -> str | None:
    """The screen's text saying the task's act done for the task's thing, or None (see the module docstring)."""
    if answers.asked(task) is not None or len(parts(task)) > 1 or len(clause_verbs(task)) > 1 or _MORE.search(task) \
            or _NEGATED.search(task) or screen.dialog:
        return None  # a dialog asks before the act ("This file will be permanently deleted."): not done yet
    task_words = _task_words(task)
    if not task_words:
        return None
    seen = normalize(" ".join(screen.lines))
    for line in screen.lines:
        text, state = _shown_text(line, screen)
        if text is None or len(text.split()) > _LONG or _NEGATED.search(text) or _PENDING.search(text):
            continue
        act = _said_done(task_words, text)
        if act is None:
            continue
        rest = [w for w in task_words if w != act and not _NO_SPACES.search(w)]
        if state and (rest and not any(w in normalize(text) or w in _near(line, screen) for w in rest)
                      or _twins(line, text, screen)):
            continue  # a state label only for the thing its own row or page title names, and no filter's choice
        if not rest or any(w in seen for w in rest) or _script_apart(task, seen):
            return text
    return None


def _shown_text(line: str, screen: Screen) -> tuple[str | None, bool]:
    """(the words of a plain line or of a short state label, whether it is a control's label)."""
    if line.startswith("    "):
        return line.strip(), False
    m = _LABEL.match(line)
    if not m:
        return None, False
    element = int(m.group(1))
    label = m.group(2).split(" | ")[0]
    if element in screen.editable or len(label.split()) > 2:
        return None, False
    return label, True


def _twins(line: str, text: str, screen: Screen) -> bool:
    """Another control's label holds this state label ("Aktiviert" beside "Nicht aktiviert"): a filter's choices, not
    the state of the thing the task names."""
    m = _LABEL.match(line)
    own = int(m.group(1)) if m else -1
    key = normalize(text)
    return any(key in normalize(label) for i, label in screen.labels.items() if i != own and i in screen.actionable)


def _near(line: str, screen: Screen) -> str:
    """The row and the page title around a control's line: what its state label is about."""
    m = _LABEL.match(line)
    row = screen.context.get(int(m.group(1)), "") if m else ""
    title = " ".join(l.strip() for l in screen.lines[:4] if l.startswith("    "))
    return normalize(f"{row} {title}")


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Finish first where the screen shows the task's act done (``out`` in place)."""
    if out and notice(task, screen) is not None:
        plain_finish.finish_first(out)
