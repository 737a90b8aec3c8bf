"""An ad or offer that names what the task looks for shows no such item (agents/item_home.rows_text,
agents/ui_conventions.py), on an invented bank app."""

from __future__ import annotations

from fixtures_uidump import W, node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.agents.item_home import rows_text


def _bank(*rows: str):
    banner = node("android.view.View", (0, 300, W, 700),
                  node("android.widget.TextView", (40, 320, 1000, 420),
                       text="Open a Savings Vault today - up to 8% p.a."),
                  node("android.widget.TextView", (40, 430, 1000, 500), text="Lock in your rate for 12 months"),
                  click=True, desc="")
    accounts = [node("android.view.View", (0, 800 + 200 * i, W, 980 + 200 * i),
                     node("android.widget.TextView", (40, 820 + 200 * i, 900, 900 + 200 * i), text=row), click=True)
                for i, row in enumerate(rows)]
    listing = node("android.widget.ScrollView", (0, 250, W, 2300), banner, *accounts, scroll=True)
    return screen_of("org.example.bank", listing)


def test_an_item_named_only_by_an_offer_is_further_down():
    screen = _bank("Everyday Cheque | R 4 210,00")
    assert "savings vault" not in rows_text(screen) and "everyday cheque" in rows_text(screen)
    ranked = rank("how much money is in my Savings Vault", "", screen, [], [])
    scroll = next(c for c in ranked if c.action == {"kind": "swipe", "direction": "down"})
    assert scroll.score >= 1.0  # what the task names is not here: the list goes on
    assert all(c.action.get("kind") != "long_press" for c in ranked[:3])  # nor a long press on the offer


def test_must_not_fire_when_the_item_itself_is_listed():
    ranked = rank("how much money is in my Savings Vault", "",
                  _bank("Everyday Cheque | R 4 210,00", "Savings Vault | R 12 300,00"), [], [])
    assert ranked[0].action.get("kind") in ("tap", "done") and "Savings Vault | R 12 300" in ranked[0].text


def test_a_rate_with_decimals_offered_up_to_is_an_offer_and_an_account_showing_its_rate_is_not():
    from cascadroid.agents.promotions import is_banner
    assert is_banner("Grow your savings - up to 7.75% p.a. on a Term Deposit")
    assert is_banner("Rendimiento de hasta 10,5% anual en tu cuenta")
    assert not is_banner("Term Deposit | 7.75% p.a. | R 20 000,00")  # must not fire: the account itself
