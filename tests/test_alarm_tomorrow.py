"""An alarm named by its time on a list of alarms, and the day its row says (finish41: h882's cause, another vendor's
list, other languages)."""

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import Screen


def _alarms(rows: list[tuple[str, str, str, bool]]) -> Screen:
    """(time, days, name, on) rows of a clock app's alarm list: a row and its switch (described by the row's words)."""
    lines, labels, checked, context, bounds = ["    Будильник"], {}, {}, {}, {}
    for n, (time, days, name, on) in enumerate(rows):
        row, switch = 10 + 3 * n, 11 + 3 * n
        lines += [f'[{row}] LinearLayout "{time} | {days} | {name}"', f'[{switch}] Switch "{time}, {name}" '
                  f'({"on" if on else "off"})']
        labels[row], labels[switch] = f"{time} | {days} | {name}", f"{time}, {name}"
        checked[switch], context[switch] = on, f"{time} | {name} | {days}"
        bounds[row], bounds[switch] = (0, 200 + 180 * n, 900, 380 + 180 * n), (900, 240 + 180 * n, 1040, 340 + 180 * n)
    return Screen(package="com.android.deskclock", digest="a", lines=lines, actionable=list(labels), labels=labels,
                  checked=checked, context=context, bounds=bounds)


def test_the_alarm_that_rings_tomorrow_is_on_done():
    screen = _alarms([("7:15", "Пн Вт Ср Чт Пт", "Работа", False), ("7:15", "Завтра", "Бассейн", True),
                      ("9:00", "Сб Вс", "Выходные", False)])
    top = rank("make sure my 7:15 alarm is on for tomorrow", "", screen, [], [])[0]
    assert top.action["kind"] == "done"


def test_the_alarm_that_rings_tomorrow_is_off_not_done():
    screen = _alarms([("7:15", "Пн Вт Ср Чт Пт", "Работа", True), ("7:15", "Завтра", "Бассейн", False)])
    top = rank("make sure my 7:15 alarm is on for tomorrow", "", screen, [], [])[0]
    assert top.action["kind"] != "done"


def test_two_alarms_of_the_time_and_no_day_said_not_done():
    screen = _alarms([("7:15", "Пн Вт Ср Чт Пт", "Работа", True), ("7:15", "Сб", "Бассейн", False)])
    top = rank("make sure my 7:15 alarm is on for tomorrow", "", screen, [], [])[0]
    assert top.action["kind"] != "done"
