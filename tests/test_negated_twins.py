"""agents/negated_twins.py: a control and its negated twin; the task saying the word plainly means the plain one."""

from __future__ import annotations

from cascadroid.agents import negated_twins
from cascadroid.agents.candidates import Candidate


def _screen(labels: dict[int, str], scores: dict[int, float] | None = None) -> list[Candidate]:
    return [Candidate({"kind": "tap", "element": e}, f"tap [{e}] {text}", (scores or {}).get(e, 1.0))
            for e, text in labels.items()]


def _first(out: list[Candidate]) -> str:
    return max(out, key=lambda c: c.score).text


def test_a_no_word_before_the_word_makes_the_opposite_twin_spanish_video_app():
    # an invented video app in Spanish: the dislike twin and a share button both come nearer by meaning
    labels = {5: "Me gusta este vídeo", 6: "No me gusta este vídeo", 7: "Compartir este vídeo"}
    out = _screen(labels, {5: 1.0, 6: 1.6, 7: 1.4})
    negated_twins.adjust(out, "dale me gusta a este vídeo", labels)
    assert _first(out) == "tap [5] Me gusta este vídeo"


def test_a_joined_or_following_no_makes_the_opposite_twin_czech_and_german():
    labels = {1: "Líbí se mi", 2: "Nelíbí se mi", 3: "Sdílet"}  # an invented Czech podcast app: "ne" joined
    out = _screen(labels, {1: 1.0, 2: 1.5, 3: 1.2})
    negated_twins.adjust(out, "dej tomu líbí se mi", labels)
    assert _first(out) == "tap [1] Líbí se mi"
    labels = {8: "Gefällt mir", 9: "Gefällt mir nicht"}  # an invented German recipe app: the no after the word
    out = _screen(labels, {8: 1.0, 9: 1.3})
    negated_twins.adjust(out, "sag dass mir das rezept gefällt", labels)
    assert _first(out) == "tap [8] Gefällt mir"


def test_turkic_endings_and_persian_prefix_are_the_negated_twin():
    assert negated_twins.says("bu şarkıyı beğenmeyin", "beğen") == "negated"
    assert negated_twins.says("Beğendim", "beğen") == "plain"
    assert negated_twins.says("نمی‌پسندم", "پسند", frozenset({"میپسندم"})) == "negated"
    assert negated_twins.says("نپسند", "پسند", frozenset({"پسند"})) == "negated"
    assert negated_twins.says("نپسند", "پسند") is None  # no plain twin shown: a prefix alone proves nothing


def test_must_not_fire_without_a_plain_twin_or_on_a_negating_task():
    labels = {1: "No me gusta", 2: "Compartir"}  # only the negated one: nothing to choose between
    out = _screen(labels)
    negated_twins.adjust(out, "dale me gusta", labels)
    assert [c.score for c in out] == [1.0, 1.0]
    labels = {1: "Me gusta", 2: "No me gusta"}  # the task itself negates: left to agents/negation.py
    out = _screen(labels)
    negated_twins.adjust(out, "no me gusta nada, márcalo", labels)
    assert [c.score for c in out] == [1.0, 1.0]
    labels = {1: "Newest", 2: "West coast"}  # a word that merely starts like a prefixed one
    out = _screen(labels)
    negated_twins.adjust(out, "show west coast stories", labels)
    assert [c.score for c in out] == [1.0, 1.0]


def test_many_plain_controls_are_no_twin_and_stay_where_they_are():
    # an invented Dutch coupon app: filter tabs "Geactiveerd" / "Niet geactiveerd", one "Activeren" per coupon
    labels = {1: "Geactiveerd", 2: "Niet geactiveerd", 3: "Activeren", 4: "Activeren"}
    out = _screen(labels)
    negated_twins.adjust(out, "activeer de koffiecoupon", labels)
    assert [c.score for c in out] == [1.0, 1.0, 1.0, 1.0]  # "activeer" is no word of theirs ("geactiveerd")
    out = _screen(labels)
    negated_twins.adjust(out, "zet geactiveerd aan", labels)
    assert [c.score for c in out] == [2.0, -1.0, 1.0, 1.0]


def test_a_row_showing_the_state_the_task_wants_changed_is_not_the_opposite_act():
    from cascadroid.agents import negated_twins
    from cascadroid.agents.candidates import Candidate

    labels = {3: "Pan de masa madre, No completada", 4: "Arándanos, Completada"}  # an invented to-do list
    out = [Candidate({"kind": "tap", "element": e}, f"tap [{e}] {t}", 2.0 if e == 3 else 1.0) for e, t in labels.items()]
    negated_twins.adjust(out, "marca Pan de masa madre como completada", labels)
    assert [c.score for c in out] == [2.0, 1.0]
