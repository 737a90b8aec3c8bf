"""A task sending a popup or offer away (agents/dismissals.py), on invented apps and languages."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.dismissals import asked


def _sheet(close_label: str):
    """An invented ticket app: its page behind a promo sheet whose call to action repeats the task's verb."""
    return screen_of(
        node("TextView", (40, 200, 1040, 300), "Konserter i helgen"),
        node("FrameLayout", (0, 1400, 1080, 2400), "", "",
             node("ImageButton", (960, 1420, 1060, 1520), "", close_label, clickable=True, rid="org.example.tix:id/x"),
             node("TextView", (40, 1550, 1040, 1650), "Medlemskap: gratis frakt på alla biljetter"),
             node("Button", (40, 2200, 1040, 2300), "Prova gratis och köp biljetter", clickable=True,
                  rid="org.example.tix:id/cta")))


def test_a_popup_sent_away_is_closed_by_its_close_control_in_the_screens_language():
    observation, screen = _sheet("Stäng")
    close = element(observation, resource_id="org.example.tix:id/x").id
    assert first("bort med popupen, jag vill bara köpa biljetter", screen) == {"kind": "tap", "element": close}
    assert first("get this membership offer out of the way so I can buy tickets", screen) == {
        "kind": "tap", "element": close}


def test_must_not_fire_without_a_dismissal_or_on_something_else_to_close():
    observation, screen = _sheet("Stäng")
    cta = element(observation, resource_id="org.example.tix:id/cta").id
    assert first("prova gratis och köp biljetter", screen) == {"kind": "tap", "element": cta}
    assert not asked("close the Travel tab") and not asked("close my account") and not asked("show me the offers")
    assert asked("quita ese anuncio") and asked("hide the offer banner")


def _paywall(decline: str):
    """An invented streaming app's upsell dialog: a plan tile, a buy button and the decline button, over a list."""
    return screen_of(
        node("TextView", (40, 200, 1040, 300), "Podcasty týdne"),
        node("FrameLayout", (0, 900, 1080, 2400), "", "",
             node("TextView", (40, 950, 1040, 1050), "Premium bez reklam"),
             node("LinearLayout", (40, 1100, 1040, 1300), "", "", node("TextView", (60, 1120, 1000, 1280), "12 měsíců"),
                  clickable=True, rid="org.example.pods:id/plan"),
             node("Button", (40, 2000, 1040, 2100), "Pokračovat", clickable=True, rid="org.example.pods:id/buy"),
             node("Button", (40, 2150, 1040, 2250), decline, clickable=True, rid="org.example.pods:id/nope")))


def test_a_popup_sent_away_in_many_languages_is_closed_by_its_no_thanks_button():
    for decline in ("Ne, děkuji", "NO, GRAZIE", "Nej tack", "Не, благодаря", "Hayır, teşekkürler"):
        observation, screen = _paywall(decline)
        nope = element(observation, resource_id="org.example.pods:id/nope").id
        for task in ("zavři to okno s předplatným", "махни тази реклама", "zárd be ezt az ablakot",
                     "광고 좀 닫아줘", "把这个弹窗关掉", "kapat şu pencereyi"):
            assert first(task, screen) == {"kind": "tap", "element": nope}, (decline, task)


def test_must_not_fire_on_a_window_not_sent_away_or_a_removal_of_something_else():
    observation, screen = _paywall("Ne, děkuji")
    assert first("Ne, děkuji", screen) == {"kind": "tap", "element": element(
        observation, resource_id="org.example.pods:id/nope").id}  # said outright: the ranker's words decide
    assert not asked("отвори прозореца с настройките") and not asked("zavři účet")
    assert not asked("把广告设置打开") and not asked("광고 보상 받기")


def test_declining_to_pay_turns_the_offer_down_in_many_languages_but_not_a_way_of_paying():
    observation, screen = _paywall("Ne, děkuji")
    nope = element(observation, resource_id="org.example.pods:id/nope").id
    for task in ("I don't want to pay anything", "nechci nic platit", "não quero pagar nada", "不想付钱",
                 "ödemek istemiyorum", "en halua maksaa mitään"):
        assert first(task, screen) == {"kind": "tap", "element": nope}, task
    assert not asked("I don't want to pay by card, use cash") and not asked("no quiero pagar con tarjeta")
    assert not asked("pay the bill, I want to be done")


def test_a_removal_word_with_a_pronoun_attached_and_its_accent_moved_still_dismisses():
    observation, screen = _sheet("Cerrar")
    close = element(observation, resource_id="org.example.tix:id/x").id
    for task in ("quítame esa promo", "ciérrame ese anuncio ya", "chiudimi questo banner", "sácame esa oferta"):
        assert asked(task), task
        assert first(task, screen) == {"kind": "tap", "element": close}, task
    assert not asked("quítame el modo oscuro") and not asked("ciérrame la cuenta")  # nothing that pops up


def test_must_not_fire_on_a_photo_taken_of_the_popup():
    for task in ("sácale una foto al anuncio", "tira uma foto do anúncio", "take a screenshot of this ad",
                 "sacá un pantallazo de la oferta"):
        assert not asked(task), task
    assert asked("sácame esa oferta") and asked("close the ad and take a photo of my cat")
