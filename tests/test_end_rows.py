"""The newest or oldest item of a list to act on: invented apps and wordings, with cases that must not fire."""

from typing import Any

from cascadroid.agents import end_rows
from cascadroid.agents.candidates import Candidate
from cascadroid.agents.perceptor import Screen


def _list(rows: list[str], scrolls: bool = False) -> Screen:
    lines = ['[5] TextView "Everything" (selected)'] + [f'[{10 + 4 * i}] LinearLayout "{r}"' for i, r in enumerate(rows)]
    labels = {5: "Everything", **{10 + 4 * i: r for i, r in enumerate(rows)}}
    bounds = {5: [0, 200, 300, 300], **{10 + 4 * i: [0, 320 + 180 * i, 1080, 490 + 180 * i] for i in range(len(rows))}}
    if scrolls:
        lines.append('[90] RecyclerView "list" (scrollable)')
        labels[90] = "list"
        bounds[90] = [0, 300, 1080, 2000]
    return Screen(package="com.example.shelf", digest="s", lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, width=1080)


def _cands(screen: Screen) -> list[Candidate]:
    out = [Candidate({"kind": "tap", "element": i}, f"tap [{i}]", 0.5) for i in screen.actionable]
    return out + [Candidate({"kind": "swipe", "direction": "down"}, "scroll down", 0.2), Candidate({"kind": "back"}, "back", 0.1)]


def _best(cands: list[Candidate]) -> dict[str, Any]:
    return max(cands, key=lambda c: c.score).action


RECIPES = ["Lentil soup, Mia | serves 4", "Pancakes, Bo | sweet, quick", "Ramen, Kai | takes two hours"]


def test_the_age_words_of_a_task():
    for task in ("Archive my newest recipe", "pin the latest clip", "Hide the clip I saved most recently",
                 "share the voice memo I recorded last", "Move the last recipe to Desserts",
                 "Markiere das neueste Rezept", "the clip that came in last: pin it"):
        assert end_rows.wanted_end(task) == "newest", task
    for task in ("Remove my oldest recipe", "the clip saved longest ago - hide it", "Borra la receta más antigua"):
        assert end_rows.wanted_end(task) == "oldest", task
    for task in ("Pin the recipe I saved last week", "Change my last name to Ortiz", "Hide the Ramen recipe",
                 "Show the last page of the Ramen recipe"):
        assert end_rows.wanted_end(task) is None, task


def test_newest_untimed_row_is_the_first():
    screen = _list(RECIPES)
    cands = _cands(screen)
    end_rows.adjust(cands, "Archive my newest recipe", screen, [], False)
    assert _best(cands) == {"kind": "tap", "element": 10}


def test_oldest_untimed_row_is_the_last_after_the_list_end():
    screen = _list(RECIPES, scrolls=True)
    cands = _cands(screen)
    end_rows.adjust(cands, "Remove my oldest recipe", screen, [], False)
    assert _best(cands) == {"kind": "swipe", "direction": "down"}
    at_end = [{"kind": "swipe", "line": "scroll down to see more", "outcome": "no_change"}]
    cands = _cands(screen)
    end_rows.adjust(cands, "Remove my oldest recipe", screen, at_end, False)
    assert _best(cands) == {"kind": "tap", "element": 18}


def test_dated_rows_pick_by_date_whatever_the_order():
    screen = _list(["Clip 7, Harbour, saved 2025-03-02", "Clip 2, Dunes, saved 2023-11-30", "Clip 9, Pier, saved 2026-01-15"])
    cands = _cands(screen)
    end_rows.adjust(cands, "pin the latest clip", screen, [], False)
    assert _best(cands) == {"kind": "tap", "element": 18}
    cands = _cands(screen)
    end_rows.adjust(cands, "hide the oldest clip", screen, [], False)
    assert _best(cands) == {"kind": "tap", "element": 14}


def test_must_not_fire():
    screen = _list(RECIPES)
    for task, question, since in (
            ("Archive the Pancakes recipe", False, []),  # no age word
            ("What is my newest recipe?", True, []),  # a question is read elsewhere
            ("Archive my newest recipe", False, [{"kind": "tap", "line": "tap [10] Lentil soup, Mia | serves 4",
                                                  "outcome": "success"}])):  # a row is open already
        cands = _cands(screen)
        end_rows.adjust(cands, task, screen, since, question)
        assert all(c.score <= 0.5 for c in cands), task
    icons = _list(["Camera", "Clock", "Radio"])  # a launcher's icons are no list of items
    cands = _cands(icons)
    end_rows.adjust(cands, "Archive my newest recipe", icons, [], False)
    assert all(c.score <= 0.5 for c in cands)


def test_the_direction_the_task_names_picks_among_marked_rows():
    log = _list(["Ivo Brandt | Received · Jan 3, 09:10", "Lea Sommer | Outgoing · Jan 3, 08:40",
                 "Ivo Brandt | Outgoing · Jan 2, 18:05"])
    cands = _cands(log)
    end_rows.adjust(cands, "Block the last number I dialled", log, [], False)
    assert _best(cands) == {"kind": "tap", "element": 14}
    cands = _cands(log)
    end_rows.adjust(cands, "Block the latest number", log, [], False)  # no direction named: the newest row
    assert _best(cands) == {"kind": "tap", "element": 10}
    assert end_rows.marked("Who rang me last?", log, [10, 14, 18]) == [10, 14, 18]  # no row reads "incoming"


def _titled(title: str, rows: list[str]) -> Screen:
    screen = _list(rows)
    return screen.model_copy(update={"lines": [f"    {title}", *screen.lines[1:]], "actionable": screen.actionable[1:]})


def test_the_folder_opened_to_reach_its_items_is_no_item_opened():
    clips = _titled("Inbox clips", ["harbour.mov | 12 MB · Feb 2", "kite.mov | 40 MB · Feb 9", "dune.mov | 8 MB · Feb 5"])
    opened_folder = [{"kind": "tap", "line": 'tap [11] "Inbox clips | 3 items"', "outcome": "success"}]
    cands = _cands(clips)
    end_rows.adjust(cands, "Archive the newest clip in Inbox clips", clips, opened_folder, False)
    assert _best(cands) == {"kind": "tap", "element": 14}  # kite.mov, Feb 9
    # must not fire: an item of this very list was opened and left (the page's title is no row's title)
    opened_item = opened_folder + [{"kind": "tap", "line": 'tap [14] "kite.mov | 40 MB · Feb 9"', "outcome": "success"}]
    cands = _cands(clips)
    end_rows.adjust(cands, "Archive the newest clip in Inbox clips", clips, opened_item, False)
    assert all(c.score <= 0.5 for c in cands)


def _inbox() -> Screen:
    """A mail list as Gmail-like apps dump it: a toolbar's round icons the size of each row's avatar, rows in a
    scrolling list (invented senders)."""
    rows = ["Lena Vogt | 09:12 | Budget | numbers attached", "Parcel Hub | 08:40 | Shipped | track it",
            "Omar Haddad | 07:55 | Dinner? | at eight", "Tide Bank | 07:10 | Statement | ready"]
    labels = {2: "Open navigation drawer", 4: "Account and settings.", 5: "Inbox list"}
    bounds = {2: [30, 160, 150, 280], 4: [900, 160, 1040, 280], 5: [0, 300, 1080, 2100]}
    lines = ['[2] ImageButton "Open navigation drawer"', '[4] ImageButton "Account and settings."',
             '[5] RecyclerView "Inbox list" (scrollable)']
    for n, row in enumerate(rows):
        top, title = 400 + 220 * n, row.split(" | ")[0]
        labels[10 + 3 * n], labels[11 + 3 * n] = row, f"{title}'s avatar"
        bounds[10 + 3 * n], bounds[11 + 3 * n] = [0, top, 1080, top + 220], [30, top + 30, 150, top + 150]
        lines += [f'[{10 + 3 * n}] ViewGroup "{row}"', f'[{11 + 3 * n}] ImageButton "{title}\'s avatar"']
    return Screen(package="com.example.post", digest="i", lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, width=1080)


def test_a_toolbar_icon_the_size_of_the_avatars_is_no_row():
    screen = _inbox()
    cands = _cands(screen)
    end_rows.adjust(cands, "open the latest email", screen, [], False)
    assert _best(cands) == {"kind": "tap", "element": 10}  # the first mail, not "Open navigation drawer" above it


def test_the_newest_from_a_named_sender_is_that_senders_row():
    screen = _inbox()
    cands = _cands(screen)
    end_rows.adjust(cands, "open the newest email from Omar", screen, [], False)
    assert _best(cands) == {"kind": "tap", "element": 16}
    cands = _cands(screen)
    end_rows.adjust(cands, "open the newest email from Zoe", screen, [], False)  # no row names Zoe: the newest
    assert _best(cands) == {"kind": "tap", "element": 10}


def test_an_age_word_inside_a_quoted_message_picks_no_row():
    screen = _list(RECIPES, scrolls=True)
    for task in ('share the Ramen recipe with Bo saying "my oldest recipe, still the best"',
                 'send the Pancakes recipe to Ana with the note “the latest version is sweeter”'):
        cands = _cands(screen)
        end_rows.adjust(cands, task, screen, [], False)
        assert all(c.score <= 0.5 for c in cands), task
    cands = _cands(screen)
    end_rows.adjust(cands, 'Remove my oldest recipe, the one called "Soup"', screen, [], False)  # said outside the quotes
    assert _best(cands) == {"kind": "swipe", "direction": "down"}
