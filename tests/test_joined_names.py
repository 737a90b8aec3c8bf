"""A name said in words apart that the screen writes as one (agents/joined_names.py, an invented launcher)."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.joined_names import joined


def _launcher():
    """An invented Swahili launcher: a telco's own app beside the wallet whose name joins two words."""
    return screen_of(
        node("TextView", (30, 1500, 270, 1780), "Simba Duka", "Simba Duka", clickable=True),
        node("TextView", (290, 1500, 530, 1780), "Ramani", "Ramani", clickable=True),
        node("TextView", (120, 880, 400, 1200), "SimbaPesa", "SimbaPesa", clickable=True),
        node("TextView", (400, 880, 680, 1200), "Benki Yetu", "Benki Yetu", clickable=True))


def test_a_name_said_in_two_words_is_the_icon_that_writes_it_as_one():
    observation, screen = _launcher()
    assert joined("fungua simba pesa nilipe umeme", screen) == "fungua simbapesa nilipe umeme"
    wallet = element(observation, text="SimbaPesa")
    assert screen.target(wallet.id) == first("fungua simba pesa nilipe umeme", screen)["element"]


def test_must_not_join_words_the_screen_does_not_write_as_one():
    observation, screen = _launcher()
    assert joined("fungua simba duka", screen) == "fungua simba duka"
    assert joined("nilipe benki yetu", screen) == "nilipe benki yetu"
    assert joined("the text view", screen) == "the text view"  # the element list's class names are no screen words
    shop = element(observation, text="Simba Duka")
    assert screen.target(shop.id) == first("fungua simba duka", screen)["element"]
