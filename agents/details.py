"""An item's details: the Info / Details page and the values it lists under their labels.

Photo and file apps keep what a row does not show (where a photo was taken, a file's folder or
size) on a details page: Google Photos' "Info" (i) button, Samsung Gallery's "Details", Files by
Google's "File info". That page lists each value under (or beside) its label: "Location" then
"Harbor", "Size: 5.6 MB". A question about such a value opens the page and reads the label's
value. "Which file is the largest?" is answered by the row a superlative picks (its name).
General Android conventions only; labels in the common phone languages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from . import page_answers, recent_items
from .answers import Asked, ranked_row, superlative, value_in
from .ranked import Ranked
from .text import normalize, words

# Buttons that open an item's details, in common phone languages (content-desc or text).
INFO = frozenset(words("info information details detail properties 詳細 详细信息 详情 정보 세부정보 подробности "
                       "сведения свойства détails informations propriétés informationen eigenschaften "
                       "detalles información propiedades dettagli informazioni proprietà detalhes informações "
                       "propriedades", stopwords=frozenset()))
# The labels a details page lists a value under, by the kind of value asked.
_LABELS = {
    "address": words("location place address where 位置 場所 위치 地点 местоположение место lieu emplacement "
                     "ort standort ubicación lugar posizione luogo localização local", stopwords=frozenset()),
    "date": words("date taken created modified day 日付 날짜 日期 дата datum fecha data", stopwords=frozenset()),
    "size": words("size 크기 サイズ 大小 размер taille größe tamaño dimensione tamanho", stopwords=frozenset()),
    "file": words("name file filename 名前 이름 名称 имя nom dateiname nombre nome", stopwords=frozenset()),
    "folder": words("folder directory path location saved stored 폴더 위치 フォルダ 場所 文件夹 位置 папка путь dossier "
                    "emplacement ordner pfad speicherort carpeta ubicación cartella percorso pasta", stopwords=frozenset()),
}
# "Which folder is a.pdf in?", "where is a.pdf stored? just the folder": a folder's name, read off a details page
_FOLDER = re.compile(r"\b(?:which|what)\s+(?:folder|directory)\s+(?:[\w.\-]+\s+)?(?:is|are|was|were|does|did)\b[^?]*"
                     r"\b(?:in|stored|saved|kept|located|filed)\b\s*[?.!]?\s*$|\bin (?:which|what) (?:folder|directory)\b"
                     r"|\b(?:which|what)\s+(?:folder|directory)\s+(?:holds|contains|has)\b[^?]*\.\w{2,4}\b"
                     r"|\b(?:which|what) (?:folder|directory)\s*(?:\([^()]*\.\w{2,4}\))?\s*\?\s*$|^\s*\S+\.\w{2,4}\s+(?:folder|directory)\s*\??\s*$"
                     r"|\bthe (?:folder|directory)\b[^?!]{0,60}?\b(?:is|was)\s+(?:\w+\s+)?(?:in|stored|saved|kept|located)\b"
                     r"|\bwhere\b[^?!]*?\b(?:stored|saved|kept|located|filed)\b[^!]*?\b(?:folder|directory)\b", re.I)
_NOISE = frozenset(words("on of the at du de der die das", stopwords=frozenset()))
_TAKEN = re.compile(r"\b(?:taken|shot|captured|photographed|created|made|modified|saved|downloaded)\b", re.I)
_PAIR = re.compile(r"^\s*([^:|·]{1,30}?)\s*[:|]\s*(.+)$")


def label_kind(question: Asked, task: str) -> str | None:
    """The details label a question's answer sits under: "where ... taken" a location, "when ...
    taken" a date, "how big" a size; None for questions a details page does not answer."""
    if _FOLDER.search(task):
        return "folder"
    if question.kind == "time" and _TAKEN.search(task) and not re.search(r"\bwhat time\b", task, re.I):
        return "date"  # "When was the photo taken?": the day, not a clock time
    return question.kind if question.kind in ("address", "date", "size") else None


def labelled_value(kind: str, lines: Sequence[str]) -> str | None:
    """The value a details page lists under (or beside) a label of ``kind``: "Location" then
    "Harbor"; "Size: 5.6 MB"; "Location | Internal storage / Documents"."""
    labels = _LABELS.get(kind, set())
    texts = [_plain(line) for line in lines]
    texts = [t for t in texts if t]
    for index, text in enumerate(texts):
        pair = _PAIR.match(text)
        if pair and _is_label(pair.group(1), labels):
            return _last_folder(kind, pair.group(2).strip())
        if not _is_label(text, labels):
            continue
        after = texts[index + 1] if index + 1 < len(texts) and not _is_any_label(texts[index + 1]) else None
        before = texts[index - 1] if index > 0 and not _is_any_label(texts[index - 1]) else None
        if before and after and _other_value(kind, after) and not value_in(kind, after) and not _other_value(kind, before):
            return before  # a caption under its value ("8 Rue Cler" / "Address" / "+1 555..." / "Phone"), as Maps shows them
        if after:
            return _last_folder(kind, after)
    return None


def _last_folder(kind: str, value: str) -> str:
    """A folder's own name, the last part of its path ("Internal storage / Recordings" -> "Recordings")."""
    return re.split(r"\s*[/\\›>»]\s*", value.strip(" /"))[-1] if kind == "folder" else value


def _other_value(kind: str, text: str) -> bool:
    """``text`` holds a typed value of another kind (a time range, phone number, e-mail, web address)."""
    return any(value_in(other, text) for other in ("time", "phone", "email", "url") if other != kind)


def _is_label(text: str, labels: set[str]) -> bool:
    own = words(text, stopwords=frozenset()) - _NOISE
    return bool(own) and len(own) <= 3 and own <= labels | {"taken"} and bool(own & labels)


def _is_any_label(text: str) -> bool:
    return any(_is_label(text, labels) for labels in _LABELS.values())


def _plain(line: str) -> str:
    m = re.match(r'\s*(?:\[\d+\]\s+\S+\s+)?"?(.*?)"?(?:\s*=\s*"(.*)")?(?:\s+\([^()]*\))?\s*$', line)
    return (m.group(1) or "").strip() if m else line.strip()


def is_info(label: str) -> bool:
    """An Info / Details / Properties button ("File info", "Détails")."""
    own = words(label, stopwords=frozenset())
    return bool(own & INFO) and len(own) <= 3


def titled(lines: Sequence[str], objects: Sequence[str]) -> bool:
    """The screen is the object's own page: a plain (not tappable) line names it."""
    keys = [normalize(o) for o in objects if o.strip()]
    return any(line.startswith("    ") and any(k in normalize(line) for k in keys) for line in lines)


def adjust(candidates: Sequence[Ranked], question: Asked | None, task: str, labels: dict[int, str],
           lines: Sequence[str], objects: Sequence[str], history: Sequence[dict[str, Any]]) -> str | None:
    """Open the details of the object's page when its value is not shown; return the value once a
    details page lists it under its label (the caller finishes with it as the answer)."""
    kind = label_kind(question, task) if question is not None else None
    if question is not None and kind is None:
        page_answers.steer(candidates, task, labels, list(labels))  # "About phone" for its version
        if page_answers.end_not_shown(task, question.kind, lines, objects):
            _hold_answers(candidates)  # the row shows when it starts: its page, when it ends
        if recent_items.asks_their_before_last(task):
            return None  # "the second-to-last text from Bo": read off the conversation, never a row's preview
        return page_answers.answer(question.kind, question.topic, task, lines, objects)
    if kind is None:
        return None
    value = labelled_value(kind, lines)
    if value:
        return value
    if kind == "folder":  # a row's parts say no folder: the details page does
        _hold_answers(candidates)
    if not titled(lines, objects):
        return None
    pressed = any(h.get("kind") == "tap" and h.get("outcome") == "success" and is_info(_quoted(h.get("line", "")))
                  for h in history[-2:])
    for c in candidates:
        element = c.action.get("element")
        if c.action.get("kind") == "tap" and element is not None and is_info(labels.get(element, "")) and not pressed:
            c.score += 4.0  # the details page lists what the page does not show
        elif c.action.get("kind") == "back" and not pressed:
            c.score -= 1.0
    return None


def _hold_answers(candidates: Sequence[Ranked]) -> None:
    for c in candidates:
        if c.action.get("kind") == "done" and c.action.get("answer"):
            c.score -= 5.0


def _quoted(line: str) -> str:
    m = re.search(r'"([^"]*)"', line)
    return m.group(1) if m else ""


def row_name(label: str) -> str | None:
    """The name a list row starts with ("menu.pdf | 3.5 MB · Mar 4" -> "menu.pdf")."""
    name = re.split(r"\s+[|·•]\s+|,\s", label, maxsplit=1)[0].strip()
    return name or None


def ranked_name(question: str, lines: Sequence[str]) -> str | None:
    """The name of the row a superlative question picks ("the largest file in Documents") on a
    list whose page names the question's place (its capitalised words, when it has any)."""
    if not superlative(question):
        return None
    place = words(" ".join(re.findall(r"(?<!^)\b[A-Z][\w\-]{2,}", question))) - _RANK
    title = words(" ".join(line for line in lines if line.startswith("    ")))
    if place and not place <= title:
        return None
    rows = {int(m.group(1)): _plain(line) for line in lines if (m := re.match(r"\[(\d+)\]", line))}
    best = ranked_row(question, rows, set())
    return row_name(rows[best]) if best is not None else None


_RANK = frozenset(words("which what who whose find show", stopwords=frozenset()))


def first_file(lines: Sequence[str]) -> str | None:
    """The file name on a list's first row (galleries and file lists show the newest first)."""
    from .values import PATTERNS

    pattern = dict(PATTERNS)["file"]
    for line in lines:
        found = pattern.search(_plain(line)) if re.match(r"\[\d+\]", line) else None
        if found:
            return found.group(0)
    return None
