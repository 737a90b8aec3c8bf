"""Offers (agents/promotions.py): a sentence offering a sum or a percentage you GET, a card that invites to read
more, and a card whose offer line alone shares the task's words, on invented apps in other languages than the
real-screen fixtures."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.promotions import is_banner, offer, offer_only


def test_a_sum_or_percentage_to_get_makes_a_sentence_an_offer_in_many_languages():
    for sentence in ("Doładuj telefon i odbierz 15 zł na start", "Recarga y recibe un bono de 10%",
                     "Plătește factura și primești 5% înapoi", "Tambah kartu, dapatkan diskon Rp75.000!",
                     "Get a $5 gift on your next ride", "Оплати связь и получи 200 ₽ бонусом",
                     "Lade Guthaben auf und sichere dir 10 € Prämie", "首次绑卡立减20元 快来领取"):
        assert offer(sentence) and is_banner(sentence), sentence
    # must not fire: a price to pay (after "for", a pay verb, or as a rate), a level, a balance, storage to free
    for sentence in ("Get Premium for 99 kr/month", "Zapłać 75 zł teraz i odbierz zamówienie",
                     "Battery 82% remaining today", "Saldo disponible: 0,00 €", "Free up 2.1 GB of space",
                     "Send 500 kr to Ola free of charge", "Abonnement Plus 9,99 €/mois"):
        assert not offer(sentence), sentence


def test_a_sentence_with_read_more_is_a_card_to_read_not_a_control():
    assert is_banner("Paga tus facturas los viernes y recibe puntos | Saber más")
    assert not is_banner("Privacidad | Saber más") and not is_banner("Ubicación | Más información")


def test_a_cards_offer_line_alone_sharing_the_task_marks_the_card_an_offer():
    card = "Carteira Rio | Saldo: R$ 0,00 | Adicione um cartão e ganhe R$ 20 de desconto!"
    assert offer_only("remover meu cartão salvo", card)
    # must not fire: the task names the card itself, or nothing of it
    assert not offer_only("abrir a carteira rio", card) and not offer_only("ver extrato", card)


def _wallet():
    return screen_of(
        node("TextView", (40, 160, 1040, 240), "Kilat Pay"),
        node("LinearLayout", (40, 300, 300, 460), "Beli Pulsa", clickable=True),
        node("LinearLayout", (320, 300, 580, 460), "Paket Data", clickable=True),
        node("LinearLayout", (40, 520, 1040, 760),
             "Beli pulsa untuk nomor keluarga dan dapatkan bonus 10% setiap Jumat | Selengkapnya", clickable=True),
        node("TextView", (40, 800, 1040, 860), "Riwayat"))


def test_buying_credit_taps_the_tile_not_the_offer_card_that_says_the_same_words():
    observation, screen = _wallet()
    tile = element(observation, text="Beli Pulsa")
    assert first("beli pulsa untuk nomor keluarga", screen) == {"kind": "tap", "element": tile.id}


def test_asking_for_the_offer_keeps_the_card():
    observation, screen = _wallet()
    card = element(observation, text="Beli pulsa untuk nomor keluarga dan dapatkan bonus 10% setiap Jumat | Selengkapnya")
    assert first("buka promo bonus 10 persen hari jumat", screen) == {"kind": "tap", "element": card.id}
