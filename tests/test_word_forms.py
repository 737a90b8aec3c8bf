"""Two forms of one word meet, in any language (agents/word_forms.py), on invented apps and labels."""

from __future__ import annotations

import pytest
from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.goal import parse_goal
from cascadroid.agents.text import words
from cascadroid.agents.word_forms import FORM, JOINED, forms, weight


@pytest.mark.parametrize(("task_word", "label_word"), [
    ("viestin", "viestit"),  # Finnish: the message (genitive) / messages
    ("ekmeği", "ekmek"),  # Turkish: the bread (accusative) / bread
    ("kupony", "kupon"),  # Polish: coupons / coupon
    ("rachunku", "rachunki"),  # Polish: of the account / accounts
    ("платёж", "платежи"),  # Russian: payment / payments
    ("квитанцию", "квитанция"),  # Russian: receipt (accusative) / receipt
    ("rechnungen", "rechnung"),  # German: invoices / invoice
    ("kedvencek", "kedvenc"),  # Hungarian: favourites / favourite
    ("kahvilaan", "kahvila"),  # Finnish: into the cafe / cafe
    ("रसीदों", "रसीदें"),  # Hindi: receipts (oblique) / receipts
    ("καλαθιού", "Καλάθι".casefold()),  # Greek: of the basket / basket (the stress moved)
    ("חשבונות", "חשבון"),  # Hebrew: accounts / account
    ("كوبونا", "كوبون"),  # Arabic: a coupon (accusative) / coupon
    ("הקבלות", "קבלות"),  # Hebrew: the receipts / receipts (a prefixed article)
    ("والكوبون", "كوبون"),  # Arabic: and the coupon / coupon
    ("nettoie", "nettoyer"),  # French: (he) cleans / clean: the stem's "y" written "i"
    ("applied", "apply"),  # English: the same "y" / "i"
])
def test_forms_of_one_word_meet_below_an_exact_word(task_word, label_word):
    assert 0.5 <= weight(task_word, label_word) <= FORM < 1.0


@pytest.mark.parametrize(("task_word", "label_word"), [
    ("தம்பிக்கு", "தம்பி"),  # Tamil: to (my) younger brother / younger brother
    ("kahvilassa", "kahvila"),  # Finnish: in the cafe / cafe
    ("sepetimdeki", "sepet"),  # Turkish: the ones in my basket / basket
    ("gutscheincode", "gutschein"),  # German compound: voucher code / voucher
])
def test_a_label_word_with_a_suffix_in_the_task_meets_it_at_less(task_word, label_word):
    assert weight(task_word, label_word) == JOINED
    assert weight(label_word, task_word) == 0.0  # a task's bare word names no longer compound on a label


@pytest.mark.parametrize(("task_word", "label_word"), [
    ("message", "messenger"), ("messenger", "message"),  # another word sharing a prefix
    ("set", "setup"), ("call", "calendar"), ("book", "bookmark"), ("play", "playlist"),  # short words
    ("saved", "save"), ("muted", "mute"),  # a 4-letter word inside a longer one is too often another word
    ("contact", "contactless"),  # a bare task word names no longer label word
    ("lock", "unlock"), ("unlock", "lock"), ("enable", "disable"), ("connect", "disconnect"),  # prefixed negations
    ("transfer", "translate"), ("import", "important"), ("przez", "przejazd"),  # Polish: via / ride
    ("2024", "20245"), ("photo", "photo"),  # digits; equal keys are an exact match, not a form
    ("भेजें", "भेजो"),  # a stem ending inside a letter with another vowel sign is too short
    ("layer", "later"), ("style", "still"),  # "y" and "i" are one letter only inside a shared stem
])
def test_unrelated_or_short_words_do_not_meet(task_word, label_word):
    assert weight(task_word, label_word) == 0.0


def test_each_word_counts_once_and_only_where_no_exact_match_of_it_exists():
    assert forms({"viestin"}, {"viestit", "viestejä"}) == FORM  # one task word meets one label word
    assert forms({"viestin", "viestiä"}, {"viestit"}) == FORM  # one label word is met once
    goal = parse_goal("lähetä viestit Annalle")
    assert goal.match(words("Viestit")) == 1.0  # exact: no form added on top
    assert goal.match(words("Viestin asetukset")) == FORM


def test_forms_count_in_the_goal_match_below_exact_words():
    goal = parse_goal("zapłać rachunku za prąd")
    assert goal.match(words("Rachunki")) == FORM
    assert goal.match(words("Rachunku")) == 1.0
    assert goal.match(words("Zaplanuj")) == 0.0


def test_an_inflected_task_word_picks_its_tile_over_an_unrelated_one():
    observation, screen = screen_of(
        node("Button", (40, 400, 520, 560), "Kuponlar", clickable=True),
        node("Button", (560, 400, 1040, 560), "Kampanyalar", clickable=True),
        node("Button", (40, 600, 520, 760), "Siparişler", clickable=True),
        node("Button", (560, 600, 1040, 760), "Hesabım", clickable=True))
    orders = element(observation, text="Siparişler")
    assert first("son siparişimi göster", screen) == {"kind": "tap", "element": orders.id}


def test_an_exact_word_beats_a_form_of_another_word_with_the_same_prefix():
    observation, screen = screen_of(
        node("Button", (40, 400, 1040, 560), "Messenger", clickable=True),
        node("Button", (40, 600, 1040, 760), "Privacy", clickable=True),
        node("Button", (40, 800, 1040, 960), "Private space", clickable=True))
    privacy = element(observation, text="Privacy")
    assert first("open the privacy page", screen) == {"kind": "tap", "element": privacy.id}


@pytest.mark.parametrize(("task_word", "label_word", "expected"), [
    ("borra", "borrar", FORM),  # Spanish: delete! / delete (the infinitive a button says)
    ("learn", "learner", 0.0), ("print", "printer", 0.0), ("scroll", "scroller", 0.0),  # another word, not an ending
    ("rechnung", "rechnungen", 0.0),  # the label adding more than one letter to the task's word is not read as a form
])
def test_a_label_word_adding_to_the_task_word_meets_it_only_by_one_letter(task_word, label_word, expected):
    assert weight(task_word, label_word) == expected


def test_a_form_is_counted_once_so_the_word_as_the_task_says_it_still_wins():
    observation, screen = screen_of(
        node("Button", (40, 400, 1040, 560), "Rechnung teilen", clickable=True),
        node("Button", (40, 600, 1040, 760), "Rechnungen", clickable=True),
        node("Button", (40, 800, 1040, 960), "Konto", clickable=True))
    bills = element(observation, text="Rechnungen")
    assert first("zeig mir die rechnungen", screen) == {"kind": "tap", "element": bills.id}


def test_a_four_letter_button_meets_its_germanic_infinitive_and_nothing_longer():
    assert weight("sende", "send") == weight("senden", "send") == FORM  # Norwegian, German
    assert weight("sendte", "send") == 0.0 and weight("sendes", "send") == 0.0  # must not fire: other forms
    assert weight("save", "saved") == 0.0  # a four-letter task word inside a longer label stays apart


def test_a_card_inviting_to_read_more_is_an_offer_and_a_plain_row_is_not():
    from cascadroid.agents.promotions import is_banner
    assert is_banner("Betal regninger enkelt | Det er gratis å betale med appen | Les mer")
    assert is_banner("Nuevo: envíos gratis | Sin costo hasta 1000 pesos | Más información ›")
    assert not is_banner("Betal regning | Forfall 12. mars | 450 kr")  # must not fire
    assert not is_banner("Les mer")  # a link alone is no card


def test_a_swahili_infinitive_meets_its_button_verb_and_its_function_words_name_nothing():
    assert weight("kulipa", "lipa") == FORM and weight("kuku", "ku") == 0.0  # must not fire: a stem too short
    observation, screen = screen_of(
        node("Button", (40, 300, 500, 420), "Lipa Bili", clickable=True),
        node("Button", (540, 300, 1040, 420), "Nunua kwa Kadi", clickable=True))
    pay = element(observation, text="Lipa Bili")
    assert first("nataka kulipa bili ya maji kwa simu", screen) == {"kind": "tap", "element": pay.id}


def test_a_syllabic_scripts_short_word_meets_its_form_with_a_pronoun_written_on() -> None:
    assert weight("ግዛልኝ", "ግዛ") == FORM and weight("ክፈልልኝ", "ክፈል") == FORM  # "buy me", "pay for me"
    # must not fire: one letter is no word, a longer word that begins alike, the same word, Latin two-letter words
    assert weight("ላኪ", "ላ") == 0.0 and weight("ግዛቶቻችን", "ግዛ") == 0.0 and weight("ግዛ", "ግዛ") == 0.0
    assert weight("gome", "go") == 0.0


def test_a_turkish_possessive_with_its_case_ending_after_the_buffer_n_meets_the_four_letter_word():
    assert weight("kutunu", "kutu") == JOINED  # "the box" (accusative after the possessive)
    assert weight("sırana", "sıra") == JOINED  # dative
    assert weight("gölüne", "gölü") == JOINED
    assert weight("plannu", "plan") == 0.0  # no vowel before the buffer n: no ending
    observation, screen = screen_of(
        node("LinearLayout", (0, 300, 1080, 450), "", "", node("TextView", (40, 330, 800, 420), "Oyun alanı"),
             clickable=True),
        node("LinearLayout", (0, 450, 1080, 600), "", "", node("TextView", (40, 480, 800, 570), "Oyun modu"),
             clickable=True))
    row = element(observation, text="Oyun modu")
    assert screen.target(row.id) == first("oyun modunu açar mısın", screen)["element"]


def test_a_spoken_hebrew_imperative_meets_the_buttons_form_with_its_vowel_letter_set_aside() -> None:
    assert weight("תזמין", "הזמן") == FORM and weight("תתקשר", "התקשר") == FORM  # order, call: future as imperative
    assert weight("חניה", "חנות") == 0.0 and weight("תכתוב", "תכנית") == 0.0  # must not fire: other roots
    observation, screen = screen_of(  # invented taxi app: the bottom tab says only the object
        node("Button", (40, 1500, 1040, 1640), "הזמן מונית", clickable=True),
        node("Button", (40, 2200, 360, 2320), "מונית", clickable=True, focused=True),
        node("Button", (360, 2200, 720, 2320), "נסיעות", clickable=True),
        node("Button", (720, 2200, 1040, 2320), "חשבון", clickable=True))
    book = element(observation, text="הזמן מונית")
    assert first("תזמין לי מונית", screen) == {"kind": "tap", "element": book.id}
    observation, screen = screen_of(  # invented bank app: a second layout, another verb
        node("Button", (40, 400, 520, 560), "חשבונות", clickable=True),
        node("Button", (560, 400, 1040, 560), "התקשר לבנקאי", clickable=True),
        node("Button", (40, 600, 1040, 760), "בנקאי אישי", clickable=True))
    call = element(observation, text="התקשר לבנקאי")
    assert first("תתקשר לבנקאי שלי", screen) == {"kind": "tap", "element": call.id}


def _chats(compose: str, rows: tuple[str, ...]):
    """An invented messenger's chat list: a row per person, and the compose button."""
    return screen_of(*(node("LinearLayout", (0, 300 + 200 * k, 1080, 480 + 200 * k), "", "",
                            node("TextView", (200, 320 + 200 * k, 900, 380 + 200 * k), row), clickable=True)
                       for k, row in enumerate(rows)),
                     node("ImageButton", (880, 2100, 1040, 2260), "", compose, clickable=True))


@pytest.mark.parametrize(("task", "compose", "rows", "person"), [
    ("напиши Ганні", "Створити", ("Ганна Шевчук", "Тарас Мельник"), "Ганна Шевчук"),  # Ukrainian dative
    ("napisz do Marty", "Nowa wiadomość", ("Marek Nowak", "Marta Wiśniewska"), "Marta Wiśniewska"),  # Polish genitive
    ("parašyk Jonui", "Nauja žinutė", ("Jonas Kazlauskas", "Rūta Petraitė"), "Jonas Kazlauskas"),  # Lithuanian dative
])
def test_a_person_named_in_a_case_opens_their_row_not_a_new_message(task, compose, rows, person):
    observation, screen = _chats(compose, rows)
    row = [e for e in observation.elements if e.cls == "android.widget.LinearLayout"][rows.index(person)]
    assert first(task, screen) == {"kind": "tap", "element": row.id}


def test_a_name_in_a_case_is_no_other_name_sharing_its_start():
    from cascadroid.agents.word_forms import name_weight
    assert name_weight("marek", "maria") == 0.0 and name_weight("maria", "marek") == 0.0
    assert name_weight("boris", "borat") == 0.0 and name_weight("ivan", "ivana") == 0.0
    assert name_weight("ганні", "ганна") == FORM and name_weight("олегу", "олег") == FORM
    observation, screen = _chats("Nowa wiadomość", ("Marek Nowak", "Maria Wiśniewska"))
    marek = [e for e in observation.elements if e.cls == "android.widget.LinearLayout"][0]
    assert first("napisz do Marty", screen) != {"kind": "tap", "element": marek.id}


def test_a_name_of_the_other_gender_gets_no_name_credit():
    """"Daniela" is no "Daniel", "Anne" no "Anna", "Julia" no "Julio": on a contacts list with a search field and
    neither person listed, the search is taken, not the other person's row (invented contacts apps)."""
    from cascadroid.agents.word_forms import name_weight
    for said, shown in (("anne", "anna"), ("daniela", "daniel"), ("maria", "mario"), ("julia", "julio"),
                        ("paola", "paolo"), ("gabriel", "gabriela")):
        assert name_weight(said, shown) == 0.0, said
    assert parse_goal("text Maria").match({"mario", "rossi"}) <= FORM
    assert parse_goal("text Anne").match({"anna", "berg"}) == 0.0
    for task, rows in (("call Daniela", ("Daniel Kim", "Bo Lee", "Chen Wu")),
                       ("llama a Julia", ("Julio Prado", "Ines Vidal", "Tomas Roig"))):
        observation, screen = screen_of(
            node("EditText", (40, 200, 1040, 300), "", "", clickable=True, hint="Search contacts"),
            *(node("LinearLayout", (0, 400 + 200 * k, 1080, 580 + 200 * k), "", "",
                   node("TextView", (200, 420 + 200 * k, 900, 480 + 200 * k), row), clickable=True)
              for k, row in enumerate(rows)))
        other = [e for e in observation.elements if e.cls == "android.widget.LinearLayout"][0]
        assert first(task, screen).get("element") != other.id, task
