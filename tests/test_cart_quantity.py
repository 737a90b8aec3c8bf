"""A cart quantity put back to what was wanted: invented grocery screens, with cases that must not fire."""

from typing import Any

from cascadroid.agents import cart_quantity
from cascadroid.agents.candidates import Candidate
from cascadroid.agents.perceptor import Screen


def _screen(title: str, lines: list[str], buttons: dict[int, str], context: dict[int, str] | None = None) -> Screen:
    shown = [f"    {title}"] + [f"    {line}" for line in lines] + [f'[{i}] Button "{b}"' for i, b in buttons.items()]
    return Screen(package="com.example.grocer", digest=title, lines=shown, actionable=list(buttons), labels=dict(buttons),
                  context=context or {})


def _cands(screen: Screen) -> list[Candidate]:
    out = [Candidate({"kind": "tap", "element": i}, f"tap [{i}]", 1.0) for i in screen.actionable]
    return out + [Candidate({"kind": "back"}, "back", 0.1), Candidate({"kind": "done"}, "finish", 3.0)]


def _best(cands: list[Candidate]) -> dict[str, Any]:
    return max(cands, key=lambda c: c.score).action


BASKET = _screen("Basket", ["Rye bread", "Qty 3 · €7.50", "Oat milk", "Qty 1 · €1.90"],
                 {20: "Remove Rye bread", 21: "Remove Oat milk", 22: "Checkout"},
                 {20: "Rye bread | Qty 3 · €7.50", 21: "Oat milk | Qty 1 · €1.90"})
REMOVED = [{"kind": "tap", "line": "tap [20] Remove Rye bread (in: Rye bread | Qty 3)", "outcome": "success"}]


def test_the_wanted_quantity_of_an_item():
    assert cart_quantity.wanted("I only want one Rye bread in my basket, not 3") == ("Rye bread", 1)
    assert cart_quantity.wanted("basket: Rye bread x2") == ("Rye bread", 2)
    assert cart_quantity.wanted('Make the quantity of "Rye bread" in my cart one again.') == ("Rye bread", 1)
    assert cart_quantity.wanted("Add one Rye bread to my basket") is None
    assert cart_quantity.wanted("Remove Rye bread from my basket") is None


def test_removed_then_added_once_from_its_page_and_never_bought():
    cands = _cands(BASKET)
    cart_quantity.adjust(cands, "I only want one Rye bread in my basket, not 3", BASKET, [])
    assert _best(cands) == {"kind": "tap", "element": 20}
    assert next(c for c in cands if c.action.get("element") == 22).score < 0  # no checkout
    page = _screen("Rye bread", ["€2.50", "Fresh every morning"], {30: "Add to basket", 31: "Basket, 1 item"})
    cands = _cands(page)
    cart_quantity.adjust(cands, "I only want one Rye bread in my basket, not 3", page, REMOVED)
    assert _best(cands) == {"kind": "tap", "element": 30}
    added = REMOVED + [{"kind": "tap", "line": "tap [30] Add to basket", "outcome": "success"}]
    cands = _cands(page)
    cart_quantity.adjust(cands, "I only want one Rye bread in my basket, not 3", page, added)
    assert _best(cands) == {"kind": "done"}


def test_a_stepper_lowers_it_and_the_right_quantity_finishes():
    stepper = _screen("Basket", ["Rye bread", "Qty 3"], {20: "Remove Rye bread", 23: "Decrease"},
                      {20: "Rye bread | Qty 3", 23: "Rye bread | Qty 3"})
    cands = _cands(stepper)
    cart_quantity.adjust(cands, "basket: Rye bread x2", stepper, [])
    assert _best(cands) == {"kind": "tap", "element": 23}
    right = _screen("Basket", ["Rye bread", "Qty 2"], {20: "Remove Rye bread", 23: "Decrease"})
    cands = _cands(right)
    cart_quantity.adjust(cands, "basket: Rye bread x2", right, [])
    assert _best(cands) == {"kind": "done"}


def test_must_not_fire():
    for task in ("Remove Rye bread from my basket", "Buy everything in my basket"):
        cands = _cands(BASKET)
        cart_quantity.adjust(cands, task, BASKET, [])
        assert [c.score for c in cands] == [c.score for c in _cands(BASKET)], task


def test_a_quantity_raised_by_the_rows_plus_or_by_adding_it_again():
    assert cart_quantity.wanted("I need 3 of the Oat milk in my basket, not just one") == ("Oat milk", 3)
    assert cart_quantity.wanted("There's one Oat milk in my basket but I actually want two of them.") == ("Oat milk", 2)
    assert cart_quantity.wanted("Change how many Oat milk I'm buying in Grocer to 3.") == ("Oat milk", 3)
    assert cart_quantity.wanted("I need Oat milk in my basket") is None  # must not fire: no quantity
    stepper = _screen("Basket", ["Oat milk", "Qty 1"], {21: "Remove Oat milk", 24: "+"},
                      {21: "Oat milk | Qty 1", 24: "Oat milk | Qty 1"})
    cands = _cands(stepper)
    cart_quantity.adjust(cands, "I need 3 of the Oat milk in my basket", stepper, [])
    assert _best(cands) == {"kind": "tap", "element": 24}  # its "+", never its Remove
    cands = _cands(BASKET)  # no stepper: removed, then added three times from its page
    cart_quantity.adjust(cands, "I need 3 of the Oat milk in my basket", BASKET, [])
    assert _best(cands) == {"kind": "tap", "element": 21}
    gone = [{"kind": "tap", "line": "tap [21] Remove Oat milk (in: Oat milk | Qty 1)", "outcome": "success"}]
    shop = Screen(package="com.example.grocer", digest="shop", lines=["    Grocer", '[9] EditText "search" = "Search"'],
                  actionable=[9, 12], labels={9: "search", 12: "Basket, 3 items"}, editable={9: "Search"})
    cands = _cands(shop)
    cart_quantity.adjust(cands, "I need 3 of the Oat milk in my basket", shop, gone)
    assert _best(cands) == {"kind": "type", "element": 9, "text": "Oat milk"}  # looked up, not the basket again
    page = _screen("Oat milk", ["€1.90"], {30: "Add to basket"})
    twice = gone + [{"kind": "tap", "line": "tap [30] Add to basket", "outcome": "success"}] * 2
    cands = _cands(page)
    for c in cands:
        c.score -= 3.0 if c.action.get("element") == 30 else 0.0  # the ranker's push-down of a repeated tap
    cart_quantity.adjust(cands, "I need 3 of the Oat milk in my basket", page, twice)
    assert _best(cands) == {"kind": "tap", "element": 30}
    cands = _cands(page)
    cart_quantity.adjust(cands, "I need 3 of the Oat milk in my basket", page, twice + twice[-1:])
    assert _best(cands) == {"kind": "done"}
