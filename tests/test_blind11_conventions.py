"""Conventions found missing on the eleventh session's blind real screens (DEV half), each on other
invented screens, apps and languages, with a case that must not fire (agents/label_shapes.py, and an
app named with a Turkish case ending in agents/app_choice.py)."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of, tapped

from cascadroid.agents.candidates import rank
from cascadroid.agents.label_shapes import count_first
from cascadroid.device.types import AppInfo


def _rows(*labels: str, top: int = 400, height: int = 180) -> list[str]:
    return [node("LinearLayout", (0, top + i * height, 1080, top + (i + 1) * height), "", "",
                 node("TextView", (60, top + i * height + 40, 900, top + i * height + 110), label), clickable=True)
            for i, label in enumerate(labels)]


# --- a count-only text names nothing: the description is the control's name -----------------------


def _reactions(*buttons: tuple[str, str]):
    return screen_of(node("TextView", (40, 300, 1000, 380), "Why do cats purr? (answered)"),
                     *[node("Button", (40 + i * 250, 1400, 270 + i * 250, 1500), text, desc, clickable=True)
                       for i, (text, desc) in enumerate(buttons)],
                     node("ImageButton", (960, 130, 1060, 230), "", "More options", clickable=True))


def test_a_button_showing_only_its_count_is_named_by_its_description():
    for task, buttons, wanted in (
            ("upvote this answer", (("3.4K", "Upvote"), ("", "Downvote"), ("128", "Comments")), "Upvote"),
            ("bookmark this recipe", (("812", "Bookmark"), ("1,2 Tsd.", "Share"), ("", "Report")), "Bookmark")):
        observation, screen = _reactions(*buttons)
        assert tapped(observation, screen, task, content_desc=wanted), task


def test_a_count_before_another_name_earns_nothing():
    observation, screen = _reactions(("128", "Comments"), ("3.4K", "Upvote"))

    class C:
        def __init__(self, element_id):
            self.action, self.score = {"kind": "tap", "element": element_id}, 0.0
    comments = C(element(observation, content_desc="Comments").id)
    count_first([comments], "upvote this answer", screen)
    assert comments.score == 0.0


# --- part of a capitalised name beats a label adding words the task never says --------------------


def _targets(*labels: str):
    return screen_of(*[node("LinearLayout", (10 + i * 260, 1500, 260 + i * 260, 1760), "", "",
                            node("TextView", (20 + i * 260, 1650, 250 + i * 260, 1740), label), clickable=True)
                       for i, label in enumerate(labels)])


def test_the_part_of_a_named_app_beats_a_chat_that_adds_a_word():
    observation, screen = _targets("Vault Family", "Mail", "Vault")
    assert tapped(observation, screen, "keep this scan in my Acme Vault", text="Vault")


def test_a_name_said_whole_keeps_its_longer_label():
    observation, screen = _targets("Vault", "Vault Family")
    assert tapped(observation, screen, "send it to Vault Family", text="Vault Family")


# --- the "Open with" chooser: the named app before "Just once" -------------------------------------


def _chooser():
    return screen_of(
        node("TextView", (170, 1430, 1000, 1510), "Open with Atlas Maps", rid="android:id/title"),
        node("ListView", (0, 1630, 1080, 1930), "", "", *_rows("Trailfinder", "Metro Go", top=1630, height=150),
             scrollable=True, rid="android:id/resolver_list"),
        node("Button", (560, 2180, 780, 2300), "Just once", rid="android:id/button_once", clickable=True),
        node("Button", (800, 2180, 1040, 2300), "Always", rid="android:id/button_always", clickable=True))


def test_the_chooser_picks_the_app_the_task_names_before_just_once():
    observation, screen = _chooser()
    assert tapped(observation, screen, "open this place in Trailfinder, just once", text="Trailfinder")


def test_the_chooser_without_a_named_app_does_not_pick_a_row():
    observation, screen = _chooser()
    action = first("open it just once", screen)
    rows = {element(observation, text=t).id for t in ("Trailfinder", "Metro Go")}
    assert action.get("element") not in rows | {screen.target(i) for i in rows}


# --- a new item: the control that makes one, not items whose titles share the words --------------


def _notes(fab: str, *titles: str):
    return screen_of(*_rows(*titles, top=500, height=200),
                     node("ImageButton", (880, 2100, 1040, 2260), "", fab, clickable=True))


def test_asking_for_a_new_item_names_the_control_that_makes_one():
    for task, fab, titles in (
            ("создай новую заметку", "Создать заметку", ("Новая заметка 2", "Заметка о встрече")),
            ("erstelle eine neue Liste", "Liste erstellen", ("Neue Liste 1", "Rezepte")),
            ("make a new board", "Create board", ("New board 3", "Holiday plans"))):
        observation, screen = _notes(fab, *titles)
        assert tapped(observation, screen, task, content_desc=fab), task


def test_opening_an_existing_item_is_no_new_one():
    observation, screen = _notes("Crear nota", "Nota de la reunión", "Lista de la compra")
    assert not tapped(observation, screen, "abre la nota de la reunión", content_desc="Crear nota")


# --- a quick setting under another everyday name -------------------------------------------------


def _tiles(*labels: str):
    return screen_of(*[node("Switch", (30 + (i % 2) * 520, 500 + (i // 2) * 190, 530 + (i % 2) * 520, 670 + (i // 2) * 190),
                            "", label, node("TextView", (160, 0, 480, 60), label), node("TextView", (160, 60, 480, 120), "Off"),
                            clickable=True) for i, label in enumerate(labels)])


def test_a_tile_under_another_name_of_the_thing_asked_for():
    observation, screen = _tiles("Night Light", "Flashlight", "Dark theme")
    assert tapped(observation, screen, "turn on the torch", content_desc="Flashlight")
    observation, screen = _tiles("Bluetooth", "플래시", "비행기 탑재 모드")
    assert tapped(observation, screen, "손전등 켜줘", content_desc="플래시")
    observation, screen = _tiles("Bluetooth", "ไฟฉาย", "โหมดเครื่องบิน")
    assert tapped(observation, screen, "turn on the flashlight", content_desc="ไฟฉาย")


def test_a_tile_of_another_thing_is_not_renamed():
    observation, screen = _tiles("Night Light", "Flashlight", "Dark theme")
    assert tapped(observation, screen, "turn on night light", content_desc="Night Light")


# --- "set the <field> X": the empty field labelled so --------------------------------------------


def _form():
    return screen_of(node("TextView", (40, 300, 200, 360), "Title"),
                     node("EditText", (220, 290, 1040, 370), "", "", clickable=True, focused=True),
                     node("TextView", (40, 420, 200, 480), "Notes"),
                     node("EditText", (220, 410, 1040, 800), "", "", clickable=True))


def test_set_the_field_types_the_value_into_the_field_labelled_so():
    observation, screen = _form()
    action = first("set the title to Summer trip", screen)
    assert action.get("kind") == "type" and action.get("text") == "Summer trip"


def test_a_field_the_screen_does_not_have_gets_nothing_typed_from_that_wording():
    observation, screen = _form()
    assert first("set the alarm to 7:00", screen).get("text") not in ("7:00", "to 7:00")


# --- an English search with the verb first, into the open search box ------------------------------


def _search_page():
    return screen_of(node("EditText", (130, 130, 1050, 240), "", "", clickable=True, focused=True,
                          rid="com.example.app:id/search_input", hint="Search dishes"),
                     *_rows("Vegan pizza", "Ramen bowl", top=400))


def test_an_english_search_with_this_app_named_types_the_query():
    observation, screen = _search_page()
    action = first("look up vegan ramen on example", screen)
    assert action == {"kind": "type", "element": element(observation, resource_id="com.example.app:id/search_input").id,
                      "text": "vegan ramen"}


def test_an_english_search_in_another_app_types_no_query_here():
    observation, screen = _search_page()
    assert first("find vegan ramen on ubereats", screen).get("text") != "vegan ramen"


# --- an app named with a Turkish case ending is no verb ------------------------------------------


def _home():
    return screen_of(*[node("TextView", (40 + i * 255, 700, 280 + i * 255, 1000), label, label, clickable=True)
                       for i, label in enumerate(("Telefon", "Mesajlar", "Kamera"))])


_APPS = [AppInfo(label="Getir", package="com.getir"), AppInfo(label="Papara", package="com.mobillium.papara"),
         AppInfo(label="Telefon", package="com.google.android.dialer")]


def test_an_app_with_a_case_ending_after_an_apostrophe_is_opened():
    observation, screen = _home()
    for task, app in (("Getir'den ekmek sipariş et", "Getir"), ("Papara'dan Ayşe'ye 50 lira gönder", "Papara")):
        assert rank(task, "", screen, _APPS, [])[0].action == {"kind": "open_app", "app": app}, task


def test_the_same_word_said_as_a_verb_opens_no_app():
    observation, screen = _home()
    assert rank("getir bana su", "", screen, _APPS, [])[0].action != {"kind": "open_app", "app": "Getir"}


# --- one word spelt two ways: joined or hyphenated, with or without the nukta --------------------


class _Tap:
    def __init__(self, element_id: int):
        self.action, self.score = {"kind": "tap", "element": element_id}, 0.0


def test_a_word_spelt_joined_meets_its_hyphenated_label_with_a_nukta():
    observation, screen = screen_of(*_rows("हॉट-स्पॉट कॉन्फ़िगरेशन", "हॉट-स्पॉट", "ब्लूटूथ"))
    assert tapped(observation, screen, "हॉटस्पॉट खोलो", text="हॉट-स्पॉट")


def test_a_longer_label_holding_the_word_is_not_respelt_to_it():
    from cascadroid.agents.label_shapes import spelt_apart
    observation, screen = screen_of(*_rows("वाई-फ़ाई कॉलिंग", "ब्लूटूथ"))
    taps = [_Tap(screen.target(element(observation, text=t).id)) for t in ("वाई-फ़ाई कॉलिंग", "ब्लूटूथ")]
    spelt_apart(taps, "वाईफाई बंद कर दो", screen)
    assert [t.score for t in taps] == [0.0, 0.0]


# --- spoken Arabic imperatives name the standard verb on buttons ----------------------------------


def test_a_spoken_arabic_imperative_names_the_button_with_the_standard_verb():
    observation, screen = screen_of(
        node("ImageButton", (830, 130, 930, 230), "", "المفضلة، 3 عناصر", clickable=True),
        node("Button", (40, 2100, 1040, 2220), "أضف إلى المفضلة", clickable=True))
    assert tapped(observation, screen, "حط الفستان في المفضلة", text="أضف إلى المفضلة")


def test_a_standard_verb_the_task_does_not_speak_gets_nothing():
    from cascadroid.agents.label_shapes import spoken_verbs
    observation, screen = screen_of(node("Button", (40, 2100, 1040, 2220), "أضف إلى المفضلة", clickable=True))
    tap = _Tap(element(observation, text="أضف إلى المفضلة").id)
    spoken_verbs([tap], "افتح المفضلة", screen)
    assert tap.score == 0.0


# --- a post asked for by its verb alone is a new post ---------------------------------------------


def test_post_saying_is_a_new_post_and_post_this_is_not():
    from cascadroid.agents.compose_entry import asks_new_text
    assert asks_new_text("tweet that I'm running late")
    assert asks_new_text("post something saying happy friday")
    assert not asks_new_text("post this photo to my story")
    assert not asks_new_text("reply saying thanks")


# --- a popup on a full-screen scrim covers the page drawn before it --------------------------------


def _page_under_popup(scrim: bool):
    tabs = [node("TextView", (i * 270, 2190, (i + 1) * 270, 2330), t, clickable=True)
            for i, t in enumerate(("Inicio", "Deportes", "Cultura", "Perfil"))]
    panel = node("FrameLayout", (90, 640, 990, 1760), "", "",
                 node("TextView", (140, 700, 940, 800), "Suscríbete por 1 € al mes"),
                 node("Button", (190, 1480, 890, 1620), "Empezar prueba", clickable=True))
    close = node("ImageView", (490, 1800, 590, 1900), "", "Cerrar", clickable=True)
    if scrim:
        return screen_of(*tabs, node("FrameLayout", (0, 110, 1080, 2337), "", "", panel, close, clickable=True))
    return screen_of(*tabs, panel, close)


def test_a_popup_on_a_scrim_is_closed_before_the_tab_under_it():
    observation, screen = _page_under_popup(scrim=True)
    assert tapped(observation, screen, "abre la sección de deportes", content_desc="Cerrar")


def test_without_a_scrim_the_tab_is_tapped_and_a_wanted_offer_is_taken():
    observation, screen = _page_under_popup(scrim=False)
    assert tapped(observation, screen, "abre la sección de deportes", text="Deportes")
    observation, screen = _page_under_popup(scrim=True)
    assert tapped(observation, screen, "empezar prueba", text="Empezar prueba")


# --- a phrase to translate, said inside a question, goes into the open box ------------------------


def _translator(language: str):
    return screen_of(node("Button", (40, 300, 440, 400), "English", clickable=True),
                     node("Button", (640, 300, 1040, 400), language, clickable=True),
                     node("EditText", (40, 450, 1040, 800), "", "", clickable=True, focused=True, hint="Type here"),
                     node("TextView", (40, 900, 600, 960), "History"),
                     *_rows("good morning | おはよう", top=980))


def test_how_do_you_say_types_the_phrase_on_a_screen_showing_the_language():
    observation, screen = _translator("German")
    assert first("how would you say see you tomorrow in German", screen) == {
        "kind": "type", "element": element(observation, hint="Type here").id, "text": "see you tomorrow"}


def test_a_screen_without_that_language_gets_no_phrase_typed():
    observation, screen = _translator("Korean")
    assert first("how would you say see you tomorrow in German", screen).get("text") != "see you tomorrow"


# --- rows tied at the top: the title holding more of the task's words ------------------------------


def _tied(*labels: str):
    from cascadroid.agents.label_shapes import tied_titles
    observation, screen = screen_of(*_rows(*labels, height=300))
    taps = [_Tap(screen.target(element(observation, text=t).id)) for t in labels]
    for tap in taps:
        tap.score = 2.0
    return taps, tied_titles, screen


def test_a_tie_goes_to_the_row_whose_title_holds_more_of_the_task():
    taps, tied_titles, screen = _tied("Sourdough Loaves for Beginners - 9 minutes - play video",
                                      "Sourdough starter from scratch, day by day - 12 minutes - play video")
    tied_titles(taps, "watch the sourdough starter video", screen)
    assert taps[1].score > taps[0].score


def test_titles_holding_as_many_task_words_stay_tied():
    taps, tied_titles, screen = _tied("Sourdough Loaves - 9 minutes", "Sourdough Pizza - 12 minutes")
    tied_titles(taps, "watch the sourdough video", screen)
    assert taps[0].score == taps[1].score == 2.0
