"""A feed repeats its "⋮" on every post: where the task's verb is behind it and no object was parsed, the row whose
words the task says (a part of a hyphened compound a word of its own) owns the menu to open (agents/menus.py)."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.candidates import rank


def _post(top: int, place: str, title: str, more: str) -> str:
    return node("View", (0, top, 1080, top + 400), "", "",
                node("TextView", (40, top + 20, 700, top + 80), place),
                node("ImageButton", (960, top + 20, 1060, top + 120), "", more, clickable=True),
                node("TextView", (40, top + 120, 1040, top + 300), title))


def _feed(posts: list[tuple[str, str]], more: str):
    return screen_of(node("ScrollView", (0, 200, 1080, 2200), "", "",
                          *[_post(250 + 450 * i, place, title, more) for i, (place, title) in enumerate(posts)],
                          scrollable=True))


def _menu_of(observation, title: str, more: str) -> int:
    row = element(observation, text=title).parent
    return next(e.id for e in observation.elements if e.parent == row and e.content_desc == more)


def test_the_named_posts_menu_opens_in_any_language():
    posts = [("r/cocina", "Paella valenciana de mi abuela"), ("r/viajes", "Tren nocturno de Madrid a Lisboa"),
             ("r/futbol", "Resumen de la jornada 14")]
    observation, screen = _feed(posts, "Más opciones")
    assert first("guarda la publicación de la paella", screen) == \
        {"kind": "tap", "element": _menu_of(observation, posts[0][1], "Más opciones")}
    posts = [("r/running", "Week 12 of my training plan"), ("r/baking", "Sourdough starter finally alive"),
             ("r/maps", "Ferry routes of the Baltic")]
    observation, screen = _feed(posts, "More options")
    assert first("hide the ferry-routes post", screen) == \
        {"kind": "tap", "element": _menu_of(observation, posts[2][1], "More options")}


def _menu_scores(task: str, screen, observation, posts, more: str) -> set[float]:
    menus = {_menu_of(observation, title, more) for _, title in posts}
    return {round(c.score, 3) for c in rank(task, "", screen, [], []) if c.action.get("element") in menus}


def test_no_menu_is_picked_where_no_row_or_two_rows_name_the_task():
    posts = [("r/cocina", "Paella de marisco"), ("r/viajes", "Paella en Valencia"), ("r/futbol", "Resumen de la jornada")]
    observation, screen = _feed(posts, "Más opciones")
    assert len(_menu_scores("guarda la publicación de la paella", screen, observation, posts, "Más opciones")) == 1
    assert len(_menu_scores("guarda esta publicación", screen, observation, posts, "Más opciones")) == 1


def _post_with_buttons(top: int, place: str, title: str, more: str, buttons: tuple[str, ...]) -> str:
    return node("View", (0, top, 1080, top + 400), "", "",
                node("View", (0, top, 940, top + 310), "", "",
                     node("TextView", (40, top + 20, 700, top + 80), place),
                     node("TextView", (40, top + 120, 900, top + 300), title), clickable=True),
                node("ImageButton", (960, top + 20, 1060, top + 120), "", more, clickable=True),
                *[node("Button", (40 + 250 * k, top + 320, 260 + 250 * k, top + 390), b, clickable=True)
                  for k, b in enumerate(buttons)])


def test_a_looking_verb_opens_the_post_itself_not_its_menu():
    posts = [("r/running", "Week 12 of my training plan"), ("r/baking", "Sourdough starter finally alive"),
             ("r/maps", "Ferry routes of the Baltic")]
    observation = screen = None
    for more, buttons, task in (("More options", ("Like", "Comment", "Share"), "open the sourdough post"),
                                ("Weitere Optionen", ("Gefällt mir", "Kommentieren", "Teilen"),
                                 "zeig mir den Beitrag über die Ostsee-Fähren")):
        observation, screen = screen_of(node("ScrollView", (0, 200, 1080, 2200), "", "",
                                             *[_post_with_buttons(250 + 450 * i, p, t, more, buttons)
                                               for i, (p, t) in enumerate(posts)], scrollable=True))
        menus = {e.id for e in observation.elements if e.content_desc == more}
        assert first(task, screen).get("element") not in menus, task
