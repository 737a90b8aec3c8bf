"""Conventions of real app screens the word match alone misses, in any language.

- A control's whole label said in the task ("in den Warenkorb", "add to cart") is that control,
  not an icon that only shares a word ("Warenkorb, 1 Artikel").
- Inflected words meet their label: "rejeita" / "Rejeitar"; Hebrew and Arabic words carry
  prefixed particles and articles ("האוספים" is "the" + "אוספים").
- Media controls say "Start Video" / "Mute" where the task says "turn my camera on" / "mic off".
- Ads ("Sponsored", "Patrocinado", "広告") are never the thing asked for unless the task says so;
  "the top result" is the first listed row that is not one. Nor are promotion banners
  ("Promo: ...", "โปรโมชัน ...", agents/promotions.py).
- A greyed-out button that does what the task says waits for a choice: the option the task
  names ("42", "XL") comes first.
- An A-Z list that stops before the name asked for is scrolled, not tapped at random; so is a settings
  page none of whose rows names a setting said in Chinese, Japanese, Korean or Thai (agents/setting_below.py).
- A message goes only into the named person's thread (agents/threads.py).
- Korean particles and endings are set aside (agents/particles.py); negation scopes a verb
  (agents/negation.py); search boxes and prompts are entries in any language (agents/entry_points.py).
- The item named exactly beats look-alikes whose names add words ("Bitcoin", not "Bitcoin Cash";
  agents/exact_names.py); a label sharing only another language's function word ("sem", "ohne") with
  the task is not named by it (agents/function_words.py).
- A task typed without accents meets the accented label ("Thu Ha": "Thu Hà"; agents/unaccented.py).
- Romance clitics and Turkish case endings set aside (agents/endings.py): "cómpralo" names "Comprar",
  "Eve" the row "Ev"; German and Dutch separable verbs joined again (agents/separable_verbs.py):
  "ruf ... an" names "Anrufen".
- A task in one language meets the common controls of a screen in another by their meaning
  ("add to my cart": "เพิ่มลงรถเข็น"; agents/ui_glossary.py).
- A repeated verb button outside any row belongs to the item listed before it (agents/button_owners.py); copies
  level at the top while the task names a row no word on screen shows: the list is scrolled (agents/unseen_rows.py).
- A means the task names ("pay with cash on delivery") that a page of options does not show is further down
  (agents/named_means.py).
- A search asked with the verb last ("…を探して", "…찾아줘") goes into the search box, a bar known by
  its id even while it shows a trending term; a results page's box showing the task's words holds
  the query already searched, the results come first (agents/search_requests.py).
- What the task leaves alone ("but leave Wi-Fi scanning on", agents/exclusions.py) is not tapped.
- A bottom tab spelt like the task's verb is a section, not the verb: the control named by the
  task's object comes first (agents/section_tabs.py).
- Writing a new mail, message or post starts at the compose control ("Σύνταξη", "New message";
  agents/compose_entry.py).
- A thing described by what the user did to it ("the PDF I downloaded") is in the collection named
  for that act ("Downloads"; agents/act_collections.py).
- A greyed-out submit button waits for its consent box ("I agree to the Terms"): ticked first
  (agents/consent.py).
- A dialog the task says yes to, or whose words hold the task's verb, is answered with its positive
  button (agents/dialog_answers.py).
- A dialog the task says nothing about is in the way: its dismissive button first (agents/in_the_way.py).
- A task sending a popup or offer away taps its close control (agents/dismissals.py).
- A task saying to scroll up (a chat's earlier messages lie above) scrolls up first (agents/scroll_up.py).
- A home screen folder listing the app asked for is no way to open it (agents/app_folders.py).
- A part of the page asked to be seen ("材料を見たい", "show me the reviews") that nothing on screen names is
  further down: scrolled to (agents/page_parts.py); so is a sender named by its acronym ("la SAAQ")
  that no row shows (agents/unseen_names.py).
- The page's title alone in its top bar says where the user is: a row repeating it ("Pantalla completa" on
  "Pantalla") is not named by the task saying it (agents/page_heading.py).
- A count-only text names nothing ("24K | Like"), the chooser's app before "Just once", the control that
  makes the new item asked for, another everyday name of a quick setting (agents/label_shapes.py).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from ..unitext import NO_SPACES
from . import (
    act_collections,
    app_folders,
    asked_day,
    brand_services,
    button_owners,
    calc_results,
    call_placed,
    chat_bubbles,
    cleared_fields,
    compose_entry,
    compound_heads,
    confirmations,
    consent,
    dialog_answers,
    dismissals,
    each_recipient,
    edit_forms,
    edits,
    endings,
    entry_points,
    every_match,
    every_there,
    exact_names,
    function_words,
    held_in,
    in_the_way,
    japanese_forms,
    label_shapes,
    money_amounts,
    named_means,
    narrowed,
    negated_twins,
    negation,
    new_at_time,
    new_items,
    page_heading,
    page_parts,
    paired_acts,
    particles,
    permission_choices,
    picked_callers,
    promotions,
    purpose_questions,
    quantities,
    row_previews,
    saved_logins,
    scroll_up,
    search_requests,
    search_results,
    section_tabs,
    sentence_words,
    separable_verbs,
    service_sections,
    service_tiles,
    set_already,
    setting_below,
    shown_places,
    signing_out,
    threads,
    time_bounds,
    time_lists,
    timed_items,
    transliterated,
    trip_choices,
    ui_glossary,
    unaccented,
    undoing,
    unseen_names,
    unseen_rows,
    word_forms,
)
from .goal import parse_goal
from .perceptor import Screen
from .progress import actions_since_app_change
from .text import normalize, words

_HEBREW = re.compile(r"^[\u05d0-\u05ea]+$")
_ARABIC = re.compile(r"^[\u0621-\u064a]+$")
_HEBREW_PREFIXES = "ובהלמשכ"  # and, in, the, to, from, that, as
_ARABIC_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_LATIN = re.compile(r"^[a-zà-ÿğışçöüœæßа-яё]+$")
# Cyrillic (with Ukrainian, Belarusian and South Slavic letters) and Greek: case endings run to four letters.
# Slavic case endings added to a bare (nominative) form: "Иван" -> "Ивану", "Петров" -> "Петрова".
_CASE_ENDINGS = frozenset("у ю а я е ом ем ым им ой ей ов ев ам ям ах ях ами ями ові еві".split())
# Vowels and signs of Cyrillic and Greek: an ending holds no two other letters in a row; one that does is a
# word-forming suffix ("Сообщ-ества", communities, beside "сообщ-ения", messages; "Знаком-ства" beside "знаком-ых").
_CASE_CLUSTER = re.compile(r"[^аеиоуыэюяіїєёьъөүұәαεηιουω]{2}")
_CASED = re.compile(r"^(?:[\u0430-\u045f\u0491\u0493\u049b\u04a3\u04af\u04b1\u04bb\u04d9\u04e9]+|[\u03ac-\u03ce]+)$")

_ON_VERBS = frozenset(words("start enable show unmute join", stopwords=frozenset()))
_OFF_VERBS = frozenset(words("stop disable hide mute", stopwords=frozenset()))
# What media controls call the thing a task names.
_MEDIA = {"camera": {"video"}, "video": {"camera"}, "mic": {"audio", "microphone"}, "microphone": {"audio", "mic"},
          "audio": {"mic", "microphone"}, "sound": {"audio"}}
_MUTE = frozenset(words("mute unmute", stopwords=frozenset()))
_FIRST = frozenset(words("first top", stopwords=frozenset()))
_RESULT = frozenset(words("result hit listing link item entry", stopwords=frozenset()))


def adjust(out: list[Any], task: str, screen: Screen, objects: list[str], make: Callable[..., Any] | None = None,
           history: list[dict[str, Any]] | None = None, whole: str = "") -> None:
    """Rescore ``out`` (the ranker's candidates, changed in place) by the conventions above;
    ``objects``: the items the ranker found named in the task; ``make``: the candidate type, for the
    typing a search or destination field is for (agents/entry_points.py); ``history``: the run's
    actions so far (a dialog confirming the verb just pressed, agents/confirmations.py); ``whole``: the task as the
    user said it when ``task`` is the part of it being done (the time a question places its answer at)."""
    threads.adjust(out, task, screen)
    search_results.adjust(out, task, screen, history or [])  # the one row a search just typed brought back
    call_placed.adjust(out, task, screen)  # "call back the most frequent caller": its row rang them
    held_in.adjust(out, task, screen, actions_since_app_change(history or []))  # "the album that has IMG_4.jpg"
    row_previews.adjust(out, task, screen)  # "Bo Li | can you send ...": a verb in a preview names no row
    chat_bubbles.adjust(out, screen)  # a relayed message's own bubble: what was said, no control
    chat_bubbles.already_sent(out, screen)  # the message the task would type is the newest one sent
    set_already.adjust(out, task, screen)  # "set the thermostat to 70" on its page reading 70: finish
    calc_results.adjust(out, task, screen, make)  # a calculator's result under the task's sum: the answer
    goal = parse_goal(task)
    said = normalize(task)
    task_words = words(task)
    wants_ads = bool(task_words & promotions.AD_MARKERS) and not _negated_ads(said) or promotions.ad_free(screen)  # no ads
    # to pass over where none are shown
    wants_offers = promotions.wanted(task)
    rows = _first_row(screen) if task_words & _FIRST and task_words & _RESULT else None
    options = _options_named(screen, task_words, said)
    imperatives, stems = endings.imperatives(task), endings.turkish_stems(task)
    split_verbs = separable_verbs.joined(task)  # "ruf ... an": "Anrufen"
    meant = ui_glossary.task_concepts(task)  # "add to my cart" on a Thai shop: "เพิ่มลงรถเข็น"
    # "5000 теңге жіберу": a transfer; "билайнға 2000 теңге": airtime; "account la evlo balance": the bank's
    meant = ui_glossary.implied(meant, task, money_amounts.said_amount(task) is not None)
    meant = money_amounts.paid_where_no_transfer(meant, screen)  # "rahul ko 500 bhej do" in his chat: its Pay
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") not in ("tap", "long_press") or not isinstance(element, int):
            continue
        label = screen.labels.get(element, "")
        marked_by_id = promotions.element_kind(screen, element)
        if not wants_ads and (marked_by_id == "ad" or promotions.is_ad(f"{label} | {screen.context.get(element, '')}")):
            candidate.score -= 2.0
        elif not wants_offers and (marked_by_id == "offer" or promotions.is_banner(label) or
                                   promotions.offer_only(task, label) or promotions.offer_button(screen, element)):
            candidate.score = min(candidate.score - 2.0, 0.0)  # "Promo: top up 100, get 10% back": an offer page, not
            # the "Top up" tile, however many of the task's words it repeats ("a Fixed Deposit": not my Fixed Deposit)
        if candidate.action.get("kind") != "tap":
            continue  # a long press on an ad or offer is no way in either; the rest is for taps
        own = words(label)
        if _said_whole(label, said) and not _verb_only(own, goal):
            candidate.score += 1.5
        candidate.score += min(1.5, 0.75 * (len(_inflected(goal.words - own, own)) + particles.stem_matches(said, label)))
        candidate.score += _media_toggle(goal.want_on, goal.toggle_words, label)
        if element == rows:
            candidate.score += 2.5
        if element in options:
            candidate.score += 3.0
        candidate.score += endings.fit(task, label, imperatives, stems)  # "cómpralo": "Comprar"; "Eve": "Ev"
        candidate.score += separable_verbs.fit(split_verbs, label) + ui_glossary.fit(meant, label)
        candidate.score += unaccented.fit(task, label)  # "Thu Ha": "Thu Hà", not "Thu Hằng"
        candidate.score += 0.75 * min(2, transliterated.sounded(task, label))  # "board select": "बोर्ड चुनें"
        candidate.score += japanese_forms.fit(task, label)  # "予約して": "予約する", not "予約確認"
        if goal.excluded & (own | words(screen.context.get(element, ""))):
            candidate.score -= 2.0  # "but leave Wi-Fi scanning on": the look-alike the task leaves alone
    button_owners.adjust(out, task, screen)  # a feed's repeated "Repost": the copy under the item named
    button_owners.in_rows(out, task, screen)  # "송금" in the account row the task names, not the row
    unseen_rows.adjust(out, task, screen)  # "aktivier den Kaffee-Coupon" among other coupons' "Aktivieren": scroll
    named_means.adjust(out, task, screen)  # "pay ... with cash on delivery" on payment options not showing it: scroll
    page_parts.adjust(out, task, screen)  # "材料を見たい" on a recipe showing no ingredients yet: scroll
    search_requests.adjust(out, task, screen)  # "ラーメン屋を探して": the search box
    search_requests.searched_already(out, task, screen)  # the query box atop its own results is no target
    edit_forms.adjust(out, task, screen, objects, history or [])  # an item's Edit (pencil), a form's "Add email"
    section_tabs.adjust(out, task, screen)  # "pesan makanan": the "Makanan" tile, not the "Pesan" (messages) tab
    exact_names.adjust(out, task, screen)  # "bitcoin": the "Bitcoin" row, not "Bitcoin Cash"
    function_words.adjust(out, task, screen)  # "sem querer" names no "Sem estrela"
    service_tiles.adjust(out, task, screen, lambda label: promotions.is_ad(label) or promotions.is_banner(label))  # "Hotel" tile
    brand_services.adjust(out, task, screen)  # "برام غذا سفارش بده": the brand+food tile "اسنپ‌فود"
    service_sections.adjust(out, task, screen, lambda label: promotions.is_ad(label) or promotions.is_banner(label))
    # "帮我叫个车" on a home with no ride tile: its "出行" (getting around) entry
    sentence_words.adjust(out, task, screen, meant)  # a tip's sentence sharing a word: below the "Call" button
    page_heading.adjust(out, task, screen)  # "ponle 120 hz a la pantalla" on "Pantalla": not "Pantalla completa"
    compound_heads.adjust(out, task, screen)  # "active le mode sombre": not "Mode Avion" (its head alone shared)
    saved_logins.adjust(out, task, screen, meant)  # "log me in with my saved password": the sheet's "anna@… | ••••" row
    fits = max((c.score for c in out if c.action.get("kind") != "swipe"), default=0.0)
    if not objects and fits < 2.0 and _alphabet_passes(screen, task):  # nothing here fits: the list goes on
        for candidate in out:
            if candidate.action == {"kind": "swipe", "direction": "down"}:
                candidate.score = max(c.score for c in out) + 0.5
    consent.adjust(out, task, screen)  # "Create account" greyed out: the "I agree to the Terms" box first
    compose_entry.adjust(out, task, screen)  # "γράψε ένα μέιλ": the "Σύνταξη" (compose) button
    new_items.adjust(out, task, screen)  # "lägg in ett möte", "帮我记一下": the create (floating) button
    setting_below.adjust(out, task, screen)  # "画面の自動回転をオンに" on a page no row of which names it: scroll
    unseen_names.adjust(out, task, screen)  # "le courriel de la SAAQ" on an inbox showing other senders: scroll
    signing_out.adjust(out, task, screen)  # "вилогінь мене" on a menu page showing no "Вийти": scroll to its end
    negation.adjust(out, task, screen)  # what the task says not to do; a dialog's dismissive button
    negated_twins.adjust(out, task, screen.labels)  # "şu videoyu beğen": "beğenin", not its twin "beğenmeyin"
    undoing.adjust(out, task, screen)  # "לקבוע תור" (book one): not "ביטול תור" (cancel the one booked)
    new_at_time.adjust(out, task, {e: t for e, t in screen.labels.items() if e not in screen.borrowed}, screen.lines)
    # "ponme una alarma a las 6:45": "Añadir alarma" (a list named by its row is none)
    asked_day.adjust(out, task, screen)  # "the ferry on Tuesday?" under Saturday..Wednesday headers: scroll on
    narrowed.adjust(out, task, screen)  # "pagá la luz, la de X": the X tile, not the "Luz" category
    trip_choices.adjust(out, screen)  # "tahan comfortiga lennujaama sõita": the option, not the trip row already set
    permission_choices.adjust(out, task, screen)  # "sadece açıkken görsün": the while-in-use option; a radio on
    if make is not None:
        entry_points.adjust(out, task, screen, make)  # search boxes and prompts in any language; destinations
    confirmations.adjust(out, task, screen, history or [])  # "Uninstall this app?" after pressing Uninstall: OK
    dialog_answers.adjust(out, task, screen)  # "yes, delete that chat" on "Leave chat? ... deletes it": Leave
    in_the_way.adjust(out, task, screen, history or [])  # "open my profile" under "Turn on notifications?": "Not now"
    act_collections.adjust(out, task, screen)  # "the PDF I downloaded": "Downloads", not a search
    label_shapes.adjust(out, task, screen, make)  # "24K | Like", "Open with", "Crear nota", "懐中電灯": "ライト"
    quantities.adjust(out, task, screen, make, history or [])  # "add two of X to my cart": a stepper's +, the add again
    timed_items.adjust(out, task, screen)  # "relabel my 09:45 alarm": the row at 09:45, not its switch
    time_bounds.adjust(out, task, screen)  # "every alarm before 8:00 off": the switches in the bound, top first
    each_recipient.adjust(out, task, screen, history or [])  # sent to Bo, Ana still to find: back to the list
    cleared_fields.adjust(out, task, screen, make, history or [])  # "remove the email from Bo's contact": Edit, clear, Save
    picked_callers.adjust(out, task, screen)  # reading the last missed call: the call log, never a row (it calls)
    picked_callers.sent_once(out, task, screen, history or [])  # "text Bo: X" sent and shown in Bo's chat: finish
    paired_acts.adjust(out, task, screen, history or [])  # "add X to the album "T"" after making T: X first
    every_match.adjust(out, task, screen, make, history or [])  # "delete all notes that mention X": search, each row
    edits.finish(out, task, history or [])  # an edit typed and saved: done, whatever the list shows of it
    every_there.adjust(out, task, screen, history or [])  # 'every event at "A" is now at "B"': each row showing "A"
    dismissals.adjust(out, task, screen)  # "get this offer out of the way": the popup's close icon, any language
    app_folders.adjust(out, screen)  # "open Gamma": the app by name, not the home screen folder listing it
    time_lists.adjust(out, task, screen)  # "the 19.00 train" on a timetable ending at 14:30: further down
    purpose_questions.adjust(out, task, screen)  # "check my activity, did Jake pay me back?": Activity, not Pay
    shown_places.adjust(out, task, screen)  # "show me the connection settings": that row opened, not its summary read
    if make is not None:
        scroll_up.adjust(out, task, screen, make, whole or task)  # "往上翻翻，看看群里早上都聊了啥": what was said before is above


def _said_whole(label: str, said: str) -> bool:
    """The label, two words or more (or a run of three characters or more of a script written without spaces,
    CJK or Thai: one word of Hebrew or Hindi is a word like any other), inside the task."""
    text = normalize(label)
    if not text or "|" in text or len(text) > 40:
        return False
    spaced = len(text.split()) >= 2 or (len(text) >= 3 and NO_SPACES.search(text) is not None)
    return spaced and re.search(rf"(?<!\w){re.escape(text)}(?!\w)", said) is not None


def _verb_only(own: set[str], goal: Any) -> bool:
    """The label says only the task's verb ("Turn on", "Sign in" on a card or prompt) while the task names a thing
    the label does not ("turn on bluetooth"): said whole, it is the verb of whatever its card names, not the task's."""
    return not (own - goal.verbs) & goal.words and bool(goal.words - goal.verbs - own)


def _inflected(task_words: set[str], label_words: set[str]) -> set[str]:
    """Task words that meet a label word once an ending or a prefixed particle is set aside, where the
    goal's own match did not count them as forms already (agents/word_forms.py)."""
    return {w for w in task_words if any(_same_stem(w, lw) and not word_forms.weight(w, lw) and not _participle(w, lw)
                                         for lw in label_words)}


# Past participle endings of English and the Romance languages: "Installed", "Conectado" name the state a verb
# reaches ("Currently connected", the "Installed" filter), not the act the task asks for ("install", "conecta").
_PARTICIPLE = re.compile(r"(?:ed|ado|ada|ido|ida|ato|ata|ito|ita)$")


def _participle(task_word: str, label_word: str) -> bool:
    """The label's word is the task's word made a past participle, the task's word not one itself."""
    return len(label_word) > len(task_word) and _PARTICIPLE.search(label_word) is not None and \
        _PARTICIPLE.search(task_word) is None


def same_word(task_word: str, label_word: str) -> bool:
    """The two keys are one word: equal, another form of it (agents/word_forms.py) or inflected as above."""
    return task_word == label_word or bool(word_forms.weight(task_word, label_word)) or _same_stem(task_word, label_word)


def _same_stem(a: str, b: str) -> bool:
    if a == b:
        return False
    if _HEBREW.match(a) and _HEBREW.match(b):
        return any(len(b) >= 3 and a[k:] == b and all(c in _HEBREW_PREFIXES for c in a[:k]) for k in (1, 2)) or \
            any(len(a) >= 3 and b[k:] == a and all(c in _HEBREW_PREFIXES for c in b[:k]) for k in (1, 2))
    if _ARABIC.match(a) and _ARABIC.match(b):
        return bool(_arabic_stems(a) & _arabic_stems(b))
    if _CASED.match(a) and _CASED.match(b):
        return _case_forms(a, b)
    if not (_LATIN.match(a) and _LATIN.match(b)):
        return False
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 6 and long_.startswith(short[:-1]) and len(long_) - len(short) <= 2 and \
        len(long_) - len(short) + (short[-1] != long_[len(short) - 1]) <= 2


def _case_forms(a: str, b: str) -> bool:
    """Two forms of one Slavic or Greek word: a shared stem of five letters or more, endings of four
    or fewer ("оплати" / "Оплата", "комунальні" / "комунальних"; Greek accents set aside)."""
    a, b = (unicodedata.normalize("NFD", w) for w in (a, b))
    a, b = ("".join(c for c in w if not unicodedata.combining(c)).replace("ς", "σ") for w in (a, b))
    common = len(os.path.commonprefix([a, b]))
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short) and long_[len(short):] in _CASE_ENDINGS:
        return True  # a name's bare form and one case of it ("Иван" / "Ивану", "Петров" / "Петрову")
    return a != b and common >= 5 and len(a) - common <= 4 and len(b) - common <= 4 and \
        not any(_CASE_CLUSTER.search(w[common:]) for w in (a, b))


def _arabic_stems(word: str) -> set[str]:
    """The word and its forms without a prefixed article or particle ("الطعام"), or without the alif of the
    indefinite accusative ("طعاماً", food, as an object); three letters or more."""
    bare = next((word[len(p):] for p in _ARABIC_PREFIXES if word.startswith(p) and len(word) - len(p) >= 3), word)
    out = {word, bare} | {w[:-1] for w in (word, bare) if w.endswith("ا") and len(w) >= 4}
    return {w for w in out if len(w) >= 3}


def _media_toggle(want_on: bool | None, toggle: set[str], label: str) -> float:
    """'Start Video' for "turn my camera on", 'Mute' for "turn the mic off"."""
    if want_on is None or not toggle:
        return 0.0
    names = set(toggle).union(*(_MEDIA.get(w, set()) for w in toggle))
    if not names & set().union(*_MEDIA.values(), _MEDIA):
        return 0.0
    label_words = words(label, stopwords=frozenset())
    first = normalize(label).split(" ", 1)[0] if label else ""
    verbs = _ON_VERBS if want_on else _OFF_VERBS
    if first in verbs and label_words & names:
        return 2.5
    if first in _MUTE and names & {"mic", "microphone", "audio", "sound"}:
        return 2.5 if (first == "mute") != want_on else 0.0
    return 0.0


def _negated_ads(said: str) -> bool:
    return re.search(r"\b(?:not|isn't|isnt|no|skip|without|ignore|except|n't)\b[^.;]{0,20}\b(?:ad|ads|sponsored|promoted)\b",
                     said) is not None


def _first_row(screen: Screen) -> int | None:
    """The topmost listed row (a label folding several texts) that is no ad."""
    rows = [i for i in screen.actionable if " | " in screen.labels.get(i, "") and len(words(screen.labels[i])) >= 4
            and not promotions.is_ad(screen.labels[i]) and i in screen.bounds and i not in screen.editable]
    return min(rows, key=lambda i: screen.bounds[i][1], default=None)


def _options_named(screen: Screen, task_words: set[str], said: str) -> set[int]:
    """Short option labels ("42", "XL") the task names while a button doing the task is disabled."""
    waiting = any(words(screen.labels.get(i, "")) and words(screen.labels.get(i, "")) <= task_words
                  for i in screen.disabled)
    if not waiting:
        return set()
    tokens = set(re.findall(r"\w+", said))
    return {i for i in screen.actionable if (label := normalize(screen.labels.get(i, ""))) and len(label) <= 4
            and label in tokens and i not in screen.editable}


def _alphabet_passes(screen: Screen, task: str) -> bool:
    """A name in the task (capitalised, not first) sorts after the last row of an A-Z list (rows one under
    another) that does not show it, and the screen offers no search."""
    names = [m.group(0) for m in re.finditer(r"(?<=\s)[A-Z][\w\-]+", task)]
    shown = normalize(" ".join(screen.labels.values()))
    names = [n for n in names if normalize(n) not in shown]
    if not names or any(words(screen.labels.get(i, "")) & {"search"} for i in screen.actionable):
        return False
    placed = sorted((screen.bounds[i][1], screen.bounds[i][0], normalize(screen.labels[i])) for i in screen.actionable
                    if i in screen.bounds and screen.labels.get(i) and i not in screen.editable)
    # a list is a column: one row per line, the leftmost (tabs or tiles side by side are no A-Z run)
    rows = [(y, label) for k, (y, _, label) in enumerate(placed) if not k or placed[k - 1][0] != y]
    firsts = [_sort_key(label) for _, label in rows if label[:1].isalpha()]
    run = _longest_sorted(firsts)
    return len(run) >= 5 and all(_sort_key(n) > run[-1] for n in names)


def _sort_key(text: str) -> str:
    """How A-Z lists order words: accents aside ("Čeština" among the C's)."""
    return "".join(c for c in unicodedata.normalize("NFKD", normalize(text)) if not unicodedata.combining(c))


def _longest_sorted(labels: list[str]) -> list[str]:
    best: list[str] = []
    current: list[str] = []
    for label in labels:
        current = current + [label] if current and label >= current[-1] else [label]
        best = max(best, current, key=len)
    return best
