"""A permission's while-in-use option and the radio already on (agents/permission_choices.py); a phone's sound-mode
tile and a storage page's clean-up button said in other words (agents/ui_concepts.toml's said forms), on invented
screens."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from test_ui_conventions import first, node, screen_of


def _radio(bounds, text: str, checked: bool, rid: str = "") -> str:
    left, top, right, bottom = bounds
    return (f'<node class="android.widget.RadioButton" package="com.example.perms" text={quoteattr(text)} '
            f'content-desc="" resource-id="{rid}" checkable="true" checked="{str(checked).lower()}" clickable="true" '
            f'enabled="true" scrollable="false" focused="false" bounds="[{left},{top}][{right},{bottom}]" />')


def _permission_page(labels: list[str], picked: int = 0, ids: bool = False):
    """An invented app's location permission page: four radio rows, one on, and a link to all permissions."""
    rids = ["p:id/allow_always_radio_button", "p:id/allow_foreground_only_radio_button", "p:id/ask_radio_button",
            "p:id/deny_radio_button"]
    return screen_of(
        node("TextView", (40, 200, 1040, 300), "Tramly"),
        *[_radio((40, 400 + 150 * k, 1040, 540 + 150 * k), label, k == picked, rids[k] if ids else "")
          for k, label in enumerate(labels)],
        node("TextView", (40, 1200, 1040, 1300), "Tramly: ver todos los permisos", clickable=True))


_SPANISH = ["Permitir todo el tiempo", "Permitir solo mientras la app está en uso", "Preguntar siempre", "No permitir"]


def _tap(screen, text: str) -> dict:
    return {"kind": "tap", "element": next(i for i in screen.actionable if screen.labels.get(i, "") == text)}


def test_only_while_open_picks_the_while_in_use_radio_over_rows_sharing_words():
    observation, screen = _permission_page(_SPANISH)
    for task in ("que Tramly no vea mi ubicación todo el tiempo, solo cuando la uso",
                 "let Tramly see my location only while I'm using it"):
        assert first(task, screen) == _tap(screen, _SPANISH[1]), task


def test_the_aosp_id_names_the_option_whatever_the_label_says():
    labels = ["Zawsze", "Kiedy otwarta", "Pytaj", "Nie"]  # invented vendor wording the glossary does not hold
    observation, screen = _permission_page(labels, ids=True)
    assert first("Tramly should see where I am only when it's open", screen) == _tap(screen, "Kiedy otwarta")


def test_must_not_fire_where_the_task_asks_for_another_option():
    observation, screen = _permission_page(_SPANISH, picked=1)
    assert first("no permitir que Tramly vea mi ubicación", screen) == _tap(screen, "No permitir")
    assert first("preguntar siempre", screen) == _tap(screen, "Preguntar siempre")


def test_the_radio_already_on_scores_below_the_same_radio_off():
    from cascadroid.agents.candidates import rank

    def score(picked: int) -> float:
        observation, screen = _permission_page(_SPANISH, picked=picked)
        wanted = _tap(screen, "Preguntar siempre")
        return next(c.score for c in rank("preguntar siempre", "", screen, [], [], limit=50) if c.action == wanted)
    assert score(picked=2) <= score(picked=0) - 1.0


def _panel(sound_label: str = "Ton"):
    """An invented quick panel: switch tiles named by content-desc, the sound-mode tile a Button, a menu."""
    return screen_of(
        node("ImageButton", (940, 70, 1040, 170), "", "Weitere Optionen", clickable=True),
        node("Switch", (40, 230, 530, 390), "", "WLAN,Ein", clickable=True),
        node("Button", (40, 420, 290, 620), "", f"{sound_label},Modus: {sound_label}",
             node("TextView", (50, 545, 280, 605), sound_label), clickable=True),
        node("Switch", (290, 420, 540, 620), "", "Taschenlampe,Aus", clickable=True))


def _sound_tile(screen) -> dict:
    return {"kind": "tap", "element": next(i for i in screen.actionable if "Modus" in screen.labels.get(i, ""))}


def test_silencing_the_phone_in_other_words_is_the_sound_mode_tile_not_the_menu():
    observation, screen = _panel()
    for task in ("stell das Handy auf lautlos", "ich will keinen Mucks mehr hören vom Telefon",
                 "put my phone on silent, I'm in a meeting"):
        assert first(task, screen) == _sound_tile(screen), task


def test_must_not_fire_for_another_tile():
    observation, screen = _panel()
    assert first("Taschenlampe einschalten", screen) != _sound_tile(screen)


def test_freeing_space_in_other_words_is_the_clean_up_button_of_another_language():
    observation, screen = screen_of(
        node("TextView", (40, 200, 1040, 300), "Almacenamiento"),
        node("TextView", (40, 320, 700, 420), "118 GB usados de 128 GB"),
        node("Button", (720, 320, 1040, 420), "Liberar espacio", clickable=True),
        node("LinearLayout", (0, 500, 1080, 650), "", "", node("TextView", (40, 520, 800, 630), "Aplicaciones"),
             clickable=True),
        node("LinearLayout", (0, 650, 1080, 800), "", "", node("TextView", (40, 670, 800, 780), "Fotos"),
             clickable=True))
    button = {"kind": "tap", "element": next(i for i in screen.actionable if screen.labels.get(i) == "Liberar espacio")}
    assert first("my phone says it's full, free up some space", screen) == button
    assert first("show me which apps take up the space", screen) != button
