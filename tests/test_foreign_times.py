"""Clock times said in other languages become digits (agents/foreign_times.py), and a switched-on alarm is found by
them: invented alarms, tasks in the languages' own words."""

import pytest

from cascadroid.agents.candidates import rank
from cascadroid.agents.foreign_times import in_digits
from cascadroid.agents.perceptor import Screen


@pytest.mark.parametrize(("said", "digits"), [
    ("weck mich um halb sieben", "6:30"), ("zet de wekker op half zeven", "6:30"), ("väck mig halv 7", "6:30"),
    ("vekk meg kvart over åtte", "8:15"), ("viertel vor acht", "7:45"), ("ébressz fél hétkor", "6:30"),
    ("будильник на половину седьмого", "6:30"), ("pon la alarma a las seis y media", "6:30"),
    ("las ocho menos cuarto", "7:45"), ("sveglia alle sei e mezza", "6:30"), ("alarme às seis e meia", "6:30"),
    ("réveille-moi à sept heures moins le quart", "6:45"), ("六点半叫我", "6:30"), ("6時半に起こして", "6:30"),
    ("여섯 시 반 알람", "6:30"), ("十二点半", "12:30"), ("halb eins", "12:30"),
    ("改成五分钟再锁", "5 分钟"), ("十五分钟后提醒我", "15 分钟"), ("二十分後に", "20 分後"), ("오 분 타이머", "5 분"),
])
def test_the_half_and_the_quarters_are_told_by_each_languages_own_words(said, digits):
    assert digits in in_digits(said)


@pytest.mark.parametrize("said", [
    "wake me at half seven",  # British: 7:30, not the Dutch reading
    "rappelle-moi dans une heure et demie",  # a length of time
    "add half a cup of sugar", "halve the recipe",
    "给我找一个餐厅", "十分です", "이 사진 보내줘",  # "a", "enough", "this": no counts
])
def test_no_clock_time_where_none_is_said_in_that_way(said):
    assert in_digits(said) == said


def test_a_switch_is_turned_on_for_an_alarm_named_by_a_spoken_time():
    labels = {10: "05:45", 11: "06:30", 12: "07:00", 13: "Lägg till larm"}
    context = {10: "Gym | 05:45 | Mån, Tis", 11: "Skola | 06:30 | Mån, Tis", 12: "07:00 | Lör | På"}
    lines = [f'[{i}] Switch "{label}" {"on" if i == 12 else "off"}' if i < 13 else f'[{i}] Button "{label}"'
             for i, label in labels.items()]
    screen = Screen(package="com.example.clock", digest="c", lines=lines, actionable=list(labels), labels=labels,
                    context=context, checked={10: False, 11: False, 12: True},
                    bounds={i: [0, 200 + 160 * n, 1080, 350 + 160 * n] for n, i in enumerate(labels)}, width=1080)
    assert rank("slå på väckarklockan halv sju", "", screen, [], [])[0].action == {"kind": "tap", "element": 11}
