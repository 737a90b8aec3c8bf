"""Reading a screen the same whatever toolkit dumped it: a content-desc said one line per text (Flutter's
merged semantics), a row's texts in reading order, and equal candidates in reading order, not dump order."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import perceive
from cascadroid.agents.screen_order import reading_order
from cascadroid.device.uiautomator import parse_observation

PKG = "net.example.birdwatch"


def _node(cls: str, bounds: str, *, text: str = "", desc: str = "", clickable: bool = False, kids: str = "") -> str:
    return (f'<node index="0" text="{text}" resource-id="" class="{cls}" package="{PKG}" content-desc="{desc}" '
            f'checkable="false" checked="false" clickable="{str(clickable).lower()}" enabled="true" '
            f'focusable="{str(clickable).lower()}" focused="false" scrollable="false" long-clickable="false" '
            f'password="false" selected="false" bounds="{bounds}">{kids}</node>')


def _dump(*rows: str) -> str:
    return '<hierarchy rotation="0">' + _node("android.widget.FrameLayout", "[0,0][1080,2400]",
                                              kids="".join(rows)) + "</hierarchy>"


def _screen(xml: str):
    return perceive(parse_observation(xml))


def test_a_content_desc_said_one_line_per_text_is_read_as_parts():
    row = _node("android.widget.Button", "[0,300][1080,500]", desc="Kestrel&#10;Seen at the old quarry&#10;2 h ago",
                clickable=True)
    screen = _screen(_dump(row))
    assert "Kestrel | Seen at the old quarry | 2 h ago" in screen.labels.values()


def test_a_content_desc_on_one_line_stays_one_part():
    row = _node("android.widget.Button", "[0,300][1080,500]", desc="Kestrel, seen at the old quarry", clickable=True)
    assert "Kestrel, seen at the old quarry" in _screen(_dump(row)).labels.values()


def test_an_info_text_said_on_two_lines_is_read_as_two_parts():
    info = _node("android.view.View", "[0,100][1080,200]", desc="Today&#10;3 sightings")
    assert "    Today | 3 sightings" in _screen(_dump(info)).lines


def _row(top: int, first: str, second: str, *, shuffled: bool) -> str:
    title = _node("android.widget.TextView", f"[40,{top + 20}][700,{top + 80}]", text=first)
    time = _node("android.widget.TextView", f"[860,{top + 24}][1040,{top + 76}]", text="9:40")
    line = _node("android.widget.TextView", f"[40,{top + 90}][700,{top + 150}]", text=second)
    kids = line + time + title if shuffled else title + time + line
    return _node("android.widget.LinearLayout", f"[0,{top}][1080,{top + 170}]", clickable=True, kids=kids)


def test_a_row_folds_its_texts_in_reading_order_whatever_the_dump_order():
    written = _screen(_dump(_row(300, "Heron", "By the canal", shuffled=False)))
    shuffled = _screen(_dump(_row(300, "Heron", "By the canal", shuffled=True)))
    assert set(written.labels.values()) == set(shuffled.labels.values()) == {"Heron | 9:40 | By the canal"}


def test_equal_candidates_come_in_reading_order_not_dump_order():
    upper = _node("android.widget.Button", "[40,400][500,500]", text="Log sighting", clickable=True)
    lower = _node("android.widget.Button", "[40,900][500,1000]", text="Log sighting", clickable=True)
    for xml in (_dump(upper, lower), _dump(lower, upper)):
        screen = _screen(xml)
        first = rank("log sighting", "", screen, [], [])[0]
        assert screen.bounds[first.action["element"]][1] == 400


def test_reading_order_keeps_a_page_high_container_off_the_rows_lines():
    boxes = [(1, (0, 0, 1080, 2400)), (2, (40, 900, 500, 1000)), (3, (10, 400, 500, 500)), (4, (600, 410, 900, 490))]
    assert reading_order(boxes) == [1, 3, 4, 2]


def test_reading_order_places_empty_boxes_too():
    assert reading_order([(1, (0, 0, 0, 0)), (2, (0, 50, 100, 50)), (3, (0, 10, 100, 40))]) == [1, 3, 2]


def test_a_description_repeating_its_row_texts_is_read_as_those_texts():
    kids = (_node("android.widget.TextView", "[40,320][700,380]", text="Osprey") +
            _node("android.widget.TextView", "[40,390][700,450]", text="Over the lake, at dawn"))
    row = _node("android.view.ViewGroup", "[0,300][1080,500]", desc="Osprey, Over the lake, at dawn", clickable=True,
                kids=kids)
    assert "Osprey | Over the lake, at dawn" in _screen(_dump(row)).labels.values()


def test_a_description_saying_more_than_its_row_texts_is_kept():
    kids = _node("android.widget.TextView", "[40,320][700,380]", text="Osprey")
    row = _node("android.view.ViewGroup", "[0,300][1080,500]", desc="Play the call of the Osprey", clickable=True,
                kids=kids)
    assert "Play the call of the Osprey" in _screen(_dump(row)).labels.values()


def test_a_badge_over_a_tile_is_no_title_of_the_tile():
    kids = (_node("android.widget.TextView", "[200,300][240,340]", text="N") +
            _node("android.widget.TextView", "[40,420][300,480]", text="Birdsong quiz"))
    tile = _node("android.view.View", "[0,280][340,500]", clickable=True, kids=kids)
    assert [label.split(" | ")[0] for label in _screen(_dump(tile)).labels.values()] == ["Birdsong quiz"]
    # must not fire: a key or tile saying only a letter keeps it as its name; a word in capitals is no badge
    key = _node("android.widget.Button", "[400,300][500,400]", text="N", clickable=True)
    tab = _node("android.view.View", "[0,600][540,700]", clickable=True,
                kids=_node("android.widget.TextView", "[20,610][200,650]", text="OWLS") +
                _node("android.widget.TextView", "[20,660][300,690]", text="12 sightings"))
    assert {"N", "OWLS | 12 sightings"} <= set(_screen(_dump(key, tab)).labels.values())
