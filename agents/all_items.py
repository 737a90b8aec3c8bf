"""A task over all the items of a list ("remove everything from my cart", "unstar all of them", "mark each one
read", "active tous les coupons", "both", "the last three") is not done while the list still offers the same action on another row: the next row is.
Read from the task's quantifier and the screen's row actions; no app's labels are known here.
"""

from __future__ import annotations

import re
from typing import Any

from .perceptor import Screen
from .text import normalize

# Quantifiers over a whole list, in the languages phones ship ("alle", "tous", "todos", "все", "semua", "كل"), "both"
# (the two shown) and a count from an end ("the last three", "the first 2").
_ALL = re.compile(r"(?<!\w)(?:everything|all|every|each|whole|entire|both|tous|toutes|chaque|todos|todas|todo|cada|tutti|tutte|"
                  r"ogni|alle|allen|alles|jede|jeden|jedes|beide|beiden|elke|wszystkie|wszystko|każdy|każdą|все|всё|всех|"
                  r"каждый|усі|всі|tüm|hepsi|semua|setiap|tất cả|mọi|todos|كل|جميع|सभी|सब|כל|(?:first|last|top)\s+"
                  r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten))(?!\w)|全部|所有|すべて|全て|모든|모두|ทั้งหมด|ทุก", re.I)
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def over_all(task: str) -> bool:
    """Does the task act on all the items (a quantifier outside its quoted words)?"""
    return bool(_ALL.search(_QUOTED.sub(" ", task)))


def same_action_left(task: str, screen: Screen, history: list[dict[str, Any]]) -> bool:
    """Was the last step a row's action ("Remove X"), and does another row still offer it ("Remove Y")?"""
    if not over_all(task):
        return False
    last = next((h for h in reversed(history) if h.get("kind") not in ("observe", "invalid_output")), None)
    if not last or last.get("kind") != "tap" or last.get("outcome") != "success" or last.get("line", "").count('"') < 2:
        return False
    pressed = last["line"].split('"')[1]
    verb = normalize(pressed).split(" ", 1)[0] if pressed.strip() else ""
    return bool(verb) and any(i in screen.context and normalize(screen.labels.get(i, "")).split(" ", 1)[0] == verb
                              and screen.labels.get(i, "") != pressed for i in screen.actionable)


__all__ = ["over_all", "same_action_left"]
