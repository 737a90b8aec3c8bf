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


def test_yesterday_and_days_ago_with_a_sum_are_records_in_many_languages():
    for label in ("Marta K. | ieri | Hai inviato 40 €", "Jonas | vakar | 25 €", "Ama | jiya | ₦ 2,000",
                  "Sipho | izolo | 150 ZAR", "Lena | vor 2 Tagen | 12,50 €", "Pablo | hace 3 días | 20 €",
                  "Aiko | 3日前 | ¥1,200", "민수 | 2일 전 | 15,000원", "Kofi | 2 days ago | GH₵ 40",
                  "Nimal | ඊයේ | Rs 900", "Giorgi | გუშინ | 30 ₾"):
        assert is_record(label), label
    # must not fire: a price to pay today, a booking for two, a delivery before a time of day
    for label in ("Lieferung heute | 4,99 €", "Table for 2 people | 45 €", "Lieferung vor 18 Uhr | 4,99 €",
                  "Consegna oggi | 3 €"):
        assert not is_record(label), label


def test_a_signed_sum_alone_in_its_part_is_money_that_moved():
    for label in ("Kalle Anka | -420.00 SEK", "Tienda Sol | −12,99 €", "Bolsa | + R$ 20", "Mwangi | - Ksh 300",
                  "Oyunchimeg | +15,000.00"):
        assert is_record(label), label
    # must not fire: a discount, a quick-amount chip alone, a product's price with its discount, a temperature,
    # a place's coordinates, a phone number
    for label in ("Zapatos | -20%", "+ ₹500", "Runner 2 | 59,00 € | -10,00 €", "Oslo | -5°C",
                  "Sydney | -33.86, 151.21", "Kari | +47 912 34 567"):
        assert not is_record(label), label


def _transfers():
    return screen_of(
        node("TextView", (40, 160, 1040, 240), "Pesa Haraka"),
        node("Button", (40, 300, 500, 440), "Tuma", clickable=True),
        node("Button", (540, 300, 1040, 440), "Omba", clickable=True),
        node("TextView", (40, 600, 1040, 660), "Historia"),
        node("LinearLayout", (0, 680, 1080, 820), "Baraka Otieno | - TSh 20,000.00 | Tuma pesa · 3 siku zilizopita",
             clickable=True))


def test_a_new_transfer_taps_send_not_the_transfer_row_that_names_the_same_words():
    observation, screen = _transfers()
    send = element(observation, text="Tuma")
    assert first("tuma pesa kwa baraka otieno 20000", screen) == {"kind": "tap", "element": send.id}


def test_repeating_the_transfer_keeps_its_row():
    observation, screen = _transfers()
    row = element(observation, text="Baraka Otieno | - TSh 20,000.00 | Tuma pesa · 3 siku zilizopita")
    assert first("tuma pesa kwa baraka otieno tena", screen) == {"kind": "tap", "element": row.id}
