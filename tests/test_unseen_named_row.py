"""A row the task names by a capitalised name that no button of a family of row buttons shows: scroll first
(agents/unseen_rows.py's named_family), on an invented screen-time list in French and Italian."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of

_SCROLL = {"kind": "swipe", "direction": "down"}


def _usage(apps: list[str], lead: str = "Minuteur pour", day: str = "Jour précédent"):
    """An invented usage dashboard: a day arrow, then a scrolling list of app rows each with its timer button."""
    rows = []
    for k, app in enumerate(apps):
        top = 900 + 220 * k
        rows.append(node("LinearLayout", (0, top, 900, top + 200), "", "", node("TextView", (120, top + 20, 880, top + 90), app),
                         node("TextView", (120, top + 100, 880, top + 170), f"{40 - 5 * k} min"), clickable=True))
        rows.append(node("ImageButton", (920, top + 40, 1060, top + 160), "", f"{lead} {app}", clickable=True))
    return screen_of(node("Button", (40, 300, 200, 420), "", day, clickable=True),
                     node("ScrollView", (0, 800, 1080, 2400), "", "", *rows, scrollable=True))


_APPS = ["Velora", "Quillet", "Mapsy", "Brindle"]


def test_a_named_row_no_row_button_shows_scrolls_before_a_control_sharing_a_word():
    observation, screen = _usage(_APPS)
    assert first("mets une limite d'une demi-heure par jour sur Zapgram", screen) == _SCROLL
    observation, screen = _usage(_APPS, lead="Timer per", day="Giorno precedente")
    assert first("metti un timer di mezz'ora al giorno su Zapgram", screen) == _SCROLL


def test_must_not_fire_where_the_named_row_shows_or_no_family_of_buttons_is_there():
    observation, screen = _usage(_APPS)
    button = {"kind": "tap", "element": next(i for i in screen.actionable if screen.labels.get(i) == "Minuteur pour Mapsy")}
    assert first("mets un minuteur sur Mapsy", screen) == button
    observation, screen = _usage(_APPS[:2])  # two rows make no family
    assert first("mets une limite d'une demi-heure par jour sur Zapgram", screen) != _SCROLL


def test_a_capitalised_noun_beside_a_row_in_view_is_no_unseen_row():
    observation, screen = _usage(_APPS)
    button = {"kind": "tap", "element": next(i for i in screen.actionable if screen.labels.get(i) == "Minuteur pour Quillet")}
    assert first("Stell einen Timer für Quillet", screen) != _SCROLL
    assert first("mets un minuteur sur Quillet", screen) == button
