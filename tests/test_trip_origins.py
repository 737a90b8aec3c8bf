"""The start of a trip a task names goes into the route form's start field first (agents/trip_origins.py):
invented route forms with no ids, in several languages; tasks naming no start, and forms with one field."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.trip_origins import origin


def _route(start_hint: str, end_hint: str):
    return screen_of(node("EditText", (120, 280, 960, 380), "", "", clickable=True, hint=start_hint),
                     node("EditText", (120, 400, 960, 500), "", "", clickable=True, hint=end_hint),
                     node("View", (0, 600, 1080, 760), "Recent: Harbour Park", clickable=True))


def test_the_start_said_in_many_languages():
    said = {"from Harbour Park to the museum": "Harbour Park", "de Atocha a Barajas": "Atocha",
            "von Köln nach Bonn": "Köln", "dari Gambir ke Bandung": "Gambir", "渋谷から横浜まで": "渋谷",
            "从北京到上海": "北京", "강남에서 홍대까지": "강남", "Kadıköy'den Beşiktaş'a": "Kadıköy",
            "दिल्ली से आगरा तक": "दिल्ली"}
    assert {task: origin(task) for task in said} == said
    assert origin("directions to the museum") is None


def test_the_start_field_takes_the_start_first():
    for hints, task, start in ((("From", "To"), "train from Harbour Park to Old Mill", "Harbour Park"),
                               (("出発地を入力", "到着地を入力"), "港町から山手までの行き方", "港町"),
                               (("Desde", "Hasta"), "cómo ir de Atocha a Barajas", "Atocha")):
        observation, screen = _route(*hints)
        assert first(task, screen) == {"kind": "type", "element": element(observation, hint=hints[0]).id,
                                       "text": start}, task


def test_no_start_said_types_no_start():
    observation, screen = _route("From", "To")
    assert first("directions to Old Mill", screen) != {"kind": "type", "element": element(observation, hint="From").id,
                                                       "text": "Old Mill"}
