"""The field whose example has the value's shape takes the value (agents/example_fields.py): invented forms in
Turkish, Japanese, German, Russian and Portuguese whose helper lines show an example; must-not-fire: no example of
that shape, two fields with look-alike examples, a field holding a number of its own."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.example_fields import field_for, shape_pattern


def _form(first_label: str, first_example: str, second_label: str, second_text: str = "", *, focused_second=True):
    """A two-field form: the first field's hint dumped as its text and its example line under it; the second field
    (named by the line above it) focused and holding ``second_text``."""
    return screen_of(node("TextView", (40, 120, 1040, 200), "Yeni kayıt"),
                     node("EditText", (60, 300, 1020, 420), first_label, "", clickable=True),
                     node("TextView", (60, 440, 1020, 490), first_example),
                     node("TextView", (70, 520, 500, 560), second_label),
                     node("EditText", (60, 560, 1020, 680), second_text, "", clickable=True, focused=focused_second),
                     node("Button", (40, 900, 1040, 1020), "Kaydet", clickable=True))


def test_a_value_goes_into_the_field_whose_example_has_its_shape():
    observation, screen = _form("Plaka", "Örn: 34 ABC 123", "Araç adı (isteğe bağlı)", "Annemin arabası")
    plate = element(observation, text="Plaka").id
    assert field_for(screen, "06 KLM 482") == plate
    assert first("annemin arabasını 06 KLM 482 plakasıyla ekle", screen) == {
        "kind": "type", "element": plate, "text": "06 KLM 482"}
    observation, screen = _form("会員番号", "例: AB-12345678", "ニックネーム")
    assert field_for(screen, "KX-40817723") == element(observation, text="会員番号").id
    observation, screen = _form("Reisepassnummer", "z. B. C01X00T47", "Notiz")
    assert field_for(screen, "C72F19K38") == element(observation, text="Reisepassnummer").id


def test_the_shape_allows_runs_a_little_longer_or_shorter_and_keeps_separators():
    pattern = shape_pattern("+7 916 123-45-67")
    assert pattern is not None and pattern.search("Например: +7 900 000-00-00")
    assert not pattern.search("+7 (900) 0000000")
    assert shape_pattern("Lunch") is None and shape_pattern("12") is None  # no digit; too short to have a shape


def test_no_field_without_a_matching_example_or_with_two_or_filled():
    _, screen = _form("CPF", "Somente números", "Apelido")
    assert field_for(screen, "123.456.789-09") is None  # the helper line shows no shape
    _, screen = _form("Номер", "Пример: А123ВС", "Второй номер")
    assert field_for(screen, "К456МН") is not None
    _, screen = screen_of(node("EditText", (60, 300, 1020, 420), "Plaka", "", clickable=True),
                          node("TextView", (60, 440, 1020, 490), "Örn: 34 ABC 123"),
                          node("EditText", (60, 800, 1020, 920), "İkinci plaka", "", clickable=True),
                          node("TextView", (60, 940, 1020, 990), "Örn: 35 DEF 456"))
    assert field_for(screen, "06 KLM 482") is None  # two fields show a look-alike example: no telling which
    _, screen = _form("Plaka", "Örn: 34 ABC 123", "Not")
    _, filled = screen_of(node("EditText", (60, 300, 1020, 420), "35 DEF 456", "", clickable=True),
                          node("TextView", (60, 440, 1020, 490), "Örn: 34 ABC 123"))
    assert field_for(filled, "06 KLM 482") is None  # holds a plate of its own already
