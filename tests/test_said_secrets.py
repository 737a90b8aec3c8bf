"""A password or code said in words is a value to type into the secret's field (agents/values.py): invented
networks and passwords, in the languages phones ship."""

import pytest

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import Screen
from cascadroid.agents.values import task_values
from cascadroid.agents.wording import canonical


@pytest.mark.parametrize(("task", "secret"), [
    ("join the library wifi, the password is Books#2031", "Books#2031"),
    ("connecte-toi au wifi de l'hôtel, le code c'est vague77", "vague77"),
    ("la contraseña es Gato.2020", "Gato.2020"), ("密码是abc12345", "abc12345"), ("비밀번호는 qwer1234", "qwer1234"),
    ("パスワードはHana2024です", "Hana2024"),
])
def test_a_secret_said_in_words_is_typed(task, secret):
    assert [(v.text, v.kind) for v in task_values(canonical(task))] == [(secret, "secret")]


@pytest.mark.parametrize("task", ["the code is from Bob", "what is the wifi password?", "change my password",
                                  "the password is in my notes"])
def test_no_secret_where_none_is_given(task):
    assert not [v for v in task_values(canonical(task)) if v.kind == "secret"]


def test_the_secret_goes_into_the_password_field_not_a_button_sharing_the_word_code():
    labels = {3: "Scan QR code", 4: "Password", 5: "Show password", 6: "Connect"}
    lines = ['[3] Button "Scan QR code"', '[4] EditText "Password" (field, password, empty)', '[5] CheckBox "Show password"',
             '[6] Button "Connect"']
    screen = Screen(package="com.example.settings", digest="w", lines=lines, actionable=list(labels), labels=labels,
                    editable={4: ""}, bounds={i: [0, 200 + 160 * n, 1080, 350 + 160 * n] for n, i in enumerate(labels)},
                    width=1080)
    first = rank("join the wifi, the code is tide-4471", "", screen, [], [])[0]
    assert first.action == {"kind": "type", "element": 4, "text": "tide-4471"}
