"""A row with a sum under a heading of past records is a record, though it shows no date or sign
(agents/past_records.py): the tile that starts a new one comes first. Invented wallets only."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of


def _wallet(heading: str, row: str, *tiles: str):
    cells = [node("LinearLayout", (30 + i * 255, 400, 275 + i * 255, 600), "", "",
                  node("TextView", (40 + i * 255, 540, 265 + i * 255, 590), tile), clickable=True)
             for i, tile in enumerate(tiles)]
    recent = node("LinearLayout", (0, 700, 1080, 1000), "", "",
                  node("TextView", (40, 710, 1040, 770), heading),
                  node("LinearLayout", (0, 790, 1080, 950), "", "",
                       node("TextView", (40, 820, 1040, 900), row), clickable=True))
    return screen_of(node("TextView", (40, 150, 1040, 260), "Pocketly"), *cells, recent)


def _first_is(task: str, text: str, *screen_args: str) -> bool:
    observation, screen = _wallet(*screen_args)
    target = element(observation, text=text)
    action = first(task, screen)
    return action.get("kind") == "tap" and action.get("element") in (target.id, screen.target(target.id))


_TILES = ("Send", "Airtime", "Data", "Bills")


def test_a_row_with_a_sum_under_a_heading_of_records_gives_way_to_the_tile():
    assert _first_is("buy ₦500 Airtel airtime for 0803 111 2222", "Airtime",
                     "Recent Airtime Purchases", "Airtel 0812 *** 9090 · ₦2,000", *_TILES)
    assert _first_is("put ₦500 on Airtel 0803 111 2222", "Airtime",
                     "Transaction history", "Airtel 0812 *** 9090 · ₦2,000", *_TILES)


def test_a_recent_row_without_a_sum_stays_a_way_to_its_person():
    assert _first_is("send ₦500 to Tunde Bakare", "Tunde Bakare", "Recent", "Tunde Bakare", *_TILES)
