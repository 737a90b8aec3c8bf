"""A number said right after a word that names a form's field, typed into that field (agents/numbered_fields.py)."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.numbered_fields import said_numbers
from tests.fixtures_uidump import node, screen_of

_APP = "br.example.contaluz"


def _bill_form(hint: str = "Digite aqui", caption: str = "Código da instalação") -> object:
    """An invented Portuguese utility app: a captioned number box (its hint dumped as its text), a value box, and
    recent payments showing other installation codes."""
    rows = [node("android.widget.LinearLayout", (0, 1200 + 150 * k, 1080, 1350 + 150 * k),
                 node("android.widget.TextView", (40, 1220 + 150 * k, 900, 1280 + 150 * k), text=name),
                 node("android.widget.TextView", (40, 1285 + 150 * k, 900, 1330 + 150 * k), text=f"Instalação {code}"),
                 click=True)
            for k, (name, code) in enumerate([("Casa da praia", "778120"), ("Loja centro", "309944")])]
    return screen_of(
        _APP,
        node("android.widget.TextView", (40, 160, 800, 230), text="Pagar conta"),
        node("android.widget.TextView", (40, 460, 1040, 520), text=caption),
        node("android.widget.EditText", (40, 530, 1040, 680), text=hint, click=True, rid=f"{_APP}:id/input1"),
        node("android.widget.TextView", (40, 720, 1040, 780), text="Valor (R$)"),
        node("android.widget.EditText", (40, 790, 1040, 940), text="Digite aqui", click=True, rid=f"{_APP}:id/input2"),
        node("androidx.recyclerview.widget.RecyclerView", (0, 1200, 1080, 1500), *rows, scroll=True),
    )


def _typed(screen: object, task: str) -> dict:
    return rank(task, "", screen, [], [])[0].action


def test_the_number_after_the_word_of_a_fields_caption_goes_into_that_field() -> None:
    screen = _bill_form()
    action = _typed(screen, "quero pagar a instalação 445 1020 da casa nova")
    assert action["kind"] == "type" and action["text"] == "4451020"
    assert action["element"] == min(screen.editable)  # the captioned box, not the value box


def test_the_hint_shown_as_text_names_the_field_too() -> None:
    screen = _bill_form(hint="Kode pelanggan", caption="")  # no caption: the box shows its hint (Indonesian words)
    action = _typed(screen, "bayar tagihan pelanggan 40991 ya")
    assert action == {"kind": "type", "element": min(screen.editable), "text": "40991"}


def test_said_numbers_reads_a_word_then_a_number_and_skips_sums_and_short_counts() -> None:
    assert said_numbers("Kundennummer: 40017 eintragen") == [("Kundennummer", "40017")]
    assert said_numbers("código #4821-77 por favor") == [("código", "482177")]
    assert said_numbers("send 3 photos") == [] and said_numbers("envia R$ 500 pro Zé") == []
    assert said_numbers("wyślij 250 zł Oli") == [] and said_numbers("pay 1500 naira") == []


def test_must_not_fire_when_no_field_is_named_by_the_word_or_the_field_holds_digits() -> None:
    screen = _bill_form()
    assert not any(c.action.get("text") == "4451020" for c in rank("liga para o vizinho 445 1020", "", screen, [], [])
                   if c.action.get("kind") == "type" and c.score >= 3.8)  # "vizinho" names no field
    held = _bill_form(hint="9981 2200")  # the box holds a number already
    assert not any(c.action == {"kind": "type", "element": min(held.editable), "text": "4451020"}
                   for c in rank("quero pagar a instalação 445 1020", "", held, [], []))


def test_a_house_number_starts_an_address_and_is_no_number_alone() -> None:
    assert said_numbers("set the address of Ilse Vos to 4820 Kanaalweg, Delft") == []
    assert said_numbers("Kundennummer 40017 eintragen") == [("Kundennummer", "40017")]


def test_a_field_holding_the_name_the_task_says_is_filled_not_named_by_it() -> None:
    filled = _bill_form(hint="Rita Lopes", caption="")  # the box holds the payee the task names: a value, no hint
    assert not any(c.action == {"kind": "type", "element": min(filled.editable), "text": "4451020"} and c.score >= 3.8
                   for c in rank("transfere para a Rita Lopes 4451020", "", filled, [], []))
