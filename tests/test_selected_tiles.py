"""A tile already selected is no service to start: a camera's mode strip with "Photo" chosen, beside the
shutter that takes the photo (agents/service_tiles.py)."""

from __future__ import annotations

from test_ui_conventions import node, screen_of, tapped


def _camera(modes: tuple[str, ...], chosen: str, shutter: str):
    strip = [node("TextView", (90 + i * 230, 1880, 300 + i * 230, 1960), mode, "", clickable=True)
             for i, mode in enumerate(modes)]
    strip = [n.replace('clickable="true"', 'clickable="true" selected="true"') if f'text="{chosen}"' in n else n
             for n in strip]
    return screen_of(node("ImageButton", (60, 120, 180, 240), "", "Paramètres", clickable=True),
                     *strip,
                     node("ImageView", (80, 2060, 220, 2200), "", "Galerie", clickable=True),
                     node("ImageButton", (440, 2030, 640, 2230), "", shutter, clickable=True),
                     node("ImageButton", (860, 2060, 1000, 2200), "", "Caméra avant", clickable=True))


def test_the_shutter_not_the_mode_already_chosen():
    observation, screen = _camera(("Nuit", "Portrait", "Photo", "Vidéo"), "Photo", "Prendre une photo")
    assert tapped(observation, screen, "fais une photo", content_desc="Prendre une photo")


def test_a_mode_not_yet_chosen_is_still_its_tile():
    observation, screen = _camera(("Nuit", "Portrait", "Photo", "Vidéo"), "Photo", "Prendre une photo")
    assert tapped(observation, screen, "passe en mode portrait", text="Portrait")
