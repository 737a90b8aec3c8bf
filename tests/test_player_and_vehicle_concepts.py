"""Shuffle / repeat and motorbike / car said in one language and shown in another (agents/ui_concepts.toml,
agents/menus.py, agents/brand_services.py), on invented apps."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.ui_glossary import concepts


def _player(shuffle: str, repeat: str):
    """An invented music app's now-playing row: icons known only by their content-desc, and an overflow menu."""
    return screen_of(
        node("ImageButton", (960, 120, 1060, 220), "", "More options for Sommerlåt", clickable=True),
        node("TextView", (40, 1400, 1040, 1500), "Sommerlåt"),
        node("ImageButton", (50, 1740, 170, 1860), "", shuffle, clickable=True),
        node("ImageButton", (480, 1740, 600, 1860), "", "Pause", clickable=True),
        node("ImageButton", (910, 1740, 1030, 1860), "", repeat, clickable=True))


def test_shuffle_and_repeat_are_heard_in_the_tasks_language_on_a_player_in_another():
    for shuffle, repeat in (("Zufallswiedergabe aktivieren", "Wiederholen aktivieren"),
                            ("Aktivér blandet afspilning", "Aktivér gentag"),
                            ("Activer la lecture aléatoire", "Activer répéter")):
        observation, screen = _player(shuffle, repeat)
        on = element(observation, content_desc=shuffle).id
        again = element(observation, content_desc=repeat).id
        for task in ("turn shuffle on", "pon el modo aleatorio", "включи перемешивание", "셔플 켜줘"):
            assert first(task, screen) == {"kind": "tap", "element": on}, (shuffle, task)
        assert first("put it on repeat", screen) == {"kind": "tap", "element": again}  # must not fire: the other


def test_vehicle_words_name_their_concept_and_general_words_do_not():
    assert set(concepts("xe máy")) == {"bike"} and set(concepts("pikipiki")) == {"bike"}
    assert set(concepts("Voiture")) == {"car"}
    assert not concepts("Auto") .get("car") and not concepts("machine learning")


def _services():
    """An invented super-app's ride sheet: brand + vehicle rows with their prices, and a book button."""
    rows = [("Zumbike", "18.000đ"), ("Zumbike Eco", "15.000đ"), ("Zumcar", "64.000đ"), ("Zumcar XL", "81.000đ")]
    return screen_of(*[node("LinearLayout", (0, 1300 + 170 * k, 1080, 1470 + 170 * k), "", "",
                            node("TextView", (40, 1320 + 170 * k, 500, 1450 + 170 * k), name),
                            node("TextView", (700, 1320 + 170 * k, 1040, 1450 + 170 * k), price), clickable=True)
                       for k, (name, price) in enumerate(rows)])


def test_a_vehicle_said_in_any_language_picks_the_brand_row_of_that_vehicle_and_not_the_one_refused():
    observation, screen = _services()
    bike = next(e.id for e in observation.elements if e.clickable and "Zumbike" in screen.labels.get(e.id, "")
                and "Eco" not in screen.labels.get(e.id, ""))
    car = next(e.id for e in observation.elements if e.clickable and "Zumcar |" in screen.labels.get(e.id, ""))
    for task in ("đặt xe máy thôi, ko cần ô tô", "nataka pikipiki", "pesen ojek ke stasiun", "une moto stp"):
        assert first(task, screen) == {"kind": "tap", "element": bike}, task
    assert first("je veux une voiture, pas une moto", screen) == {"kind": "tap", "element": car}


def _tiles(names):
    """An invented super-app's service grid: brand + service tiles, three to a row."""
    return screen_of(*[node("LinearLayout", (20 + 350 * (k % 3), 600 + 250 * (k // 3), 340 + 350 * (k % 3),
                                             820 + 250 * (k // 3)), "", "",
                            node("TextView", (40 + 350 * (k % 3), 760 + 250 * (k // 3), 320 + 350 * (k % 3),
                                              810 + 250 * (k // 3)), name), clickable=True)
                       for k, name in enumerate(names)])


def test_a_vehicle_with_no_tile_of_its_own_is_the_brands_plain_ride_tile_never_another_vehicles():
    observation, screen = _tiles(["ZipRide", "ZipCar", "ZipFood", "ZipSend", "ZipMart", "ZipPlus"])
    ride = next(e.id for e in observation.elements if e.clickable and screen.labels.get(e.id) == "ZipRide")
    car = next(e.id for e in observation.elements if e.clickable and screen.labels.get(e.id) == "ZipCar")
    for task in ("pesenin ojek ke kantor dong", "nataka pikipiki ya kwenda town"):
        assert first(task, screen) == {"kind": "tap", "element": ride}, task
    assert first("je veux une voiture", screen) == {"kind": "tap", "element": car}  # must not fire: a car is said
    observation, screen = _tiles(["ZipRide", "ZipBike", "ZipCar", "ZipFood", "ZipSend", "ZipMart"])
    bike = next(e.id for e in observation.elements if e.clickable and screen.labels.get(e.id) == "ZipBike")
    assert first("pesenin ojek ke kantor dong", screen) == {"kind": "tap", "element": bike}  # the vehicle's own tile
