"""A search field told by its shape when no word or id on it says search (agents/search_shape.py), on invented
pages as Compose and Flutter dump them: one field at the top, a search word elsewhere; and pages where it must
not fire (a form field at the top, a message field at the bottom, a page that says search nowhere)."""

from __future__ import annotations

from test_ui_conventions import element, node, screen_of

from cascadroid.agents.candidates import rank
from cascadroid.agents.lookup import search_field


def _page(hint: str, *below: str, field_top: int = 140):
    return screen_of(node("View", (0, 130, 130, 250), "", "Back", clickable=True),
                     node("EditText", (140, field_top, 940, field_top + 100), "", "", clickable=True, focused=True,
                          hint=hint),
                     *below)


def _recent(title: str, *rows: str):
    return [node("TextView", (40, 300, 800, 370), title)] + [
        node("View", (0, 390 + i * 170, 1080, 560 + i * 170), row, clickable=True) for i, row in enumerate(rows)]


def test_the_one_field_atop_recent_searches_is_the_search_field():
    observation, screen = _page("Which podcast today?", *_recent("Recent searches", "Night Owls Radio", "True Crime"))
    field = element(observation, hint="Which podcast today?")
    assert search_field(screen, field.id)
    top = rank("find Deep Sea Stories episodes", "", screen, [], [])[0]
    assert top.action == {"kind": "type", "element": field.id, "text": "Deep Sea Stories"}


def test_a_magnifier_named_in_another_language_tells_it_too():
    observation, screen = _page("오늘 뭐 먹지?", node("View", (950, 140, 1060, 240), "", "검색", clickable=True),
                                *_recent("인기 메뉴", "떡볶이", "김밥"))
    assert search_field(screen, element(observation, hint="오늘 뭐 먹지?").id)


def test_a_form_field_at_the_top_is_no_search_field():
    observation, screen = _page("Add a title", node("View", (950, 140, 1060, 240), "", "Search notes", clickable=True))
    assert not search_field(screen, element(observation, hint="Add a title").id)


def test_a_field_low_on_the_screen_is_no_search_field():
    observation, screen = _page("Say something nice", node("View", (950, 140, 1060, 240), "", "Search", clickable=True),
                                field_top=2100)
    assert not search_field(screen, element(observation, hint="Say something nice").id)


def test_a_top_field_on_a_page_that_says_search_nowhere_is_left_alone():
    observation, screen = _page("Which podcast today?", *_recent("Your library", "Night Owls Radio"))
    assert not search_field(screen, element(observation, hint="Which podcast today?").id)


def test_two_fields_make_a_form_not_a_search_page():
    observation, screen = screen_of(
        node("EditText", (40, 140, 1040, 240), "", "", clickable=True, hint="From where?"),
        node("EditText", (40, 260, 1040, 360), "", "", clickable=True, hint="To where?"),
        *_recent("Recent searches", "Central Station"))
    assert not search_field(screen, element(observation, hint="From where?").id)


def _unnamed_page(rid: str, *below: str):
    """A top field that says nothing of itself but shows its prompt as text (the perceptor names it "text field")."""
    return screen_of(node("View", (0, 130, 130, 250), "", "Zurück", clickable=True),
                     node("EditText", (140, 140, 940, 240), "Bücher, Autoren, Verlage", "", clickable=True, focused=True,
                          rid=rid),
                     *below)


def test_a_field_named_only_by_the_perceptor_is_a_search_field_with_or_without_its_id():
    for rid in ("com.example.app:id/search_input", ""):  # as Views dump it, and as Compose dumps it (no ids)
        observation, screen = _unnamed_page(rid, node("View", (950, 140, 1060, 240), "", "Sprachsuche starten",
                                                      clickable=True), *_recent("Letzte Suchen", "Krimis", "Kochbuch"))
        field = element(observation, text="Bücher, Autoren, Verlage")
        assert rid or screen.labels[field.id] == "text field"
        assert search_field(screen, field.id), rid


def test_a_field_named_only_by_the_perceptor_on_a_page_that_says_search_nowhere_is_left_alone():
    observation, screen = _unnamed_page("", *_recent("Meine Regale", "Krimis", "Kochbuch"))
    assert not search_field(screen, element(observation, text="Bücher, Autoren, Verlage").id)


def test_a_voice_search_button_in_a_language_of_the_glossary_tells_it():
    """Any language the glossary of common controls holds says search ("Pretraga", "Keresés", "Голосовий пошук"),
    not only the short list of search words; a voice button that says something else tells nothing."""
    for said in ("Glasovna pretraga", "Hangalapú keresés", "Голосовий пошук", "Căutare vocală"):
        observation, screen = _page("Šta tražiš danas?", node("View", (950, 140, 1060, 240), "", said, clickable=True),
                                    *_recent("Popularno", "Kafa", "Čaj"))
        field = element(observation, hint="Šta tražiš danas?")
        assert search_field(screen, field.id), said
    observation, screen = _page("Šta tražiš danas?", node("View", (950, 140, 1060, 240), "", "Mikrofon", clickable=True),
                                *_recent("Popularno", "Kafa", "Čaj"))
    assert not search_field(screen, element(observation, hint="Šta tražiš danas?").id)


def test_a_hint_offering_kinds_to_look_for_is_no_form_field():
    """A form field's word among kinds offered ("Artist name or song", "Nome da loja ou produto"), the hint dumped as
    the focused field's text beside a voice search, is the search field; "Email or phone" stays a form field."""
    mic = node("View", (950, 140, 1060, 240), "", "Voice search", clickable=True)
    for hint in ("Artist name or song...", "Nome da loja ou produto"):
        observation, screen = screen_of(node("View", (0, 130, 130, 250), "", "Back", clickable=True),
                                        node("EditText", (140, 140, 940, 240), hint, "", clickable=True, focused=True),
                                        mic, *_recent("Trending", "Lo-fi beats", "Workout mix"))
        field = element(observation, cls="android.widget.EditText")
        assert search_field(screen, field.id), hint
    top = rank("search velvet morning", "", screen, [], [])[0]
    assert top.action == {"kind": "type", "element": field.id, "text": "velvet morning"}
    observation, screen = _page("Email or phone", mic)
    assert not search_field(screen, element(observation, hint="Email or phone").id)
