"""The task says to look further up: scrolling up, not down.

Every list opens at its top, so the ranker's scrolling goes down, to what is below. A conversation is the exception:
chats and comment threads open at their newest message, at the foot, and what was said before lies above ("往上翻翻，
看看群里早上都聊了啥", "scroll up to see what Bo said", "rola pra cima na conversa"). When the task says to scroll up
(the glossary's ``scrollup`` words, agents/ui_concepts.toml: how people say it, never a label) on a conversation, a
list that scrolls with the field to write in beneath it, scrolling up leads; a message the task quotes
('reply "scroll up, I sent it earlier" to Bo') is text to type, no request. Elsewhere people say "scroll up" for
the finger's way as often as for the page's, and a gesture named by the finger ("swipe up") is no such request.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import answers, past_records, ui_glossary
from .perceptor import Screen
from .text import QUOTED

_LEAD = 1.0  # above whatever a word of the task raised: the task says what to do first
_SCROLLS = re.compile(r"^\[(\d+)\] .*\(scrollable")
_MARGIN = 24  # px: the field may overlap the list's foot by this much
_LOWER = 0.5  # of the screen's height: a conversation's field sits in its lower half


def _conversation(screen: Screen) -> bool:
    """A list that scrolls with a field to write in right beneath it, in the screen's lower half (a chat, a thread)."""
    lists = [screen.bounds[int(m.group(1))] for m in map(_SCROLLS.match, screen.lines) if m and int(m.group(1)) in screen.bounds]
    height = max((b[3] for b in screen.bounds.values() if len(b) == 4), default=0)
    fields = [screen.bounds[e] for e in screen.editable if e in screen.bounds]
    return any(f[1] >= height * _LOWER and f[1] >= box[3] - _MARGIN for f in fields for box in lists if len(box) == 4)


# A time some days back said without a number ("a few days ago", "the other day", "last week"), in the languages
# phones ship; with a number or "yesterday" the words of agents/past_records.py say it.
_DAYS_BACK = re.compile(
    r"\b(?:(?:a )?(?:few|couple of|couple|several) (?:days|weeks) ago|the other day|last (?:week|month)|"
    r"hace (?:unos|algunos|varios) días|la semana pasada|il y a quelques jours|la semaine dernière|"
    r"vor ein paar tagen|letzte woche|há (?:uns|alguns) dias|semana passada|qualche giorno fa|la settimana scorsa|"
    r"несколько дней назад|на прошлой неделе|кілька днів тому|geçen hafta|birkaç gün önce|beberapa hari (?:yang )?lalu|"
    r"minggu lalu|vài ngày trước|tuần trước|منذ (?:بضعة|عدة) أيام|الأسبوع الماضي|چند روز پیش|هفته پیش|"
    r"לפני כמה ימים|בשבוע שעבר|कुछ दिन पहले|पिछले हफ्ते|কয়েক দিন আগে)(?!\w)|几天前|幾天前|上周|上週|数日前|先週|"
    r"며칠 전|지난주|เมื่อสองสามวันก่อน|เมื่อหลายวันก่อน|สัปดาห์ที่แล้ว", re.I)


def adjust(out: list[Any], task: str, screen: Screen, make: Callable[..., Any], whole: str = "") -> None:
    """Put scrolling up first (``out`` changed in place) when ``task`` says to scroll up and a list scrolls, or
    asks what a conversation said days back that the screen does not show (``whole``: the task as said, its time)."""
    if not out or not _conversation(screen):
        return
    if "scrollup" not in ui_glossary.asked(QUOTED.sub(" ", task)) and not _asked_before(whole or task, screen):
        return  # a message saying "scroll up" is typed
    top = max(c.score for c in out)
    up = next((c for c in out if c.action == {"kind": "swipe", "direction": "up"}), None)
    if up is None:
        up = make({"kind": "swipe", "direction": "up"}, "scroll up to see what is above", top)
        out.append(up)
    up.score = top + _LEAD


def _asked_before(task: str, screen: Screen) -> bool:
    """A question about what was said days back ("what was the code Noa sent me a few days ago?", "어제 민수가 보낸
    주소 뭐였지?") on a thread that shows no day that far back: chats open at their newest message."""
    said = QUOTED.sub(" ", task)
    back = "older" if _DAYS_BACK.search(said) else past_records.said_past(said)
    if back is None or answers.asked(task) is None:
        return False
    shown = {"older" if _DAYS_BACK.search(line) else past_records.said_past(line) for line in screen.lines}
    return "older" not in shown and (back == "older" or "yesterday" not in shown)


__all__ = ["adjust"]
