"""A history row (when, and money that moved) is no way to do it again (agents/past_records.py), on invented
wallets in other languages than the real-screen fixtures."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.past_records import is_record


def _wallet():
    return screen_of(
        node("TextView", (40, 160, 1040, 240), "Dompet Kilat"),
        node("LinearLayout", (40, 300, 300, 460), "Pulsa", clickable=True),
        node("LinearLayout", (320, 300, 580, 460), "Listrik", clickable=True),
        node("TextView", (40, 600, 1040, 660), "Riwayat"),
        node("LinearLayout", (0, 680, 1080, 820), "Pulsa Telkomsel 0812 3321 | 12.11.2026 14:02 | -Rp50.000",
             clickable=True),
        node("LinearLayout", (0, 830, 1080, 970), "Token Listrik PLN | 09.11.2026 08:15 | -Rp100.000", clickable=True))


def test_a_new_purchase_taps_the_tile_not_last_weeks_record_that_names_the_same_words():
    observation, screen = _wallet()
    tile = element(observation, text="Pulsa")
    assert first("beli pulsa telkomsel 50 ribu dong", screen) == {"kind": "tap", "element": tile.id}


def test_doing_it_again_keeps_the_record():
    observation, screen = _wallet()
    record = element(observation, text="Pulsa Telkomsel 0812 3321 | 12.11.2026 14:02 | -Rp50.000")
    assert first("beli pulsa telkomsel 0812 3321 lagi", screen) == {"kind": "tap", "element": record.id}


def test_records_are_told_by_a_date_or_time_with_money_that_moved():
    assert is_record("Netflix | 03:12 | −€12.99") and is_record("대리 · 강남역 | 11월 14일 00:12 · 38,000원")
    assert is_record("Mis envíos | Lucía P. · 12 000 ₡ · ayer") and not is_record("Mis envíos | Envía dinero gratis")
    # must not fire: an offer's price beside its arrival time, a meeting's time span, a call from a number
    for label in ("Comfort | 8,90 € | 6 min · 18:20", "Standup 10:00 - 10:15 | Room 4", "+1 650-555-0199 | 2:31 PM"):
        assert not is_record(label), label
