"""Conventions found missing on the eighth session's blind real screens, each on other invented
screens, apps and languages: separable verbs (agents/separable_verbs.py), a dialog the task says
yes to (agents/dialog_answers.py), controls meant across languages (agents/ui_glossary.py), a
bottom tab spelt like the task's verb (agents/section_tabs.py), ad markers in more languages."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.dialog_answers import asked_about, says_yes
from cascadroid.agents.section_tabs import verb
from cascadroid.agents.separable_verbs import joined
from cascadroid.agents.ui_glossary import concepts, fit


def _buttons(*labels: str, top: int = 1700) -> list[str]:
    return [node("Button", (40 + i * 260, top, 280 + i * 260, top + 120), label, "", clickable=True)
            for i, label in enumerate(labels)]


# --- separable verbs -------------------------------------------------------------------------


def test_a_split_verb_is_joined_again_in_german_and_dutch():
    assert "anrufen" in joined("Ruf bitte Oma an")
    assert "ausmachen" in joined("mach das Licht im Flur aus")
    assert "aanzetten" in joined("zet de wekker aan")
    assert "opbellen" in joined("bel de huisarts even op")
    assert joined("turn the lights on") == set() and joined("Wi-Fi an") == set()


def test_a_german_task_that_splits_its_verb_meets_the_button_with_the_whole_verb():
    observation, screen = screen_of(
        node("TextView", (40, 300, 1040, 400), "Bericht_Q3.pdf"),
        *_buttons("Drucken", "Teilen", "Herunterladen"))
    button = element(observation, text="Herunterladen")
    assert first("lad mir das PDF herunter", screen) == {"kind": "tap", "element": button.id}


def test_a_dutch_task_that_splits_its_verb_meets_the_button_with_the_whole_verb():
    observation, screen = screen_of(
        node("TextView", (40, 300, 1040, 400), "Tandartspraktijk De Linde"),
        *_buttons("Route", "Website", "Opbellen"))
    button = element(observation, text="Opbellen")
    assert first("bel de tandarts even op", screen) == {"kind": "tap", "element": button.id}


def test_a_split_off_verb_meets_its_button_among_look_alikes():
    observation, screen = screen_of(
        node("TextView", (40, 300, 1040, 400), "Heizung Wohnzimmer"),
        *_buttons("Einstellungen", "Ausschalten", "Zeitplan"))
    button = element(observation, text="Ausschalten")
    assert first("schalte die Heizung aus", screen) == {"kind": "tap", "element": button.id}


# --- a dialog the task says yes to -------------------------------------------------------------


def _dialog(title: str, message: str, negative: str, positive: str, *behind: str):
    card = node("FrameLayout", (80, 900, 1000, 1500), "", "",
                node("TextView", (140, 930, 940, 1000), title, rid="android:id/alertTitle"),
                node("TextView", (140, 1020, 940, 1250), message, rid="android:id/message"),
                node("Button", (500, 1340, 740, 1450), negative, rid="android:id/button2", clickable=True),
                node("Button", (760, 1340, 980, 1450), positive, rid="android:id/button1", clickable=True))
    return screen_of(card, *behind)


def test_yes_words_open_a_task_in_many_languages_and_other_words_do_not():
    for task in ("yes, sign me out everywhere", "ok go ahead", "Sí, sal del grupo", "はい、削除して", "iya hapus aja",
                 "да, удали", "tak, usuń to"):
        assert says_yes(task), task
    for task in ("Yesterday's photos", "si puedes, borra el chat", "okra recipes", "delete it"):
        assert not says_yes(task), task


def test_a_dialog_the_task_says_yes_to_is_answered_with_its_positive_button():
    observation, screen = _dialog("Sign out of all devices?", "You will need your password on every device.",
                                  "Cancel", "Continue", *_buttons("Security checkup", top=400))
    button = element(observation, text="Continue")
    assert first("ok go ahead", screen) == {"kind": "tap", "element": button.id}


def test_a_dialog_whose_words_hold_the_tasks_verb_and_object_is_confirmed():
    observation, screen = _dialog("Clear search history?", "All 24 searches on this device will be removed.",
                                  "Cancel", "OK")
    ok = element(observation, text="OK")
    assert first("clear my search history", screen) == {"kind": "tap", "element": ok.id}
    observation, screen = _dialog("사진 삭제", "이 사진을 삭제하시겠습니까?", "취소", "확인")
    confirm = element(observation, text="확인")
    assert first("그 사진 삭제해줘", screen) == {"kind": "tap", "element": confirm.id}


def test_a_dialog_sharing_only_a_noun_with_the_task_asks_something_else():
    assert not asked_about("open the chat with Mia", "leave chat with mia? you will stop getting messages")
    assert asked_about("leave the chat with Mia", "leave chat with mia? you will stop getting messages")
    observation, screen = _dialog("Leave group?", "You will stop getting messages from Climbing crew.", "Stay", "Leave")
    leave = element(observation, text="Leave")
    assert first("no, don't leave the group", screen) != {"kind": "tap", "element": leave.id}


# --- controls meant across languages -----------------------------------------------------------


def test_concepts_are_credited_across_languages_only():
    assert fit(concepts("remove the file"), "Delete") == 0.0  # one language: the ranker's own synonyms decide
    assert fit(concepts("add this to my cart"), "カートに入れる") == 1.5
    assert fit(concepts("llama a la farmacia"), "Call") == 0.75
    assert fit(concepts("share this photo"), "Bagikan") == 0.75


def test_an_english_task_on_a_japanese_shop_takes_its_add_to_cart_button_not_the_cart_icon():
    observation, screen = screen_of(
        node("ImageButton", (940, 120, 1060, 240), "", "カート", clickable=True),
        node("TextView", (40, 400, 1040, 520), "ワイヤレスイヤホン ノイズキャンセリング ¥3,980"),
        *_buttons("今すぐ買う", "カートに入れる"))
    button = element(observation, text="カートに入れる")
    assert first("add it to my cart", screen) == {"kind": "tap", "element": button.id}


def test_a_spanish_task_on_an_english_place_sheet_takes_call():
    observation, screen = screen_of(
        node("TextView", (40, 300, 1040, 400), "Farmacia Central · Open until 9 PM"),
        *_buttons("Directions", "Call", "Save", "Share"))
    call = element(observation, text="Call")
    assert first("llama a la farmacia", screen) == {"kind": "tap", "element": call.id}


def test_an_english_task_on_an_indonesian_gallery_takes_its_share_button():
    observation, screen = screen_of(
        node("TextView", (40, 300, 1040, 400), "IMG_2291.jpg"),
        *_buttons("Edit", "Hapus", "Bagikan", "Info"))
    share = element(observation, text="Bagikan")
    assert first("share this photo", screen) == {"kind": "tap", "element": share.id}


# --- a bottom tab spelt like the task's verb -------------------------------------------------


def _bottom_bar(*tabs: str) -> list[str]:
    width = 1080 // len(tabs)
    return [node("FrameLayout", (i * width, 2200, (i + 1) * width, 2380), "", tab, clickable=True)
            for i, tab in enumerate(tabs)]


def test_the_verb_of_a_request_comes_after_its_subject_and_wants():
    assert verb("I want to watch cartoons") == "watch"
    assert verb("aku mau beli pulsa") == "beli"
    assert verb("quiero pedir comida") == "pedir"


def test_a_tile_named_by_the_tasks_object_beats_a_bottom_tab_spelt_like_its_verb():
    tiles = [node("FrameLayout", (40 + i * 340, 600, 360 + i * 340, 900), name, "", clickable=True)
             for i, name in enumerate(["Cartoons", "Movies", "Sports"])]
    observation, screen = screen_of(*tiles, *_bottom_bar("Home", "Watch", "Downloads", "Profile"))
    cartoons = element(observation, text="Cartoons")
    assert first("I want to watch cartoons", screen) == {"kind": "tap", "element": cartoons.id}
    tiles = [node("FrameLayout", (40 + i * 340, 600, 360 + i * 340, 900), name, "", clickable=True)
             for i, name in enumerate(["Sneakers", "Jackets", "Hats"])]
    observation, screen = screen_of(*tiles, *_bottom_bar("Home", "Shop", "Bag", "Account"))
    sneakers = element(observation, text="Sneakers")
    assert first("shop sneakers", screen) == {"kind": "tap", "element": sneakers.id}


def test_a_bottom_tab_spelt_like_the_verb_stays_when_nothing_names_the_object():
    tiles = [node("FrameLayout", (40 + i * 340, 600, 360 + i * 340, 900), name, "", clickable=True)
             for i, name in enumerate(["Sneakers", "Jackets", "Hats"])]
    observation, screen = screen_of(*tiles, *_bottom_bar("Home", "Shop", "Bag", "Account"))
    shop = element(observation, content_desc="Shop")
    assert first("shop for a birthday gift", screen) == {"kind": "tap", "element": shop.id}


# --- ad markers ----------------------------------------------------------------------------------


def test_ads_marked_in_more_languages_are_not_the_thing_asked_for():
    for marker, row, task in (("Sponsorowane", "Buty do biegania Kestrel 2", "pokaż buty do biegania"),
                              ("Quảng cáo", "Giày chạy bộ Kestrel 2", "mở giày chạy bộ"),
                              ("โฆษณา", "รองเท้าวิ่ง Kestrel 2", "เปิดรองเท้าวิ่ง")):
        ad = node("LinearLayout", (0, 300, 1080, 600), "", "",
                  node("TextView", (40, 320, 400, 380), marker), node("TextView", (40, 400, 1040, 480), row),
                  clickable=True)
        plain = node("LinearLayout", (0, 620, 1080, 920), "", "", node("TextView", (40, 700, 1040, 780), row + " Pro"),
                     clickable=True)
        observation, screen = screen_of(ad, plain)
        target = next(e for e in observation.elements if e.bounds.top == 620)
        assert first(task, screen) == {"kind": "tap", "element": target.id}, marker
