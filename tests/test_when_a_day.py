"""A "when" question answered by a day where the object's row shows no time; a day and month written with dots
("ke 9.12.", "st 9. 12."); the object's name inflected by case in the task and bare on the screen (invented apps)."""

from __future__ import annotations

from cascadroid.agents import answers

_CZECH = ['[11] View "Moje zásilky"',
          '[16] View "Rohlík.cz | Na cestě | Doručení st 9. 12. | Výdejní místo: Zásilkovna, Praha 7"',
          '[17] View "Notino | Doručeno | po 7. 12."']
_SWEDISH = ['[16] View "Apoteket AB | På väg | Beräknad leverans ons 16.12. | Ombud: ICA Nära Vasastan"',
            '[17] View "Lyko | Levererad 2.12."']


def test_when_is_answered_by_the_day_on_the_named_row_inflected_name():
    asked = answers.asked("kdy dorazí zásilka od Rohlíku?")
    assert asked is not None and asked.kind == "time" and asked.when
    found = answers.find(asked, _CZECH, ["Rohlíku"], {})
    assert found is not None and found[0].startswith("9. 12")
    asked = answers.asked("när kommer Apotekets paket?")
    found = answers.find(asked, _SWEDISH, ["Apotekets"], {})
    assert found is not None and found[0].startswith("16.12")
    asked = answers.asked("when does my Lyko order arrive?")
    assert answers.find(asked, _SWEDISH, ["Lyko"], {})[0].startswith("2.12")


def test_what_time_is_no_day_and_a_version_no_date():
    asked = answers.asked("what time does the Rohlík delivery come?")
    assert asked is not None and not asked.when
    assert answers.find(asked, _CZECH, ["Rohlík"], {}) is None
    asked = answers.asked("when was Firefox updated?")
    assert answers.find(asked, ['[9] View "Firefox | Version 3.4.1 | 212 MB"'], ["Firefox"], {}) is None


def test_when_a_meeting_is_asks_its_time_not_the_day_its_list_row_shows():
    rows = ['[12] View "Thu 10 Dec"', '[13] View "Physio follow-up | Thu 10 Dec | Clinic Nord"']
    asked = answers.asked("when is my physio follow-up?")
    assert asked is not None and not asked.when
    assert answers.find(asked, rows, ["physio follow-up"], {}) is None
    assert answers.asked("when will my physio order arrive?").when  # what arrives: its day answers
