"""A quoted text goes into the empty field the task names beside it (agents/fields.py, values.Value.near).
Invented bank and forms."""

from __future__ import annotations

from test_dates import node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.device.types import AppInfo

PKG = "org.example.bank"
APPS = [AppInfo(label="Bankly", package=PKG)]
TV, ET = "android.widget.TextView", "android.widget.EditText"


def transfer_form(*fields: tuple[str, str]):
    """A filled-in transfer form: each field's label above it, its text (empty: not filled in yet)."""
    nodes = [node(TV, "Transfer", bounds=(40, 100, 600, 200))]
    for i, (label, text) in enumerate(fields):
        nodes.append(node("android.widget.LinearLayout", bounds=(60, 300 + 200 * i, 1020, 470 + 200 * i), children=(
            node(TV, label, bounds=(60, 300 + 200 * i, 1020, 360 + 200 * i)),
            node(ET, text, bounds=(60, 370 + 200 * i, 1020, 470 + 200 * i), flags="clickable"))))
    return screen_of(PKG, *nodes, node("android.widget.Button", "Continue", bounds=(60, 2000, 1020, 2120), flags="clickable"))


def typed(task: str, screen) -> tuple[str, str]:
    first = rank(task, "", screen, APPS, [])[0]
    assert first.action["kind"] == "type", first.text
    return first.action["text"], screen.labels[first.action["element"]]


def test_a_quote_goes_into_the_field_named_beside_it_in_any_form():
    screen = transfer_form(("Alıcı", "Zeynep Kaya"), ("Tutar", "2.500,00"), ("Referans", ""))
    assert typed("Zeynep'e aidatı gönderiyorum, referansa 'Nisan aidatı' yaz", screen) == ("Nisan aidatı", "Referans")
    screen = transfer_form(("Payee", "Tom Reed"), ("Amount", "40.00"), ("Reference", ""))
    assert typed("paying Tom back, put 'pizza night' as the reference", screen)[0] == "pizza night"


def test_a_quote_beside_no_field_name_is_not_typed_into_a_filled_or_other_field():
    screen = transfer_form(("Payee", "Tom Reed"), ("Amount", "40.00"), ("Reference", "pizza"))
    first = rank("find the 'pizza night' payment to Tom", "", screen, APPS, [])[0]
    assert first.action["kind"] != "type"  # a quote naming an item to find is not typed into a field
