"""A number said with its scale word is typed whole (agents/scaled_numbers.py), and a comparative bounds a filter
(agents/bound_fields.py): Russian, Japanese, Portuguese, Hindi-English, Indonesian, Vietnamese, Turkish, German,
French, Chinese; must-not-fire: a unit that is no scale, a time bounded."""

from __future__ import annotations

from cascadroid.agents.bound_fields import said_limits
from cascadroid.agents.scaled_numbers import scaled


def test_scale_words_multiply_the_digits():
    assert scaled("40", " тысяч рублей") == "40000"
    assert scaled("5", "万円") == "50000"
    assert scaled("3", " mil reais") == "3000"
    assert scaled("1,5", " lakh") == "150000"
    assert scaled("10", " ribu") == "10000"
    assert scaled("50", " nghìn đồng") == "50000"
    assert scaled("15", " Tausend") == "15000"
    assert scaled("2", "k") == "2000"
    assert scaled("1.2", " million") == "1200000"


def test_units_that_are_no_scale_are_left():
    assert scaled("40", " euros") is None
    assert scaled("2", " km") is None
    assert scaled("3", " kilos") is None
    assert scaled("2", " m") is None  # metres, not millions


def test_a_comparative_bounds_from_above_and_its_scale_is_read():
    assert said_limits("хочу айфон не дороже 40 тысяч") == {"max": "40000"}
    assert said_limits("un vélo moins cher que 300 euros") == {"max": "300"}
    assert said_limits("3000 TL'den ucuz telefon") == {"max": "3000"}
    assert said_limits("ein Sofa günstiger als 800 Euro") == {"max": "800"}
    assert said_limits("租房 最多 3千") == {"max": "3000"}
    assert said_limits("erinnere mich bis 18 Uhr") == {}
