"""An add the screen already confirms: "Added to cart", "장바구니에 상품이 담겼습니다", "已加入购物车".

Right after an add, shops, players and list apps say what was done in a snackbar, a toast or a sheet: the add in its
completed form (the perfect or the passive of "add", in the languages phones ship: "added", "hinzugefügt", "ajouté",
"añadido", "agregado", "adicionado", "aggiunto", "toegevoegd", the "put in" of some: "in den Warenkorb gelegt",
"in winkelwagen geplaatst", "inserito nel carrello", "lagd i varukorgen", "dodano", "добавлен", "додано", "eklendi",
"ditambahkan", "đã thêm", "已加入", "追加しました", "담겼습니다", "تمت إضافة", "נוסף", "जोड़ा गया", ...) and where to. A
task that asks only for that add ("add the samsonite carry-on to my cart") is then done, and tapping the sheet's
"Add" tiles or the product's button again would add a second one (``adjust`` puts finishing first).

The notice must say the task's destination (the cart, by the concept in any language, agents/ui_glossary.py; a list or
playlist by the task's own words) and, where the screen is written in the task's script, the thing added must be on the
screen (another product's notice is no proof). A task with more to do than the add ("... and check out", another clause), a count or
"one more" (a second add is asked), a question, or a negated notice ("couldn't be added") finishes nothing here.
"""

from __future__ import annotations

import re
from typing import Any

from . import answers, plain_finish, ui_glossary
from .goal import clause_verbs
from .perceptor import Screen
from .progress import parts
from .text import normalize, words

_ADDED_SPACED = re.compile(
    r"(?<!\w)(?:added|hinzugefügt|ajouté(?:e|s|es)?|añadid[oa]s?|agregad[oa]s?|se\s+(?:añadió|agregó)|adicionad[oa]s?"
    r"|aggiunt[oaie]|toegevoegd|dodan[oaey]|dodany|добавлен[аоы]?|добавили|додано|доданий|додана|eklendi|ditambahkan"
    r"|berhasil\s+ditambah(?:kan)?|telah\s+ditambah(?:kan)?|đã\s+(?:được\s+)?thêm|tillagd|tillagt|lagt\s+til|tilføjet"
    r"|gelegt|geplaatst|inserit[oaie]|lagd|lagts|lagt\s+i"
    r"|lisätty|přidán[oay]?|pridan[éáý]|hozzáadva|adăugat|προστέθηκε|נוסף|נוספה|נוספו|जोड़ा\s+गया|जोड़\s+दिया"
    r"|تمت\s+(?:ال)?إضافة|تم\s+(?:ال)?إضافة|أضيف|أُضيف|اضافه\s+شد|افزوده\s+شد)(?!\w)", re.I)
_ADDED_UNSPACED = re.compile(r"已加入|已添加|已加購|已加购|加入成功|添加成功|成功加入|成功添加|追加しました|追加されました|入れました|"
                             r"入りました|담겼습니다|담았습니다|담겼어요|추가되었습니다|추가됐습니다|추가되었어요|추가됨|เพิ่ม\S*แล้ว")
_NEGATED = re.compile(r"(?<!\w)(?:not|n't|couldn't|could not|can't|cannot|failed|unable|nicht|pas|no se|não|non|nie|не|"
                      r"tidak|gagal|không|değil|無法|无法|未能|できません|못|실패)(?!\w)", re.I)
_MORE = re.compile(r"\d|\b(?:more|another|again|extra|second|two|three|four|five|six|seven|eight|nine|ten|dozen|couple)\b",
                   re.I)
_DESTINATIONS = frozenset({"cart", "favorites"})
_LONG = 14  # words: a notice is a short sentence, not a product's description


def _added(text: str) -> bool:
    return bool(_ADDED_SPACED.search(text) or _ADDED_UNSPACED.search(text)) and not _NEGATED.search(text)


def _latin_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isascii() for c in letters) / len(letters) if letters else 0.0


def notice(task: str, screen: Screen) -> str | None:
    """The screen's notice that the task's add is done ("Added to cart"), or None."""
    if answers.asked(task) is not None or len(parts(task)) > 1 or len(clause_verbs(task)) > 1 or _MORE.search(task) \
            or "add" not in ui_glossary.asked(task):
        return None
    wanted = set(ui_glossary.task_concepts(task)) & _DESTINATIONS
    task_words = words(task) - words("add to my the a an in into on")
    texts = [line.strip() for line in screen.lines]
    for text in texts:
        said = re.sub(r"^\[\d+\] \S+ ", "", text).strip('"')
        if not said or len(said.split()) > _LONG or not _added(said):
            continue
        where = set(ui_glossary.concepts(said)) & _DESTINATIONS
        if not (wanted & where if wanted else task_words & words(said)):
            continue  # not the place the task adds to
        return said if _thing_shown(task_words, texts, screen) else None
    return None


def _thing_shown(task_words: set[str], texts: list[str], screen: Screen) -> bool:
    """The thing added is on the screen, or the screen is written in another script than the task (nothing compares)."""
    seen = normalize(" ".join(texts))
    if _latin_share(" ".join(screen.labels.values()) + seen) < 0.3 <= _latin_share(" ".join(task_words)):
        return True
    thing = {w for w in task_words if not set(ui_glossary.concepts(w)) & (_DESTINATIONS | {"add"})}
    return not thing or bool(thing & words(seen))


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Finish first when the screen confirms the task's add (``out`` in place)."""
    if not out or notice(task, screen) is None:
        return
    plain_finish.finish_first(out)
