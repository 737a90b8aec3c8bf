"""An offer banner is no way to the item the task names, however many of its words it repeats (agents/ui_conventions.py)."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from tests.screens_made import made_screen


def _accounts():
    """An invented Portuguese bank home: two account rows and a promo card for a product the user may already own."""
    rows = [("RelativeLayout", "Conta Corrente | 1234-5 | Saldo R$ 2.310,00"),
            ("FrameLayout", "Promoção: abra o Cofrinho Dourado e ganhe 110% do CDI | Abrir agora"),
            ("RelativeLayout", "Cartão Platinum | Fatura R$ 830,10"), ("RecyclerView", "contas")]
    return made_screen("br.example.banco", "Minhas contas", rows)


def test_a_promo_card_repeating_the_named_item_stays_below_looking_further() -> None:
    screen = _accounts()
    first = rank("abre o meu Cofrinho Dourado", "", screen, [], [])[0]
    assert first.action.get("element") != 6 and first.action.get("kind") != "done"


def test_must_not_fire_when_the_task_asks_for_the_offer() -> None:
    screen = _accounts()
    assert rank("abre a promoção do Cofrinho Dourado", "", screen, [], [])[0].action == {"kind": "tap", "element": 6}
