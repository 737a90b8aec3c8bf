"""Negation scope, entry points and Korean stems (agents/negation.py, entry_points.py, particles.py),
on small invented screens of other apps and languages than the real-screen fixtures."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.entry_points import asks_search, names_search, place_named
from cascadroid.agents.negation import negated_verbs, refuses
from cascadroid.agents.particles import stem, stem_matches


def dialog(title: str, *buttons: tuple[str, str]) -> str:
    return node("LinearLayout", (90, 900, 990, 1500), "", "",
                node("TextView", (150, 950, 930, 1050), title),
                *[node("Button", (150 + 400 * k, 1350, 500 + 400 * k, 1460), text, clickable=True, rid=rid)
                  for k, (text, rid) in enumerate(buttons)])


# ---- negation ------------------------------------------------------------------------------------


def test_negated_verbs_are_the_ones_in_scope_of_the_negation():
    assert {"share"} <= negated_verbs("Please don't share this album")
    assert {"deleting", "delete"} <= negated_verbs("archive it without deleting it")
    assert "mind" not in negated_verbs("never mind, leave it")
    assert negated_verbs("send the photo to Mira") == set()
    assert refuses("Decline the camera request") and not refuses("Allow the camera request")


def test_a_dialog_asking_for_what_the_task_says_not_to_do_is_dismissed():
    observation, screen = screen_of(
        node("TextView", (40, 200, 1040, 300), "Drafts"),
        node("LinearLayout", (0, 320, 1080, 500), "Quarterly letter to suppliers", clickable=True),
        dialog("Discard this draft?", ("Keep editing", ""), ("Discard", "")))
    keep = element(observation, text="Keep editing")
    assert first("I changed my mind, don't discard the draft", screen) == {"kind": "tap", "element": keep.id}


def test_the_negative_button_of_an_alert_dialog_answers_do_not_send():
    observation, screen = screen_of(
        node("TextView", (40, 200, 1040, 300), "Harbour walk photos"),
        dialog("Send 12 photos to Oskar Lindqvist?", ("Abbrechen", "android:id/button2"), ("Send", "android:id/button1")))
    cancel = element(observation, text="Abbrechen")
    assert first("Do not send the photos yet", screen) == {"kind": "tap", "element": cancel.id}


def test_refusing_a_request_taps_its_deny_button_and_allowing_it_never_does():
    observation, screen = screen_of(
        dialog("Let Pebblecam record audio?", ("Allow", ""), ("Don't allow", "")))
    deny, allow = element(observation, text="Don't allow"), element(observation, text="Allow")
    assert first("Refuse microphone access", screen) == {"kind": "tap", "element": deny.id}
    assert first("Allow microphone access", screen) == {"kind": "tap", "element": allow.id}


def test_refusing_is_heard_in_other_languages_and_a_refused_state_or_an_allowing_task_is_no_refusal():
    for said in ("rechaza la solicitud de la cámara", "recusa os cookies pf", "отклони запрос", "jangan kasih akses kamera",
                 "đừng cho ứng dụng biết vị trí", "别让它用麦克风", "माइक मत दो", "usiruhusu kamera"):
        assert refuses(said), said
    for said in ("show the declined payments", "ver los pedidos rechazados", "cho phép truy cập vị trí", "izinkan kamera",
                 "permite la cámara"):
        assert not refuses(said), said


def test_a_dialog_in_another_language_is_answered_by_its_words_alone():
    observation, screen = screen_of(
        dialog("Izinkan Lumora mengakses kamera?", ("Izinkan", ""), ("Tolak", "")))
    deny, allow = element(observation, text="Tolak"), element(observation, text="Izinkan")
    assert first("jangan kasih lumora akses kamera ya", screen) == {"kind": "tap", "element": deny.id}
    assert first("izinkan lumora pakai kamera", screen) == {"kind": "tap", "element": allow.id}


def test_a_negated_agreement_refuses_though_its_last_word_agrees():
    observation, screen = screen_of(
        node("TextView", (40, 200, 1040, 300), "Utilizamos cookies para personalizar conteúdos"),
        node("Button", (60, 1300, 500, 1420), "CONCORDO", clickable=True),
        node("Button", (560, 1300, 1020, 1420), "NÃO CONCORDO", clickable=True))
    refuse, agree = element(observation, text="NÃO CONCORDO"), element(observation, text="CONCORDO")
    assert first("recusa os cookies todos", screen) == {"kind": "tap", "element": refuse.id}
    assert first("aceita os cookies", screen) != {"kind": "tap", "element": refuse.id}  # must not fire
    assert agree.id != refuse.id


def test_keeping_things_as_they_are_answers_a_dialog_that_would_change_them_with_its_dismissive_button():
    observation, screen = screen_of(
        node("TextView", (40, 200, 1040, 300), "Koszyk"),
        dialog("Usunąć produkt z koszyka?", ("Anuluj", ""), ("Usuń", "")))
    cancel, remove = element(observation, text="Anuluj"), element(observation, text="Usuń")
    assert first("actually, keep the wool socks in my basket", screen) == {"kind": "tap", "element": cancel.id}
    assert first("mantén los calcetines en la cesta", screen) == {"kind": "tap", "element": cancel.id}
    # must not fire: a task that asks for the change
    assert first("yes, remove the wool socks", screen) != {"kind": "tap", "element": cancel.id}
    assert cancel.id != remove.id


# ---- entry points --------------------------------------------------------------------------------


def test_search_words_and_search_verbs_in_several_languages():
    assert names_search("Pesquisar produtos") and names_search("検索") and names_search("Search here")
    assert not names_search("Research papers")
    assert asks_search("Look for a vegan bakery") and asks_search("Cherche un vélo") and not asks_search("Open the map")
    assert place_named("Find hotels in Reykjavik for the weekend") == "Reykjavik"
    assert place_named("Cherche un hôtel à Lyon") == "Lyon"
    assert place_named("Open the map") is None


def test_a_where_prompt_that_is_no_field_is_the_way_to_a_destination():
    observation, screen = screen_of(
        node("ImageButton", (20, 120, 140, 240), "", "Account", clickable=True),
        node("View", (40, 300, 1040, 440), "", "", node("TextView", (80, 330, 600, 410), "Where are you going?"),
             clickable=True),
        node("View", (40, 480, 1040, 620), "", "", node("TextView", (80, 500, 900, 560), "Work"),
             node("TextView", (80, 560, 900, 600), "12 Quay Lane"), clickable=True),
        node("View", (40, 700, 520, 900), "", "", node("TextView", (60, 820, 500, 880), "Ride"), clickable=True),
        node("View", (560, 700, 1040, 900), "", "", node("TextView", (580, 820, 1020, 880), "Courier"), clickable=True))
    prompt = element(observation, text="Where are you going?")
    assert first("book me a ride to the ferry terminal", screen)["element"] in (prompt.id, prompt.parent)
    observation, screen = screen_of(
        node("View", (40, 300, 1040, 440), "", "", node("TextView", (80, 330, 600, 410), "Wohin?"), clickable=True),
        node("View", (40, 700, 520, 900), "", "", node("TextView", (60, 820, 500, 880), "Fahrt"), clickable=True))
    prompt = element(observation, text="Wohin?")
    assert first("Bring mich zum Hauptbahnhof", screen)["element"] in (prompt.id, prompt.parent)


def test_a_search_prompt_that_is_no_field_is_tapped_for_a_search():
    observation, screen = screen_of(
        node("View", (40, 150, 1040, 280), "", "", node("TextView", (100, 180, 700, 250), "Buscar aquí"), clickable=True),
        node("View", (40, 320, 300, 420), "", "", node("TextView", (60, 340, 280, 400), "Restaurantes"), clickable=True),
        node("View", (320, 320, 580, 420), "", "", node("TextView", (340, 340, 560, 400), "Farmacias de guardia"),
             clickable=True))
    prompt = element(observation, text="Buscar aquí")
    assert first("Busca una farmacia abierta cerca de la playa", screen)["element"] in (prompt.id, prompt.parent)


def test_a_quoted_query_is_typed_into_a_search_box_named_in_another_language_not_a_longer_suggestion():
    observation, screen = screen_of(
        node("EditText", (130, 130, 900, 240), "", "", hint="Pesquisar na Feirinha", clickable=True, focused=True),
        node("TextView", (930, 150, 1040, 220), "Pesquisar", clickable=True),
        node("TextView", (40, 300, 700, 370), "Em alta"),
        node("LinearLayout", (40, 400, 530, 500), "", "", node("TextView", (60, 420, 500, 480), "fones de ouvido jbl"),
             clickable=True),
        node("LinearLayout", (550, 400, 1040, 500), "", "", node("TextView", (570, 420, 1020, 480), "capinha celular"),
             clickable=True))
    field = element(observation, cls="android.widget.EditText")
    action = first('Pesquisa "fones de ouvido"', screen)
    assert action == {"kind": "type", "element": field.id, "text": "fones de ouvido"}


def test_a_destination_field_takes_the_place_the_task_names():
    observation, screen = screen_of(
        node("EditText", (140, 460, 1030, 580), "", "", hint="Saisissez votre destination", clickable=True),
        node("LinearLayout", (30, 600, 1050, 760), "", "", node("TextView", (140, 640, 1030, 720), "ven. 6 mars - dim. 8 mars"),
             clickable=True),
        node("Button", (30, 940, 1050, 1070), "Rechercher", clickable=True))
    field = element(observation, cls="android.widget.EditText")
    assert first("Cherche un hôtel à Lyon pour le week-end", screen) == {"kind": "type", "element": field.id, "text": "Lyon"}


# ---- Korean stems --------------------------------------------------------------------------------


def test_korean_particles_and_endings_are_set_aside():
    assert stem("와이파이를") == "와이파이" and stem("메시지를") == "메시지"
    assert stem("켜줘") == "켜" and stem("찾기") == "찾" and stem("보내주세요") == "보내"
    assert stem("Wi-Fi") == "Wi-Fi"
    assert stem_matches("메시지를 보내줘", "메시지 보내기") == 2
    assert stem_matches("메시지를 보내줘", "메시지 고정") == 1


def test_a_korean_request_meets_the_button_with_its_verb_not_the_icon_sharing_only_the_noun():
    observation, screen = screen_of(
        node("ImageButton", (900, 120, 1060, 260), "", "친구 12명", clickable=True),
        node("TextView", (40, 400, 1040, 520), "연락처에서 친구를 추가하세요"),
        node("Button", (40, 1700, 1040, 1830), "친구 찾기", clickable=True))
    find = element(observation, text="친구 찾기")
    assert first("새 친구를 찾아줘", screen) == {"kind": "tap", "element": find.id}


def test_a_korean_hada_verb_names_the_toolbar_icon_of_its_act_not_the_place_it_happens():
    # invented note app: "I want to share a photo in this notebook" - the share icon, not the notebook's menu
    assert stem("공유하고") == "공유" and stem("친구하고") == "친구" and stem("저장할래") == "저장"
    assert stem_matches("이 노트에서 사진 공유하고 싶어", "공유") == 2
    assert stem_matches("이 노트에서 사진 공유하고 싶어", "노트 메뉴") == 1
    observation, screen = screen_of(
        node("TextView", (40, 110, 700, 250), "여름 여행 노트"),
        node("ImageButton", (720, 110, 860, 250), "", "공유", clickable=True),
        node("ImageButton", (880, 110, 1040, 250), "", "노트 메뉴", clickable=True),
        node("TextView", (40, 400, 1040, 520), "사진 3장"))
    share = element(observation, content_desc="공유")
    assert first("이 노트에서 사진 공유하고 싶어", screen) == {"kind": "tap", "element": share.id}
    # must not fire: a place word alone (no 하다 act) still meets the notebook's menu once, no more
    assert stem_matches("이 노트에서 사진 보여줘", "노트 메뉴") == 1
    assert stem_matches("친구하고 사진 보기", "친구 목록") == 1
