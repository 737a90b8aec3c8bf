"""agents/saved_logins.py: a password-manager sheet's saved login is the way in for a task that logs in."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of

from cascadroid.agents.saved_logins import saved_login


def _sheet():
    return screen_of(
        node("TextView", (60, 300, 1020, 400), "Bei Modehaus Kranich anmelden"),
        node("EditText", (60, 450, 1020, 580), "", "", hint="E-Mail-Adresse", clickable=True),
        node("EditText", (60, 610, 1020, 740), "", "", hint="Passwort", clickable=True),
        node("TextView", (60, 770, 600, 850), "Passwort vergessen?", clickable=True),
        node("Button", (60, 900, 1020, 1030), "Anmelden", clickable=True),
        node("LinearLayout", (0, 1500, 1080, 2300), "", "",
             node("TextView", (60, 1540, 1020, 1620), "Gespeichertes Passwort verwenden?"),
             node("LinearLayout", (40, 1660, 1040, 1820), "", "",
                  node("TextView", (140, 1670, 900, 1740), "jonas.feld@posteo.de"),
                  node("TextView", (140, 1745, 900, 1810), "••••••••••"), clickable=True),
             node("Button", (60, 2150, 500, 2260), "Abbrechen", clickable=True)))


def test_the_saved_login_row_is_the_way_in():
    _, screen = _sheet()
    row = next(i for i, label in screen.labels.items() if "jonas.feld" in label)
    for task in ("log me into Kranich with the password I saved", "melde mich mit meinem gespeicherten Passwort an",
                 "sign me in"):
        assert first(task, screen) == {"kind": "tap", "element": row}, task


def test_a_row_is_a_saved_login_only_with_an_account_beside_its_dots():
    assert saved_login("anna@example.org | ••••••••")
    assert saved_login("jonas_f | ●●●●●●")
    assert not saved_login("••••••••")  # the dots alone: a password field's echo
    assert not saved_login("Card ending 4242")


def test_a_task_that_logs_nobody_in_leaves_the_row_where_it_was():
    _, screen = _sheet()
    row = next(i for i, label in screen.labels.items() if "jonas.feld" in label)
    for task in ("cancel", "show me the shop's return policy"):
        assert first(task, screen) != {"kind": "tap", "element": row}, task
