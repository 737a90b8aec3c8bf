"""A calculator already showing the sum a task asks answers it with its live result (agents/calc_results.py)."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of


def _calculator(expression: str, result: str, history: list[tuple[str, str]], keys: list[str] | None = None):
    """An invented calculator: a history list, the formula field, the live result under it, the keypad (or
    another keypad: a dialer's)."""
    keys = keys or ["7", "8", "9", "÷", "4", "5", "6", "×", "1", "2", "3", "−", "0", ",", "=", "+"]
    return screen_of(
        node("ListView", (0, 100, 1080, 600), "", "",
             *[node("TextView", (40, 120 + 110 * i, 1040, 230 + 110 * i), f"{e}\n={r}") for i, (e, r) in
               enumerate(history)], scrollable=True),
        node("EditText", (40, 640, 1040, 800), expression, "Fórmula", clickable=True),
        node("TextView", (40, 810, 1040, 900), result),
        *[node("Button", (40 + 260 * (i % 4), 1000 + 200 * (i // 4), 280 + 260 * (i % 4), 1180 + 200 * (i // 4)), k,
               clickable=True) for i, k in enumerate(keys)])


def test_the_live_result_of_the_tasks_sum_answers_it():
    observation, screen = _calculator("2.340×15%", "351", [("980+1.360", "2.340")])
    assert first("quanto dá 15% de 2.340 reais de gorjeta", screen) == {"kind": "done", "answer": "351"}
    observation, screen = _calculator("7.560÷3", "2.520", [("7.560×0,1", "756")])  # three said in words
    assert first("divide os 7.560 do aluguel entre três, quanto fica pra cada?", screen) == \
        {"kind": "done", "answer": "2.520"}


def test_a_sum_without_the_tasks_numbers_is_no_answer():
    observation, screen = _calculator("2.340×15%", "351", [])
    assert first("quanto dá 20% de 2.340?", screen).get("answer") != "351"


def test_a_dialled_number_with_hyphens_is_no_sum():
    """A dialer's number field ("555-0123") over a matching line, with digit, * and # keys only, is no calculator:
    the call is still to make."""
    for number in ("555-0123", "(030) 123-4567", "2024-05-01"):
        observation, screen = _calculator(number, "0123", [], keys=["1", "2", "3", "*", "0", "#"])
        assert first(f"Call {number}", screen).get("kind") != "done"
    observation, screen = _calculator("1.200−350", "850", [])  # a real difference still answers
    assert first("how much is 1.200 minus 350?", screen) == {"kind": "done", "answer": "850"}
