"""The static filter: the allowed subset passes, everything else is refused with line and reason."""

from __future__ import annotations

import pytest

from cascadroid.errors import ProgramRejected
from cascadroid.tools import check_program

TOOLS = {"get_weather", "send_sms", "find_contact"}

GOOD = '''
contact = find_contact("Bob")
cities = ["Paris", "Rome"]
temps = {}
for city in cities:
    w = get_weather(city)
    temps[city] = w["temp_c"]
warm = [c for c, t in temps.items() if t > 20]
if len(warm) > 0 and contact["phone"].startswith("+"):
    text = f"Warm in {', '.join(sorted(warm))}: {max(temps.values()):.1f} C"
    send_sms(contact["phone"], text=text)
elif not warm:
    text = "no warm city"
else:
    pass
total = 0
for i in range(3):
    total += i * 2
result = {"text": text, "total": total, "first": cities[0][:3]}
'''


def test_allowed_subset_passes_and_tool_calls_are_counted() -> None:
    checked = check_program(GOOD, TOOLS)
    assert [name for _, name in checked.tool_call_sites] == ["find_contact", "get_weather", "send_sms"]
    assert checked.tool_call_sites[1][0] == 6


REJECTED = [
    ("import os", 1, 1, "imports are not allowed"),
    ("x = 1\nfrom os import path", 2, 1, "imports are not allowed"),
    ("while True:\n    pass", 1, 1, "while loops are not allowed"),
    ("def f():\n    pass", 1, 1, "defining functions is not allowed"),
    ("f = lambda: 1", 1, 5, "lambda is not allowed"),
    ("class A:\n    pass", 1, 1, "defining classes is not allowed"),
    ("try:\n    x = 1\nexcept Exception:\n    pass", 1, 1, "try/except is not allowed"),
    ("x = ''\ny = x.__class__", 2, 5, "attribute `.__class__` is not allowed"),
    ("x = 'a'.format(1)", 1, 5, "method `.format` is not allowed"),
    ("x = 'a'\ny = x.upper", 2, 5, "attribute access `.upper` is not allowed"),
    ("x = __builtins__", 1, 5, "names starting with `_` are not allowed"),
    ("x = getattr('', 'upper')", 1, 5, "`getattr` is not available"),
    ("x = eval('1')", 1, 5, "`eval` is not available"),
    ("x = get_weather", 1, 5, "`get_weather` can only be called"),
    ("f = len\nx = f([])", 1, 5, "`len` can only be called"),
    ("send_sms = 1", 1, 1, "names a tool or builtin"),
    ("x = helper(1)", 1, 5, "`helper` is not a registered tool"),
    ("x = ...", 1, 5, "`...` is a placeholder"),
    ("x = b'abc'", 1, 5, "bytes literals are not allowed"),
    ("d = {}\nsend_sms(**d)", 2, 10, "`**` unpacking"),
    ("x = [*range(3)]", 1, 6, "starred expressions"),
    ("x = 1\ny = f'{x:{x}}'", 2, 5, "format specs must be literal"),
    ("x = 1\ny = f'{x:>999999}'", 2, 5, "format spec '>999999' is not allowed"),
    ("if (n := 3):\n    pass", 1, 5, "walrus"),
    ("for i in range(3):\n    pass\nelse:\n    pass", 1, 1, "for ... else"),
    ("return 1", 1, 1, "return is not allowed: assign the answer to `result`"),
    ("x = {1, 2}", 1, 5, "set literals are not allowed"),
    ("del x", 1, 1, "del is not allowed"),
    ("global x", 1, 1, "global is not allowed"),
    ("x = 1 << 3", 1, 5, "LShift is not allowed"),
    ("", 0, 1, "the program is empty"),
]


@pytest.mark.parametrize(("source", "line", "col", "reason"), REJECTED, ids=[r[3][:30] for r in REJECTED])
def test_forbidden_constructs_are_rejected_with_line_col_and_reason(source: str, line: int, col: int, reason: str) -> None:
    with pytest.raises(ProgramRejected) as info:
        check_program(source, TOOLS)
    problems = info.value.problems  # type: ignore[attr-defined]
    assert any(reason in p.message for p in problems), problems
    first = next(p for p in problems if reason in p.message)
    assert (first.line, first.col) == (line, col)
    assert f"line {line}, col {col}: " in str(info.value)


def test_syntax_errors_name_the_line() -> None:
    with pytest.raises(ProgramRejected, match=r"line 2, col \d+: syntax error"):
        check_program("x = 1\ny = (", TOOLS)


def test_unicode_lookalike_identifiers_are_normalised_and_refused() -> None:
    # Python applies NFKC to identifiers: fullwidth "ｅｖａｌ" is the name "eval".
    with pytest.raises(ProgramRejected, match="`eval` is not available"):
        check_program("x = ｅｖａｌ('1')", TOOLS)
    with pytest.raises(ProgramRejected, match="names starting with `_`"):
        check_program("x = _＿import__('os')", TOOLS)


def test_every_problem_is_listed_not_only_the_first() -> None:
    with pytest.raises(ProgramRejected) as info:
        check_program("import os\nx = open('f')\nwhile 1:\n    pass", TOOLS)
    lines = sorted(p.line for p in info.value.problems)  # type: ignore[attr-defined]
    assert lines == [1, 2, 3]


def test_oversized_and_deeply_nested_programs_are_refused() -> None:
    with pytest.raises(ProgramRejected, match="characters, more than"):
        check_program("x = 1\n" * 5000, TOOLS)
    with pytest.raises(ProgramRejected, match="nest deeper"):
        check_program("x = " + "[" * 60 + "]" * 60, TOOLS)
    with pytest.raises(ProgramRejected):
        check_program("x = " + "(" * 500 + "1" + ")" * 500, TOOLS)
