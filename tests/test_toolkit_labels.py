"""Names as other toolkits dump them: a tab bar's place parts ("Tab 2 of 4", "Onglet 3 sur 4", "ট্যাব ৪ এর ৫") are
dropped from the tabs' names (agents/tab_positions.py), told by shape in any language, while rows that count under each
other keep theirs; a Compose button's one shown text comes before the longer description opening with it."""

from __future__ import annotations

from test_ui_conventions import element, screen_of
from test_ui_conventions import node as ui_node


def _bar(said: list[str], top: int = 2200):
    width = 1080 // len(said)
    return [ui_node("View", (i * width, top, (i + 1) * width, top + 150), "", s, clickable=True) for i, s in enumerate(said)]


def test_flutter_tabs_lose_their_place_in_any_language():
    for names, place in ((("Inicio", "Pagos", "Cuenta"), "Pestaña {} de 3"), (("Home", "Ride", "Wallet"), "Tab {} of 3"),
                         (("হোম", "লেনদেন", "প্রোফাইল"), "ট্যাব {} এর ৩")):
        digits = "০১২৩" if "ট্যাব" in place else "0123"
        observation, screen = screen_of(*_bar([f"{n}\n{place.format(digits[i + 1])}" for i, n in enumerate(names)]))
        for name in names:
            tab = element(observation, content_desc=next(d for d in [f"{name}\n{place.format(digits[k + 1])}"
                                                                          for k, n in enumerate(names) if n == name]))
            assert screen.labels[tab.id] == name
            assert any(line.startswith(f"[{tab.id}] ") and f'"{name}"' in line for line in screen.lines)


def test_rows_under_each_other_and_a_lone_count_keep_their_numbers():
    rows = [ui_node("View", (0, 300 + 200 * i, 1080, 480 + 200 * i), "", f"Packing list\nStep {i + 1} of 3", clickable=True)
            for i in range(3)]
    observation, screen = screen_of(*rows, *_bar(["Today\n5 of 7 done", "Week"]))
    assert all("of 3" in screen.labels[element(observation, content_desc=f"Packing list\nStep {i + 1} of 3").id]
               for i in range(3))
    assert screen.labels[element(observation, content_desc="Today\n5 of 7 done").id].endswith("5 of 7 done")


def test_a_compose_button_shows_its_one_text_first_before_the_longer_description_that_opens_with_it():
    """Merged semantics: a clickable View whose description extends the one text it shows ("Directions" under
    "Directions to Harbour Deli") is named by that text first, as a classic button's own text is; a row with
    several texts, or a description that does not open with the text, keeps its order."""
    button = ui_node("View", (40, 1480, 300, 1590), "", "Directions to Harbour Deli",
                     ui_node("TextView", (60, 1500, 280, 1570), "Directions"), clickable=True)
    row = ui_node("View", (0, 300, 1080, 480), "", "Harbour Deli, open until 10 pm, 4.6 stars",
                  ui_node("TextView", (40, 320, 700, 380), "Harbour Deli"),
                  ui_node("TextView", (40, 390, 700, 450), "open until 10 pm"), clickable=True)
    other = ui_node("View", (320, 1480, 600, 1590), "", "Start navigation",
                    ui_node("TextView", (340, 1500, 580, 1570), "Start"), clickable=True)
    observation, screen = screen_of(row, button, other)
    assert screen.labels[element(observation, content_desc="Directions to Harbour Deli").id] == \
        "Directions | Directions to Harbour Deli"
    assert screen.labels[element(observation, content_desc="Start navigation").id].startswith("Start")
    assert screen.labels[element(observation, content_desc="Harbour Deli, open until 10 pm, 4.6 stars").id].startswith(
        "Harbour Deli, open until 10 pm")
