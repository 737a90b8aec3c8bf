"""An account's handle in a task ("mein Nutzername ist @lumi_k7", "sign in as @pebble.dev"): a value to type, the
account's name without its "@", into a sign-in or search field; an e-mail address or a web address is no handle."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.values import task_values
from tests.screens_made import made_screen


def _kinds(task: str) -> list[tuple[str, str]]:
    return [(v.text, v.kind) for v in task_values(task)]


def test_a_handle_is_read_without_its_at_sign_in_any_language() -> None:
    assert ("lumi_k7", "handle") in _kinds("melde mich an, mein Nutzername ist @lumi_k7")
    assert ("pebble.dev", "handle") in _kinds("sign in as @pebble.dev.")
    assert ("tomo_42", "handle") in _kinds("ログインして、ユーザー名は @tomo_42")


def test_an_email_address_or_a_web_address_holding_an_at_is_no_handle() -> None:
    assert _kinds("sign in with ines@mailbox.example") == [("ines@mailbox.example", "email")]
    assert all(kind != "handle" for _, kind in _kinds("open quillpad.example/@ines"))
    assert all(kind != "handle" for _, kind in _kinds('text Bo "meet @ 5"'))


def test_the_handle_is_typed_into_the_focused_sign_in_field_in_another_language() -> None:
    screen = made_screen("com.example.chirp", "Anmelden", [("Button", "Passwort vergessen?"), ("Button", "Weiter")],
                         {"Telefon, E-Mail oder Nutzername": ""})
    top = rank("log into chirp, my username is @lumi_k7", "", screen, [], [])[0].action
    assert top == {"kind": "type", "element": 7, "text": "lumi_k7"}


def test_a_message_field_takes_the_message_not_the_handle_it_mentions() -> None:
    screen = made_screen("com.example.chat", "Grupo", [("View", "hola")], {"Mensaje": ""})
    top = rank('reply "nos vemos a las 8" to @lumi_k7', "", screen, [], [])[0].action
    assert top.get("text") == "nos vemos a las 8"
