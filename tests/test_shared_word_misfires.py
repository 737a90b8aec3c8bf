"""Words a task shares with a control that do not name it: the head of another setting's name ("mode"), "new" said of
something already there, function words of other languages, an elided article counted as a second word.
Invented apps, rows and people."""

from __future__ import annotations

from test_dates import node, screen_of

from cascadroid.agents import function_words
from cascadroid.agents.candidates import Candidate, rank
from cascadroid.agents.goal import parse_goal
from cascadroid.agents.text import words
from cascadroid.device.types import AppInfo

LL, TV = "android.widget.LinearLayout", "android.widget.TextView"
SETTINGS = "org.example.settings"


def rows(package: str, *items: tuple[str, str], switch: dict[str, bool] | None = None):
    """A scrolling list: each row a title over its summary; a row named in ``switch`` carries a switch in that state."""
    nodes = []
    for i, (title, summary) in enumerate(items):
        y = 300 + 200 * i
        texts = [node(TV, title, bounds=(40, y, 800, y + 80))] + ([node(TV, summary, bounds=(40, y + 90, 800, y + 170))]
                                                                 if summary else [])
        nodes.append(node(LL, bounds=(0, y, 860, y + 180), flags="clickable", children=texts))
        if switch and title in switch:
            nodes.append(node("android.widget.Switch", bounds=(900, y + 40, 1020, y + 140),
                              flags="clickable checkable" + (" checked" if switch[title] else "")))
    return screen_of(package, node("androidx.recyclerview.widget.RecyclerView", bounds=(0, 250, 1080, 2300),
                                   flags="scrollable", children=nodes))


def ranked(task: str, screen, app: str = "Tweaks"):
    return rank(task, "", screen, [AppInfo(label=app, package=screen.package)], [])


def score_of(candidates, text: str) -> float:
    return next(c.score for c in candidates if text in c.text)


def test_a_switch_sharing_only_the_head_of_its_name_is_not_the_setting_asked_for():
    """'turn on dark mode' on an invented connections page whose one switch is "Flight mode": the switch is
    another mode, not toggled; 'turn on flight mode' still toggles it."""
    screen = rows(SETTINGS, ("Flight mode", ""), ("Data usage", ""), switch={"Flight mode": False})
    assert not any(c.action.get("kind") == "tap" and c.score > 2.0 and "Flight mode" in c.text
                   for c in ranked("turn on dark mode", screen))
    assert "Flight mode" in ranked("turn on flight mode", screen)[0].text


def test_new_said_of_something_already_there_makes_nothing():
    assert not parse_goal("open the new email from Lumo Bank").creating
    assert not parse_goal("show the 3 new messages in my inbox").creating
    assert not parse_goal("are there any new invoices?").creating
    assert parse_goal("write a new email to Ida").creating
    assert parse_goal("add my new number to my profile").creating
    assert parse_goal("new note saying buy milk").creating


def test_a_row_earns_nothing_for_the_function_words_it_shares():
    """'affiche l'historique de mes achats' (French): an invented row "Historique de recherche" shares "historique"
    and "de"; "de" earns it less than a word's credit over the row "Historique" that shares the word alone (it earned
    a whole word's, on every row writing "de")."""
    screen = rows("org.example.shop", ("Historique de recherche", ""), ("Historique", ""), ("Aide", ""))
    candidates = ranked("affiche l'historique de mes achats", screen, "Boutika")
    alone = next(c.score for c in candidates if c.text.endswith("Historique"))
    assert score_of(candidates, "Historique de recherche") - alone < 1.0


def test_an_elided_article_on_both_sides_is_one_word_shared():
    """French writes "l'application" on the task and the label alike: one word shared, not two (its keys are
    "lapplication" and "application"); "coupe les notifications de l'application" opens the invented Notifications
    row, not "Langue de l'application", which shares only that context word and "de"."""
    assert parse_goal("ouvre l'application").match(words("Langue de l'application")) == 1.0
    screen = rows("org.example.shop", ("Langue de l'application", ""), ("Notifications", "Sons, vibreur"), ("Aide", ""))
    assert "Notifications" in ranked("coupe les notifications de l'application", screen, "Boutika")[0].text



def test_a_function_word_inside_a_web_address_is_no_word_said():
    """'com' (Portuguese "with") inside "reads.example.com/today" is part of the address: the invented row showing that
    address keeps its credit for it; "com" said as a word ("fala com a Ana") is a function word."""
    screen = rows("org.example.browser", ("Reads | reads.example.com/today", ""), ("Weather", ""))
    row = next(i for i, label in screen.labels.items() if label.startswith("Reads"))
    tap = [Candidate({"kind": "tap", "element": row}, "tap", 3.0)]
    function_words.adjust(tap, "open reads.example.com/today in another tab", screen)
    assert tap[0].score == 3.0
    function_words.adjust(tap, "abre o Reads com a Ana", screen)
    assert tap[0].score < 3.0


def test_a_spanish_possessive_names_no_row():
    """'mi' and 'su' ("my", "her") hold "pásale 20 mil a mi tía a su cuenta" together: the invented "Mi perfil" row
    shares only them and earns nothing; the row naming the aunt wins."""
    screen = rows("org.example.wallet", ("Mi perfil", ""), ("Tía Rosa", "Cuenta de ahorros"), ("Ayuda", ""))
    candidates = ranked("pásale 20 mil a mi tía Rosa a su cuenta", screen, "Billetera")
    assert score_of(candidates, "Mi perfil") < 0.5 and "Tía Rosa" in candidates[0].text
    assert {"mi", "su", "tu"} <= function_words.FUNCTION_WORDS


def test_a_preposition_of_another_language_names_no_row():
    """'pon el móvil en silencio hasta las ocho de la mañana' (Spanish) on an invented sound page: "Sonar hasta
    apagarlo" shares only "hasta" (until) and earns nothing; the Dutch "zet de meldingen op stil naar morgen" gives
    the invented "Ga naar boven" nothing for "naar"; the state words "aan", "uit", "an", "aus" stay words."""
    screen = rows("org.example.sound", ("Sonar hasta apagarlo", "Alarma"), ("Modo silencio", "Desactivado"),
                  ("Ayuda", ""))
    candidates = ranked("pon el móvil en silencio hasta las ocho de la mañana", screen, "Sonidos")
    assert score_of(candidates, "Sonar hasta apagarlo") < 0.5
    screen = rows("org.example.sound", ("Ga naar boven", ""), ("Meldingen", "Stil"), ("Help", ""))
    assert score_of(ranked("zet de meldingen op stil naar morgen", screen, "Geluid"), "Ga naar boven") < 0.5
    assert words("auf über hasta naar sous até") <= function_words.FUNCTION_WORDS
    assert not words("aan uit an aus", stopwords=frozenset()) & function_words.FUNCTION_WORDS

