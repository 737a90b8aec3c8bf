"""The row the task names by another form or by its meaning, in the title's own script, over a look-alike that
adds a word (agents/exact_names.py). Invented apps only."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.candidates import rank


def _tiles(*labels: tuple[str, str]):
    rows = [node("LinearLayout", (0, 400 + i * 300, 1080, 680 + i * 300), "", "",
                 node("TextView", (60, 420 + i * 300, 900, 500 + i * 300), title),
                 node("TextView", (60, 520 + i * 300, 900, 600 + i * 300), detail), clickable=True)
            for i, (title, detail) in enumerate(labels)]
    return screen_of(node("TextView", (60, 150, 1020, 260), "Phone Care"), *rows)


def _tapped(task: str, text: str, *labels: tuple[str, str]) -> bool:
    observation, screen = _tiles(*labels)
    row = element(observation, text=text)
    action = first(task, screen)
    return action.get("kind") == "tap" and action.get("element") in (row.id, screen.target(row.id))


_ES = (("Limpieza profunda", "Archivos grandes, vídeos"), ("Batería", "8 h restantes"), ("Limpieza", "Usado 51 GB"))
_EN = (("Deep cleaner", "Large files, videos"), ("Battery", "8 h left"), ("Cleaner", "51 GB used"))
_UK = (("Глибоке очищення", "Великі файли"), ("Батарея", "8 год"), ("Очищення", "Зайнято 51 ГБ"))


def test_the_plain_tile_the_task_names_by_meaning_beats_the_one_adding_a_word():
    assert _tapped("limpia el móvil, que no tengo espacio", "Limpieza", *_ES)
    assert _tapped("clean up my phone please", "Cleaner", *_EN)
    assert _tapped("почисти телефон", "Очищення", *_UK)


def test_a_task_saying_the_added_word_keeps_the_longer_title():
    assert _tapped("do a deep clean of the phone", "Deep cleaner", *_EN)
    assert _tapped("haz una limpieza profunda", "Limpieza profunda", *_ES)


def test_a_task_in_another_script_gives_no_bonus_by_meaning():
    observation, screen = _tiles(*_UK)
    deep = element(observation, text="Глибоке очищення")
    # an English task may say the added word in English: no row is preferred for lacking it
    plain = element(observation, text="Очищення")
    scores = {c.action["element"]: c.score for c in rank("deep clean my phone", "", screen, [], [])
              if c.action.get("kind") == "tap"}
    assert scores[screen.target(plain.id)] <= scores[screen.target(deep.id)] + 1e-6
