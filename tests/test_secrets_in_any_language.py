"""A secret said in words in any language ("the password for X is Y", a dash, Hebrew "הסיסמה ... היא Y", signs such
as "!" in it) is read as a secret (agents/values.py), and it goes into the masked field, or the one named a password
in the screen's language, not into the focused field that already holds the account (agents/fields.py)."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of

from cascadroid.agents.values import task_values


def _secrets(task: str) -> list[str]:
    return [v.text for v in task_values(task) if v.kind == "secret"]


def test_a_secret_is_read_past_the_words_naming_whose_it_is_a_copula_of_any_language_and_its_signs():
    assert _secrets("the password for my bank is Tr0ub4dor&3x, enter it") == ["Tr0ub4dor&3x"]
    assert _secrets("пароль от почты — Kq9!mz42Lp, введи его") == ["Kq9!mz42Lp"]
    assert _secrets("la password del wifi di casa è Gatto!2024") == ["Gatto!2024"]
    assert _secrets("הסיסמה של הראוטר בבית היא Zr8?wq31, תזין אותה") == ["Zr8?wq31"]
    assert _secrets("the code is 4821!") == ["4821"]  # the sentence's end is no part of it


def test_must_not_read_a_secret_where_none_is_said():
    assert _secrets("what is the wifi password?") == []
    assert _secrets("change the password of my account, it is too old") == []
    assert _secrets("the key to the shed is under the mat") == []


def _login(user_label: str, pass_label: str, account: str, button: str):
    """An invented mail app's sign-in form: the account field focused and filled, the password field masked."""
    masked = node("EditText", (40, 700, 1040, 840), "", "", hint=pass_label, rid="com.example.app:id/pw",
                  clickable=True).replace('resource-id="com.example.app:id/pw"',
                                          'resource-id="com.example.app:id/pw" password="true"')
    return screen_of(node("TextView", (40, 200, 1040, 300), "Почта"),
                     node("EditText", (40, 500, 1040, 640), account, "", hint=user_label, rid="com.example.app:id/login",
                          clickable=True, focused=True),
                     masked,
                     node("Button", (40, 900, 1040, 1020), button, "", clickable=True))


def test_a_said_secret_goes_into_the_masked_field_not_the_focused_account_field():
    observation, screen = _login("Логин", "Пароль", "ivan.petrov@mail.ru", "Войти")
    field = next(e.id for e in observation.elements if e.resource_id == "com.example.app:id/pw")
    action = first("пароль от почты — Kq9!mz42Lp, введи его", screen)
    assert action["kind"] == "type" and action["element"] == field and action["text"] == "Kq9!mz42Lp"
    observation, screen = _login("שם משתמש", "סיסמה", "noa.cohen@walla.co.il", "התחבר")
    field = next(e.id for e in observation.elements if e.resource_id == "com.example.app:id/pw")
    action = first("הסיסמה של המייל היא Zr8?wq31, תכניס אותה", screen)
    assert action["kind"] == "type" and action["element"] == field and action["text"] == "Zr8?wq31"
