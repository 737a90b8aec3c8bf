"""Ranker conventions that must hold whichever toolkit dumped the screen: each invented screen is built as
a view-based app writes it (ids, text on the control) and as Compose writes it (no ids, the text on a child
of a clickable View), with a case the rule must leave alone."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import perceive
from cascadroid.device.uiautomator import parse_observation


def _node(cls: str, box: tuple[int, int, int, int], text: str = "", *kids: str, clickable: bool = False,
          rid: str = "", scrollable: bool = False) -> str:
    left, top, right, bottom = box
    return (f'<node class="{cls}" package="com.example.app" text={quoteattr(text)} content-desc="" resource-id="{rid}" '
            f'clickable="{str(clickable).lower()}" enabled="true" scrollable="{str(scrollable).lower()}" '
            f'bounds="[{left},{top}][{right},{bottom}]">{"".join(kids)}</node>')


def button(shape: str, box: tuple[int, int, int, int], text: str, rid: str = "") -> str:
    """A button as a view-based app dumps it, or as Compose does (a clickable View, its text on a child)."""
    if shape == "views":
        return _node("android.widget.Button", box, text, clickable=True, rid=rid)
    return _node("android.view.View", box, "", _node("android.widget.TextView", box, text), clickable=True)


def text(shape: str, box: tuple[int, int, int, int], said: str, rid: str = "") -> str:
    return _node("android.widget.TextView", box, said, rid=rid if shape == "views" else "")


def top_label(task: str, *kids: str) -> str:
    xml = "<hierarchy>" + _node("android.widget.FrameLayout", (0, 0, 1080, 2400), "", *kids) + "</hierarchy>"
    screen = perceive(parse_observation(xml))
    top = rank(task, "", screen, [], [])[0]
    return screen.labels[top.action["element"]] if top.action.get("kind") == "tap" else top.text


SHAPES = ("views", "compose")


def test_a_no_first_button_answers_a_dialog_whose_yes_repeats_its_question_in_every_shape():
    for shape in SHAPES:
        dialog = _node("android.widget.LinearLayout", (90, 900, 990, 1500), "",
                       text(shape, (150, 950, 930, 1050), "Prekliči rezervacijo?", "com.example.app:id/alertTitle"),
                       button(shape, (150, 1350, 500, 1460), "Ne, obdrži", "android:id/button2"),
                       button(shape, (550, 1350, 930, 1460), "Prekliči rezervacijo", "android:id/button1"))
        page = button(shape, (40, 1700, 1040, 1830), "Prekliči rezervacijo")
        assert top_label("ne ne, nočem preklicati, pusti rezervacijo", page, dialog) == "Ne, obdrži", shape
        # must not fire: a task that asks for the cancelling gets the dialog's yes
        assert top_label("da, prekliči rezervacijo", page, dialog) != "Ne, obdrži", shape


def _tile_screen(shape: str, strip_height: int) -> tuple[str, ...]:
    tiles = _node("android.widget.LinearLayout", (0, 400, 1080, 700), "",
                  button(shape, (40, 420, 300, 680), "Bil"), button(shape, (320, 420, 580, 680), "Mat"))
    rid = "com.example.app:id/promo_pager" if shape == "views" else ""
    card = _node("android.view.View" if shape == "compose" else "android.widget.FrameLayout",
                 (32, 900, 1048, 900 + strip_height), "",
                 text(shape, (60, 920, 1000, 1000), "Bil Pluss-abonnement"),
                 text(shape, (60, 1010, 1000, 1080), "Spar 20% på hver tur til jobben med bil"), clickable=True)
    strip = _node("android.view.View", (0, 900, 1080, 900 + strip_height), "", card, scrollable=True,
                  rid=rid)
    return tiles, strip


def test_a_card_paging_in_a_low_strip_that_offers_a_saving_is_a_banner_in_every_shape():
    for shape in SHAPES:
        assert top_label("bestill bil til jobben nå", *_tile_screen(shape, 400)) == "Bil", shape
    # must not fire: the same card as a full page of a scrolling list is no banner strip
    assert top_label("bestill bil til jobben nå", *_tile_screen("compose", 1400)) != "Bil"


def test_an_ad_line_just_above_a_page_tall_list_makes_no_ad_of_what_the_list_holds_in_every_shape():
    for shape in SHAPES:
        def page(list_height: int, shape: str = shape) -> tuple[str, ...]:
            ad = text(shape, (24, 250, 300, 330), "Gesponsert")
            rows = _node("android.view.View", (0, 360, 1080, 360 + list_height), "",
                         button(shape, (0, 380, 1080, 560), "Lena Vogt | 10:12 | Bis später"),
                         button(shape, (780, 360 + list_height - 140, 1020, 360 + list_height - 20), "Rückgängig"),
                         scrollable=True)
            return ad, rows
        assert top_label("hoppla, mach das rückgängig", *page(1900)) == "Rückgängig", shape
        # must not fire: the same button in a low strip (a carousel) under the ad line is the ad's
        assert top_label("hoppla, mach das rückgängig", *page(400)) != "Rückgängig", shape


def test_a_try_it_cheaper_promotion_in_a_baltic_language_goes_below_the_ride_it_names_in_every_shape():
    from cascadroid.agents.promotions import offer

    for shape in SHAPES:
        promo = button(shape, (40, 300, 1040, 420), "Izmēģini Premium - pirmais brauciens 20% lētāk")
        rides = [button(shape, (40, 900, 1040, 1060), "Ekonomija | 6,10 € | 3 min"),
                 button(shape, (40, 1080, 1040, 1240), "Premium | 9,80 € | 4 min · Jaunākas mašīnas")]
        assert top_label("pasūti premium braucienu uz staciju", promo, *rides).startswith("Premium"), shape
    # must not fire: "cheaper" with no sum or percentage to get offers nothing
    assert not offer("Premium pirmais brauciens ir lētāk nekā taksometrs")


def test_a_notice_bars_own_menu_is_no_place_to_look_for_the_tasks_verb_in_every_shape():
    for shape in SHAPES:
        tile = button(shape, (40, 400, 300, 660), "Mandhari")
        def bar(said: str, shape: str = shape) -> str:
            return _node("android.widget.LinearLayout", (0, 2000, 1080, 2200), "",
                         text(shape, (24, 2000, 900, 2100), said),
                         button(shape, (920, 2020, 1060, 2180), "More options"))
        notice = bar("Tunatumia vidakuzi kuboresha matumizi yako kwenye programu hii.")
        assert top_label("nunua vocha ya mandhari ya giza", tile, notice) == "Mandhari", shape
        # must not fire: a bar titled with a name (a toolbar) keeps its menu the place to look
        assert top_label("nunua vocha ya mandhari ya giza", bar("Duka")) == "More options", shape
