"""A sum said with its currency, typed as digits into the empty amount field (agents/money_amounts.py)."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.money_amounts import said_amount
from cascadroid.agents.perceptor import Screen
from tests.screens_made import made_screen


def _form(amount_label: str, amount_id: str = "") -> Screen:
    rows = [("LinearLayout", "Ayşe Demir | TR12 0006 1005 1978 6457 8413 26"), ("LinearLayout", "Ayşe Demir · 75 lira")]
    screen = made_screen("tr.example.banka", "Para transferi", rows, {amount_label: "", "Açıklama (isteğe bağlı)": ""})
    if amount_id:
        screen.locators[7]["resource_id"] = f"tr.example.banka:id/{amount_id}"
    return screen


def test_the_sum_said_with_its_currency_goes_into_the_amount_field_as_digits() -> None:
    screen = _form("Tutar")
    assert rank("Ayşe'ye 120 lira gönder", "", screen, [], [])[0].action == {"kind": "type", "element": 7, "text": "120"}
    screen = _form("Qiymət", amount_id="amountInput")  # a label no list here knows: the id says amount
    assert rank("Ayşe'ye 120 lira gönder", "", screen, [], [])[0].action == {"kind": "type", "element": 7, "text": "120"}
    assert said_amount("переведи 1 500 рублей Ане") == "1500" and said_amount("₸ 2 000 to Aigerim") == "2000"


def test_must_not_fire_without_a_currency_or_an_amount_field() -> None:
    assert said_amount("send 3 photos to Ayşe") is None and said_amount("a 50 GB plan") is None
    assert said_amount("beliin 2 dong") is None and said_amount("the 2 real ones") is None  # a particle, a plain word
    screen = _form("Not")
    assert not any(c.action.get("text") == "120" and c.action.get("element") == 7
                   for c in rank("Ayşe'ye 120 lira gönder", "", screen, [], []))


def _zero_form(shown: str) -> Screen:
    """An invented Polish wallet: the amount box shows the zero its hint holds, a chip offers the last sum."""
    rows = [("LinearLayout", "Ola Nowak | +48 600 100 200"), ("Button", "35 zł | Ostatnio: 35 zł")]
    screen = made_screen("pl.example.portfel", "Przelew", rows, {"text field": shown, "Wiadomość (opcjonalnie)": ""})
    screen.locators[7]["resource_id"] = "pl.example.portfel:id/amountBox"
    return screen


def test_a_field_showing_a_zero_sum_is_empty_and_short_currency_forms_are_read() -> None:
    for shown in ("0 zł", "0,00", "zł 0"):
        assert rank("przelej 40 zł Oli za bilety", "", _zero_form(shown), [], [])[0].action == {
            "kind": "type", "element": 7, "text": "40"}, shown
    assert said_amount("kirimin Rp 25.000 ke Budi") == "25.000" and said_amount("send 90 kr til Per") == "90"
    assert said_amount("achète 500 F de crédit") == "500" and said_amount("manda R$ 30 pro Zé") == "30"


def test_must_not_fire_on_a_field_holding_a_sum_or_a_count_without_currency() -> None:
    assert not any(c.action == {"kind": "type", "element": 7, "text": "40"}
                   for c in rank("przelej 40 zł Oli", "", _zero_form("15 zł"), [], []))  # a sum typed already
    assert said_amount("kirim 3 foto ke Budi") is None and said_amount("przelej Oli 2 razy") is None


def test_a_field_showing_its_hint_that_names_an_amount_takes_the_sum() -> None:
    for shown in ("Zadejte částku", "Částka", "请输入金额"):
        rows = [("LinearLayout", "Petr Malý | 777 123 456"), ("Button", "200 Kč | Naposledy")]
        screen = made_screen("cz.example.platby", "Poslat", rows, {"text field": shown, "Zpráva": ""})
        assert rank("pošli Petrovi 150 Kč", "", screen, [], [])[0].action == {"kind": "type", "element": 7, "text": "150"}, shown
    rows = [("LinearLayout", "Petr Malý | 777 123 456")]
    screen = made_screen("cz.example.platby", "Poslat", rows, {"text field": "Zpráva pro příjemce"})  # no amount: a note
    assert not any(c.action.get("text") == "150" for c in rank("pošli Petrovi 150 Kč", "", screen, [], []))


def test_a_field_showing_a_zero_with_its_currency_is_the_amount_field_without_any_id() -> None:
    screen = _zero_form("0 zł")
    screen.locators[7]["resource_id"] = ""  # a Compose or web form: no ids
    assert rank("przelej 40 zł Oli za bilety", "", screen, [], [])[0].action == {"kind": "type", "element": 7, "text": "40"}
    screen = _zero_form("0,00")
    screen.locators[7]["resource_id"] = ""  # must not fire: a bare zero names no sum without an id or a currency
    assert rank("przelej 40 zł Oli za bilety", "", screen, [], [])[0].action != {"kind": "type", "element": 7, "text": "40"}


def _amount_step(zero: str, focused: bool = True) -> Screen:
    """An invented wallet's amount step: the focused amount box labelled by the zero sum it shows, a method row."""
    rows = [("Button", "Cerrar"), ("LinearLayout", "Transferencia | Al instante, sin costo"), ("Button", "Seguir")]
    screen = made_screen("mx.example.cartera", "Enviar dinero", rows, {zero: ""})
    if focused:
        screen.lines[-1] = screen.lines[-1].replace("(field)", "(field, empty, focused)")
    return screen


def test_a_number_said_alone_goes_into_the_focused_amount_field_and_money_said_in_slang_is_a_currency() -> None:
    for zero in ("$ 0.00", "R$ 0,00", "0 ₴"):
        for task in ("mándale 75 a Lucía", "faz uma transferência de 75", "kirim 75 ke Budi", "send 75 bucks"):
            assert rank(task, "", _amount_step(zero), [], [])[0].action == {"kind": "type", "element": 8, "text": "75"}, (
                zero, task)
    assert said_amount("págame los 20 pavos") == "20" and said_amount("lend me 10 quid") == "10"
    assert said_amount("скинь 100 баксов") == "100" and said_amount("faz um pix de 40 conto") == "40"


def test_a_word_naming_a_thing_as_well_as_money_is_no_currency() -> None:
    from cascadroid.agents import promotions

    for task in ("compra 4 pilas AA", "buy 3 mangos", "trae 6 pilas para el control", "kauf 5 Mangos"):
        assert said_amount(task) is None, task  # batteries, the fruit
    assert not promotions.offer("Buy 3 mangos, get 1 free") and not promotions.offer("Lleva 4 pilas, paga 3 hoy")


def test_a_number_that_identifies_something_is_no_sum() -> None:
    from cascadroid.agents.money_amounts import _bare_number

    for task in ("pay invoice 4521", "recarga mi número 0991234567", "send to account 2", "bezahle Rechnung 88",
                 "оплати заказ 7731", "top up 0812345678"):
        assert _bare_number(task) is None, task
    assert _bare_number("faz um pix de 50") == "50" and _bare_number("send 0.50 to Ana") == "0.50"
    assert rank("pay invoice 4521", "", _amount_step("$ 0.00"), [], [])[0].action != \
        {"kind": "type", "element": 8, "text": "4521"}


def test_must_not_fire_on_a_count_a_second_number_or_an_amount_field_not_in_front() -> None:
    for task in ("mándale 3 fotos a Lucía", "a 50 GB plan", "split 90 between 3 people", "at 5pm"):
        first_ = rank(task, "", _amount_step("$ 0.00"), [], [])[0].action
        assert first_.get("text") not in ("3", "50", "90", "5"), task  # no bare digits typed as the sum
    assert rank("mándale 75 a Lucía", "", _amount_step("$ 0.00", focused=False), [], [])[0].action.get("kind") != "type"


def test_the_only_field_under_the_keyboard_takes_a_number_said_alone() -> None:
    """A dump that lost the field's focus (Flutter, React Native) while the keyboard is up over the amount step: the
    one field there takes the keys; a linking word of the purpose after the number ("ya", "za") counts nothing."""
    screen = _amount_step("$ 0.00", focused=False)
    screen.keyboard_shown = True
    for task in ("mándale 75 a Lucía", "mtumie Juma 75 ya chakula", "przelej Oli 75 za obiad"):
        assert rank(task, "", screen, [], [])[0].action == {"kind": "type", "element": 8, "text": "75"}, task
    two = made_screen("mx.example.cartera", "Enviar dinero", [("Button", "Seguir")], {"$ 0.00": "", "Concepto": ""})
    two.keyboard_shown = True  # two fields: which one takes the keys is not known
    assert rank("mándale 75 a Lucía", "", two, [], [])[0].action.get("kind") != "type"
