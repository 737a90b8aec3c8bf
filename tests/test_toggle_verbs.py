"""A toggle button (checkable, icon-only) shows the task's verb: no overflow menu is opened for it (agents/menus.py)."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from tests.fixtures_uidump import node, screen_of

_APP = "pl.example.odtwarzacz"


def _player(shuffle_checkable: bool = True):
    """An invented Polish player: a track's overflow menu, transport icons named by content-desc, shuffle a toggle."""
    return screen_of(
        _APP,
        node("android.view.View", (40, 150, 160, 270), desc="Zamknij odtwarzacz", click=True),
        node("android.view.View", (920, 150, 1040, 270), desc="Więcej opcji utworu Nocna zmiana", click=True),
        node("android.widget.TextView", (40, 1300, 900, 1380), text="Nocna zmiana"),
        node("android.view.View", (40, 1700, 200, 1840), desc="Włącz odtwarzanie losowe", click=True,
             checkable=shuffle_checkable),
        node("android.view.View", (260, 1700, 400, 1840), desc="Poprzedni", click=True),
        node("android.view.View", (470, 1680, 610, 1860), desc="Wstrzymaj", click=True),
        node("android.view.View", (680, 1700, 820, 1840), desc="Następny", click=True),
        node("android.view.View", (880, 1700, 1040, 1840), desc="Włącz powtarzanie", click=True, checkable=True),
    )


def _first_label(screen, task: str) -> str:
    return screen.labels.get(rank(task, "", screen, [], [])[0].action.get("element", -1), "")


def test_a_checkable_icon_naming_the_verb_beats_the_overflow_menu() -> None:
    assert _first_label(_player(), "turn shuffle on") == "Włącz odtwarzanie losowe"  # an English task, a Polish UI
    assert _first_label(_player(shuffle_checkable=False), "turn shuffle on") == "Włącz odtwarzanie losowe"


def test_must_not_fire_when_no_toggle_names_the_verb() -> None:
    assert _first_label(_player(), "pobierz ten utwór na telefon").startswith("Więcej opcji")  # download: in the menu
