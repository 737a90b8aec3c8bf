"""A booking the screen already confirms: "Appointment confirmed", "Termin bestätigt", "Réservation confirmée", "予約が確定しました".

After a booking, clinics', restaurants' and travel apps' pages say it is done in a heading: the booking in its completed
form (the participle of "confirm" or "book"/"reserve" in the languages phones ship: "confirmed", "booked", "reserved",
"you're booked", "bestätigt", "gebucht", "reserviert", "confirmé(e)", "réservé(e)", "confirmad[oa]", "reservad[oa]",
"confermat[oa]", "prenotat[oa]", "bevestigd", "geboekt", "gereserveerd", "potwierdzon[aey]", "zarezerwowan[aey]",
"подтвержден[аоы]", "забронирован[аоы]", "підтверджено", "onaylandı", "dikonfirmasi", "đã xác nhận", "已确认", "预约成功",
"予約が確定", "予約完了", "예약 완료", "예약이 확정", "تم تأكيد", "تم الحجز", "पुष्टि हो गई", "bekräftad", "bekreftet",
"bekræftet", "vahvistettu", "potvrzen[oa]", "megerősítve", "confirmat[ăa]"). A task that asks only for a booking
("book me in with Dr. X on Thursday") is then done when the page names what the task names (its capitalised name), and
"Book another" or the booking button again would book a second one (``adjust`` puts finishing first). A question, a task
of two clauses or more, or a negated or pending notice ("not confirmed", "awaiting confirmation") finishes nothing here.
"""

from __future__ import annotations

import re
from typing import Any

from . import answers, plain_finish, ui_glossary
from .dates import MONTHS, WEEKDAYS
from .goal import clause_verbs
from .perceptor import Screen
from .progress import parts
from .text import normalize, words

_DONE_SPACED = re.compile(
    r"(?<!\w)(?:confirmed|booked|reserved|you['’]re\s+booked|bestätigt|gebucht|reserviert|confirmée?s?|réservée?s?"
    r"|confirmad[oa]s?|reservad[oa]s?|agendad[oa]s?|confermat[oaie]|prenotat[oaie]|bevestigd|geboekt|gereserveerd"
    r"|potwierdzon[aey]|zarezerwowan[aey]|подтвержден[аоы]?|забронирован[аоы]?|підтверджено|заброньовано"
    r"|onaylandı|dikonfirmasi|terkonfirmasi|berhasil\s+dipesan|đã\s+(?:được\s+)?xác\s+nhận|đặt\s+(?:lịch\s+)?thành\s+công"
    r"|bekräftad|bokad|bekreftet|booket|bekræftet|vahvistettu|varattu|potvrzen[oa]?|rezervován[oa]?|megerősítve|lefoglalva"
    r"|confirmat[ăa]?|rezervat[ăa]?|επιβεβαιώθηκε|אושר|אושרה|تم\s+(?:تأكيد|الحجز)|تأكيد\s+الحجز|पुष्टि\s+(?:हो\s+गई|की\s+गई))(?!\w)",
    re.I)
_DONE_UNSPACED = re.compile(r"已确认|已確認|预约成功|預約成功|预订成功|預訂成功|予約が確定|予約完了|予約しました|예약\s*완료|예약이\s*확정|예약되었습니다")
_NOT_YET = re.compile(r"(?<!\w)(?:not|unconfirmed|pending|awaiting|waiting|failed|unable|nicht|noch|pas|en attente|no|pendiente|"
                      r"não|non|niet|nie|не|belum|gagal|chưa|bekliyor|未|待|대기|실패)(?!\w)|\?", re.I)
_LONG = 8  # words: a heading, not a paragraph of terms
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b(?-i:[A-Z])[^\W\d_]+")  # the task's capitalised words after its first
_TITLE = re.compile(r"\b(Dr|Mr|Mrs|Ms|Mx|Prof|St|Sr|Jr|Dra|Sra|Hr|Fr)\.(?=\s)")
_LEADS = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "st", "sr", "jr", "dra", "sra", "hr", "fr"})


def _confirmed(text: str) -> bool:
    return bool(_DONE_SPACED.search(text) or _DONE_UNSPACED.search(text)) and not _NOT_YET.search(text)


def notice(task: str, screen: Screen) -> str | None:
    """The screen's heading that the task's booking is done ("Appointment confirmed"), or None."""
    plain = _TITLE.sub(r"\1", task)  # "Dr. Rao" ends no sentence
    if "book" not in ui_glossary.asked(task) or answers.asked(task) is not None or len(parts(plain)) > 1 \
            or len(clause_verbs(plain)) > 1:
        return None
    names = {normalize(m.group(0)) for m in _NAME.finditer(plain)} - _LEADS - set(WEEKDAYS) - set(MONTHS)  # "Dr", "Friday"
    if not names or not names <= words(" ".join(screen.lines), stopwords=frozenset()):
        return None  # the page names what the task books with (another doctor's confirmation is no proof)
    for line in screen.lines:
        said = re.sub(r'^\s*\[\d+\] \S+ "?|"?(?:\s*=\s*"[^"]*")?(?:\s+\([^()]*\))?\s*$', "", line).strip()
        if said and len(said.split()) <= _LONG and _confirmed(said):
            return said
    return None


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Finish first when the page confirms the task's booking (``out`` in place)."""
    if out and notice(task, screen) is not None:
        plain_finish.finish_first(out)
