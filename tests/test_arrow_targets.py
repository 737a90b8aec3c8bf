"""A terse "thing -> where it goes" note said as its request (agents/arrow_targets.py)."""

from __future__ import annotations

from cascadroid.agents.arrow_targets import targeted
from cascadroid.agents.wording import canonical


def test_an_arrow_to_a_list_adds_the_thing_to_it():
    assert canonical('"Walnut Desk Tray" -> Kupo basket') == 'add "Walnut Desk Tray" to my basket in Kupo'
    assert canonical('clip_07.mp4 -> "Summer" playlist') == 'add clip_07.mp4 to the playlist "Summer"'
    assert canonical("nearest bakery -> Atlasy saved places") == "save the nearest bakery to my saved places in Atlasy"


def test_an_arrow_to_a_new_item_saves_the_thing_in_it():
    assert canonical('"Oak Stool" rating in Bazaro -> new memo "Stools"') == \
        'save the rating of "Oak Stool" in Bazaro in a new memo titled "Stools"'
    assert targeted("cheapest hotel in Stayo -> new contact, name + address") == \
        "save the cheapest hotel in Stayo as a new contact, with its name and address"


def test_an_arrow_to_a_state_or_a_person_or_a_field_value():
    assert canonical('Kiro channel "Ops" -> archived') == 'archive the Kiro channel "Ops"'
    assert targeted("Zulip thread -> not pinned") == "unpin the Zulip thread"
    assert canonical("latest mail from Oren Katz -> Dalia Amir on Wiro") == \
        "forward the latest mail from Oren Katz to Dalia Amir on Wiro"
    assert canonical('"Pottery class" Thursday venue -> Hall 2') == 'change the venue of "Pottery class" on Thursday to Hall 2'
    assert canonical('memo "Packing" text -> "socks only", old text out') == 'replace the text of memo "Packing" with "socks only"'


def test_an_arrow_between_two_values_is_left_to_the_caller():
    assert targeted("Draft 3 -> Final") == ""  # a rename: nothing says where or which state
    assert targeted("recipes.example.org -> Miso soup") == ""  # a site, then the page on it
    assert targeted("weather in Oslo") == ""  # no arrow
