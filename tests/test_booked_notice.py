"""A page that confirms the task's booking ("You're booked!", "Termin bestätigt") finishes the task instead of booking a
second one; another place's confirmation, a pending one, a question or more to do finish nothing
(agents/booked_notice.py). A title's dot ("Dr. Weber") ends no part of a task (agents/progress.py)."""

import pytest
from fixtures_uidump import W, node, screen_of

from cascadroid.agents.booked_notice import notice
from cascadroid.agents.candidates import rank
from cascadroid.agents.progress import parts


def _confirmation(heading: str, place: str, *, again: str = "Book another table"):
    return screen_of("com.example.tables",
                     node("android.widget.ImageButton", (20, 120, 130, 230), desc="Close", click=True),
                     node("android.widget.TextView", (40, 300, W - 40, 400), text=heading),
                     node("android.widget.TextView", (40, 420, W - 40, 480), text=place),
                     node("android.widget.TextView", (40, 500, W - 40, 560), text="Fri, Dec 11 · 8:00 PM · Party of 2"),
                     node("android.widget.Button", (40, 1700, W - 40, 1820), text="Modify", click=True),
                     node("android.widget.Button", (40, 1860, W - 40, 1980), text=again, click=True),
                     node("android.widget.Button", (40, 2020, W - 40, 2140), text="Book a ride there", click=True))


@pytest.mark.parametrize(("task", "screen"), [
    ("book a table at Nonna Rosa for Friday at 8", lambda: _confirmation("You're booked!", "Nonna Rosa")),
    ("prenota un tavolo da Nonna Rosa per venerdì", lambda: _confirmation("Prenotazione confermata", "Nonna Rosa",
                                                                            again="Prenota un altro tavolo")),
    ("book me in with Dr. Weber on Friday", lambda: _confirmation("Appointment confirmed", "Dr. Lena Weber · GP",
                                                                  again="Book another appointment")),
])
def test_a_confirmation_of_the_tasks_booking_finishes_the_task(task, screen):
    assert rank(task, "", screen(), [], [])[0].action == {"kind": "done"}


@pytest.mark.parametrize(("task", "screen"), [
    ("book a table at Trattoria Verde for Friday", lambda: _confirmation("You're booked!", "Nonna Rosa")),
    ("book a table at Nonna Rosa for Friday", lambda: _confirmation("Awaiting confirmation", "Nonna Rosa")),
    ("book a table at Nonna Rosa for Friday", lambda: _confirmation("Booking not confirmed", "Nonna Rosa")),
    ("book a table at Nonna Rosa for Friday and text Ana the time", lambda: _confirmation("You're booked!",
                                                                                          "Nonna Rosa")),
    ("when is my table at Nonna Rosa booked?", lambda: _confirmation("You're booked!", "Nonna Rosa")),
])
def test_no_confirmation_of_this_booking_finishes_nothing(task, screen):
    assert notice(task, screen()) is None


def test_a_titles_dot_ends_no_part():
    assert parts("book me in with Dr. Weber on Friday") == ["book me in with Dr. Weber on Friday"]
    assert len(parts("Call Mrs. Ito at noon. Then text Bo")) == 2
