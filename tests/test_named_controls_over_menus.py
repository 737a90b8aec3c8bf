"""A control the task names by its own label is pressed itself: a "More" tab beside it holds no way in when the task
only looks ("open Konten"), and a popup's scrim keeps a long press on a covered control as unreachable as a tap
(agents/menus.py, agents/label_shapes.py)."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of, tapped


def _tab_bar(labels: list[str], more: str) -> str:
    tabs = [node("FrameLayout", (270 * k, 2200, 270 * (k + 1), 2340), "", label,
                 node("TextView", (270 * k + 20, 2280, 270 * (k + 1) - 20, 2330), label), clickable=True)
            for k, label in enumerate([*labels, more])]
    return node("LinearLayout", (0, 2200, 1080, 2340), "", "", *tabs)


def _banking_home(labels: list[str], more: str):
    return screen_of(node("TextView", (40, 300, 1040, 400), "Guten Abend, Lena"),
                     node("TextView", (40, 500, 1040, 600), "Girokonto · 1.204,50 €"),
                     _tab_bar(labels, more))


def test_a_tab_the_task_opens_by_name_beats_the_more_tab_beside_it():
    observation, screen = _banking_home(["Home", "Accounts", "Pay"], "More")
    assert tapped(observation, screen, "open Accounts", content_desc="Accounts")
    observation, screen = _banking_home(["Feed", "Groups", "Events"], "More")
    assert tapped(observation, screen, "open my Groups", content_desc="Groups")


def test_an_act_on_the_named_thing_still_looks_in_the_menu():
    observation, screen = _banking_home(["Home", "Accounts", "Pay"], "More")
    assert tapped(observation, screen, "delete Accounts", content_desc="More")


def test_a_long_press_on_a_control_under_a_popup_does_not_win():
    page = node("FrameLayout", (0, 0, 1080, 2400), "", "",
                node("TextView", (40, 300, 1040, 400), "Daily deals"),
                _tab_bar(["Home", "Browse", "Basket"], "Profile"))
    popup = node("FrameLayout", (0, 0, 1080, 2400), "", "",
                 node("TextView", (140, 900, 940, 1000), "Your welcome voucher is ready!"),
                 node("Button", (140, 1100, 940, 1220), "Claim now", clickable=True),
                 node("ImageView", (880, 820, 960, 900), "", "Close", clickable=True), clickable=True)
    _, screen = screen_of(page, popup)
    assert first("open Browse", screen).get("kind") != "long_press"


def _people():
    rows = [("Sarah Jones", "+£25.00"), ("Tom Okafor", "-£12.40"), ("Mina Park", "+£8.00")]
    return screen_of(node("TextView", (40, 100, 1040, 200), "Activity"),
                     *[node("LinearLayout", (0, 300 + 200 * i, 1080, 480 + 200 * i), "", "",
                            node("TextView", (120, 320 + 200 * i, 700, 390 + 200 * i), name),
                            node("TextView", (720, 320 + 200 * i, 1040, 390 + 200 * i), amount), clickable=True)
                       for i, (name, amount) in enumerate(rows)])


def test_opening_or_tapping_a_named_row_offers_no_long_press():
    from cascadroid.agents.candidates import rank
    _, screen = _people()
    for task in ("open Sarah Jones", "tap on Tom Okafor", "show me Mina Park"):
        assert not [c for c in rank(task, "", screen, [], []) if c.action.get("kind") == "long_press"], task
    assert [c for c in rank("archive Sarah Jones", "", screen, [], []) if c.action.get("kind") == "long_press"]
