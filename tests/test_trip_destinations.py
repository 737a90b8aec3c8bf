"""The end of a trip a task names goes into the empty destination entry (agents/trip_destinations.py): invented
ride and transit apps in several languages, the entry a field or a row; must-not-fire: a place already entered, a
saved place naming the end, a task naming no end, a mail's "To" field."""

from __future__ import annotations

from test_ui_conventions import element, first, node, screen_of

from cascadroid.agents.candidates import Candidate
from cascadroid.agents.trip_destinations import adjust, destination


def test_the_end_said_in_many_languages():
    said = {"get me a cab to Harbour Bridge": "Harbour Bridge", "pídeme un carro a la terminal norte": "terminal norte",
            "таксі на залізничний вокзал": "залізничний вокзал", "fahr mich nach Köln Hbf, bitte": "Köln Hbf",
            "đưa tôi đến chợ Lớn": "chợ Lớn", "空港まで行きたい": "空港", "강남역까지 가 주세요": "강남역", "我要去火车站": "火车站",
            "take me to the airport": "airport"}
    assert {task: destination(task) for task in said} == said
    assert destination("book me a ride") is None


def _ride_home(entry: str):
    """A ride app's home: its where-to row, saved places and ride kinds (invented app "Zoomo")."""
    return screen_of(node("ImageButton", (20, 100, 140, 220), "", "Menu", clickable=True),
                     node("LinearLayout", (40, 1400, 1040, 1530), "", "", node("TextView", (140, 1430, 900, 1500), entry),
                          clickable=True, rid="com.zoomo.rider:id/search_bar"),
                     node("View", (40, 1560, 1040, 1680), "Home | 4 Elm Row", clickable=True),
                     node("View", (40, 1700, 1040, 1820), "Gym | 88 Dock Lane", clickable=True),
                     node("Button", (40, 1900, 520, 2050), "Zoomo Go", clickable=True),
                     node("Button", (560, 1900, 1040, 2050), "Zoomo XL", clickable=True))


def test_the_where_to_row_is_tapped_first():
    for entry, task in (("Where to?", "get me a zoomo to Harbour Bridge"), ("¿A dónde vamos?", "pídeme un zoomo a la "
                        "terminal norte"), ("Wohin?", "ein Zoomo nach Köln Hbf bitte")):
        observation, screen = _ride_home(entry)
        row = element(observation, resource_id="com.zoomo.rider:id/search_bar")
        assert first(task, screen) == {"kind": "tap", "element": row.id}, task


def test_a_short_or_shared_to_names_the_end_before_a_name():
    """Colloquial "pa'" and "pro" and the Slavic "na" say where only before a name; the same words before a common
    noun (Swahili "na" = with, Portuguese "na" = in the, Spanish "pa que" = so that) name no end."""
    said = {"objednej taxi na Letiště Václava Havla": "Letiště Václava Havla", "me leva pro Shopping Iguatemi":
            "Shopping Iguatemi", "llévame pa' Parque Lleras ya": "Parque Lleras", "taksi na Trg 1": "Trg 1"}
    assert {task: destination(task) for task in said} == said
    for task in ("nipeleke na rafiki yangu", "vou na farmácia", "pa que sepas", "chama um uber pro aeroporto"):
        assert destination(task) is None, task
    observation, screen = _ride_home("Kam jedete?")
    row = element(observation, resource_id="com.zoomo.rider:id/search_bar")
    assert first("objednej zoomo na Letiště Václava Havla", screen) == {"kind": "tap", "element": row.id}


def _route_form(hint: str, text: str = ""):
    return screen_of(node("ImageButton", (20, 100, 140, 220), "", "Назад", clickable=True),
                     node("TextView", (140, 280, 960, 370), "вул. Садова, 3", clickable=True),
                     node("EditText", (140, 400, 960, 500), text, "", clickable=True, hint=hint),
                     node("View", (40, 600, 1040, 720), "Парк Шевченка | вул. Володимирська", clickable=True))


def test_the_end_is_typed_into_the_empty_destination_field():
    for hint, task, end in (("Куди їдемо?", "таксі на залізничний вокзал", "залізничний вокзал"),
                            ("目的地を入力", "港の見える丘公園まで", "港の見える丘公園"),
                            ("Enter destination", "a ride to Old Mill Road", "Old Mill Road")):
        observation, screen = _route_form(hint)
        field = element(observation, cls="android.widget.EditText")
        assert first(task, screen) == {"kind": "type", "element": field.id, "text": end}, task


def test_no_entry_where_the_end_is_entered_listed_or_unsaid():
    observation, screen = _route_form("Куди їдемо?", "Оперний театр")  # a place typed already
    assert first("таксі на вокзал", screen).get("text") != "вокзал"
    _, screen = _route_form("Куди їдемо?")  # the saved place the task names: left to the rules
    out: list[Candidate] = []
    adjust(out, "таксі до Парк Шевченка", screen, Candidate)
    assert out == []
    observation, screen = _ride_home("Where to?")  # no end named
    row = element(observation, resource_id="com.zoomo.rider:id/search_bar")
    assert first("open the menu", screen) != {"kind": "tap", "element": row.id}


def test_a_mail_to_field_is_no_destination():
    _, screen = screen_of(node("EditText", (40, 300, 1040, 400), "", "", clickable=True, hint="To"),
                          node("EditText", (40, 420, 1040, 520), "", "", clickable=True, hint="Subject"))
    out: list[Candidate] = []
    adjust(out, "send an email to Bo Lind", screen, Candidate)
    assert out == []


def test_a_purpose_or_time_after_the_end_is_no_part_of_it():
    said = {"такси до аэропорта в 8 утра": "аэропорта", "un taxi al aeropuerto para las 8": "aeropuerto",
            "book a ride to the mall to pick up my sister": "mall", "uber to JFK tomorrow morning": "JFK",
            "a cab to Pier 9 tonight": "Pier 9", "ein Taxi zum Hauptbahnhof morgen früh": "Hauptbahnhof",
            "I want to go to the ferry terminal": "ferry terminal"}
    assert {task: destination(task) for task in said} == said
    assert destination("take me home, I need to be there by 5") is None
    assert destination("llévame a casa, tengo que estar allí a las 5") != "allí"


def test_an_infinitive_after_somewhere_or_something_is_no_end():
    """"somewhere to stay in Lisbon", "something to eat near me", "a place to park": an infinitive of purpose after an
    indefinite pronoun or "place" names no trip's end (a hotel or maps search, not a ride to "stay")."""
    for task in ("find us somewhere to stay in Lisbon next month", "I need something to eat near Shibuya",
                 "look for a place to park close to the stadium", "anything to do in Porto tonight?"):
        assert destination(task) in (None, "the stadium", "stadium"), task
    assert destination("get me somewhere to sleep, then a cab to Union Station") == "Union Station"


def test_a_transfer_form_is_no_trip():
    """A bank's "Destination account" (or "Cuenta destino") field takes no trip's end: the amount is left first."""
    for hint, task in (("Destination account", "transfer $50 to my savings account"),
                       ("Cuenta destino", "pasa 200 euros a Ahorro Plus")):
        _, screen = screen_of(node("EditText", (40, 300, 1040, 400), "", "", clickable=True, hint=hint),
                              node("EditText", (40, 420, 1040, 520), "", "", clickable=True, hint="Amount"),
                              node("EditText", (40, 540, 1040, 640), "", "", clickable=True, hint="Note"))
        out: list[Candidate] = []
        adjust(out, task, screen, Candidate)
        assert out == [], task


def _ticket_form(start: str, end: str, *rows: str):
    """A coach or rail app's search (invented): the start filled in, the end's field focused and showing its prompt
    as its text, as real dumps of an empty field with a hint do."""
    return screen_of(node("ImageButton", (20, 100, 140, 220), "", "Atrás", clickable=True),
                     node("EditText", (80, 360, 880, 460), start, "", clickable=True),
                     node("EditText", (80, 570, 880, 670), end, "", clickable=True, focused=True),
                     node("Button", (80, 900, 1000, 1020), "Buscar", clickable=True),
                     *(node("View", (40, 1100 + 150 * k, 1040, 1230 + 150 * k), row, clickable=True)
                       for k, row in enumerate(rows)))


def test_the_arrival_field_of_a_ticket_form_takes_the_end():
    """A transit form names the end "arrival" beside the start, the prompt in sentence case ("Estación de llegada");
    Persian says the end after "به" or "برای" into "انتخاب مقصد"; an arrival date or time is no trip's end."""
    for start, end, task, place in (("Madrid-Atocha", "Estación de llegada", "quiero un billete a Sevilla", "Sevilla"),
                                    ("ترمینال غرب", "انتخاب مقصد", "یه ماشین بگیر برای میدان آزادی", "میدان آزادی"),
                                    ("Kraków Główny", "Stacja przyjazdu", "bilet do Gdańska", "Gdańska")):
        observation, screen = _ticket_form(start, end)
        field = element(observation, text=end)
        assert first(task, screen) == {"kind": "type", "element": field.id, "text": place}, task
    for end in ("Arrival date", "Hora de llegada"):
        _, screen = _ticket_form("Madrid-Atocha", end)
        out: list[Candidate] = []
        adjust(out, "quiero un billete a Sevilla", screen, Candidate)
        assert out == [], end


def test_an_offer_of_a_trip_to_the_place_is_no_saved_place():
    """"Fernbus nach Köln | ab 19 €" names a line to the place, not the place: the end is still typed."""
    for end, row, task, place in (("Ziel", "Fernbus nach Köln | ab 19 €", "ein Ticket nach Köln bitte", "Köln"),
                                  ("Where to?", "Night coach to Leeds | from £12", "a coach ticket to Leeds", "Leeds")):
        observation, screen = _ticket_form("Berlin ZOB", end, row)
        out: list[Candidate] = []
        adjust(out, task, screen, Candidate)
        assert [c.action for c in out] == [{"kind": "type", "element": element(observation, text=end).id,
                                            "text": place}], task


def test_the_week_a_stay_is_for_is_no_end():
    """"para el fin de semana", "for the weekend" say when, not where: no end named by them."""
    assert destination("reserva un hostal para el fin de semana") is None
    assert destination("un coche a Oporto para el fin de semana") == "Oporto"
