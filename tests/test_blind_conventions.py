"""Conventions found missing on blind real screens, each on other invented screens and languages:
a modal dialog hides the screen behind it (agents/modal.py), what a task leaves alone
(agents/exclusions.py), the item a repeated button belongs to (agents/button_owners.py), Turkish
apostrophe and case endings and Romance clitics (agents/text.py, agents/endings.py), the switch
whose name says nothing more (agents/switches.py)."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from cascadroid.agents.candidates import rank
from cascadroid.agents.endings import imperatives, turkish_stems, verb_meets
from cascadroid.agents.exclusions import excluded_words, split
from cascadroid.agents.goal import parse_goal
from cascadroid.agents.perceptor import perceive
from cascadroid.agents.search_requests import query as search_query
from cascadroid.agents.text import words
from cascadroid.device.uiautomator import parse_observation


def node(cls: str, bounds: tuple[int, int, int, int], text: str = "", desc: str = "", *kids: str,
         package: str = "com.example.app", rid: str = "", **flags: bool | str) -> str:
    left, top, right, bottom = bounds
    state = " ".join(f'{k}="{str(v).lower()}"' if isinstance(v, bool) else f"{k}={quoteattr(v)}" for k, v in flags.items())
    return (f'<node class="android.widget.{cls}" package="{package}" text={quoteattr(text)} '
            f'content-desc={quoteattr(desc)} resource-id="{rid}" {state} '
            f'bounds="[{left},{top}][{right},{bottom}]">{"".join(kids)}</node>')


def parse(*roots: str):
    observation = parse_observation("<hierarchy>" + "".join(roots) + "</hierarchy>")
    return observation, perceive(observation)


def element(observation, **fields):
    return next(e for e in observation.elements if all(getattr(e, k) == v for k, v in fields.items()))


def first(task: str, screen) -> dict:
    return rank(task, "", screen, [], [])[0].action


def _discard_dialog_over_editor():
    """A notes app's editor with its own Discard button, under a 'Discard this draft?' dialog."""
    dialog = node("FrameLayout", (0, 0, 1080, 2400), "", "", node(
        "FrameLayout", (120, 950, 960, 1450), "", "",
        node("TextView", (180, 1000, 900, 1080), "Discard this draft?", rid="com.example.notes:id/alertTitle"),
        node("Button", (420, 1320, 660, 1420), "Keep editing", rid="android:id/button2", clickable=True),
        node("Button", (680, 1320, 920, 1420), "Discard", rid="android:id/button1", clickable=True)),
        package="com.example.notes")
    editor = node("FrameLayout", (0, 0, 1080, 2400), "", "",
                  node("ImageButton", (960, 120, 1060, 240), "", "Discard", clickable=True, package="com.example.notes"),
                  node("Button", (40, 300, 500, 400), "Share draft", clickable=True, package="com.example.notes"),
                  package="com.example.notes")
    keyboard = node("FrameLayout", (0, 1700, 1080, 2400), "", "",
                    node("Button", (0, 2200, 1080, 2380), "", "Space", clickable=True, package="com.example.keyboard"),
                    package="com.example.keyboard")
    return parse(dialog, editor, keyboard)


def test_a_modal_dialog_leaves_only_its_own_buttons_to_tap_and_the_keyboard_is_no_control():
    observation, screen = _discard_dialog_over_editor()
    behind = element(observation, content_desc="Discard", cls="android.widget.ImageButton")
    share = element(observation, text="Share draft")
    assert behind.id not in screen.actionable and share.id not in screen.actionable
    assert element(observation, text="Keep editing").id in screen.actionable
    # the keyboard's keys type into the app in front (the agent types whole values): no control of it (e386661)
    assert element(observation, content_desc="Space").id not in screen.actionable
    assert any("Share draft" in line for line in screen.lines)  # still read
    assert first("discard the draft", screen) == {"kind": "tap", "element": element(observation, text="Discard").id}


def test_no_dialog_no_change_and_a_bottom_sheet_covers_its_screen():
    observation, screen = parse(node("FrameLayout", (0, 0, 1080, 2400), "", "",
                                     node("Button", (40, 300, 500, 400), "Share", clickable=True)))
    assert element(observation, text="Share").id in screen.actionable
    observation, screen = parse(node("FrameLayout", (0, 0, 1080, 2400), "", "",
                                     node("Button", (40, 300, 500, 400), "Play all", clickable=True),
                                     node("FrameLayout", (0, 1600, 1080, 2400), "", "",
                                          node("Button", (40, 1700, 1040, 1800), "Add to queue", clickable=True),
                                          rid="com.example.music:id/design_bottom_sheet")))
    assert element(observation, text="Play all").id not in screen.actionable
    assert element(observation, text="Add to queue").id in screen.actionable


def test_the_clause_after_but_leave_names_what_not_to_touch():
    assert split("Disable mobile data, but keep Wi-Fi calling enabled") == ("Disable mobile data", "Wi-Fi calling")
    assert excluded_words("mute the group chat but leave mentions on") == {"mention"}
    assert excluded_words("desactiva el bluetooth pero deja el wifi encendido") == {"wifi"}
    assert excluded_words("Delete all downloads except the boarding pass") == {"boarding", "pass"}
    for task in ("Turn on Wi-Fi and keep it on", "Rate the app and leave a review", "Send the file and keep a copy"):
        assert split(task) == (task, "")  # a pronoun, or an action after "and": nothing left alone
    goal = parse_goal("turn off location history but leave web activity on")
    assert goal.want_on is False and "web" not in goal.words and goal.excluded == {"web", "activity"}


def test_two_look_alike_switches_the_one_not_left_alone_is_switched():
    def row(top: int, title: str, rid: str) -> str:
        return node("LinearLayout", (0, top, 1080, top + 200), "", "",
                    node("TextView", (40, top + 40, 800, top + 100), title),
                    node("Switch", (900, top + 50, 1040, top + 150), "", "", rid=rid, clickable=True, checkable=True,
                         checked=True), clickable=True)
    observation, screen = parse(node("FrameLayout", (0, 0, 1080, 2400), "", "",
                                     row(300, "Web & App Activity", "web"), row(520, "YouTube History", "yt")))
    action = first("turn off youtube history but leave web & app activity on", screen)
    assert action == {"kind": "tap", "element": element(observation, resource_id="yt").id}


def test_a_switch_whose_name_says_nothing_more_beats_its_longer_namesake():
    def row(top: int, title: str, rid: str) -> str:
        return node("LinearLayout", (0, top, 1080, top + 200), "", "",
                    node("TextView", (40, top + 40, 800, top + 100), title),
                    node("Switch", (900, top + 50, 1040, top + 150), "", "", rid=rid, clickable=True, checkable=True,
                         checked=False), clickable=True)
    observation, screen = parse(node("FrameLayout", (0, 0, 1080, 2400), "", "",
                                     row(300, "Hotspot Wi-Fi 6", "h6"), row(520, "Hotspot", "h")))
    assert first("turn on hotspot", screen) == {"kind": "tap", "element": element(observation, resource_id="h").id}


def test_a_repeated_button_outside_rows_belongs_to_the_item_listed_before_it():
    def post(top: int, author: str, body: str) -> list[str]:
        return [node("TextView", (40, top, 600, top + 60), author),
                node("TextView", (40, top + 70, 1040, top + 300), body),
                node("View", (40, top + 320, 300, top + 400), "", "Like", clickable=True),
                node("View", (320, top + 320, 600, top + 400), "", "Bookmark", clickable=True)]
    observation, screen = parse(node("FrameLayout", (0, 0, 1080, 2400), "", "",
                                     *post(200, "marta.cycles", "New saddle review, 300 km in"),
                                     *post(700, "jun.pottery", "Glazing day: three celadon bowls"),
                                     *post(1200, "oslo.eats", "Best cinnamon buns in Grünerløkka")))
    bookmarks = [e.id for e in observation.elements if e.content_desc == "Bookmark"]
    assert first("bookmark jun.pottery's celadon bowls post", screen) == {"kind": "tap", "element": bookmarks[1]}
    assert first("Bookmark the cinnamon buns post", screen) == {"kind": "tap", "element": bookmarks[2]}


def test_turkish_apostrophe_suffixes_and_french_elision_leave_the_word():
    assert "bluetooth" in words("Bluetooth'u aç") and "whatsapp" in words("WhatsApp'tan paylaş")
    assert "application" in words("ouvre l'application") and "app" in words("apri dell'app")
    assert "don" not in words("don't") and "it" not in words("it's")
    goal = parse_goal("NFC'yi kapat")
    assert goal.want_on is False and "nfc" in goal.toggle_words


def test_turkish_case_endings_name_a_row_and_romance_clitics_leave_the_verb():
    assert {"iş", "okul"} <= turkish_stems("İşe ve okula git") and turkish_stems("Take me home") == set()
    assert imperatives("bórralo ya") == {"borra"} and imperatives("condividilo") == {"condividi"}
    assert imperatives("envia-o agora") == {"envia"} and imperatives("Open the file") == set()
    assert verb_meets("borra", "Borrar") and verb_meets("apri", "aprire") and not verb_meets("borra", "Bordar")
    observation, screen = parse(node("FrameLayout", (0, 0, 1080, 2400), "", "",
                                     node("LinearLayout", (0, 300, 1080, 460), "", "", node(
                                         "TextView", (40, 320, 800, 380), "Okul"), clickable=True),
                                     node("ImageButton", (960, 320, 1060, 420), "", "Diğer seçenekler", clickable=True),
                                     node("LinearLayout", (0, 480, 1080, 640), "", "", node(
                                         "TextView", (40, 500, 800, 560), "Spor salonu"), clickable=True)))
    row = next(e.id for e in observation.elements if e.cls.endswith("LinearLayout") and e.bounds.top == 300)
    assert first("Okula gitmek için rota oluştur", screen) == {"kind": "tap", "element": row}
    observation, screen = parse(node("FrameLayout", (0, 0, 1080, 2400), "", "",
                                     node("Button", (40, 1800, 520, 1900), "Guardar en la lista", clickable=True),
                                     node("Button", (560, 1800, 1040, 1900), "Borrar", clickable=True)))
    assert first("bórralo", screen) == {"kind": "tap", "element": element(observation, text="Borrar").id}


def test_a_search_field_known_by_its_id_takes_the_name_the_task_looks_for():
    observation, screen = parse(node("FrameLayout", (0, 0, 1080, 2400), "", "",
                                     node("EditText", (40, 120, 1040, 240), "", "", rid="com.example.pods:id/query_input",
                                          hint="Shows, episodes, people", clickable=True, focused=True),
                                     node("TextView", (40, 300, 1040, 380), "Trending shows"),
                                     node("LinearLayout", (0, 400, 1080, 560), "", "", node(
                                         "TextView", (40, 420, 1000, 500), "Morning Brief"), clickable=True)))
    field = element(observation, resource_id="com.example.pods:id/query_input").id
    assert first("find Deep Sea Diaries episodes", screen) == {"kind": "type", "element": field,
                                                               "text": "Deep Sea Diaries"}


def test_a_search_asked_with_the_verb_last_opens_the_search_box_or_fills_it():
    assert search_query("주변 카페 찾아줘") == "주변 카페" and search_query("天気を検索してください") == "天気"
    assert search_query("搜索附近的书店") == "附近的书店" and search_query("設定を開いて") is None
    assert search_query("find a bakery") is None  # verb-first English is the ranker's own
    observation, screen = parse(node("FrameLayout", (0, 0, 1080, 2400), "", "",
                                     node("ImageButton", (40, 120, 160, 240), "", "메뉴", clickable=True),
                                     node("TextView", (180, 120, 860, 240), "여기서 검색", clickable=True),
                                     node("ImageButton", (880, 120, 1040, 240), "", "음성 검색", clickable=True),
                                     node("Button", (40, 300, 400, 400), "주유소", clickable=True)))
    assert first("근처 서점 찾아줘", screen) == {"kind": "tap", "element": element(observation, text="여기서 검색").id}
    observation, screen = parse(node("FrameLayout", (0, 0, 1080, 2400), "", "",
                                     node("EditText", (40, 120, 1040, 240), "", "", rid="com.example.shop:id/search_src",
                                          clickable=True, focused=True)))
    field = element(observation, resource_id="com.example.shop:id/search_src").id
    assert first("防水ジャケットを探して", screen) == {"kind": "type", "element": field, "text": "防水ジャケット"}
