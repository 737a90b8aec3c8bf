"""Dry run against typed stubs: catches arity, types, unbound names and runaway loops; calls nothing real."""

from __future__ import annotations

from typing import Literal

import pytest
from pydantic import BaseModel

from cascadroid.errors import DryRunError
from cascadroid.tools import ToolRegistry, dry_run
from cascadroid.tools._typing import UNKNOWN, dummy_value, type_mismatch


class Address(BaseModel):
    street: str
    zip_code: int


class Person(BaseModel):
    name: str
    age: int | None
    address: Address
    tags: list[str]


def test_dummy_values_follow_the_declared_types() -> None:
    assert dummy_value(str) == "str_value"
    assert dummy_value(int) == 1
    assert dummy_value(float) == 1.0
    assert dummy_value(bool) is True
    assert dummy_value(list[str]) == ["str_value"]
    assert dummy_value(dict[str, int]) == {"str_value": 1}
    assert dummy_value(int | None) == 1
    assert dummy_value(Literal["on", "off"]) == "on"
    assert dummy_value(None) is None
    assert dummy_value(Person) == {
        "name": "str_value", "age": 1, "address": {"street": "str_value", "zip_code": 1}, "tags": ["str_value"],
    }


def test_type_mismatch_explains_what_was_expected() -> None:
    assert type_mismatch("x", str) is None
    assert type_mismatch(1, float) is None
    assert type_mismatch(True, int) == "expected int, got bool True"
    assert type_mismatch(["a", 2], list[str]) == "an item of the list: expected str, got int 2"
    assert type_mismatch({"name": "x"}, Person) == "the Person dict lacks ['age', 'address', 'tags']"
    assert type_mismatch(UNKNOWN, int) is None


def test_dry_run_calls_no_real_tool(tools_world, tools_registry: ToolRegistry) -> None:
    source = 'c = find_contact("bob")\nw = get_weather("Paris")\nsend_sms(c["phone"], f"{w[\'temp_c\']} C")'
    report = dry_run(source, tools_registry)
    assert [name for _, name in report.tool_calls] == ["find_contact", "get_weather", "send_sms"]
    assert tools_world.real_calls == 0
    assert tools_world.outbox == []


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ('w = get_weather("Paris", "FR")', r"line 1: get_weather\(\) takes 1 arguments but 2 were given; signature: get_weather\(city: str\) -> Weather"),
        ("send_sms(phone='+1')", r"send_sms\(\) is missing required argument\(s\) \['text'\]"),
        ('get_weather(city=3)', r"get_weather\(\) argument `city`: expected str, got int 3"),
        ('c = find_contact("bob")\nsend_sms(c, "hi")', r"line 2: send_sms\(\) argument `phone`: expected str, got dict"),
        ('x = 1\nsend_sms(phone, "hi")', r"line 2: `phone` is used before it is assigned"),
        ('w = get_weather("Rome")\nt = w["temp_c"] + " C"', r"line 2: cannot add float and str"),
        ('cs = list_cities()\nn = cs.lower()', r"line 2: list has no allowed method `.lower`"),
        ("for i in range(100):\n    for j in range(100):\n        for k in range(100):\n            x = 1", "step budget"),
        ("for i in range(10 ** 6):\n    x = 1", r"range\(\) of 1000000 items"),
    ],
)
def test_faults_raise_dry_run_errors_with_line_and_message(tools_registry: ToolRegistry, source: str, message: str) -> None:
    with pytest.raises(DryRunError, match=message) as info:
        dry_run(source, tools_registry)
    assert info.value.hint


def test_errors_in_branches_the_dummies_do_not_take_are_found(tools_registry: ToolRegistry) -> None:
    source = 'w = get_weather("Paris")\nif w["condition"] == "rain":\n    send_sms(42, "take an umbrella")\nresult = w'
    with pytest.raises(DryRunError, match=r"line 3: send_sms\(\) argument `phone`: expected str, got int 42"):
        dry_run(source, tools_registry)


def test_errors_that_only_dummy_values_cause_are_absorbed(tools_registry: ToolRegistry) -> None:
    source = (
        "cities = list_cities()\n"
        "third = cities[2]\n"  # the dummy list has one item
        'temp = int(get_weather(third)["condition"])\n'  # "str_value" is not a number
        "send_sms('+1', f'{third}: {temp}')\n"
        "result = temp"
    )
    report = dry_run(source, tools_registry)
    assert [name for _, name in report.tool_calls] == ["list_cities", "get_weather", "send_sms"]


def test_a_literal_key_missing_from_a_result_record_is_caught(tools_registry: ToolRegistry) -> None:
    with pytest.raises(DryRunError, match=r"line 2: the dict has no key 'temperature'; its keys: \['city', 'condition', 'temp_c'\]"):
        dry_run('w = get_weather("Rome")\nt = w["temperature"]', tools_registry)
    # keys of dict[str, ...] values are data, not fields: a miss there depends on the dummies
    dry_run('d = {}\nfor c in list_cities():\n    d[c] = 1\nx = d["Rome"]', tools_registry)
