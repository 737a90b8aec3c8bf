"""A person's details said as a terse record update their card: invented names and values, with cases that must not fire."""

from cascadroid.agents.values import task_values
from cascadroid.agents.wording import canonical


def test_a_record_of_fields_updates_the_card():
    said = canonical("Ilse Vos: email ilse.vos@kade.nl, address 4820 Kanaalweg, Delft")
    assert said == "give my contact Ilse Vos the email ilse.vos@kade.nl and the address 4820 Kanaalweg, Delft"
    assert {(v.text, v.kind) for v in task_values(said)} >= {("ilse.vos@kade.nl", "email"),
                                                             ("4820 Kanaalweg, Delft", "address")}
    assert canonical("Ilse Vos: mobile +31 6 1234 5678") == "give my contact Ilse Vos the phone number +31 6 1234 5678"


def test_must_not_fire():
    for task in ("Ilse Vos: see you at 5, address later", "Ilse Vos: address is wrong", "Ilse Vos: running late"):
        assert canonical(task).startswith("text Ilse Vos"), task
