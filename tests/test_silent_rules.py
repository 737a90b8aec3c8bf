"""agents/silent_rules.py: where no rule ties a control to the task, a concept shared in any language decides."""

from __future__ import annotations

from cascadroid.agents import silent_rules
from cascadroid.agents.candidates import Candidate


def _screen(labels: dict[int, str], scores: dict[int, float] | None = None) -> list[Candidate]:
    out = [Candidate({"kind": "tap", "element": e}, f"tap [{e}] {text}", (scores or {}).get(e, 0.0))
           for e, text in labels.items()]
    return out + [Candidate({"kind": "swipe", "direction": "down"}, "scroll down to see more", 0.2),
                  Candidate({"kind": "back"}, "go back", 0.1)]


def _adjusted(labels: dict[int, str], task: str, scores: dict[int, float] | None = None, **kwargs) -> list[Candidate]:
    out = _screen(labels, scores)
    silent_rules.adjust(out, task, labels, **kwargs)
    return out


def _first(out: list[Candidate]) -> str:
    return max(out, key=lambda c: c.score).text


def test_a_control_of_the_tasks_own_language_with_another_word_of_its_concept_passes_scrolling():
    labels = {11: "Enviar", 12: "Pedir", 13: "Recargar", 14: "Retirar"}  # an invented wallet's home, in Spanish
    assert _first(_adjusted(labels, "envía 20 soles a mi tía")) == "tap [11] Enviar"


def test_a_concept_across_languages_also_counts_when_no_rule_spoke():
    labels = {20: "Teilen", 21: "Speichern", 22: "Kommentare"}  # a German photo viewer, an English task
    assert _first(_adjusted(labels, "share this photo with grandma")) == "tap [20] Teilen"


def test_a_screen_where_a_rule_spoke_is_left_to_the_rules():
    labels = {11: "Enviar", 12: "Historial de envíos"}
    out = _adjusted(labels, "envía 20 soles a mi tía", {12: 1.5})
    assert [c.score for c in out[:2]] == [0.0, 1.5]


def test_nothing_named_by_the_task_leaves_scrolling_first():
    labels = {30: "Ayuda", 31: "Perfil", 32: "Promociones"}
    assert _first(_adjusted(labels, "envía 20 soles a mi tía")) == "scroll down to see more"


def test_an_ad_gains_nothing_however_well_it_echoes_the_task():
    labels = {40: "Enviar", 41: "Teilen"}
    assert _first(_adjusted(labels, "share this photo", unwanted=lambda element: element == 41)) == "scroll down to see more"


def test_a_sentence_that_mentions_the_concept_is_no_control():
    labels = {50: "Tus amigos pueden enviar dinero sin comisión durante todo el mes de diciembre"}
    assert _first(_adjusted(labels, "envía 20 soles a mi tía")) == "scroll down to see more"


def test_a_romance_verb_counts_without_the_pronouns_written_onto_it():
    labels = {11: "Enviar", 12: "Pedir", 13: "Recargar"}
    for task in ("enviarle 20 soles a mi tía", "mándale 20 soles a mi tía", "compártelo con mi primo"):
        out = _adjusted({**labels, 14: "Compartir"}, task)
        assert _first(out) == ("tap [14] Compartir" if "compárt" in task else "tap [11] Enviar"), task


def test_a_word_that_merely_ends_like_a_pronoun_names_no_concept():
    from cascadroid.agents import ui_glossary

    assert ui_glossary.asked("calle 5 de mayo") == set()
    assert ui_glossary.asked("hablarle a Ana") == set()


def test_the_one_control_meaning_the_tasks_ask_passes_a_control_echoing_its_noun():
    # an invented Spanish music player: "Siguiente" (next) by concept, a word echo "Añadir canción a la lista"
    labels = {1: "Añadir canción a la lista", 2: "Siguiente", 3: "Letra"}
    out = _screen(labels, {1: 1.0})
    silent_rules.over_echoes(out, "salta esta canción", labels)
    assert _first(out) == "tap [2] Siguiente"
    # an invented Indonesian podcast app, the task in English
    labels = {4: "Episode lainnya", 5: "Berikutnya"}
    out = _screen(labels, {4: 1.0})
    silent_rules.over_echoes(out, "skip to the next episode", labels)
    assert _first(out) == "tap [5] Berikutnya"


def test_over_echoes_must_not_fire_on_a_row_state_a_strong_rule_or_a_row_act():
    labels = {1: "Tonos del teclado", 2: "No molestar | Desactivado"}  # a state after the row's name is no control
    out = _screen(labels, {1: 1.0})
    silent_rules.over_echoes(out, "desactiva los tonos del teclado", labels)
    assert _first(out) == "tap [1] Tonos del teclado"
    labels = {1: "Añadir canción a la lista", 2: "Siguiente"}  # a rule spoke clearly: left to it
    out = _screen(labels, {1: 2.5})
    silent_rules.over_echoes(out, "salta esta canción", labels)
    assert _first(out) == "tap [1] Añadir canción a la lista"


def test_a_row_whose_title_the_task_names_is_no_mere_echo():
    labels = {7: "Familia, ¿cenamos?, 20:15", 9: "Nuevo mensaje"}  # an invented messenger's chat list
    out = _screen(labels, {7: 1.0})
    silent_rules.over_echoes(out, "abre el chat Familia", labels)
    assert _first(out) == "tap [7] Familia, ¿cenamos?, 20:15"


def test_locking_is_a_concept_of_car_and_door_apps_in_many_languages():
    scooter = {30: "Khóa", 31: "Mở khóa", 32: "Bấm còi", 33: "Tìm xe"}  # an invented scooter app, in Vietnamese
    assert _first(_adjusted(scooter, "khóa xe giúp mình")) == "tap [30] Khóa"
    assert _first(_adjusted(scooter, "mở khóa xe đi")) == "tap [31] Mở khóa"
    car = {40: "Klimaanlage", 41: "Verriegeln", 42: "Entriegeln", 43: "Kofferraum"}  # an invented car app, in German
    assert _first(_adjusted(car, "lock my car please")) == "tap [41] Verriegeln"
    assert _first(_adjusted(car, "zet de auto op slot")) == "tap [41] Verriegeln"  # said in Dutch


def test_a_close_or_block_button_is_no_lock_and_scrolling_leads_without_one():
    dialog = {50: "Zamknij", 51: "ブロック", 52: "Ustawienia"}  # Polish "close", Japanese "block"
    assert _first(_adjusted(dialog, "lock the front door")) == "scroll down to see more"


def test_a_messenger_named_by_a_colloquial_possessive():
    feed = {60: "جستجو", 61: "مسنجر", 62: "پروفایل"}  # an invented Persian feed: search, messenger, profile
    assert _first(_adjusted(feed, "پیامامو نشون بده")) == "tap [61] مسنجر"
    assert _first(_adjusted({60: "جستجو", 62: "پروفایل"}, "پیامامو نشون بده")) == "scroll down to see more"


def test_a_lock_word_that_also_blocks_a_person_or_names_a_course_is_no_lock():
    from cascadroid.agents import ui_glossary

    contact = {70: "Message", 71: "Screen lock", 72: "Delete contact"}  # an invented contact page
    for task in ("blocca Pedro", "zablokuj Marka", "Nummer von Jan sperren", "blochează numărul lui Ion"):
        assert _first(_adjusted(contact, task)) != "tap [71] Screen lock", task
        assert "lock" not in ui_glossary.concepts(task), task
    assert "lock" not in ui_glossary.concepts("khóa học tiếng Anh của tôi")  # Vietnamese "my English course"
    for task in ("blocca le porte dell'auto", "zablokuj drzwi", "khóa xe giúp mình", "încuie mașina"):
        assert "lock" in ui_glossary.concepts(task), task
