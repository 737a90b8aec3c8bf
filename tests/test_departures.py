"""A "when is the next X" question reads the departures board's row headed by X: its first wait or clock time, not
another route's, a night route's ("N5") nor a notice's (agents/departures.py)."""

import pytest
from fixtures_uidump import W, node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.agents.departures import answer, route


def _board():
    rows = [("U2 | Pankow | 4 Min | dann 9 Min", 400), ("U5 | Hönow | 1 Min | dann 6 Min", 560),
            ("N2 | Ruhleben | 00:41 | Nachtbus", 720)]
    return screen_of("com.example.transit",
                     node("android.widget.TextView", (40, 120, W - 40, 220), text="Alexanderplatz (Berlin)"),
                     node("android.widget.TextView", (40, 240, W - 40, 360),
                          text="Hinweis: U2 fährt bis 22:30 nur im 10-Minuten-Takt wegen Bauarbeiten."),
                     *[node("android.widget.LinearLayout", (0, top, W, top + 150), desc=label, click=True)
                       for label, top in rows])


@pytest.mark.parametrize(("task", "said"), [("when's the next U2?", "U2"), ("wann kommt die nächste U2?", "U2"),
                                            ("¿cuándo pasa el próximo bus 38?", "38"), ("when is the next train", None),
                                            ("play the next song", None)])
def test_the_route_a_next_question_names(task, said):
    assert route(task) == said


def test_the_routes_own_row_answers_not_a_notice_or_another_route():
    screen = _board()
    assert answer("wann kommt die nächste U2?", screen.lines) == "4 Min"
    assert answer("when's the next U7?", screen.lines) is None
    top = rank("when's the next U2?", "", screen, [], [])[0].action
    assert top == {"kind": "done", "answer": "4 Min"}
