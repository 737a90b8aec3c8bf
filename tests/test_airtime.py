"""A sum put on a mobile operator's line or a phone number is airtime: the mobile tile of a wallet in another
language (agents/ui_glossary.py airtime_bought). Invented wallets only."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of


def _wallet(*tiles: str):
    cells = [node("LinearLayout", (30 + (i % 4) * 255, 900 + (i // 4) * 220, 275 + (i % 4) * 255, 1100 + (i // 4) * 220),
                  "", "", node("TextView", (40 + (i % 4) * 255, 1040 + (i // 4) * 220, 265 + (i % 4) * 255,
                                            1090 + (i // 4) * 220), tile), clickable=True)
             for i, tile in enumerate(tiles)]
    return screen_of(node("TextView", (40, 150, 1040, 260), "Pocketly"), *cells)


def _tapped(task: str, text: str, *tiles: str) -> bool:
    observation, screen = _wallet(*tiles)
    tile = element(observation, text=text)
    action = first(task, screen)
    return action.get("kind") == "tap" and action.get("element") in (tile.id, screen.target(tile.id))


_RU = ("Переводы", "Мобильная связь", "Коммунальные", "Интернет и ТВ", "Штрафы", "Налоги")
_EN = ("Send money", "Airtime", "Data", "Electricity", "Cable TV", "Betting")


def test_a_sum_on_an_operator_or_a_number_is_the_mobile_tile():
    assert _tapped("закинь 300 сом на мегафон", "Мобильная связь", *_RU)
    assert _tapped("put ₦1,000 on my Airtel line", "Airtime", *_EN)
    assert _tapped("weka KSh 200 kwa namba 0712 345 678", "Airtime", *_EN)


def test_a_top_up_of_an_operators_line_is_the_lines_not_the_wallets_even_without_a_currency():
    tiles = ("Nạp tiền", "Chuyển tiền", "Nạp tiền điện thoại", "Thanh toán hóa đơn")
    assert _tapped("top up dad's Mobifone number with 50k", "Nạp tiền điện thoại", *tiles)
    assert _tapped("top up my wallet with 50k", "Nạp tiền", *tiles)  # no line named: the wallet's own top-up


def test_a_sum_sent_to_a_person_is_no_airtime():
    observation, screen = _wallet(*_EN)
    airtime = element(observation, text="Airtime")
    assert first("send ₦5,000 to Ada", screen).get("element") not in (airtime.id, screen.target(airtime.id))


def test_buying_a_phone_card_in_peoples_words_is_airtime():
    tiles = ("ገንዘብ ላክ", "ጥቅል ግዢ", "የአየር ሰዓት ግዢ", "የፍጆታ ክፍያ")
    assert _tapped("ለወንድሜ 100 ብር ካርድ ሙላልኝ", "የአየር ሰዓት ግዢ", *tiles)
    assert _tapped("ẹ jọ̀ọ́ ra kaadi ₦200 fun mi", "Airtime", *_EN)


def test_the_airtime_tile_beats_the_grids_more_tile():
    tiles = ("To Bank", "Airtime", "Data", "Betting", "Electricity", "Savings", "Loan", "More")
    assert _tapped("mo fe ra kaadi Glo ti ₦300 fun baba mi", "Airtime", *tiles)
    assert _tapped("load ₱100 to 0917 555 0134", "Airtime", *tiles)


def test_reloading_a_wallet_is_its_top_up():
    """"Reload" is the top-up's word in the English of South-East and South Asia (an invented Thai wallet)."""
    tiles = ("โอนเงิน", "เติมเงิน", "จ่ายบิล", "สแกนจ่าย")
    assert _tapped("reload my wallet with 500 baht", "เติมเงิน", *tiles)
