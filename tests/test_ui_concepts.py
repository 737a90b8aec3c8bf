"""The multilingual concept table (agents/ui_concepts.toml, agents/ui_glossary.py) on invented labels:
credit across languages, none within one (the ranker's own words decide), none for a word cut out
of a longer one, and the element carrying the task's own words first."""

from __future__ import annotations

import tomllib
from pathlib import Path

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents import ui_glossary
from cascadroid.agents.ui_glossary import concepts, fit

_TABLE = tomllib.loads((Path(ui_glossary.__file__).with_name("ui_concepts.toml")).read_text(encoding="utf-8"))


def _buttons(*labels: str, top: int = 1700) -> list[str]:
    return [node("Button", (40 + i * 260, top, 280 + i * 260, top + 120), label, "", clickable=True)
            for i, label in enumerate(labels)]


def test_the_table_covers_the_languages_phones_ship_and_names_its_concepts_in_english():
    labels = {lang: entries for lang, entries in _TABLE.items() if lang not in ("said", "state")}
    assert len(set(labels) - {"any"}) >= 45
    english = set(_TABLE["en"]) | set(_TABLE["any"])
    for lang, entries in [*labels.items(), *_TABLE["said"].items()]:  # words of labels, then words only tasks say
        assert set(entries) <= english, (lang, set(entries) - english)
        assert all(words.strip() and "||" not in words for words in entries.values()), lang
    assert set(_TABLE["said"]) >= {"ar", "zh", "bg", "uk"}
    states = set(_TABLE["state"]["en"])  # row states, read when rows are counted: named as English names them
    for lang, entries in _TABLE["state"].items():
        assert set(entries) <= states and "act" in entries, (lang, set(entries) - states)


def test_a_control_is_credited_for_what_it_means_in_another_language():
    assert fit(concepts("dismiss this banner"), "Schließen") == 0.75
    assert fit(concepts("ログインして"), "Sign in") == 0.75
    assert fit(concepts("отмени подписку"), "Cancelar") == 0.75
    assert fit(concepts("recharge my phone"), "Isi Saldo") == 0.75
    assert fit(concepts("top up my phone"), "Isi Saldo") == 0.0  # "top up" is Indonesian too: maybe one language
    assert fit(concepts("turn on airplane mode"), "Modo avión") == 0.75
    assert fit(concepts("ajoute au panier"), "장바구니 담기") == 1.5  # add + cart: a button's whole meaning
    assert fit(concepts("ajoute au panier et paie"), "Sepet | Ekle | Öde") == 1.5  # at most two concepts


def test_a_word_inside_a_sentence_of_a_row_is_no_control_meaning_it():
    assert fit(concepts("oops, undo that"), "Deshacer") == 0.75
    assert fit(concepts("oops, undo that"), "Ana | 09:40 | Deshacer el pedido de mañana? Responde SI o NO") == 0.0
    assert fit(concepts("oops, undo that"), "Deshacer | Chat archivado") == 0.75


def test_choosing_is_a_control_meaning_in_every_language():
    assert fit(concepts("select your bank please"), "Pilih bank") == 0.75
    assert fit(concepts("choose the region"), "地域を選択") == 0.75
    assert fit(concepts("selecciona tu banco"), "Seleccionar banco") == 0.0  # must not fire: one language


def test_within_one_language_the_rankers_own_words_decide():
    assert fit(concepts("decline the invite"), "Decline") == 0.0  # the ranker's own word match decides
    assert fit(concepts("lösche die Datei"), "Löschen") == 0.0  # two forms of one word: counted by the ranker
    assert fit(concepts("reject the invite"), "Decline") == 0.0  # a synonym: left to agents/goal.py (measured)
    assert not ui_glossary._kin("reject", "decline") and ui_glossary._kin("wi-fi", "wifi")
    assert fit(concepts("tap ok"), "OK") == 0.0  # a word every language writes is no language of its own


def test_a_word_inside_a_longer_word_names_nothing():
    assert concepts("Isabel's delivery") == {}  # Dutch "bel", Danish "del" only as words of their own
    assert "close" not in concepts("เปิดแอป")  # Thai "ปิด" (close) is cut out of "เปิด" (open)
    assert "close" in concepts("ปิดโฆษณา")
    assert "on" not in concepts("オンライン診療")  # "オン" inside a katakana word
    assert "call" not in concepts("कॉलेज")  # "कॉल" (call) is the start of "कॉलेज" (college)
    assert "cart" not in concepts("cartoon")


def test_the_longest_word_found_wins_where_one_holds_another():
    assert set(concepts("Cerrar sesión")) == {"logout"}
    assert set(concepts("退出登录")) == {"logout"}
    assert set(concepts("허용 안함")) == {"deny"}
    assert set(concepts("Don't allow")) == {"deny"}
    assert set(concepts("WLAN-Einstellungen")) == {"wifi", "settings"}


def test_an_english_task_on_a_turkish_welcome_screen_takes_its_sign_in_button():
    observation, screen = screen_of(
        node("TextView", (40, 900, 1040, 1100), "Hoş geldiniz"),
        *_buttons("Kayıt ol", "Giriş yap", "Şimdi değil"))
    sign_in = element(observation, text="Giriş yap")
    assert first("sign in", screen) == {"kind": "tap", "element": sign_in.id}


def test_the_element_carrying_the_tasks_own_words_beats_a_concept_match():
    observation, screen = screen_of(
        node("TextView", (40, 300, 1040, 400), "Konto"),
        *_buttons("Abmelden", "Logout history"))
    own = element(observation, text="Logout history")
    assert first("show logout history", screen) == {"kind": "tap", "element": own.id}


def test_forms_of_one_word_in_sister_languages_earn_no_translation_credit():
    """Russian "оплати" and Ukrainian "оплатити" are one word: the word match counts them, not the glossary;
    a real translation across the same pair still counts."""
    assert fit(concepts("оплати комунальні"), "Оплатити картою") == 0.0
    assert fit(concepts("отмени подписку"), "Скасувати") == 0.75


def test_asking_where_an_ordered_thing_is_tracks_it():
    """An invented French shop's orders page: "where are my ..." of a thing on its way is its tracking button, not
    the delivered order's "buy again" (the track concept said by a question of place, [said.*])."""
    observation, screen = screen_of(
        node("TextView", (40, 140, 700, 220), "Mes commandes"),
        node("TextView", (40, 400, 1040, 460), "En cours de livraison · arrivée prévue jeudi"),
        node("TextView", (40, 470, 1040, 530), "Chaussures de course Kiprun KD900", clickable=True),
        node("Button", (40, 560, 1040, 680), "Suivre ma commande", clickable=True),
        node("TextView", (40, 800, 1040, 860), "Livrée le 2 décembre"),
        node("TextView", (40, 870, 1040, 930), "Gourde isotherme 750 ml", clickable=True),
        node("Button", (40, 960, 1040, 1080), "Acheter à nouveau", clickable=True))
    track = element(observation, text="Suivre ma commande")
    assert first("where are my running shoes", screen) == {"kind": "tap", "element": track.id}
