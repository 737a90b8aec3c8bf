"""A task that makes a new item starts at the screen's control that creates one, in any language.

Lists of events, notes, mails, files, posts or contacts have one control that makes a new item: a floating action
button at the bottom corner (often known only by its description: "Skapa ny händelse", "新建笔记", "Neu erstellen"),
an extended one with a label ("نوشتن", "Compose"), a "Create" key in the bottom bar or a "+" in the top bar. The
task rarely names it: "lägg in ett möte med Johan", "帮我记一下明天买牛奶", "neuen ordner anlegen", "post something".
It says so by its grammar: a verb of making, writing, adding or noting down with an object that is new (an
indefinite article or "something" before it, "new" in any of its forms, or in a language without articles the verb
itself), never an item the screen lists by its name ("open Bob's note", "add milk to the Groceries note") and never
a question. The control is known by its structure: a short label meaning "new" or "add" (agents/ui_glossary.py) or
an id saying fab / compose / create / add / new, on a small control at the screen's bottom or in its top bar.
"""

from __future__ import annotations

import os
import re
from typing import Any

from ..unitext import NO_SPACES
from . import ui_glossary
from .perceptor import Screen
from .text import normalize

# "new" in its inflected forms (adjective agreement by gender, number and case), per language.
_NEW = ("new", "brand new", "neu", "neue", "neuen", "neuer", "neues", "neuem", "nouveau", "nouvel", "nouvelle", "nouveaux",
        "nouvelles", "nuevo", "nueva", "nuevos", "nuevas", "novo", "nova", "novos", "novas", "nuovo", "nuova", "nuovi", "nuove",
        "nieuw", "nieuwe", "ny", "nytt", "nya", "nye", "nyt", "uusi", "uuden", "nowy", "nowa", "nowe", "nową", "nowego", "nowej",
        "новый", "новая", "новое", "новую", "нового", "новой", "новий", "нова", "нове", "нову", "нов", "нова", "yeni", "baru",
        "baharu", "mới", "جديد", "جديدة", "جدید", "تازه", "חדש", "חדשה", "חדשים", "חדשות", "नया", "नई", "नए", "नवीन",
        "নতুন", "புதிய", "కొత్త", "نیا", "نئی", "nový", "nová", "nové", "új", "νέο", "νέα", "νέος", "καινούργιο",
        "καινούργια", "nou", "nouă", "naya", "nayi", "naye", "mpya", "bago", "yangi", "жаңа", "ახალი", "նոր", "ใหม่", "새", "새로운",
        "新しい", "新規", "新建", "新增", "新的", "个新", "個新", "条新", "條新", "篇新")
# Verbs of making, writing or noting down an item (imperatives and infinitives as people type them), per language.
_MAKE = ("create", "make", "write", "compose", "draft", "set up", "post", "tweet", "jot down", "note down",
         "put in", "put down", "schedule", "skapa", "gör", "lägg in", "skriv", "starta", "opret", "lag", "lage", "legg inn",
         "erstelle", "erstellen", "anlegen", "lege", "leg", "mach", "mache", "machen", "schreib", "schreibe", "schreiben",
         "verfasse", "notiere", "trag", "eintragen", "crée", "créer", "créez", "fais", "faire", "écris", "écrire", "rédige",
         "rédiger", "note", "crea", "crear", "cree", "haz", "hacer", "escribe", "escribir", "redacta", "anota", "apunta",
         "cria", "criar", "crie", "faz", "faça", "escreve", "escreva", "escrever", "anote", "creare", "fai", "scrivi",
         "annota", "maak", "aanmaken", "schrijf", "utwórz", "stwórz", "zrób", "napisz", "zanotuj", "zapisz", "создай",
         "создать", "сделай", "напиши", "запиши", "заведи", "створи", "зроби", "запиши", "oluştur", "yaz", "buat", "bikin",
         "tulis", "catat", "cipta", "tạo", "viết", "ghi", "soạn", "أنشئ", "انشئ", "اعمل", "اكتب", "سجل", "بساز",
         "بنویس", "بنویسم", "ایجاد کن", "درست کن", "یادداشت کن", "צור", "תיצור", "כתוב", "תכתוב", "תכתבי", "רשום",
         "תרשום", "बनाओ", "बना दो", "बनाएं", "बनाएँ", "लिखो", "लिख दो", "लिखें", "नोट करो", "banao", "bana do", "likho",
         "likh do", "note karo", "作って", "作成", "書いて", "メモして", "メモっ", "만들어", "써줘", "써 줘", "작성해",
         "메모해", "적어", "สร้าง", "เขียน", "จด", "tengeneza", "unda", "andika", "gumawa", "gawa", "isulat", "sumulat",
         "mag-post", "magpost", "i-post", "记一下", "记下", "记个", "記一下", "記下", "寫一", "写一", "写个", "寫個",
         "建一", "建个", "建個", "新建", "创建", "創建", "发一", "发个", "發一", "發個", "oluşturun", "yarat", "yaratın",
         "yaradın", "düzəlt", "yarating", "yoz", "yozing", "hozz létre", "hozzon létre", "csinálj",
         "készíts", "írj")
# Verbs of adding or putting in: the object must be new by an article or "new" ("add a task", not "add milk to X").
_ADD = ("add", "lägg till", "legg til", "tilføj", "hinzufügen", "füge", "ajoute", "ajouter", "añade", "añadir", "agrega",
        "agregar", "adiciona", "adicionar", "adicione", "aggiungi", "voeg", "dodaj", "добавь", "додай", "ekle", "tambah",
        "tambahkan", "thêm", "أضف", "ضيف", "اضافه کن", "הוסף", "תוסיף", "जोड़ो", "जोड़ दो", "追加", "추가해", "เพิ่ม",
        "ongeza", "idagdag", "magdagdag", "pon", "ponme", "mets", "metti", "coloca", "bota", "zet", "поставь", "save",
        "store", "guarda", "salva", "speichere", "enregistre", "сохрани", "ekleyin", "əlavə et", "qo'sh", "qo'shing",
        "adj hozzá", "jod do", "jodo")
# An object that is new by its determiner: indefinite articles, "one", "some", "something", per language.
_INDEFINITE = ("a", "an", "one", "some", "something", "another", "en", "ett", "et", "ei", "något", "noget", "noe", "ein",
               "eine", "einen", "einem", "einer", "etwas", "un", "une", "quelque chose", "una", "uno", "unos", "unas", "algo",
               "um", "uma", "qualcosa", "een", "iets", "bir", "sebuah", "satu", "một", "یه", "یک", "एक", "kitu", "ng isang")
# Pronouns that may stand between a verb and its object ("make me a note", "schreib mir eine Notiz").
# The determiner "one"/"a" of the languages typed in Latin letters that put the verb last (Turkish, Azerbaijani,
# Uzbek, Turkmen, Kazakh: "bir", "bitta"; Hungarian "egy"; Hindi and Urdu typed in Latin letters "ek"): "bir klasör
# oluştur", "bitta papka yarating", "egy új listát készíts", "ek note bana do".
_VERB_LAST_INDEFINITE = ("bir", "bitta", "egy", "ek")
_PRONOUNS = frozenset(("me", "us", "mir", "uns", "moi", "nous", "mi", "ci", "mig", "meg", "mij", "ons", "nos"))
# Swahili verbs carry their subject, tense and infinitive prefixes: "kupost", "niandikie", "tutengeneze".
_SWAHILI = re.compile(r"(?<!\w)(?:ku|ni|u|a|tu|m|wa)(?:na|li|ta|me)?(?:post|andik|tengenez|und|ongez)\w*(?!\w)")
_QUESTION = re.compile(r"[?？؟]\s*$")
_FAB_ID = re.compile(r"(?:^|[/_.])(?:fab|floating_action\w*|compose\w*|create\w*|new_\w+|\w*_new|add|\w*_add|add_\w+)$", re.I)
_ABOVE = 0.5  # how far the create control goes above the best other candidate
_ROW = 0.25  # of the height: a list row is at most this high; the list itself is higher
_TOP_BAR = 0.15  # a toolbar icon lies in the screen's top part; a floating or bottom-bar button in its bottom part
_BOTTOM = 0.6
_SMALL = 0.45  # a button, not a row: narrower than this share of the screen


def _has(text: str, phrase: str) -> bool:
    if NO_SPACES.search(phrase):
        return phrase in text
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def _after(text: str, verbs: tuple[str, ...], objects: tuple[str, ...]) -> bool:
    """A verb of ``verbs`` whose object, next to it or past one pronoun ("make me a note"), starts with one of
    ``objects`` ("lägg in ett möte"), and is no more of something there ("add one more pack")."""
    for verb in verbs:
        for m in re.finditer(rf"(?<!\w){re.escape(verb)}(?!\w)", text):
            rest = text[m.end():].split()[:4]
            if rest and rest[0] in _PRONOUNS:
                rest = rest[1:]
            if "more" in rest[:3] or "mehr" in rest[:3]:
                continue
            if any(rest[:len(o.split())] == o.split() for o in objects):
                return True
    return False


def _before(text: str, verbs: tuple[str, ...]) -> bool:
    """A verb that ends its clause (verb-last grammar) with a new object before it: the determiner "one" of a
    verb-last language at most four words back in the same clause ("bir klasör oluştur", "ek naya group bana do")."""
    for verb in verbs:
        for m in re.finditer(rf"(?<!\w){re.escape(verb)}(?!\w)", text):
            if re.match(r"\s*(?:$|[,.;:!])", text[m.end():]) is None:
                continue  # the verb does not end its clause: its object comes after it
            words = re.split(r"[,.;:!]", text[:m.start()])[-1].split()[-4:]
            if any(w in _VERB_LAST_INDEFINITE for w in words):
                return True
    return False


def asks_new(task: str) -> bool:
    """The task makes a new item (see the module docstring); no question."""
    said = normalize(task)
    if not said or _QUESTION.search(task.strip()):
        return False
    if any(_has(said, w) for w in _NEW) and (any(_has(said, v) for v in _MAKE + _ADD) or len(said.split()) <= 3):
        return True
    if _after(said, _MAKE + _ADD, _INDEFINITE):
        return True
    if _before(said, _MAKE + _ADD):
        return True
    made = [v for v in _MAKE if _has(said, v)]
    return bool(made) and _unarticled(said) or _SWAHILI.search(said) is not None


def _unarticled(said: str) -> bool:
    """A task in a language writing no articles (no Latin letters, or none before the verb's object): the verb alone
    makes its object new ("帮我记一下", "напиши письмо")."""
    return not re.search(r"[a-z]", said) or bool(NO_SPACES.search(said))


def _names_row(task: str, screen: Screen, control: int) -> bool:
    """The task names an item a row shows: a capitalised name of the task in a row's title ("Bob's note"), or a title of
    two words or more (two characters of a script without spaces) said whole."""
    said = normalize(task)
    names = {normalize(w) for w in re.findall(r"(?<=\s)[^\W\d_][\w'’]+", " " + task) if w[0].isupper() and len(w) > 2}
    names = {re.sub(r"['’]s$", "", n) for n in names}
    for element in screen.actionable:
        if element == control or element in screen.borrowed:
            continue
        title = normalize(screen.labels.get(element, "").split(" | ", 1)[0])
        if not title:
            continue
        if any(_same_name(name, word) for name in names for word in title.split()):
            return True
        spaced = len(title.split()) >= 2 or (len(title) >= 2 and NO_SPACES.search(title) is not None)
        if spaced and len(title) <= 40 and _has(said, title):
            return True
    return False


def _same_name(a: str, b: str) -> bool:
    """One name, maybe with another case ending ("Оксані", "Оксана"; "Ivanu", "Ivan")."""
    common = len(os.path.commonprefix([a, b]))
    return a == b or common >= 4 and common >= min(len(a), len(b)) - 2


def _height(screen: Screen) -> int:
    return max((b[3] for b in screen.bounds.values() if len(b) == 4), default=0)


def _floating(screen: Screen, element: int) -> bool:
    """A round or square button (a floating action button) in a bottom corner, over a row of the list below it and no
    part of one (a row's own icon is said "in" its row). A row is a row's height: the scrolling list that holds a
    family of row buttons spans them all without making one of them float."""
    x1, y1, x2, y2 = screen.bounds[element]
    width, row = screen.width or 1, _ROW * _height(screen)
    square = 0.7 <= (x2 - x1) / max(1, y2 - y1) <= 1.4 and x2 - x1 <= 0.2 * width
    cornered = x2 >= 0.85 * width or x1 <= 0.15 * width  # the end corner, left in a right-to-left script
    return square and cornered and element not in screen.context and any(
        other != element and len(b := screen.bounds.get(other, [])) == 4 and b[0] < x2 and x1 < b[2] and b[1] < y2 and y1 < b[3]
        and b[2] - b[0] > 0.6 * width and b[3] - b[1] <= row for other in screen.actionable)


def control_rank(screen: Screen, element: int) -> int:
    """How surely ``element`` is the screen's create control: 0 not one; 1 an add or new control in the top bar or at
    the bottom; 2 one known by its id (fab, compose, create) too, or meaning "new" rather than "add"."""
    label = screen.labels.get(element, "")
    text = normalize(label)
    rid = screen.locators.get(element, {}).get("resource_id", "")
    bounds = screen.bounds.get(element)
    width, height = screen.width or 0, _height(screen)
    if not bounds or len(bounds) != 4 or not width or not height or element in screen.borrowed:
        return 0
    parts = text.split(" | ")
    if len(parts) > 2 or any(len(part.split()) > 3 for part in parts) or re.search(r"\d", text):
        return 0  # a row says more; a button says its name (its text and its description at most)
    x1, y1, x2, y2 = bounds
    placed = x2 - x1 <= _SMALL * width and (y2 <= _TOP_BAR * height or y1 >= _BOTTOM * height)
    if not placed:
        return 0
    meant = set(ui_glossary.concepts(label)) if text else set()
    by_id = bool(_FAB_ID.search(rid.split(":id/")[-1])) if rid else False
    if not (meant & {"new", "add"} or (by_id or _floating(screen, element)) and not meant):
        return 0
    return 1 + ("new" in meant or by_id)


def _form(screen: Screen) -> bool:
    """A field to write in below the top bar (a search box sits in it): the item's form is open."""
    height = _height(screen)
    return any(len(b := screen.bounds.get(e, [])) == 4 and b[1] > _TOP_BAR * height for e in screen.editable)


def _other_kind(label: str, asked: set[str]) -> bool:
    """The control makes a kind of item the task does not ask for ("Add alarm" when a timer is asked)."""
    kinds = set(ui_glossary.concepts(label)) - {"new", "add"} - ui_glossary.ACTS
    return bool(kinds) and not kinds & asked


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Raise the screen's create control above all else (in place) when the task makes a new item."""
    if screen.dialog or screen.keyboard_shown or _form(screen) or not asks_new(task):
        return  # a form open (a field below the top bar): the new item is being written already
    ranked = []
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") == "tap" and isinstance(element, int) and (rank := control_rank(screen, element)):
            ranked.append((rank, candidate))
    if not ranked:
        return
    asked = ui_glossary.asked(task)
    ranked = [(rank, c) for rank, c in ranked if not _other_kind(screen.labels.get(c.action["element"], ""), asked)]
    if not ranked:
        return
    rank, best = max(ranked, key=lambda pair: (pair[0], pair[1].score))
    if not any(_has(normalize(task), w) for w in _NEW) and _names_row(task, screen, best.action["element"]):
        return  # "open Bob's note"; "store a new password for my Netflix account" is new whatever rows say
    top = max((c.score for c in out if c is not best), default=0.0)
    best.score = max(best.score, top + _ABOVE)
