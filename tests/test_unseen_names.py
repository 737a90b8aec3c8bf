"""An organisation named by its acronym that no row of a scrolling list shows: scrolled to (agents/unseen_names.py)."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of

from cascadroid.agents.unseen_names import acronyms

_SCROLL = {"kind": "swipe", "direction": "down"}


def _inbox(senders: list[str], scrollable: bool = True):
    """An invented mail app's inbox: sender, time and subject on each row."""
    rows = [node("LinearLayout", (0, 300 + 260 * i, 1080, 540 + 260 * i), "", "",
                 node("TextView", (160, 320 + 260 * i, 800, 380 + 260 * i), sender),
                 node("TextView", (860, 320 + 260 * i, 1040, 380 + 260 * i), "09:1" + str(i)),
                 node("TextView", (160, 400 + 260 * i, 1040, 460 + 260 * i), f"Your {sender} update"), clickable=True)
            for i, sender in enumerate(senders)]
    return screen_of(node("TextView", (40, 120, 700, 220), "Inbox"),
                     node("ImageButton", (900, 120, 1040, 220), "", "More options", clickable=True),
                     node("androidx.recyclerview.widget.RecyclerView", (0, 280, 1080, 2200), "", "", *rows,
                          scrollable=scrollable))


def test_a_sender_named_by_its_acronym_and_shown_by_no_row_is_further_down() -> None:
    _, screen = _inbox(["Nordbank", "Anna Kowalski", "Parcelly", "City Library", "Streamflix"])
    assert first("open the letter from HMRC about my tax code", screen) == _SCROLL
    assert first("busca el correo de la DGT sobre mi multa", screen) == _SCROLL  # Spanish, another verb


def test_must_not_fire_on_a_sender_in_view_a_list_that_does_not_scroll_or_a_technical_acronym() -> None:
    observation, screen = _inbox(["Nordbank", "HMRC", "Parcelly"])
    assert first("open the letter from HMRC about my tax code", screen) != _SCROLL
    _, screen = _inbox(["Nordbank", "Parcelly"], scrollable=False)
    assert first("open the letter from HMRC about my tax code", screen) != _SCROLL
    assert acronyms("turn on NFC and GPS") == [] and acronyms("SEND THE PDF TO ANA") == []
    assert acronyms("le courriel de la SAAQ") == ["SAAQ"]
    assert acronyms("buy a ₦500 MTN card for mum") == []  # a product bought names no sender
