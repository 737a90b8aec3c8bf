"""Search requests in languages that put the verb last: the query goes into the search box.

Japanese and Korean say what to look for first and the verb last ("近くのラーメン屋を探して",
"주변 카페 찾아줘", "天気を検索して"); Chinese puts "搜索 / 查找 / 找" first with no space; Indonesian, Spanish,
Portuguese, French, Italiano, German, Dutch and Vietnamese put the verb first ("cariin martabak dong"). The
thing to look for is the words before the object particle (を, 을/를) or the verb. On a screen
with an empty search field that query is typed there; with no field, the search box drawn as a
prompt ("ここで検索", "검색", "搜索") is tapped to open it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .lookup import search_field, search_id
from .perceptor import Screen
from .search_shape import SEARCH_WORDS, says_search
from .text import words

_VERB_LAST = re.compile(r"^(?P<q>.+?)\s*(?:を|을|를)?\s*(?:探して|探す|さがして|検索して|検索|調べて|見つけて|"
                        r"찾아\s?줘|찾아\s?주세요|찾아봐|찾기|검색해\s?줘|검색해\s?주세요|검색)"
                        r"(?:ください|下さい|くれ|요)?\s*[。.!！?？]*$")
# Search by voice or by picture opens no text box.
_OTHER_INPUT = ("voice", "mic", "camera", "lens", "image", "音声", "マイク", "カメラ", "画像", "음성", "카메라", "이미지",
                "语音", "語音", "相机", "相機", "图片", "圖片")
_VERB_FIRST = re.compile(r"^(?:请|請)?(?:搜索|搜尋|查找|搜一下|找一下|找)\s*(?P<q>\S.*?)\s*[。.!！?？]*$")
# Latin-script, Cyrillic and Greek languages put the search verb first ("cariin martabak dong", "busca zapatillas
# rojas", "найди беспроводные наушники", "znajdź słuchawki"); a leading article, a "for me" and trailing particles
# ("dong", "ya", "por favor", "пожалуйста") are no query.
_LATIN_FIRST = re.compile(r"^(?:(?:tolong|coba|please|por favor|bitte|per favore|пожалуйста|будь ласка|proszę|"
                          r"prosím|παρακαλώ),?\s+)?(?:cari(?:in|kan)?|nyari(?:in)?|"
                          r"busca(?:me)?|buscar|procura|procure|pesquisa|pesquise|cherche|recherche|cerca|cercami|suche|"
                          r"zoek|tìm|hanapin|найди|найдите|поищи|ищи|знайди|знайдіть|пошукай|шукай|znajdź|wyszukaj|"
                          r"poszukaj|najdi|vyhledej|βρες|ψάξε)\s+"
                          r"(?:(?:aku|saya|gue|me|moi|mir|für mich|nach|por|for|мне|мені|mi|mně|μου|για)\s+)*"
                          r"(?:(?:a|el|la|los|las|un|una|unos|unas|le|les|des|une|du|il|lo|gli|der|die|das|ein|eine|"
                          r"einen|de|het|een|o|os|as|um|uma)\s+)?(?P<q>\S.*?)"
                          r"(?:,?\s+(?:dong|deh|ya|yah|aja|nih|sih|yuk|please|por favor|bitte|stp|svp|pls|plz|per favore|"
                          r"пожалуйста|будь ласка|proszę|prosím|παρακαλώ))*"
                          r"\s*[.!?]*$", re.I)


def query(task: str) -> str | None:
    """What a verb-last (or Chinese verb-first) search request looks for, else None."""
    text = task.strip()
    m = _VERB_LAST.match(text) or _VERB_FIRST.match(text) or _LATIN_FIRST.match(text)
    return m.group("q").strip() if m and m.group("q").strip() else None


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Type the query into an empty search field, or raise the search prompt that opens one (in place)."""
    wanted = query(task)
    if wanted is None or not out:
        return
    fields = [i for i in screen.editable if i in screen.actionable and search_field(screen, i)
              and not screen.editable.get(i, "").strip()]
    top = max(c.score for c in out)
    if fields:
        element = fields[0]
        action = {"kind": "type", "element": element, "text": wanted}
        if not any(c.action == action for c in out):
            out.append(replace(out[0], action=action, score=top + 0.5,
                               text=f'type "{wanted}" into [{element}] {screen.labels.get(element, "")}'))
        return
    if screen.editable:
        return  # another kind of field: its own rules decide
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") == "tap" and _search_prompt(screen, element):
            candidate.score = max(candidate.score + 2.0, top + 0.5)  # the search box drawn as a prompt opens the field


def _search_prompt(screen: Screen, element: int) -> bool:
    """A search box drawn as a prompt: named so ("검색", "Search here"), or a bar whose id says search while
    its text shows a suggested query (a trending term, "黑神话悟空"), not a voice or camera search; with no id, such a
    bar told by its shape atop a screen where nothing says search (:func:`_bar_atop`)."""
    label = screen.labels.get(element, "")
    rid = search_id(screen, element)
    if any(o in label.casefold() for o in _OTHER_INPUT) or words(rid, stopwords=frozenset()) & set(_OTHER_INPUT):
        return False
    return says_search(label) and len(label) <= 30 or \
        bool(words(rid, stopwords=frozenset()) & SEARCH_WORDS) and "|" not in label and len(label) <= 40 or \
        _bar_atop(screen, element)


_BAR_WIDTH, _BAR_HEIGHT = 0.5, 0.06  # of the screen's width and height
_TOP_BAND = 0.15  # of the screen's height: the app bar a search box sits in


def _bar_atop(screen: Screen, element: int) -> bool:
    """The home page's search bar when nothing on the screen says search and no id is dumped (Compose, Flutter, a
    web page): a short, wide, tappable box in the app bar showing a short text (a suggested query)."""
    box, label = screen.bounds.get(element), screen.labels.get(element, "")
    height = max((b[3] for b in screen.bounds.values()), default=0)
    width = screen.width or max((b[2] for b in screen.bounds.values()), default=0)
    if not box or not label or "|" in label or len(label) > 40 or not height or box[1] > _TOP_BAND * height:
        return False
    if box[2] - box[0] < _BAR_WIDTH * width or box[3] - box[1] > _BAR_HEIGHT * height:
        return False
    return not any(says_search(screen.labels.get(i, "")) for i in screen.actionable)


def searched_already(out: list[Any], task: str, screen: Screen) -> None:
    """A results page's search box showing the task's own words holds the query already searched
    ("bike chain repair" atop its results): tapping it again reopens the search; the results come
    first (in place). A box showing its placeholder, or other words, is left alone. The box is told by its id, or
    with none by its place: in the app bar, beside a control that says search."""
    said = words(task)
    if not any(" | " in screen.labels.get(i, "") or len(screen.labels.get(i, "")) > 30 for i in screen.actionable):
        return  # no result rows below it
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") != "tap" or element in screen.editable:
            continue
        shown = words(screen.labels.get(element, ""))
        if len(shown) >= 2 and shown <= said and not shown & SEARCH_WORDS and (
                words(search_id(screen, element), stopwords=frozenset()) & (SEARCH_WORDS | {"query"})
                or _top_bar_by_search(screen, element)):
            candidate.score -= 3.0


def _top_bar_by_search(screen: Screen, element: int) -> bool:
    """A box in the app bar beside a control that says search (a voice or a clear-search button), when no id
    says so (Compose, Flutter and web pages dump none)."""
    box = screen.bounds.get(element)
    height = max((b[3] for b in screen.bounds.values()), default=0)
    if not box or not height or box[1] > _TOP_BAND * height:
        return False
    return any(other != element and (b := screen.bounds.get(other)) and b[1] < box[3] and b[3] > box[1]
               and says_search(screen.labels.get(other, ""))
               for other in screen.actionable)
