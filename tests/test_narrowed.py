"""A task narrowing what it named after a comma ("a luz, a da Enel"): the item it means (agents/narrowed.py)."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.narrowed import narrowing
from cascadroid.agents.text import words
from tests.screens_made import made_screen


def _hub():
    """An invented Brazilian bill hub: category tiles, company tiles and a fallback link sharing the verb."""
    rows = [("View", "Luz"), ("View", "Água"), ("View", "Gás"), ("View", "Enel"), ("View", "Cemig"), ("View", "Sabesp"),
            ("View", "Não achou sua empresa? Pague com código de barras")]
    return made_screen("br.example.contas", "Pagar contas", rows)


def test_the_words_after_the_narrowing_pronoun_pick_the_tile() -> None:
    assert rank("pague a conta de luz, a da cemig", "", _hub(), [], [])[0].action == {"kind": "tap", "element": 9}
    assert narrowing("pay the power bill, the one from Volta") == {"volta"}
    assert narrowing("pagá el gas, el de Metrogas") == words("Metrogas") and narrowing("celle de Volta") == set()


def test_must_not_fire_without_a_comma_before_the_pronoun() -> None:
    assert narrowing("pague a conta de luz da casa") == set()
    assert narrowing("the bill of the one from work") == set()
