"""A limit said in the task goes into the filter's empty maximum or minimum field (agents/bound_fields.py): invented
shopping and housing filters in German, English and Russian; must-not-fire: a time bounded, a field holding a value."""

from __future__ import annotations

from test_ui_conventions import element, node, screen_of

from cascadroid.agents.bound_fields import adjust, said_limits
from cascadroid.agents.candidates import Candidate


def _price_filter(low: str, high: str, low_text: str = "", high_text: str = ""):
    """A filter sheet (invented "Wohnfix"): a price range's two fields, a size range's two, the apply button."""
    return screen_of(node("TextView", (40, 200, 1040, 280), "Filter"),
                     node("EditText", (40, 400, 510, 520), low_text, low, clickable=True, focused=True),
                     node("EditText", (570, 400, 1040, 520), high_text, high, clickable=True),
                     node("EditText", (40, 700, 510, 820), "", "Fläche min", clickable=True),
                     node("EditText", (570, 700, 1040, 820), "", "Fläche max", clickable=True),
                     node("Button", (40, 2000, 1040, 2120), "412 Ergebnisse anzeigen", clickable=True))


def _typed(task: str, screen) -> list[dict]:
    out = [Candidate({"kind": "tap", "element": 1}, "tap", 1.0)]
    adjust(out, task, screen, Candidate)
    return [c.action for c in out if c.action["kind"] == "type"]


def test_the_limit_goes_into_its_end():
    observation, screen = _price_filter("Preis von", "Preis bis", "Min", "Max")
    high = element(observation, text="Max").id
    assert _typed("Wohnung in Köln bis 1200 Euro warm", screen) == [{"kind": "type", "element": high, "text": "1200"}]
    assert _typed("headphones under $150", screen) == [{"kind": "type", "element": high, "text": "150"}]
    low = element(observation, text="Min").id
    assert _typed("квартира от 40000 рублей", screen) == [{"kind": "type", "element": low, "text": "40000"}]
    assert said_limits("phones from 200 to 400 dollars") == {"min": "200", "max": "400"}
    assert said_limits("3500'e kadar kiralık daire") == {"max": "3500"}


def test_no_limit_where_a_time_is_bounded_or_the_field_is_filled():
    _, screen = _price_filter("Preis von", "Preis bis", "Min", "Max")
    assert _typed("erinnere mich bis 18 Uhr", screen) == []
    assert said_limits("5万円以下のカメラ") == {"max": "50000"}  # the multiplier read (agents/scaled_numbers.py)
    _, screen = _price_filter("Preis von", "Preis bis", "Min", "1200")
    assert _typed("Wohnung bis 1200 Euro", screen) == []
