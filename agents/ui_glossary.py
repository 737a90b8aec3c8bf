"""A task in one language, a screen in another: the common controls by what they mean.

A traveller types "add this to my cart" on a shop that shows Thai ("เพิ่มลงรถเข็น"); a Spanish
speaker says "llama a la farmacia" on a phone set to English ("Call"). Words cannot meet across
languages, so the concepts apps put on their buttons, tabs and settings rows everywhere (cart, pay,
cancel, allow, log in, top up, notifications, Wi-Fi, ...) are listed with their usual words in the
languages phones ship (agents/ui_concepts.toml, one section per language). A label gets credit for a
concept the task names in ANOTHER language; within one language the ranker's own words and synonyms
decide (another word of the same concept, "reject" for "Decline", earns ``_SAME_LANGUAGE``, now none).

Words are found whole: a spaced script's word not inside a longer word ("del" names nothing in
"delivery"); in unspaced scripts not cut out of a syllable (Thai "ปิด" is not in "เปิด") nor out of a
katakana word ("オン" is not in "オンライン"). Where one found word holds another, the longer wins
("Cerrar sesión" is log out, not close; "退出登录" log out, not log in).

The acts a task asks for (``acts``: add, pay, update, turn on, ...) are also found in the words people say them
with and labels never show (the ``[said.<language>]`` sections: Gulf Arabic "ضيفلي" add, Cantonese "交埋" pay,
Bulgarian "светни" turn on); a label is never read with them ("ضيف" on a screen is a guest).
"""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from ..unitext import NO_SPACES
from . import endings, placed_items, roman_hindi, transliterated
from .text import normalize as _normalize
from .word_forms import CASE_ENDINGS

_DATA = Path(__file__).with_name("ui_concepts.toml")
# Arabic letters people type in one form and screens write in another (Arabic search's usual folding): alef with
# hamza, madda or wasla as bare alef ("اضف" / "أضف"), alef maksura as yeh ("الغى" / "الغي"), teh marbuta as heh
# ("المفضله" / "المفضلة"), the stretching tatweel dropped. Folded here, where the table's words and a text's are
# compared, both alike; never in the shared text.normalize, against which other modules match their own literals.
_ARABIC_FORMS = str.maketrans({"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
                               "\u0649": "\u064a", "\u0629": "\u0647", "\u0640": None})


def normalize(text: str) -> str:
    """text.normalize, with the Arabic letter forms folded (``_ARABIC_FORMS``)."""
    return _normalize(text).translate(_ARABIC_FORMS)
_SAID = "said"  # the [said.<language>] sections: words of tasks only
_STATE = "state"  # the [state.<language>] sections: the states list rows show, read only when rows are counted
# The acts a control does for its object (a row's "Add", "Pay now", "Update", "Turn on").
ACTS = frozenset({"add", "buy", "pay", "book", "order", "download", "install", "update", "on", "off", "topup"})
_CREDIT = 0.75  # per concept; two concepts (add + cart) make a button's whole meaning
# Another word of the concept in the task's own language ("reject" for "Decline"): measured at 0.5 on the real
# screens it fired on a wrong element twice as often as on the right one and changed no first action; the
# ranker's own synonyms (agents/goal.py) decide within a language.
_SAME_LANGUAGE = 0.0
SHORT = 4  # words in a label's part that names a control (a longer part is a sentence)
_LEADING_VOWELS = "\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4"  # Thai and Lao, written first
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")
_TOKEN = re.compile(r"[\w\u0300-\u036f\u0900-\u0dff\u1000-\u109f\u1780-\u17ff']+")

# Endings agglutinative languages attach to a word (cases, possessives, plurals: Kazakh "жіберуім", "o'tkazmalar",
# Finnish "asetuksissa"): a word with one still names its concept, its stem four letters or more.
_SUFFIXES = tuple(sorted(CASE_ENDINGS | {"ым", "ім", "ың", "ің", "ымыз", "іміз", "ыңыз", "іңіз", "ға", "ге", "қа", "ке",
                                         "ды", "ді", "ты", "ті", "ны", "ні", "ım", "im", "um", "üm", "lar", "ler", "лар", "лер",
                                         "дар", "дер", "тар", "тер",
                                         "امو", "هامو"}, key=len, reverse=True))  # Persian "my ... (object)": "دایرکتامو"
# The Arabic article, alone or after a joined "and", "with", "so", "like" ("الطعام", "والعروض"), or joined to "to"
# as "لل" ("للمفضلة": to the favourites): the word it is written onto still names its concept.
_ARTICLES = ("ولل", "وال", "بال", "فال", "كال", "لل", "ال")
_IMPLIED = "*"  # the language of a concept the task implies rather than says
Said = dict[str, dict[str, frozenset[str]]]  # concept -> language -> the words of it found


@cache
def _table(part: str = "") -> tuple[dict[str, tuple[tuple[str, str], ...]], dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Each word's (concept, language) pairs; spaced words by their first token, longest first; unspaced words.
    ``part``: "" the words of labels, "said" the words only tasks say (the [said.<language>] sections), "state" the
    states rows show (the [state.<language>] sections)."""
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    data = data.get(part, {}) if part else {lang: entries for lang, entries in data.items() if lang not in (_SAID, _STATE)}
    meaning: dict[str, set[tuple[str, str]]] = {}
    for lang, entries in data.items():
        for concept, said in entries.items():
            for phrase in filter(None, (normalize(p) for p in said.split("|"))):
                meaning.setdefault(phrase, set()).add((concept, lang))
    by_first: dict[str, list[str]] = {}
    for phrase in meaning:
        if not NO_SPACES.search(phrase):
            first = _TOKEN.match(phrase)
            by_first.setdefault(first.group() if first else phrase, []).append(phrase)
    unspaced = tuple(sorted((p for p in meaning if NO_SPACES.search(p)), key=len, reverse=True))
    return ({p: tuple(sorted(m)) for p, m in meaning.items()},
            {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}, unspaced)


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def _spaced(text: str, part: str = "") -> list[str]:
    """Words of spaced scripts found whole, the longest at each place, none inside another."""
    found, reach = [], 0
    for token in _TOKEN.finditer(text):
        if token.start() < reach:
            continue
        article = next((a for a in _ARTICLES if token.group().startswith(a) and len(token.group()) - len(a) >= 3), "")
        for at in dict.fromkeys((token.start(), token.start() + len(article))):  # the word with its article, then without
            phrase, end = _word_at(text, at, token.end(), part)
            if phrase:
                found.append(phrase)
                reach = end
                break
    return found


def _word_at(text: str, start: int, stop: int, part: str) -> tuple[str, int]:
    """The longest phrase of the table starting at ``start`` whose first word ends at ``stop`` (a plural or a case
    ending allowed), and where it ends with its ending; ("", 0) for none."""
    word = text[start:stop]
    stems = [word] + [word[:-k] for k in (1, 2) if word.endswith("es"[2 - k:]) and len(word) > k + 2]
    endings = [e for e in _SUFFIXES if word.endswith(e) and len(word) - len(e) >= 4]  # "жіберуім": "жіберу"
    stems += [word[:-len(e)] for e in endings]
    for phrase in (p for stem in stems for p in _table(part)[1].get(stem, ())):
        end = start + len(phrase)
        tail = next((s for s in ("", "s", "es", *endings) if text.startswith(s, end) and _ends_word(text, end + len(s))),
                    None)
        if text.startswith(phrase, start) and tail is not None:
            return phrase, end + len(tail)
    return "", 0


def _ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not (text[end].isalnum() or _is_mark(text[end]) or text[end] in "_'")


def _unspaced(text: str, part: str = "") -> list[str]:
    """Words of Thai, Chinese, Japanese, Korean, ... found in the text, not cut out of a syllable or
    a katakana word; a word inside a longer one found there is not counted."""
    spans: list[tuple[int, int, str]] = []
    for phrase in _table(part)[2]:
        at = text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            cut = (at > 0 and text[at - 1] in _LEADING_VOWELS) or (end < len(text) and _is_mark(text[end])) or \
                (end < len(text) and _KATAKANA.match(phrase[-1]) and _KATAKANA.match(text[end]))
            if not cut and not any(s <= at and end <= e for s, e, _ in spans):
                spans.append((at, end, phrase))
            at = text.find(phrase, at + 1)
    return [phrase for _, _, phrase in spans]


@lru_cache(maxsize=4096)
def _concepts(said: str, part: str = "") -> Said:
    meaning = _table(part)[0]
    found: dict[str, dict[str, set[str]]] = {}
    for phrase in _spaced(said, part) + (_unspaced(said, part) if NO_SPACES.search(said) else []):
        for concept, lang in meaning[phrase]:
            found.setdefault(concept, {}).setdefault(lang, set()).add(phrase)
    if not part and _SPOKEN_SCRIPT.search(said):
        for words_, concept in _sounded_english(said):
            found.setdefault(concept, {}).setdefault(_SOUNDED, set()).add(words_)
    return {c: {lang: frozenset(p) for lang, p in langs.items()} for c, langs in found.items()}


_SPOKEN_SCRIPT = re.compile(r"[\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u30a0-\u30ff]")
_SOUNDED = "en~"  # English words written in another script: "সেন্ড মানি" (send money), "ट्रांसफर", "リチャージ"
_LONGEST_SOUNDED = 3  # words


@cache
def _english_by_sound() -> dict[str, tuple[str, ...]]:
    """English glossary phrases' concepts by their sound key (agents/transliterated.py), keys of four sounds or more."""
    out: dict[str, set[str]] = {}
    for phrase, pairs in _table()[0].items():
        key = transliterated.sound_key(phrase)
        if len(key) >= 4 and phrase.isascii():
            out.setdefault(key, set()).update(concept for concept, lang in pairs if lang == "en")
    return {k: tuple(sorted(v)) for k, v in out.items() if v}


def _sounded_english(said: str) -> list[tuple[str, str]]:
    """(the words, the concept) of English glossary phrases a text writes in its own script, one to three words."""
    run = [w for w in said.split() if _SPOKEN_SCRIPT.search(w)]
    table = _english_by_sound()
    return [(" ".join(run[i:i + n]), concept) for n in range(1, _LONGEST_SOUNDED + 1) for i in range(len(run) - n + 1)
            for concept in table.get(transliterated.sound_key(" ".join(run[i:i + n])), ())]


def concepts(text: str) -> Said:
    """Each concept ``text`` names, with the languages whose words say it and those words; turning notifications off
    is muting ("Отключить уведомления", "Tắt thông báo": a chat's mute item where others write "Mute")."""
    found = _concepts(normalize(text).replace("i\u0307", "i"))  # Turkish "İptal" casefolds to "i̇ptal"
    if "off" in found and "notifications" in found and "mute" not in found:
        return {**found, "mute": found["off"]}
    return found


def states(text: str) -> set[str]:
    """The row states ``text`` names in any language ("Ungelesen", "non lus", "未読": unread; "Favourite": starred)."""
    return set(_concepts(normalize(text).replace("i\u0307", "i"), _STATE)) - {_ACT, _NEG}


def shown_states(label: str) -> set[str]:
    """The row states a label on screen shows: not a state an action button names beside its verb ("Add to
    favourites", "Als ungelesen markieren", "お気に入りに追加"), nor one said right after a negation ("Not starred",
    "Non suivi", "No destacado"; "non lu", where the negation is part of the state, is unread)."""
    text = normalize(label).replace("i\u0307", "i")
    phrases = _spaced(text, _STATE) + (_unspaced(text, _STATE) if NO_SPACES.search(text) else [])
    spans, at = [], 0
    for phrase in sorted(phrases, key=text.find):
        start = text.find(phrase, at)
        at = start + len(phrase)
        spans.append((start, at, {concept for concept, _ in _table(_STATE)[0][phrase]}))
    shown = set()
    for k, (start, end, said) in enumerate(spans):
        before = spans[k - 1] if k and _ADJACENT.match(text[spans[k - 1][1]:start]) else (0, 0, set())
        after = spans[k + 1] if k + 1 < len(spans) and _ADJACENT.match(text[end:spans[k + 1][0]]) else (0, 0, set())
        if not (before[2] & {_ACT, _NEG} or _ACT in after[2]):
            shown |= said - {_ACT, _NEG}
    return shown


_ACT, _NEG = "act", "not"  # [state.*] words of an action's verb ("add to", "markieren") and of a negation ("no", "non")
_ADJACENT = re.compile(r"\w*\s*$")  # nothing but a word's ending and spaces between two phrases


def money_sent(said: Said, amount: bool) -> Said:
    """Sending a sum of money is transferring it ("анама 5000 теңге жіберу", "send Nino 50 lari"): the transfer
    concept added to the task's, in no language of its own, so the screen's word for transfers earns credit."""
    if not amount or "send" not in said or "transfer" in said:
        return said
    return {**said, "transfer": {_IMPLIED: frozenset().union(*said["send"].values())}}


# Mobile operators by the names their customers say (Latin and local script): a sum put on one buys airtime.
_OPERATORS = frozenset(
    "mtn airtel glo 9mobile safaricom vodacom vodafone telkom jio bsnl beeline билайн kcell activ актив tele2 теле2 "
    "altel алтел megafon мегафон мтс telcel movistar claro tigo telkomsel indosat viettel mobifone vinaphone dtac ucell "
    "uzmobile turkcell zain mobily etisalat jazz zong telenor ufone grameenphone banglalink robi ooredoo djezzy "
    "mobilis safaricom ethiotelecom".split())
_PHONE_NUMBER = re.compile(r"(?<!\d)(?:\+?\d[\s-]?){9,14}\d(?!\d)")


def airtime_bought(said: Said, task: str, amount: bool) -> Said:
    """A sum put on a mobile operator's line or a phone number is airtime ("билайнға 2000 теңге салып жіберші",
    "mo fe ra kaadi MTN ti ₦500 ... 0706 551 2290"): the airtime concept added, implied, so a "Мобильді
    байланыс" or "Airtime" tile earns credit. An operator's name counts with a case ending ("билайнға"). A top-up
    needs no sum said with a currency ("top up mum's Viettel line with 100k"), and it is the line's top-up, not the
    wallet's: the top-up concept gives way to airtime (as a bank's balance replaces the wallet's)."""
    if not (amount or "topup" in said) or "airtime" in said:
        return said
    tokens = _TOKEN.findall(normalize(task))
    named = any(t in _OPERATORS or any(t.startswith(o) and len(o) >= 4 and t[len(o):] in _SUFFIXES for o in _OPERATORS)
                for t in tokens)
    if not named and not _PHONE_NUMBER.search(task):
        return said
    return {**{c: langs for c, langs in said.items() if c != "topup"}, "airtime": {_IMPLIED: frozenset()}}


# A bank or an account, as tasks name them: "balance" said with one is the bank's, not the wallet's.
_BANK_WORDS = frozenset("account accounts bank cuenta banco conta konto compte rekening счёт счет счета банк банке "
                        "рахунок банку खाता खाते बैंक கணக்கு கணக்கில் வங்கி ఖాతా బ్యాంక్ অ্যাকাউন্ট ব্যাংক".split())


def balance_of_bank(said: Said, task: str) -> Said:
    """A balance asked of a bank or an account ("en account la evlo balance iruku", "what's my bank balance") is
    the bank balance: the wallet concept its "balance" word found gives way to the bank balance, implied, so
    "வங்கி இருப்பைச் சரிபார்க்கவும்" (check bank balance) earns credit and the "PhonePe வாலட்" tile none."""
    if "wallet" not in said or "bankbalance" in said or not set(_TOKEN.findall(normalize(task))) & _BANK_WORDS:
        return said
    kept = {c: langs for c, langs in said.items() if c != "wallet"}
    return {**kept, "bankbalance": {_IMPLIED: frozenset()}}


def joined(said: Said) -> Said:
    """Subscribing to a community, group or channel is joining it, and joining one subscribes to it ("me inscreve
    nessa comunidade": Reddit's "Participar"; "join this channel": "Abonnieren"): each concept implies the other."""
    for have, other in (("subscribe", "join"), ("join", "subscribe")):
        if have in said and other not in said:
            return {**said, other: {_IMPLIED: frozenset().union(*said[have].values())}}
    return said


def implied(said: Said, task: str, amount: bool) -> Said:
    """The task's concepts with those it implies beyond its words: a sum sent is a transfer, a sum put on a line
    airtime, a balance of a bank the bank's (``amount``: the task says a sum), a subscription a joining."""
    return joined(balance_of_bank(airtime_bought(money_sent(said, amount), task, amount), task))


@cache
def unspaced_words(concept: str) -> tuple[str, ...]:
    """The words of ``concept`` in scripts written without spaces (labels' and tasks' own), longest first: where a
    task in Chinese, Japanese or Thai says it ("搜一下", "探して", "ช่วยหา")."""
    found = {p for part in ("", _SAID) for p in _table(part)[2] if any(c == concept for c, _ in _table(part)[0][p])}
    return tuple(sorted(found, key=len, reverse=True))


def _unclitic(task: str) -> str:
    """The task's Romance verbs freed of the pronouns written onto them, with the infinitives an imperative stands
    for: "mándale" -> "manda mandar mander mandir", "compártelo" -> "comparte ... compartir", "mandarle" -> "mandar"."""
    forms = set()
    for stem in endings.imperatives(task):
        forms.add(stem)
        if stem[-1] in "aei":
            forms.update(stem[:-1] + ending for ending in ("ar", "er", "ir"))
    return " ".join(sorted(forms))


def _as_said(task: str) -> str:
    """The task's words as tasks' own words are looked for: normalised, its Romance verbs freed of pronouns, and the
    Roman Hindi/Urdu verbs it inflects said as the glossary's imperatives ("bhejne hain": "bhejo")."""
    text = normalize(task)
    return f"{text} {_unclitic(task)} {roman_hindi.canonical(text, _roman_hindi())}".replace("i\u0307", "i")


@cache
def _roman_hindi() -> tuple[str, ...]:
    return tuple(p for p, pairs in _table(_SAID)[0].items() if any(lang == "hi_latn" for _, lang in pairs))


_HANGUL = re.compile(r"[\uac00-\ud7a3]{2,}")
_INDIC = re.compile(r"[\u0900-\u0dff]{4,}")  # Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil ... Sinhala
_NOUN_FORMS = ("하기", "기")  # "송금하기", "보내기": a Korean verb named as a noun, as labels do
_INDIC_STEM = 4  # code points two words share before their endings ("পাঠা" of "পাঠান", "পাঠাবো")


@cache
def _verb_stems() -> tuple[tuple[str, str, str], ...]:
    """(the stem, concept, language) of the glossary's one-word Korean (in letters, jamo) and Indic words."""
    out = []
    for part in ("", _SAID):
        for phrase, pairs in _table(part)[0].items():
            if _HANGUL.fullmatch(phrase):
                stem = next((phrase[:-len(f)] for f in _NOUN_FORMS if phrase.endswith(f) and len(phrase) - len(f) >= 2),
                            phrase)
                out += [(unicodedata.normalize("NFD", stem), concept, lang) for concept, lang in pairs]
            elif _INDIC.fullmatch(phrase):
                out += [(phrase, concept, lang) for concept, lang in pairs]
    return tuple(out)


def _same_verb(word: str, stem: str) -> bool:
    if _HANGUL.fullmatch(word):  # a syllable carries the ending's first consonant: compare letters
        letters = unicodedata.normalize("NFD", word)
        return _HANGUL.fullmatch(unicodedata.normalize("NFC", stem)) is not None and letters.startswith(stem) \
            and len(letters) - len(stem) <= 9  # an ending of up to three syllables
    shared = len(os.path.commonprefix([word, stem]))
    return shared >= _INDIC_STEM and len(stem) - shared <= 2 and len(word) - shared <= 3


def conjugated(task: str) -> Said:
    """Concepts of Korean and Indic verbs the task conjugates ("보내야 돼", "이체해줘"; "পাঠাবো" for "পাঠান"): a word
    starting with a glossary word's stem (Korean: "기"/"하기" set aside, by letters; Indic: all but its ending)."""
    found: dict[str, dict[str, set[str]]] = {}
    for word in _HANGUL.findall(task) + _INDIC.findall(task):
        first = unicodedata.normalize("NFD", word)[:1]
        for stem, concept, lang in _verb_stems():
            if stem[:1] == first and _same_verb(word, stem):
                found.setdefault(concept, {}).setdefault(lang, set()).add(word)
    return {c: {lang: frozenset(w) for lang, w in langs.items()} for c, langs in found.items()}


def task_concepts(task: str) -> Said:
    """:func:`concepts` of a task, and those it says in words no label shows (the ``[said.<language>]`` sections,
    under the language "said": a colloquial "звякни" call meets the label's "Позвонить" of its own language); a
    Romance verb counts without the pronouns written onto it ("mandarle", "compártelo")."""
    found = dict(concepts(task))
    for concept, langs in _concepts(_unclitic(task)).items():
        found.setdefault(concept, langs)
    for concept, langs in _concepts(_as_said(task), _SAID).items():
        found[concept] = {**found.get(concept, {}), _SAID: frozenset().union(*langs.values())}
    for concept, langs in conjugated(task).items():
        found.setdefault(concept, langs)
    return found


def acts(task: str) -> set[str]:
    """The acts (of ``ACTS``) the task asks for."""
    return asked(task) & ACTS


def shown(task: str, labels: list[str]) -> bool:
    """A short label does the task's act by its meaning ("Güncelle" for "update it", "Включи" for "светни")."""
    wanted = acts(task)
    return bool(wanted) and any(len(label.split()) <= 3 and set(concepts(label)) & wanted for label in labels)


def asked(task: str) -> set[str]:
    """The concepts a task names: by the words of labels, and by the words people say them with (imperatives,
    colloquial forms: Gulf Arabic "ضيفلي" add, Cantonese "交埋" pay; never looked for in labels)."""
    said = _as_said(task)
    return set(_concepts(said)) | set(_concepts(said, _SAID)) | ({"add"} if placed_items.adds(task) else set())


def _kin(a: str, b: str) -> bool:
    """One word said in both, whole or in two forms ("in den warenkorb", "warenkorb"; "lösche", "löschen"):
    the ranker's own word match counts it."""
    a, b = a.replace("-", ""), b.replace("-", "")  # "wi-fi", "wifi"
    if a in b or b in a:
        return True
    return any(len(os.path.commonprefix([x, y])) >= min(4, len(x), len(y)) for x in a.split() for y in b.split())


def control_words(label: str) -> str:
    """The parts of a label short enough to name a control ("Deshacer | Chat archivado"), not its sentences."""
    return " | ".join(part for part in label.split(" | ") if len(part.split()) <= SHORT)


def _covered(label_phrase: str, task_phrase: str) -> bool:
    """The task's phrase says the label's whole ("warenkorb", "in den warenkorb"; each word of the label's phrase in a
    form of the task's): the ranker's own word match counts it. A label's phrase with a word of its own ("Foto
    aufnehmen" for "mach mal ein foto", "Tirar foto" met by "bate uma foto") is a translation within a language."""
    a, b = label_phrase.replace("-", ""), task_phrase.replace("-", "")
    if a in b or b in a:
        return True
    own = [x for x in a.split() if len(x) > 3] or a.split()  # short words ("in", "den") say no meaning of their own
    return all(any(_kin(x, y) for y in b.split()) for x in own)


def fit(task_concepts: Said, label: str) -> float:
    """Credit for the concepts ``label`` shares with the task (at most two) in another language; only a control's
    own short words say what it does (a message preview mentioning "Annulla" in a sentence is no Undo button)."""
    label = control_words(label)
    if not task_concepts or not label:
        return 0.0
    credits = []
    for concept, langs in concepts(label).items():
        wanted = task_concepts.get(concept)
        if not wanted:
            continue
        common = langs.keys() & wanted.keys()
        kin = any(_covered(a, b) for said in langs.values() for a in said for b in set().union(*wanted.values()))
        if not common and not kin:  # "оплати" / "оплатити": sister languages' forms of one word are no translation
            credits.append(_CREDIT)
        elif _SAME_LANGUAGE and not any(_kin(a, b) for lang in common for a in langs[lang] for b in wanted[lang]):
            credits.append(_SAME_LANGUAGE)
    return sum(sorted(credits, reverse=True)[:2])


__all__ = ["ACTS", "SHORT", "acts", "asked", "concepts", "control_words", "fit", "money_sent", "shown", "airtime_bought", "balance_of_bank", "implied",
           "joined", "task_concepts"]
