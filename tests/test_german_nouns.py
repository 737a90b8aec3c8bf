"""A German noun after its article is no person's name (agents/goal.py): the switch the task asks for beats the tab
that only repeats the noun. Invented screens."""

from cascadroid.agents.candidates import rank
from cascadroid.agents.goal import parse_goal
from cascadroid.agents.perceptor import Screen


def test_a_noun_after_its_article_is_no_name_but_a_name_stays_one():
    assert "termin" not in parse_goal("mach den Termin ganztägig").names
    assert "kalender" not in parse_goal("öffne den Kalender bitte").names
    assert "lena" in parse_goal("ruf bitte Lena an").names
    assert "termin" in parse_goal("open the Termin app").names  # not German: a name as ever


def test_the_asked_switch_beats_a_selected_tab_that_repeats_the_noun():
    labels = {5: "Termin", 6: "Aufgabe", 7: "Ganztägig", 8: "Speichern"}
    lines = ['[5] Button "Termin" (selected)', '[6] Button "Aufgabe"', '[7] Switch "Ganztägig" (off)',
             '[8] Button "Speichern"']
    screen = Screen(package="com.example.kalender", digest="k", lines=lines, actionable=list(labels), labels=labels,
                    checked={7: False}, bounds={i: [0, 200 + 160 * n, 1080, 350 + 160 * n]
                                                               for n, i in enumerate(labels)}, width=1080)
    assert rank("mach den Termin ganztägig", "", screen, [], [])[0].action == {"kind": "tap", "element": 7}
