"""Where a task's words go in: search boxes and prompts named in any language.

- A search box is named "Search", "Buscar", "Suchen", "検索", "ค้นหา" ...; a task that asks to
  search ("search for", "busca", "ค้นหา") with a quoted query types it there, above suggestion rows
  that only extend the query ("<query> + brand").
- A prompt that is no text field ("Where to?", "¿A dónde vas?", "Search here") opens the real
  field: a task going somewhere ("a ride to the airport") taps a where-prompt; a task that asks
  to search taps a search prompt when the screen has no field; a small control beside a wider search bar ("Voice
  search", a lens) is another way to search, no prompt. A search may be asked politely ("can you search for", "帮我找"),
  and in a script without spaces the verb runs into its object ("ค้นหาหูฟัง").
- A field for a destination or a city ("Enter your destination", "Introduce tu destino") takes
  the place the task names after a preposition of place ("hotels in Lisbon", "hoteles en Lisboa").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .candidate_lists import raise_or_add
from .perceptor import Screen
from .place_cases import destination
from .text import normalize
from .values import task_values

# Words naming search, in the languages phones ship with (a whole word in scripts with spaces).
_SEARCH = ("search", "find", "buscar", "busca", "búsqueda", "pesquisar", "pesquisa", "procurar", "rechercher",
           "recherche", "suchen", "suche", "søg", "søge", "søk", "søke", "sök", "söka", "hae", "haku", "hledat", "cerca", "cercare", "zoeken", "zoek", "szukaj", "wyszukaj", "ara", "arama",
           "поиск", "найти", "искать", "بحث", "تلاش", "तलाश", "חיפוש", "खोज", "tìm", "cari", "pencarian", "αναζήτηση", "جستجو", "搜索",
           "搜尋", "查找", "検索", "검색", "ค้นหา")
# A task's first words that ask to search.
# A polite frame may come first ("can you search for ...", "帮我找一下 ..."); a verb of a script written without spaces
# runs on into its object ("ค้นหาหูฟัง", "搜索蓝牙耳机"), one of a spaced script ends at a word's end.
_SEARCH_VERBS = re.compile(r"^(?:(?:please|pls|kindly)\s+|(?:can|could|would|will)\s+you\s+(?:please\s+)?|(?:help\s+me|i\s+want\s+to|"
                           r"i\s+need\s+to|i['’]d\s+like\s+to)\s+)?"
                           r"(?:(?:search|find|look\s+(?:for|up)|busca|buscar|encuentra|cherche|recherche|"
                           r"trouve|such|suche|finde|cerca|trova|procura|pesquisa|encontre|zoek|szukaj|znajdź|ara|bul|"
                           r"ищи|найди|поищи|검색|찾아|หา|tìm|cari|חפש|תחפש|חפשי|תחפשי|מצא|תמצא|תמצאי|"
                           r"ابحث|دور|دوّر|ψάξε|ψάξτε|βρες|αναζήτησε|खोजो|खोजें|ढूंढो|ढूँढो|پیدا کن|بگرد)(?![\w])"
                           r"|(?:请|請|帮我|幫我|麻烦你?|麻煩你?)?(?:搜索|搜尋|搜一下|查找|找一下|找|検索|ค้นหา))", re.I)
# Words asking "where" in prompts ("Where to?", "Wohin?", "¿A dónde vas?", "どこへ行きますか").
_WHERE = ("where", "wohin", "wo", "où", "dónde", "adónde", "donde", "onde", "dove", "куда", "где", "nereye", "nerede",
          "waar", "gdzie", "dokąd", "kuhu", "minne", "hova", "hová", "kam", "kamo", "kur", "unde", "куди", "накъде", "vart",
          "kemana", "đâu", "qayerga", "qayoqqa", "hara", "haraya", "қайда", "кайда", "куҷо", "хаашаа", "ուր", "სად",
          "どこ", "哪", "어디", "ที่ไหน")
# A task going somewhere: a preposition of direction, in several languages.
_GOING = re.compile(r"(?<!\w)(?:to|towards|into|al|hasta|hacia|nach|zum|zur|au|aux|vers|para|ao|alla|verso|naar|do|"
                    r"в|во|на|до)\s+\S|\S(?:まで|へ|까지|으로|로)|(?:到|去)\S", re.I)
# A place named after a preposition of place: a capitalised run ("in Lisbon", "en Lisboa", "nach Köln").
_PLACE = re.compile(r"(?<=\s)(?:in|to|at|near|en|a|al|hasta|hacia|em|no|na|para|nach|zu|à|au|aux|vers|a|per|naar|"
                    r"в|во|на|до)\s+(?P<v>[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’\-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’\-]+){0,2})")
# Fields that take a destination or a city.
_PLACE_FIELD = ("destination", "destino", "destinazione", "ziel", "reiseziel", "bestemming", "cel podróży", "city",
                "ciudad", "cidade", "città", "ville", "stadt", "город", "направление", "目的地", "목적지", "จุดหมาย",
                # the arrival end of a trip form ("Aller à" with id arrival_input, "Llegada", "Ankunft", "到着")
                "arrival", "arrive", "arrivée", "arrivee", "aller à", "llegada", "chegada", "arrivo", "ankunft",
                "aankomst", "przyjazd", "příjezd", "príchod", "érkezés", "sosire", "пристигане", "прибытие",
                "прибуття", "varış", "kedatangan", "tujuan", "điểm đến", "到达", "到達", "到着", "도착", "ปลายทาง",
                "وصول", "الوجهة", "مقصد", "יעד", "गंतव्य", *_WHERE)


def _names(text: str, vocabulary: tuple[str, ...]) -> bool:
    said = normalize(text)
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", said) is not None if _spaced(w) else w in said
               for w in vocabulary)


def _spaced(word: str) -> bool:
    """A word of a script written with spaces (Latin, Cyrillic, Arabic, Hebrew, Devanagari): matched whole."""
    return all(ord(c) < 0x0E00 for c in word)


def names_search(text: str) -> bool:
    """Does a label or hint name search, in any of the languages above?"""
    return _names(text, _SEARCH)


def asks_search(task: str) -> bool:
    return _SEARCH_VERBS.match(task.strip()) is not None


def _prompt(label: str) -> bool:
    """A short label that asks for input: a question or a trailing ellipsis ("Where to?", "Search here…"),
    alone or beside the box's name ("Search | Where to?")."""
    parts = [p.strip() for p in label.split("|")]
    if len(parts) == 2:  # the box's name beside its prompt; a chat row's question preview is none
        return all(0 < len(p.split()) <= 6 for p in parts) and any(len(p.split()) <= 2 and names_search(p) for p in parts)
    text = parts[0]
    return len(parts) == 1 and 0 < len(text.split()) <= 6 and (text.endswith(("?", "？", "…", "...")) or names_search(text))


def place_named(task: str) -> str | None:
    """The place a task names after a preposition of place ("hotels in Lisbon" -> Lisbon), or by a case ending of
    direction ("Kalamajasse" -> Kalamaja: agents/place_cases.py)."""
    m, cased = _PLACE.search(task), destination(task)
    if m and not (cased and cased.startswith(m.group("v"))):  # Hungarian "a" is an article: "a Deák Ferenc térre"
        return m.group("v")
    return cased


def _field_names(screen: Screen, element: int) -> tuple[str, bool]:
    """What names a field: its label and resource id, and the where-prompt it shows as its text when empty ("Kuhu?",
    "Where to?": its hint, dumped as text); and whether it shows only such a prompt."""
    shown = screen.editable.get(element, "")
    prompt = bool(normalize(shown)) and (_prompt(shown) and _names(shown, _WHERE) or  # "Where to?", or the field's
                                         normalize(shown).strip(" ?.…:") in _PLACE_FIELD)  # own name: "Aller à"
    rid = screen.locators.get(element, {}).get("resource_id", "").rsplit("/", 1)[-1]
    said = re.sub(r"[_\-]", " ", re.sub(r"([a-z])([A-Z])", r"\1 \2", rid))
    return f"{screen.labels.get(element, '')} {said} {shown if prompt else ''}", prompt


def adjust(out: list[Any], task: str, screen: Screen, make: Callable[..., Any]) -> None:
    """Rescore ``out`` (in place) and add the typing a search or destination field is for."""
    fields = [i for i in screen.editable if i in screen.actionable]
    quoted = [v.text for v in task_values(task) if v.kind == "quoted"]
    searching = asks_search(task)
    top = max((c.score for c in out), default=0.0)
    for element in fields:
        label, current = screen.labels.get(element, ""), normalize(screen.editable.get(element, ""))
        named, prompt = _field_names(screen, element)
        if current and not prompt:
            continue  # it holds something already: what is typed next is another rule's
        if searching and quoted and names_search(f"{label} {screen.context.get(element, '')}"):
            text = quoted[0]
            exact = any(normalize(screen.labels.get(c.action.get("element", -1), "")) == normalize(text)
                        for c in out if c.action.get("kind") == "tap")
            if not exact:  # rows only extending the query are other searches: type the task's own
                _typed(out, make, element, label, text, top + 0.5)
        elif (place := place_named(task)) and _names(named, _PLACE_FIELD) and not _names(named, _SEARCH):
            _typed(out, make, element, label, place, max(3.8, top + 0.5))
    if fields:
        return
    going = _GOING.search(task) is not None
    prompts = [c for c in out if c.action.get("kind") == "tap" and _prompt(screen.labels.get(c.action.get("element"), ""))]
    searches = [c.action["element"] for c in prompts if names_search(screen.labels.get(c.action["element"], ""))]
    entries = _form_entries(out, screen, searches) if going or place_named(task) else {}
    for candidate in entries.values():
        candidate.score += 3.0  # a trip form's destination entry ("Enter destination") takes the place first
    for candidate in prompts:
        element = candidate.action.get("element")
        label = screen.labels.get(element, "")
        if going and _names(label, _WHERE):
            candidate.score += 3.0  # "Where to?" opens the destination field
        elif searching and names_search(label) and not _beside_bar(screen, element, searches) and not any(
                _above(screen, entry, element) for entry in entries):
            candidate.score += 2.0  # "Search here" opens the search field (a form's Search below its entries submits it)


def _above(screen: Screen, upper: int, lower: int) -> bool:
    a, b = screen.bounds.get(upper), screen.bounds.get(lower)
    return a is not None and b is not None and a[3] <= b[1]


def _form_entries(out: list[Any], screen: Screen, searches: list[int]) -> dict[int, Any]:
    """The tappable entries of a trip form that name a destination or city field (their text or id: "Enter
    destination", "Country, city or airport" with id destination) and sit above the form's Search button: an entry
    opens its field; the button submits the form."""
    found = {}
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") != "tap" or element in searches or not any(_above(screen, element, s) for s in searches):
            continue
        label = screen.labels.get(element, "")
        rid = screen.locators.get(element, {}).get("resource_id", "").rsplit("/", 1)[-1]
        said = label + " " + re.sub(r"[_\-]", " ", re.sub(r"([a-z])([A-Z])", r"\1 \2", rid))
        if "|" not in label and 0 < len(label.split()) <= 5 and _names(said, _PLACE_FIELD) and not names_search(label):
            found[element] = candidate
    return found


def _beside_bar(screen: Screen, element: int, searches: list[int]) -> bool:
    """Is ``element`` a small control beside a search bar at least twice as wide in the same band ("Voice search",
    "Search by image", a lens icon): another way to search, which opens no text box?"""
    box = screen.bounds.get(element)
    return box is not None and any(
        (bar := screen.bounds.get(other)) is not None and other != element and bar[1] < box[3] and box[1] < bar[3]
        and bar[2] - bar[0] >= 2 * (box[2] - box[0]) for other in searches)


def _typed(out: list[Any], make: Callable[..., Any], element: int, label: str, text: str, score: float) -> None:
    """Type ``text`` into ``element``: the existing candidate raised, or a new one."""
    raise_or_add(out, make, {"kind": "type", "element": element, "text": text}, f'type "{text}" into [{element}] {label}', score)
