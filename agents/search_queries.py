"""A search query by subtraction, in any language: the task less the app's name, the search verb and function words.

A function word said inside the name looked for stays ("cerca farmacia di turno milano": "farmacia di turno milano").

"تو دیوار دنبال پراید بگرد" (in Divar look for Pride), "getir'de ekmek ara" (search bread in Getir): no pattern
of one language finds the query, but what is left once the app ("getir'de", the word after a leading "in"),
the words that say search (agents/entry_points.py, agents/ui_glossary.py, lookup.SEARCH_WORDS), function
words and short words are taken out is what to look for. It is typed into the screen's empty search field
(named so, or the focused field, or the only empty one with the keyboard up) when the task names search,
or when its words show only inside longer suggestion rows, or when the user is on a search page already (the search
field focused, the keyboard up) and nothing shown is what the task names ("Getir'den 2 litre süt söyleyeyim" over
popular searches: "2 litre süt", the verb that orders, buys or adds left out; "附近的药店" on a map's open search). Typing it goes above those rows; a row equal to
the query stays first (tapping it searches the same). Another rule's typing into that field is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..unitext import NO_SPACES
from . import endings, number_fragments, search_objects, ui_glossary
from .entry_points import asks_search, names_search
from .fields import is_focused
from .function_words import FUNCTION_WORDS
from .hinted_fields import place
from .lookup import search_field
from .perceptor import Screen
from .search_shape import SEARCH_WORDS
from .text import STOPWORDS, normalize, words
from .values import FIELDS

# Particles that go with a search verb or ask politely, kept as data per language (a short word goes anyway).
_PARTICLES = frozenset(normalize(w) for w in (
    "دنبال", "برام", "برای", "را", "رو", "یه", "یک", "کن", "بکن", "لطفا", "لطفاً",  # Persian
    "bana", "benim", "için", "lütfen", "şunu", "bir",  # Turkish
    "ik", "wil", "graag", "even", "naar",  # Dutch
    "bitte", "mal", "nach", "mir",  # German
    "por", "favor", "s'il", "plaît", "per", "favore",  # Spanish, French, Italiano
    "tolong", "dong", "aja", "yang",  # Indonesian
    "look", "for", "up", "some", "app",  # English
    "efter", "etter", "för", "om",  # Danish, Norwegian, Swedish
    # "I want" / "I'd like" said before the thing on a search page ("بدي برجر", "quiero tacos", "хочу пиццу")
    "بدي", "ابغى", "أبغى", "ابي", "أبي", "اريد", "أريد", "عايز", "عاوز", "حابب", "quiero", "quero", "queria", "veux",
    "voudrais", "möchte", "will", "hätte", "gern", "gerne", "voglio", "vorrei", "chcę", "хочу", "хочется", "istiyorum",
    "pengen", "ingin", "muốn", "chahiye", "चाहिए", "چاہیے", "میخوام", "می‌خوام", "want", "like", "need", "vill",
    "haluan", "szeretnék", "θέλω", "רוצה", "อยากได้", "อยาก",
    # the light verbs ("do") by which South Asian languages make a request of an English verb ("milk search பண்ணு")
    "karo", "kar", "kardo", "karna", "kijiye", "karein", "करो", "कर", "करें", "कीजिए", "करना", "pannu", "pannunga",
    "பண்ணு", "பண்ணுங்க", "செய்", "செய்யவும்", "cheyyi", "cheyyandi", "చేయి", "చేయండి", "maadi", "ಮಾಡಿ", "cheyyu",
    "ചെയ്യൂ", "ചെയ്യുക", "koro", "korun", "করো", "করুন", "kara", "करा", "કરો", "ਕਰੋ", "کرو", "کریں",
))
# Articles and determiners that open the thing looked for ("unos tacos al pastor, búscalos": "tacos al pastor").
# Verb endings written onto the verb, by which people ask it of someone: Indonesian and Malay "-in", "-kan", "-lah"
# ("cariin", "carikan"), Tagalog "-in" ("hanapin"), Swahili's plural "-ni" ("tafutani"), Finnish "-kää"
# ("etsikää"), Turkish "-sana"/"-sene" ("arasana"); only on a word that says search without it.
_ATTACHED = ("kanlah", "kan", "lah", "in", "ni", "kää", "kaa", "sana", "sene", "yın", "yin")
_DETERMINERS = frozenset(normalize(w) for w in (
    "a", "an", "some", "the", "un", "una", "unos", "unas", "uno", "el", "la", "los", "las", "um", "uma", "uns", "umas",
    "une", "des", "du", "ein", "eine", "einen", "einem", "een", "en", "ett", "et", "ei", "qualche", "alguns", "algunos"))
_CLAUSE = re.compile(r"[,;:،，、]")
# A leading "in <app>" ("تو دیوار ...", "in Divar ...", "auf Amazon ..."): the word after it names the app.
_IN_APP = re.compile(r"^\s*(?:تو|توی|در|in|im|on|auf|en|dans|sur|em|no|na|di|в|на)\s+(?P<app>\S+)\s+\S", re.I)
_LOCATIVE = re.compile(r"^(?P<head>\w{2,})['’](?:de|da|te|ta|den|dan|ten|tan)$", re.I)  # Turkish "getir'de"
_PACKAGE_NOISE = frozenset("com org net android app apps activity mobile client main".split())
_TOKEN = re.compile(r"\S+")
# What introduces the thing sought after where to search: "search Etsy for X", "such bei Google nach X"
_SEEKING = frozenset({"for", "nach", "naar", "efter", "etter"})
# Particles at the edges of a clause in scripts without spaces: "请/帮我/给我/在 ... 吧/呢", "... を/ください", "ช่วย ...
# ให้หน่อย": a request's frame, never the thing looked for.
_UNSPACED_EDGES = re.compile(r"^(?:请|請|帮我|幫我|给我|給我|在|去|到|一下)+|(?:一下|吧|呢|啊|呀|嘛|を|は|が|ください|下さい|ね|よ|"
                             r"ให้หน่อย|หน่อย|ให้|ครับ|ค่ะ|คะ|นะ)+$")
# Japanese "で" (in, with, by) between two words not written in hiragana closes where or with what a thing is searched
# for ("Amazonで充電器を検索して", "設定でWi-Fiを探して"): the object of the verb is what follows it.
_WHERE_PARTICLE = re.compile(r"(?<=[^\s\u3040-\u309f])(?:で|では|にて)(?=[^\s\u3040-\u309f])")
_FORM_FIELDS = frozenset().union(*(FIELDS[k] for k in ("message", "title", "name", "address", "email", "phone", "amount"))) \
    - {"search", "go", "to", "at"}


def _app_words(screen: Screen, apps: list[str]) -> set[str]:
    parts = {p for p in re.split(r"[._]", screen.package.casefold()) if len(p) >= 3 and p not in _PACKAGE_NOISE}
    return parts | set().union(*(words(a) for a in apps)) if apps else parts


def _searches(word: str) -> bool:
    """The word says search: a search verb or noun, also with a Romance clitic on it ("búscalos": "busca") or a
    verb ending attached (``_ATTACHED``: "cariin", "carikan", "hanapin", "tafutani", "etsikää", "arasana")."""
    key = normalize(word)
    stems = [key[:-len(e)] for e in _ATTACHED if key.endswith(e) and len(key) - len(e) >= 3]
    return any(asks_search(w) or names_search(w) or normalize(w) in SEARCH_WORDS or "search" in ui_glossary.concepts(w)
               or "search" in ui_glossary.task_concepts(w) for w in (word, *endings.imperatives(word), *stems))


def _unspaced_parts(raw: str) -> list[str]:
    """A run of an unspaced script holding a search word cut around it ("在京东搜一下空气炸锅": "在京东", "搜一下",
    "空气炸锅"), the particles that close a clause taken off the pieces; any other run as it is."""
    key = normalize(raw)
    if not NO_SPACES.search(key):
        return [raw]
    word = next((w for w in ui_glossary.unspaced_words("search") if w in key), None)
    if word is None:
        return [raw]
    before, _, after = (raw if word in raw else key).partition(word)  # as written where the word is ("น้ำ" stays)
    pieces = [_UNSPACED_EDGES.sub("", p) for p in (before, after)]
    pieces[0] = _WHERE_PARTICLE.split(pieces[0])[-1]  # "アプリ一覧の検索でメルカリを探して": "メルカリ", not where
    return [p for p in (pieces[0], word, pieces[1]) if p]


def query(task: str, screen: Screen, apps: list[str]) -> tuple[str, bool]:
    """(the query, whether the task named search): the task's words less the app, search words and function words."""
    names = _app_words(screen, apps)
    lead = _IN_APP.match(task)
    kept, named_search, verb_at = [], False, -1
    raws = [piece for raw in _TOKEN.findall(task) for piece in _unspaced_parts(raw)]
    for k, raw in enumerate(raws):
        token = raw.strip(".,;:!?¿¡؟،\"“”«»()")
        key = normalize(token)
        located = _LOCATIVE.match(token)
        if not token or (lead and k == 1) or key in names or (located and normalize(located["head"]) in names):
            continue
        if _searches(token):
            named_search, verb_at = True, k if verb_at < 0 else verb_at
            continue
        if located or _dropped(key):
            continue
        kept.append((k, token))
    if verb_at >= 0:  # "find "Door code" and delete it": the object ends where the next clause starts
        stop = search_objects.end(raws, verb_at)
        span = search_objects.quoted_span(raws, verb_at + 1, stop)
        if span:
            return " ".join(raws[span[0]:span[1] + 1]).strip(".,;:!?()\"“”«»„ "), named_search
        kept = [(k, t) for k, t in kept if k < stop]
    where = verb_at + 1 + (verb_at + 1 < len(raws) and _dropped(normalize(raws[verb_at + 1])))  # "bei Google"
    seek = where + 1 if verb_at >= 0 and where + 2 < len(raws) and normalize(raws[where + 1]) in _SEEKING else -1
    if seek > 0 and (raws[where][:1].isupper() or normalize(raws[where]) in names):
        kept = [(k, t) for k, t in kept if k > seek]  # "search Etsy for a walnut board": Etsy is where, not what
    kept = _inner_words(kept, raws, seek)
    after = [t for k, t in kept if k > verb_at >= 0]
    if verb_at >= 0 and after and len(after) < len(kept):
        return " ".join(after), named_search  # "let us search for X": X, not the words before the verb
    if verb_at >= 0 and not after and verb_at > 0 and _CLAUSE.search(raws[verb_at - 1][-1:]):
        phrase = _phrase_before(raws[:verb_at])
        if phrase:
            return phrase, named_search  # "I crave some X Y, search them": "X Y" as said
    return " ".join(t for _, t in kept), named_search


def _inner_words(kept: list[tuple[int, str]], raws: list[str], seek: int = -1) -> list[tuple[int, str]]:
    """A single short or function word said between two words kept is part of the name looked for, as said
    ("farmacia di turno", "Haus am See", "tacos al pastor"); at the query's edges such words are dropped,
    and so is the "for" / "nach" at ``seek`` after the word that follows the search verb ("search google for
    walnut boards": "google" may be where to search, not a part of what)."""
    inner = [(k + 1, raws[k + 1].strip(".,;:!?¿¡؟،\"“”«»()")) for (k, _), (n, _) in zip(kept, kept[1:])
             if n == k + 2 and k + 1 != seek and _dropped(normalize(raws[k + 1])) and not _CLAUSE.search(raws[k])]
    return sorted(kept + inner)


# Object pronouns that point back at the thing named before the search verb ("chicken shawarma, look for it"):
# never the query. Arabic writes them onto a preposition ("عليها", "عنه": for it, about it), German and Dutch join
# them to one ("danach", "ernaar").
_BACK_PRONOUNS = frozenset(normalize(w) for w in (
    "it", "them", "ones", "lo", "los", "las", "les", "ihn", "sie", "es", "ça", "cela", "isso", "isto", "eles", "elas",
    "его", "её", "ее", "их", "это", "onu", "bunu", "şunu", "onları", "itu", "ini", "nya", "उसे", "इसे", "उन्हें",
    "اسے", "انہیں", "اونو", "اینو", "اونا", "אותו", "אותה", "אותם", "אותן", "それ", "これ", "그거", "이거"))
_ATTACHED_PRONOUN = re.compile(r"^(?:(?:عل[يى]|عن|ل|ب|في|الي|إلي|إل[يى])(?:ها|ه|هم|هن|هما)"
                               r"|dar?(?:nach|für|fur|von|auf|über|uber|um|an|in|mit)|(?:er|daar)naar)$")  # "such danach"


def _dropped(key: str) -> bool:
    return key in FUNCTION_WORDS or key in STOPWORDS or key in _PARTICLES or key in _BACK_PRONOUNS or \
        _ATTACHED_PRONOUN.match(key) is not None or \
        (len(key) <= 2 and not any(c.isdigit() for c in key) and not NO_SPACES.search(key))  # "水筒" is a word


def _phrase_before(raws: list[str]) -> str:
    """The noun phrase closing the clause before a search verb said last: the words after its last article,
    as said (its inner short words kept), less a trailing particle; "" when no article opens it."""
    clause = _CLAUSE.split(" ".join(raws))
    tokens = [t.strip(".!?¿¡؟\"“”«»()") for t in (clause[-2] if len(clause) > 1 else clause[0]).split()]
    opens = [k for k, t in enumerate(tokens) if normalize(t) in _DETERMINERS]
    phrase = tokens[opens[-1] + 1:] if opens else []
    while phrase and _dropped(normalize(phrase[-1])):
        phrase.pop()
    return " ".join(phrase) if phrase and not _dropped(normalize(phrase[0])) else ""


def _field(screen: Screen, task: str = "") -> int | None:
    """The empty field a search goes in: named so, focused, or the only empty one with the keyboard up; a search
    field showing its prompt as its text counts as empty."""
    empty = [i for i in screen.editable if i in screen.actionable and (
        not screen.editable.get(i, "").strip() or _prompt_shown(screen, i, task))]
    for element in empty:
        if search_field(screen, element) or is_focused(screen, element) and not _form_field(screen, element):
            return element
    only = len(empty) == 1 and screen.keyboard_shown and len(screen.editable) == 1
    return empty[0] if only and not _form_field(screen, empty[0]) else None


def _prompt_shown(screen: Screen, element: int, task: str) -> bool:
    """A field whose text is its prompt: a search field's that names search ("Search shops or items") or, focused,
    shares no word with the task (an app writing its hint as the text); any field's trailing off in an ellipsis
    ("Restaurant name or a dish...", "Wohin geht's…"), as placeholders are written and values are not."""
    text = screen.editable.get(element, "")
    if _PLACEHOLDER.search(text) or _listed(text):
        return True
    return search_field(screen, element) and (names_search(text) or is_focused(screen, element) and not words(text) & words(task))


_PLACEHOLDER = re.compile(r"\w\s*(?:\.{3}|…)\s*$")  # "a dish...", "Search…": the prompt's ellipsis


def _listed(text: str) -> bool:
    """A prompt listing what may be looked for ("Nom, spécialité, établissement", "Artists, songs, or podcasts",
    "Nombre, correo, teléfono"): three short parts or more split by commas, no digit, the later ones in lower case where
    the script has case (a value of places is capitalised: "Rua Augusta, Lisboa, Portugal")."""
    parts = [p.strip() for p in re.split(r"[,，、]", text)]
    return len(parts) >= 3 and not any(c.isdigit() for c in text) and all(
        p and len(p.split()) <= 3 for p in parts) and not any(p[:1].isupper() for p in parts[1:])


def _form_field(screen: Screen, element: int) -> bool:
    """A field named for a message, title, name, address, e-mail, phone or amount: no search box (a name that only
    says the widget's kind, "edit text", names none of them)."""
    return bool(words(_WIDGET.sub(" ", screen.labels.get(element, "")), stopwords=frozenset()) & _FORM_FIELDS)


# A field named only by its widget's kind ("edit text" of an id "edit_text", "text input"): no form's field
_WIDGET = re.compile(r"\b(?:edit ?text|text ?field|text ?input|input ?text)\b", re.I)


def adjust(out: list[Any], task: str, screen: Screen, apps: list[str], make: Callable[..., Any]) -> None:
    """Type the query into the search field when the task names search or its words show only in longer rows (or the
    digits an item is named by: agents/number_fragments.py)."""
    number_fragments.adjust(out, task, screen, make)
    element = _field(screen, task)
    if element is None or any(c.action.get("kind") == "type" and c.action.get("element") == element for c in out):
        return
    text, named_search = query(task, screen, apps)
    named_search = named_search or asks_search(task)  # "look up X", "look for X": a verb of two words
    if not text or normalize(text) == normalize(screen.editable.get(element, "")):
        return
    said = normalize(text)
    rows = [normalize(screen.labels.get(i, "")) for i in screen.actionable if i not in screen.editable]
    longer = [r for r in rows if said in r and r != said]
    if named_search or (longer and said not in rows and words(text) <= words(" ".join(longer))):
        place(out, make, screen, element, text, entering=said not in rows)
    elif _on_search_page(screen, element) and not any(c.score >= _NAMED for c in out if c.action.get("kind") == "tap"):
        wanted = " ".join(t for t in text.split() if not ui_glossary.acts(t) & _GETTING)
        if wanted and normalize(wanted) not in rows:  # "pharmacies near me" with Maps' search open: typed as well
            place(out, make, screen, element, wanted, entering=True)


_GETTING = frozenset({"order", "buy", "add"})  # the verbs that get the thing looked for
_NAMED = 1.0  # a tap some rule tied to the task scores this or more


def _on_search_page(screen: Screen, element: int) -> bool:
    """The search field is focused with the keyboard up: the user is searching already."""
    return search_field(screen, element) and is_focused(screen, element) and screen.keyboard_shown
