"""UI conventions of real screens (agents/ui_conventions.py), on small invented screens."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import perceive
from cascadroid.agents.values import task_values
from cascadroid.device.uiautomator import parse_observation


def node(cls: str, bounds: tuple[int, int, int, int], text: str = "", desc: str = "", *kids: str,
         clickable: bool = False, enabled: bool = True, scrollable: bool = False, rid: str = "", hint: str = "",
         focused: bool = False) -> str:
    """One uiautomator node of an invented app (tests/test_negation_and_entries.py builds with it too)."""
    left, top, right, bottom = bounds
    attrs = (f'class="android.widget.{cls}" package="com.example.app" text={quoteattr(text)} '
             f'content-desc={quoteattr(desc)} resource-id="{rid}" clickable="{str(clickable).lower()}" '
             f'enabled="{str(enabled).lower()}" scrollable="{str(scrollable).lower()}" '
             f'focused="{str(focused).lower()}" hint={quoteattr(hint)} '
             f'bounds="[{left},{top}][{right},{bottom}]"')
    return f"<node {attrs}>{''.join(kids)}</node>"


def screen_of(*kids: str):
    xml = "<hierarchy>" + node("FrameLayout", (0, 0, 1080, 2400), "", "", *kids) + "</hierarchy>"
    observation = parse_observation(xml)
    return observation, perceive(observation)


def first(task: str, screen) -> dict:
    return rank(task, "", screen, [], [])[0].action


def element(observation, **fields):
    return next(e for e in observation.elements if all(getattr(e, k) == v for k, v in fields.items()))


def tapped(observation, screen, task: str, **fields) -> bool:
    """The task's first action taps the element with ``fields``, or the control that element stands for."""
    target = element(observation, **fields)
    action = first(task, screen)
    return action.get("kind") == "tap" and action.get("element") in (target.id, screen.target(target.id))


def test_a_button_whose_whole_label_the_task_says_beats_an_icon_sharing_a_word():
    observation, screen = screen_of(
        node("ImageButton", (900, 120, 1060, 260), "", "Winkelwagen, 1 artikel", clickable=True),
        node("TextView", (40, 400, 1040, 520), "Regenjas Noorderlicht, marineblauw"),
        node("Button", (40, 1700, 1040, 1830), "In de winkelwagen", clickable=True),
        node("Button", (40, 1860, 1040, 1990), "Nu kopen", clickable=True))
    button = element(observation, text="In de winkelwagen")
    assert first("Leg dit artikel in de winkelwagen", screen) == {"kind": "tap", "element": button.id}


def test_an_inflected_verb_meets_its_button_and_a_hebrew_article_is_set_aside():
    observation, screen = screen_of(
        node("TextView", (40, 1500, 1040, 1700), "Usamos cookies para mejorar tu experiencia."),
        node("Button", (40, 1720, 1040, 1830), "Aceptar cookies", clickable=True),
        node("Button", (40, 1850, 1040, 1960), "Rechazar cookies", clickable=True))
    reject = element(observation, text="Rechazar cookies")
    assert first("rechaza las cookies", screen) == {"kind": "tap", "element": reject.id}
    observation, screen = screen_of(
        *[node("FrameLayout", (i * 360, 2200, (i + 1) * 360, 2400), "", label, clickable=True)
          for i, label in enumerate(["הגדרות", "התראות", "פרופיל"])])
    settings = element(observation, content_desc="הגדרות")
    assert first("פתח את ההגדרות", screen) == {"kind": "tap", "element": settings.id}


def test_media_controls_are_named_by_what_they_start_or_stop():
    observation, screen = screen_of(
        node("ImageButton", (20, 140, 140, 260), "", "Switch camera", clickable=True),
        node("Button", (0, 2200, 270, 2380), "Unmute", clickable=True),
        node("Button", (270, 2200, 540, 2380), "Start video", clickable=True),
        node("Button", (540, 2200, 810, 2380), "Chat", clickable=True),
        node("Button", (810, 2200, 1080, 2380), "Leave", clickable=True))
    assert first("turn the camera on", screen) == {"kind": "tap", "element": element(observation, text="Start video").id}
    assert first("turn my mic on please", screen) == {"kind": "tap", "element": element(observation, text="Unmute").id}


def _results(first_marker: str):
    rows = [(first_marker, "Aurora 2-person dome tent, waterproof", "$129"),
            ("", "Trailhead 3-season backpacking tent", "$149"),
            ("", "Pop-up beach shade tent with UV protection", "$39")]
    return screen_of(node("ListView", (0, 300, 1080, 2200), "", "", *[
        node("LinearLayout", (0, 300 + i * 500, 1080, 780 + i * 500), "", "",
             *([node("TextView", (40, 320 + i * 500, 400, 370 + i * 500), marker)] if marker else []),
             node("TextView", (40, 380 + i * 500, 1040, 500 + i * 500), title),
             node("TextView", (40, 520 + i * 500, 400, 580 + i * 500), price), clickable=True)
        for i, (marker, title, price) in enumerate(rows)], scrollable=True))


def test_the_top_result_is_the_first_row_that_is_no_ad_in_any_language():
    for marker in ("Promoted", "Gesponsert", "広告"):
        observation, screen = _results(marker)
        organic = next(e for e in observation.elements if e.clickable and e.bounds.top == 800)  # the second row
        assert first("open the first result that is not an ad", screen) == {"kind": "tap", "element": organic.id}, marker


def test_a_disabled_button_doing_the_task_waits_for_the_option_the_task_names():
    sizes = [node("TextView", (40 + i * 200, 1500, 220 + i * 200, 1620), s, clickable=True)
             for i, s in enumerate(["38", "39", "40", "41"])]
    observation, screen = screen_of(
        node("ImageButton", (940, 120, 1070, 250), "", "Añadir a favoritos", clickable=True),
        node("TextView", (40, 1200, 1040, 1300), "Zapatillas de trail Cumbre"),
        node("RecyclerView", (0, 1480, 1080, 1640), "", "", *sizes, scrollable=True),
        node("Button", (440, 2080, 1050, 2250), "Añadir a la cesta", clickable=True, enabled=False))
    assert first("añadir a la cesta en talla 40", screen) == {
        "kind": "tap", "element": element(observation, text="40").id}


def test_an_a_to_z_list_that_stops_before_the_name_asked_for_is_scrolled():
    languages = ["Afrikaans", "Bahasa Indonesia", "Català", "Čeština", "Dansk", "Deutsch", "English", "Español"]
    observation, screen = screen_of(node("TextView", (40, 140, 600, 260), "Languages", clickable=True),
                                    node("RecyclerView", (0, 300, 1080, 2300), "", "", *[
        node("LinearLayout", (0, 300 + i * 220, 1080, 520 + i * 220), "", "",
             node("TextView", (60, 340 + i * 220, 1000, 480 + i * 220), name), clickable=True)
        for i, name in enumerate(languages)], scrollable=True))
    assert first("Pick Svenska as the app language", screen)["kind"] == "swipe"


def test_single_quotes_and_quotative_particles_give_the_words_to_type():
    assert [(v.text, v.kind) for v in task_values("Reply 'see you at the gate' to this")] == [
        ("see you at the gate", "message")]
    assert task_values("Open Ana's and Bo's shared list") == []
    assert [(v.text, v.kind) for v in task_values("민지에게 '5분 늦어'라고 보내줘")] == [("5분 늦어", "message")]
    assert [(v.text, v.kind) for v in task_values("田中さんに「今向かってます」と返信して")] == [("今向かってます", "message")]


def _shop_page(card_id: str):
    return screen_of(
        node("TextView", (40, 200, 1040, 300), "Studio headphones X2 wireless"),
        node("Button", (40, 400, 1040, 500), "Add to cart", clickable=True, rid="org.example.shop:id/add_main"),
        node("LinearLayout", (30, 700, 520, 1200), "", "", node("TextView", (50, 720, 500, 800), "Headphones case X2"),
             node("ImageButton", (400, 1100, 500, 1180), "", "Add to cart", clickable=True,
                  rid="org.example.shop:id/card_add"), clickable=True, rid=f"org.example.shop:id/{card_id}"))


def test_a_button_inside_a_card_whose_id_names_an_ad_goes_below_the_plain_one():
    observation, screen = _shop_page("sponsoredTile")
    main = element(observation, resource_id="org.example.shop:id/add_main").id
    assert first("add these headphones to my cart", screen) == {"kind": "tap", "element": main}
    # must not fire: a plain product card keeps its button where the words put it
    observation, screen = _shop_page("product_tile")
    card = element(observation, resource_id="org.example.shop:id/card_add").id
    assert first("add the headphones case to my cart", screen) == {"kind": "tap", "element": card}


def test_tiles_side_by_side_are_no_a_to_z_list_to_scroll_past_a_name():
    """An invented wallet's home: its quick actions stand on one line ("Cards", "Pay bills", "Scan", "Top up",
    "Transfer" read left to right, in A-Z order by chance) and the task names a card no tile shows: that is no A-Z
    list stopping before the name, so it gives no reason to scroll; names one row under another still do."""
    from cascadroid.agents import ui_conventions

    tiles = [node("FrameLayout", (i * 216, 600, (i + 1) * 216, 800), label, "", clickable=True)
             for i, label in enumerate(["Cards", "Pay bills", "Scan", "Top up", "Transfer"])]
    _, screen = screen_of(node("ScrollView", (0, 500, 1080, 2200), "", "", *tiles, scrollable=True))
    assert not ui_conventions._alphabet_passes(screen, "freeze my Visa card")
    assert first("freeze my Visa card", screen) != {"kind": "swipe", "direction": "down"}
    rows = [node("FrameLayout", (0, 300 + i * 150, 1080, 440 + i * 150), name, "", clickable=True)
            for i, name in enumerate(["Abel Ortiz", "Bea Lund", "Carl Moe", "Dora Fins", "Eli Park"])]
    _, screen = screen_of(node("ScrollView", (0, 300, 1080, 2200), "", "", *rows, scrollable=True))
    assert ui_conventions._alphabet_passes(screen, "freeze the card of my friend Zoe")
