"""A task opening by not wanting something: the dialog's or sheet's dismissive button (agents/unwanted.py)."""

from __future__ import annotations

from test_negation_and_entries import dialog
from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.unwanted import declines


def _offer(title: str, yes: str, no: str):
    """An invented Lithuanian radio app: a station list under an offer card with two buttons."""
    return screen_of(
        node("TextView", (40, 150, 1040, 250), "Stotys"),
        node("LinearLayout", (0, 300, 1080, 450), "Rytų radijas", clickable=True),
        node("LinearLayout", (0, 450, 1080, 600), "Vakaro džiazas", clickable=True),
        dialog(title, (yes, ""), (no, "")))


def test_not_wanting_what_a_dialog_offers_takes_its_dismissive_button() -> None:
    observation, screen = _offer("Išbandyk Plius be reklamų?", "Pradėti Plius", "Ne, ačiū")
    no = element(observation, text="Ne, ačiū")
    assert first("nenoriu plius, tiesiog leisk klausytis radijo", screen) == {"kind": "tap", "element": no.id}
    assert first("I don't want plius, just play the radio", screen) == {"kind": "tap", "element": no.id}


def test_declines_reads_the_want_said_first_in_several_languages() -> None:
    assert declines("nechci předplatné, chci jen číst") and declines("ei taha lisapaketti")
    assert declines("不要会员，我要继续看") and declines("no, I don't need the trial")
    assert not declines("I don't want to miss calls, turn the ringer on")  # a want of doing something
    assert not declines("play Rytų radijas, I don't want ads")  # not said first
    assert not declines("open the station list")


def test_must_not_fire_without_a_dialog_or_on_a_want_of_doing() -> None:
    observation, screen = _offer("Įjungti skambutį?", "Įjungti", "Atšaukti")
    assert first("I don't want to miss calls, turn the ringer on", screen) != {
        "kind": "tap", "element": element(observation, text="Atšaukti").id}
    observation, screen = screen_of(
        node("TextView", (40, 150, 1040, 250), "Stotys"),
        node("LinearLayout", (0, 300, 1080, 450), "Rytų radijas", clickable=True),
        node("Button", (40, 2000, 1040, 2120), "Ne, ačiū", clickable=True))  # a page's own button, no dialog
    assert first("nenoriu plius, paleisk Rytų radijas", screen) == {
        "kind": "tap", "element": element(observation, text="Rytų radijas").id}


def test_not_interested_in_what_a_full_page_offers_takes_its_no_thanks() -> None:
    """No dialog and no question: a paywall page naming the offer; "not interested" in many languages turns it down.
    A page that does not show the thing declined keeps its own button untouched."""
    def paywall(offer: str, yes: str, no: str):
        return screen_of(node("TextView", (40, 300, 1040, 420), f"Lerne schneller mit {offer}"),
                         node("TextView", (40, 450, 1040, 700), "14 Tage gratis, dann 59,99 € pro Jahr."),
                         node("View", (60, 1900, 1020, 2020), yes, clickable=True),
                         node("View", (60, 2060, 1020, 2180), no, clickable=True))
    observation, screen = paywall("Mega Vokabel", "2 WOCHEN GRATIS TESTEN", "NEIN DANKE")
    no = {"kind": "tap", "element": element(observation, text="NEIN DANKE").id}
    for task in ("kein Interesse an mega, weiter lernen", "not interested in mega, keep going",
                 "pas intéressé par mega, on continue", "no me interesa mega, sigamos"):
        assert first(task, screen) == no, task
    assert first("kein Interesse an Werbung, weiter lernen", screen) != no  # the page offers no "Werbung"
