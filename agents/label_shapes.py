"""Shapes of real labels and screens the word match misreads, in any app or language.

- A button whose text is only its count ("24K", "1,2 Tsd.") is named by its description: "24K | Like"
  does what "like this" says, as "Like" alone would.
- A control named by part of a capitalised name the task says ("Google Drive": "Drive") beats one
  that adds words the task never says ("Drive Team").
- Android's "Open with" chooser: "Just once" / "Always" apply to the preselected app; an app the
  task names in the list is picked first.
- Asking for a new item ("haz una nota nueva", "make a new list") names the control that creates
  that kind of item ("Crear nota", "New list"), not existing items whose titles share the words; asking for none
  while naming an item a row shows ("add X to my Road trips list"), the control making a new one comes below that row.
- A quick setting people call by another name in the same language ("懐中電灯" / "ライト",
  "torch" / "Flashlight").
- "set / make the subject X" on a form: X goes into the empty field labelled so.
- An English search asked verb first ("find X on <this app>", "search for X") goes into the open,
  empty search box.
- One word spelt two ways: joined or hyphenated, with or without the Indic nukta dot ("वाईफाई" /
  "वाई-फ़ाई", "ফেসবুক" / "ফেস-বুক") is the same label.
- Spoken Arabic imperatives name the standard verb on buttons ("ضيف" / "أضف", "شغّل" / "تشغيل").
- "how do you say X in Japanese", "X 번역해줘": X is typed into a translator's box (agents/translations.py).
- Rows tied at the top are told apart by their titles: the one whose title holds more of the task's words
  ("bike chain repair": "How to Fix a Broken Bike Chain", not "Top 10 Road Bikes"; the words after the
  title, "play video", say nothing of the item).
- A popup drawn over the page on a full-screen clickable scrim covers what was drawn before it: those
  controls cannot be reached; unless the task wants the offer, the popup is closed first.
"""

from __future__ import annotations

import os
import re
from typing import Any

from ..unitext import NO_SPACES
from . import counting, translations
from .fields import has_flag
from .function_words import FUNCTION_WORDS
from .goal import first_word, parse_goal
from .lookup import search_field
from .perceptor import Screen
from .text import elided_joins, normalize, words

_COUNT = re.compile(r"^[\d.,\s]+\s?(?:[kmb]|tsd\.?|mio\.?|mil|mn|万|萬|千|億|亿|만|천|тыс\.?|млн)?$", re.I)


def _tap(candidate: Any) -> int | None:
    element = candidate.action.get("element")
    return element if candidate.action.get("kind") == "tap" and isinstance(element, int) else None


def count_first(out: list[Any], task: str, screen: Screen) -> None:
    """Credit "24K | Like" for "like this song": the count says nothing, the description is the verb."""
    verbs = parse_goal(task).verbs
    for candidate in out:
        element = _tap(candidate)
        parts = screen.labels.get(element, "").split(" | ") if element is not None else []
        if len(parts) == 2 and _COUNT.match(parts[0]) and first_word(parts[1]) in verbs:
            candidate.score += 1.5


def covered_names(out: list[Any], task: str, screen: Screen) -> None:
    """Credit a short label that is part of a capitalised name the task says, when another label shares
    that part and adds words the task does not say ("Google Drive": "Drive" over "Drive Team")."""
    names = [words(m) for m in re.findall(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+", task)]
    said = words(task)
    labelled = [(c, words(screen.labels.get(e, ""))) for c in out if (e := _tap(c)) is not None
                and " | " not in screen.labels.get(e, "") and not NO_SPACES.search(screen.labels.get(e, ""))]
    for candidate, own in labelled:
        if own and any(own < name for name in names) and any(
                other > own and other - own and not (other - own) & said for _, other in labelled):
            candidate.score += 0.75


def _rid(screen: Screen, element: int) -> str:
    return screen.locators.get(element, {}).get("resource_id", "")


def chooser(out: list[Any], task: str, screen: Screen) -> None:
    """On Android's chooser ("Open with Chrome": Just once / Always) raise the listed app the task names."""
    if not any(_rid(screen, e).endswith(("/button_once", "/button_always")) for e in screen.actionable):
        return
    said, named = normalize(task), False
    for candidate in out:
        element = _tap(candidate)
        label = screen.labels.get(element, "") if element is not None else ""
        if label and " | " not in label and not _rid(screen, element).startswith("android:id/button") and \
                re.search(rf"(?<!\w){re.escape(normalize(label))}(?!\w)", said) and element not in screen.borrowed:
            candidate.score += 2.5
            named = True
    for candidate in out if named else ():  # "just once" said: it comes after the app is picked
        if (element := _tap(candidate)) is not None and _rid(screen, element).endswith(("/button_once", "/button_always")):
            candidate.score -= 2.5


# Asking for a new item: "new" in the languages phones ship, and the verbs of making one.
_NEW = ("new", "nueva", "nuevo", "nova", "novo", "nouvelle", "nouveau", "neue", "neuen", "neues", "neu", "nuova", "nuovo",
        "nowa", "nową", "nowy", "nowe", "nowej", "новую", "новый", "новое", "новая", "нову", "новий", "yeni", "baru", "mới", "جديد",
        "جديدة", "חדש", "חדשה", "नया", "नई", "新しい", "新規", "新建", "新增", "새", "새로운", "ใหม่", "ny", "nytt", "nye",
        "nieuwe", "nieuw", "uusi", "nový", "nová", "új")
_MAKE = ("create", "make", "add", "start", "crear", "crea", "haz", "hacer", "criar", "cria", "faz", "créer", "crée", "fais",
         "erstelle", "erstellen", "mach", "anlegen", "lege", "fai", "creare", "utwórz", "stwórz", "создай", "создать",
         "сделай", "створи", "oluştur", "buat", "bikin", "tạo", "أنشئ", "إنشاء", "צור", "बनाओ", "बनाएं", "作成", "作って",
         "新建", "创建", "建立", "만들어", "만들기", "작성", "สร้าง")


def _has(text: str, phrase: str) -> bool:
    if NO_SPACES.search(phrase):
        return phrase in text
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def _noun_shared(label: set[str], task: set[str]) -> bool:
    """A word of the label is a task word, or the same word with another ending ("заметку", "Заметка")."""
    return any(a == b or len(p := os.path.commonprefix([a, b])) >= 4 and len(p) >= min(len(a), len(b)) - 2
               for a in label for b in task)


def new_item(out: list[Any], task: str, screen: Screen) -> None:
    """Credit the control that makes a new item of the kind asked for ("haz una nota nueva": "Crear nota")."""
    said = normalize(task)
    if not any(_has(said, w) for w in _NEW):
        return
    things = words(task) - {normalize(w) for w in _NEW + _MAKE}
    made, titled = [], []
    for candidate in out:
        element = _tap(candidate)
        label = normalize(screen.labels.get(element, "")) if element is not None else ""
        if not label or element in screen.borrowed:
            continue
        own = set(label.split()) - {normalize(w) for w in _MAKE + _NEW}
        if not _noun_shared(own, things):
            continue
        if "|" not in label and len(label.split()) <= 3 and any(_has(label, w) for w in _MAKE + _NEW) and \
                not re.search(r"\d", label):
            made.append(candidate)
        elif any(_has(label, w) for w in _NEW):
            titled.append(candidate)  # "New board 3", "Neue Liste 1": an item made earlier, titled so
    for candidate in made:
        candidate.score += 1.5
    for candidate in titled if made else ():
        candidate.score -= 1.5


def existing_item(out: list[Any], task: str, screen: Screen) -> None:
    """A task asking for no new item, naming by its capitalised name an item a row shows ("lägg till X i min Vill
    åka-lista" on a save-to-list sheet): the control making a new one ("Lägg till | Ny lista", "+ New playlist") is no
    place for it; it goes below the row named, however many words ("add", "list") the two share."""
    said = normalize(task)
    if any(_has(said, w) for w in _NEW) or any(_has(said, w) for w in _MAKE if w != "add") or parse_goal(task).creating:
        return  # "set up a group named ... with Mira Vogel": a new one, its members on the rows
    # the item's name as the task capitalises it, past its first word ("Vill åka-lista": "Vill"); not a message's words
    said_words = words(" ".join(w for w in re.findall(r"(?<=\s)[^\W\d_][\w'’]*", task.replace("-", " ")) if w[0].isupper()))
    labelled = [(c, normalize(screen.labels.get(e, ""))) for c in out if (e := _tap(c)) is not None]
    makers = [(c, label) for c, label in labelled if any(_has(label, w) for w in _NEW)]
    for maker, label in makers:
        own = words(label)
        named = [c.score for c, other in labelled if not any(_has(other, w) for w in _NEW)
                 and words(other) & said_words - own]  # a word of the task the maker lacks: an item's own name
        if named:
            maker.score = min(maker.score, max(named) - 0.5)


# Quick settings people call by another name in the same language.
_SAME_THING = (
    ("flashlight", "torch", "taschenlampe", "lampe torche", "lampe de poche", "linterna", "lanterna", "torcia", "latarka",
     "фонарик", "ліхтарик", "fener", "el feneri", "senter", "đèn pin", "ไฟฉาย", "手电筒", "手電筒", "懐中電灯", "ライト",
     "손전등", "플래시", "مصباح يدوي", "كشاف", "टॉर्च", "फ़्लैशलाइट"),
    ("hotspot", "tethering", "mobile hotspot", "テザリング", "アクセス ポイント", "热点", "個人熱點", "핫스팟", "точка доступа",
     "punto de acceso", "ponto de acesso", "point d'accès"),
)


def same_thing(out: list[Any], task: str, screen: Screen) -> None:
    """Credit a control titled by another everyday name of the thing the task names ("懐中電灯": "ライト")."""
    said = normalize(task)
    for names in _SAME_THING:
        if not any(_has(said, normalize(n)) for n in names):
            continue
        for candidate in out:
            element = _tap(candidate)
            title = normalize(screen.labels.get(element, "").split(" | ", 1)[0]) if element is not None else ""
            if title in {normalize(n) for n in names} and not _has(said, title):
                candidate.score += 2.0


def set_field(out: list[Any], task: str, screen: Screen, make: Any) -> None:
    """"make the subject Quarterly numbers": type the value into the empty field labelled "Subject"."""
    if any(c.action.get("kind") == "type" for c in out):
        return
    for element in screen.editable:
        label = screen.labels.get(element, "").strip()
        m = re.match(rf"^(?:please\s+)?(?:make|set|change|put)\s+(?:the|my)\s+{re.escape(label)}\s+"
                     r"(?:to\s+(?:be\s+)?|as\s+|into\s+)?(?P<v>\S.*?)\s*[.!]?$", task.strip(), re.I) if label else None
        if m and not screen.editable[element].strip():
            top = max((c.score for c in out), default=0.0)
            out.append(make({"kind": "type", "element": element, "text": m.group("v")},
                            f'type "{m.group("v")}" into [{element}] {label}', top + 1.0))
            return


_EN_SEARCH = re.compile(r"^(?:please\s+)?(?:search(?:\s+(?P<app1>\w+))?\s+for|search|find|look\s+up|look\s+for)\s+"
                        r"(?:(?:for\s+)?me\s+)?(?:(?:a|an|the|some)\s+)?(?P<q>\S.*?)(?:\s+(?:on|in|using)\s+(?P<app2>\w+))?\s*[.!?]*$", re.I)


def english_search(out: list[Any], task: str, screen: Screen, make: Any) -> None:
    """"find paneer butter masala on swiggy" with this app's search box open and empty: type the dish."""
    m = _EN_SEARCH.match(task.strip())
    if not m or any(c.action.get("kind") == "type" for c in out):
        return
    app = m.group("app1") or m.group("app2")
    if app and normalize(app) not in screen.package.casefold().replace("_", ".").split("."):
        return  # another app, or words that are no app: the query is not known
    fields = [i for i in screen.editable if search_field(screen, i) and not screen.editable[i].strip()
              and any(line.startswith(f"[{i}] ") and "focused" in line for line in screen.lines)]
    if fields:
        top = max((c.score for c in out), default=0.0)
        out.append(make({"kind": "type", "element": fields[0], "text": m.group("q")},
                        f'type "{m.group("q")}" into [{fields[0]}] {screen.labels.get(fields[0], "")}', top + 0.5))


_JOINERS = re.compile("[\u093c\u09bc\u0a3c\u0abc\u0b3c\u200c\u200d\u00ad\\-\u2010\u2011\u2012\u2013\u00b7\\s]")


def _spelling_key(text: str) -> str:
    return _JOINERS.sub("", normalize(text))


def spelt_apart(out: list[Any], task: str, screen: Screen) -> None:
    """Credit a control titled by a word of the task spelt otherwise ("वाईफाई": "वाई-फ़ाई", not "वाई-फ़ाई कॉलिंग")."""
    said = task.split()
    keys = {_spelling_key(w) for w in said} | {_spelling_key(a + b) for a, b in zip(said, said[1:])}
    plain = {normalize(w) for w in said}
    for candidate in out:
        element = _tap(candidate)
        title = screen.labels.get(element, "").split(" | ", 1)[0] if element is not None else ""
        key = _spelling_key(title)
        if len(key) >= 3 and key in keys and normalize(title) not in plain and not re.fullmatch(r"[\x00-\x7f]*", title) \
                and not _written_as_is(title, task):
            candidate.score += 1.5


def _written_as_is(title: str, task: str) -> bool:
    """The title stands in the task spelt as written, spaces and all ("شاورما دجاج" inside "شاورما دجاج عربي"):
    another spelling of nothing."""
    return re.search(rf"(?<!\w){re.escape(normalize(title))}(?!\w)", normalize(task)) is not None


# Spoken Arabic imperatives and the standard verb or noun buttons show.
_SPOKEN = {"ضيف": ("أضف", "إضافة", "اضف"), "ضيفي": ("أضف", "إضافة", "اضف"), "حط": ("أضف", "إضافة", "ضع"),
           "حطي": ("أضف", "إضافة", "ضع"), "شيل": ("إزالة", "احذف", "حذف"), "شيلي": ("إزالة", "احذف", "حذف"),
           "ابعت": ("أرسل", "إرسال"), "ابعتي": ("أرسل", "إرسال"), "شغل": ("تشغيل", "شغّل"), "شغلي": ("تشغيل", "شغّل"),
           "طفي": ("إيقاف", "أوقف"), "اطفي": ("إيقاف", "أوقف"), "دور": ("بحث", "ابحث"), "دوري": ("بحث", "ابحث"),
           "اشتري": ("شراء", "اشترِ", "اشتر")}


def spoken_verbs(out: list[Any], task: str, screen: Screen) -> None:
    """Credit a button with the standard verb for a spoken imperative the task uses ("ضيف ... على السلة")."""
    meant = [forms for word, forms in _SPOKEN.items() if word in task.split()]
    for candidate in out:
        element = _tap(candidate)
        label = screen.labels.get(element, "") if element is not None else ""
        if meant and label and any(f in label.split() for forms in meant for f in forms):
            candidate.score += 1.5


_CLOSE = frozenset(words("close dismiss cancel later skip no thanks 关闭 關閉 閉じる 닫기 закрыть kapat tutup đóng "
                         "cerrar fechar fermer schließen chiudi zamknij إغلاق סגור बंद ปิด", stopwords=frozenset()))


def scrim(screen: Screen) -> int | None:
    """The full-screen clickable layer a popup draws over the page (a menu's or a sheet's backdrop: controls drawn
    before it lie under it), or None. A scrolling page is no scrim."""
    boxes = {i: b for i, b in screen.bounds.items() if len(b) == 4}
    if not boxes:
        return None
    right, bottom = max(b[2] for b in boxes.values()), max(b[3] for b in boxes.values())
    scrims = [i for i in screen.actionable if i in boxes and i not in screen.editable
              and not has_flag(screen, i, "scrollable") and
              (boxes[i][2] - boxes[i][0]) * (boxes[i][3] - boxes[i][1]) >= 0.8 * right * bottom and
              any(j < i and j in boxes and _inside(boxes[j], boxes[i]) for j in screen.actionable)]
    return max(scrims, default=None)


def covered(out: list[Any], task: str, screen: Screen) -> None:
    """Push down taps and long presses on controls drawn before a full-screen clickable scrim (a popup over the
    page); raise the popup's close control when the task is about something else (in place)."""
    layer = scrim(screen)
    if layer is None:
        return
    boxes = screen.bounds
    said = words(task)
    for candidate in out:
        element = candidate.action.get("element")
        if not isinstance(element, int) or element == layer or candidate.action.get("kind") not in ("tap", "long_press"):
            continue
        if element < layer and len(boxes.get(element, ())) == 4 and _inside(boxes[element], boxes[layer]):
            candidate.score -= 3.0  # a long press cannot reach it either
        elif candidate.action.get("kind") == "tap" and element > layer and \
                words(screen.labels.get(element, "")) & _CLOSE and not said & words(screen.labels.get(layer, "")):
            candidate.score += 1.0


def _inside(inner: list[int], outer: list[int]) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def tied_titles(out: list[Any], task: str, screen: Screen) -> None:
    """Break a tie between rows at the top by the task words their titles hold (in place)."""
    if not out:
        return
    top = max(c.score for c in out)
    said = words(task) - FUNCTION_WORDS  # "de", "la": no title's word ("Langue de l'application" for "... de l'application")

    def held(title: str) -> int:
        shared = words(title) & said
        return len(shared - elided_joins(shared))
    tied = [(c, held(re.split(r" - | \| |: ", screen.labels.get(e, ""), maxsplit=1)[0]))
            for c in out if (e := _tap(c)) is not None and abs(c.score - top) < 1e-6]
    if len(tied) < 2 or not all(counting.in_rows(screen, _tap(c)) for c, _ in tied):
        return  # only rows of a list are told apart by their titles ("Cart" beside a product row is no such tie)
    best = max(n for _, n in tied)
    winners = [c for c, n in tied if n == best]
    if len(winners) == 1 and best > 0:
        winners[0].score += 0.3


def adjust(out: list[Any], task: str, screen: Screen, make: Any | None = None) -> None:
    """All of the above, in place."""
    covered(out, task, screen)
    count_first(out, task, screen)
    spelt_apart(out, task, screen)
    spoken_verbs(out, task, screen)
    covered_names(out, task, screen)
    chooser(out, task, screen)
    new_item(out, task, screen)
    existing_item(out, task, screen)
    same_thing(out, task, screen)
    if make is not None:
        set_field(out, task, screen, make)
        english_search(out, task, screen, make)
        translations.entry(out, task, screen, make)
    tied_titles(out, task, screen)
