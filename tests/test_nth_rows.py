"""The Nth item from a list's end: invented apps and wordings, with cases that must not fire."""

from typing import Any

from cascadroid.agents import end_rows, nth_rows, recent_items
from cascadroid.agents.candidates import Candidate
from cascadroid.agents.perceptor import Screen


def _list(rows: list[str]) -> Screen:
    lines = ['[5] TextView "All clips" (selected)'] + [f'[{10 + 4 * i}] LinearLayout "{r}"' for i, r in enumerate(rows)]
    labels = {5: "All clips", **{10 + 4 * i: r for i, r in enumerate(rows)}}
    bounds = {5: [0, 200, 300, 300], **{10 + 4 * i: [0, 320 + 180 * i, 1080, 490 + 180 * i] for i in range(len(rows))}}
    return Screen(package="com.example.reels", digest="r", lines=lines, actionable=list(labels), labels=labels,
                  bounds=bounds, width=1080)


def _best(task: str, screen: Screen) -> dict[str, Any]:
    cands = [Candidate({"kind": "tap", "element": i}, f"tap [{i}]", 0.5) for i in screen.actionable]
    cands.append(Candidate({"kind": "swipe", "direction": "down"}, "scroll down", 0.2))
    end_rows.adjust(cands, task, screen, [], False)
    return max(cands, key=lambda c: c.score).action


UNDATED = ["Kite surfing, Noor | 2 min", "Glacier hike, Pim | 5 min", "Night market, Sol | 1 min",
           "Tram ride, Ines | 3 min"]
DATED = ["Clip 7, Dunes, saved 2025-03-02", "Clip 2, Harbour, saved 2023-11-30", "Clip 9, Pier, saved 2026-01-15",
         "Clip 4, Mill, saved 2024-06-10"]


def test_offsets_of_a_task():
    for task, at in (("pin the third newest clip", 2), ("Hide the 2nd most recent reel", 1),
                     ("Share the fourth clip in my Reels, counting from the latest.", 3),
                     ("the second-to-last reel: archive it", 1), ("archive my penultimate clip", 1),
                     ("Pin the clip right before my most recent one", 1),
                     ("Newest first - skip the first two and hide the next one", 2),
                     ("Markiere das dritte neueste Video", 2), ("pin the newest clip", 0)):
        assert nth_rows.offset(task) == at, task
    for task in ("Pin the clip I saved on the third of May", "Hide my second clip", "Book the third floor room",
                 "share the newest clip with my second cousin"):
        assert nth_rows.offset(task) == 0 or end_rows.wanted_end(task) is None, task


def test_undated_rows_count_from_the_top():
    screen = _list(UNDATED)
    assert _best("pin the third newest clip", screen) == {"kind": "tap", "element": 18}
    assert _best("archive my penultimate clip", screen) == {"kind": "tap", "element": 14}
    assert _best("Hide the second clip from the top", screen) == {"kind": "tap", "element": 14}


def test_dated_rows_count_by_date_whatever_the_order():
    screen = _list(DATED)
    assert _best("pin the 2nd most recent clip", screen) == {"kind": "tap", "element": 10}  # 2025 after 2026
    assert _best("hide the second oldest clip", screen) == {"kind": "tap", "element": 22}  # 2024 after 2023


def test_must_not_fire():
    screen = _list(UNDATED)
    assert _best("pin the newest clip", screen) == {"kind": "tap", "element": 10}  # no ordinal: the end row itself
    for task in ("Hide my second clip", "Pin the clip I saved on the third of May"):  # no end named
        cands = [Candidate({"kind": "tap", "element": i}, f"tap [{i}]", 0.5) for i in screen.actionable]
        end_rows.adjust(cands, task, screen, [], False)
        assert all(c.score == 0.5 for c in cands), task
    assert _best("pin the ninth newest clip", screen) == {"kind": "tap", "element": 5}  # fewer rows shown: none picked


def _talk(*bubbles: str) -> Screen:
    labels = {12 + i: b for i, b in enumerate(bubbles)}
    return Screen(package="com.example.talk", digest="t", lines=[f'[{i}] TextView "{b}"' for i, b in labels.items()],
                  actionable=list(labels), labels=labels,
                  bounds={i: [40, 300 + 150 * n, 900, 420 + 150 * n] for n, i in enumerate(labels)})


def test_their_message_before_the_latest_in_a_conversation():
    page = _talk("Hoi! | Received: Hoi!", "Trein is laat | Received: Trein is laat", "Oké | You said: Oké",
                 "Sta op perron 4 | Received: Sta op perron 4", "Ben er bijna | Received: Ben er bijna",
                 "Top | You said: Top")
    for task, said in (("What did the second-to-last text from Joris Smit say?", "Sta op perron 4"),
                       ("Joris Smit's 2nd-last message?", "Sta op perron 4"),
                       ("Read me the message Joris Smit sent right before his most recent one", "Sta op perron 4"),
                       ("Joris sent me a few texts. Not the latest one, the one just before it - what did it say?",
                        "Sta op perron 4"),
                       ("What was Joris Smit's third most recent text?", "Trein is laat")):
        assert recent_items.read(task, "line", page, ("Top", 1.0)) == (said, 1.0), task
    preview = _list(["Joris Smit | Ben er bijna", "Ada Berg | Tot zo"])  # a list row's preview is his newest
    assert recent_items.read("What did the second-to-last text from Joris Smit say?", "line", preview,
                             ("Ben er bijna", 1.0)) is None


def test_their_message_must_not_fire():
    page = _talk("Hoi! | Received: Hoi!", "Ben er bijna | Received: Ben er bijna", "Top | You said: Top")
    for task in ("What was the last thing Joris Smit wrote?", "What did Joris Smit text me on the second of May?",
                 "What did I write to Joris in my second-to-last message?"):
        assert recent_items.asks_their_before_last(task) == 0 or recent_items.asks_mine(task), task
    assert recent_items.read("What was the last thing Joris Smit wrote?", "line", page, ("Ben er bijna", 1.0)) == \
        ("Ben er bijna", 1.0)
