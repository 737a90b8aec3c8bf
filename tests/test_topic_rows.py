"""A count or an amount asked of a thing named in lower case: read from the tile its word labels (a number over
"Langkah") or the row naming it with a money amount (invented apps, Indonesian, Dutch, Swahili)."""

from __future__ import annotations

from cascadroid.agents import answers, count_leads

_HEALTH = ['[10] View "Ringkasan"', "        42", "        Menit aktif", "        8.214", "        Langkah",
           "        3,1", "        Km", '[30] View "Langkah minggu ini | 51.002 | Kemarin: 9.870 langkah"']
_BANK = ['        Mijn rekeningen', '[16] View "Betaalrekening | NL12 RABO 0123 4567 89 | € 512,00"',
         '[20] View "Gezamenlijke rekening | NL44 RABO 9876 5432 10 | € 2.104,55"',
         '[24] View "- € 60,00 | Naar Gezamenlijke rekening | Gisteren"']


def test_a_tile_labelled_by_the_asked_word_gives_the_count():
    asked = answers.asked("berapa langkah hari ini?")
    assert asked is not None and asked.kind == "count"
    assert answers.find(asked, _HEALTH, [], {}) == ("8.214", 0.9)


def test_the_row_naming_the_account_gives_its_balance():
    asked = answers.asked("hoeveel geld staat er op de gezamenlijke rekening?")
    assert asked is not None
    assert answers.find(asked, _BANK, [], {})[0] == "€ 2.104,55"
    asked = answers.asked("hoeveel berichten heb ik?")  # no row of messages shows money: nothing read from the rows
    assert answers.find(asked, _BANK + ['[12] View "Berichten, 2 ongelezen"'], [], {}) is None


def test_swahili_asks_a_count_with_ngapi_but_a_time_with_saa_ngapi():
    assert count_leads.lead("Nina ujumbe mingapi ambao sijasoma?") is not None
    assert count_leads.lead("Watu wangapi wamejibu?") is not None
    assert count_leads.lead("Ni saa ngapi sasa?") is None
