"""The kind of value a question asks in another language, answered from a value of that kind beside or under the
asked object, as the screen's locale writes it (finish42: held finishes absent, other apps' words)."""

from screens_made import stacked_rows_screen

from cascadroid.agents import answers, asked_kinds
from cascadroid.agents.candidates import rank


def _first(task: str, screen) -> dict:
    return rank(task, "", screen, [], [])[0].action


def test_other_languages_ask_kinds_of_value():
    for task, kind in (("Wie weit ist es bis Ulm?", "distance"), ("сколько км до Твери?", "distance"),
                       ("Combien de temps dure le trajet ?", "duration"), ("外卖还要多久到？", "duration"),
                       ("얼마나 걸려?", "duration"), ("¿Cuánto cuesta el envío?", "amount"), ("这个多少钱？", "amount"),
                       ("Ile kosztuje bilet?", "amount"), ("¿A qué hora abre el museo?", "time"),
                       ("Hoe laat vertrekt de bus?", "time"), ("Wie viel Akku habe ich noch?", "percent"),
                       ("电量还剩多少？", "percent"), ("Какой рейтинг у кафе?", "rating"),
                       ("Quanto spazio occupa Telegram?", "size"), ("Qual è l'indirizzo del ristorante?", "address"),
                       ("Quel est le numéro de téléphone de la pharmacie ?", "phone"), ("会议是几号？", "date"),
                       ("Wer hat mich angerufen?", "name"), ("how much battery is left?", "percent")):
        assert answers.asked(task).kind == kind, task


def test_a_request_said_as_a_question_asks_no_value():
    assert asked_kinds.lead("Kannst du Ana die Adresse schicken?") is None
    assert asked_kinds.lead("住所を変更して") is None  # no question
    assert asked_kinds.lead("Sag Jonas „wie weit bist du?“") is None  # a quoted message


def test_values_as_other_locales_write_them():
    for kind, text, value in (("amount", "Razem: 64,50 zł", "64,50 zł"), ("amount", "Итого 1 290 ₽", "1 290 ₽"),
                              ("duration", "Fahrzeit 1 Std. 20 Min.", "1 Std. 20 Min."), ("duration", "约25分钟", "25分钟"),
                              ("percent", "Batterie 45 %", "45 %"), ("time", "départ 19h30", "19h30"),
                              ("date", "am 12.03.2026", "12.03.2026"), ("distance", "3,4 公里", "3,4 公里")):
        assert answers.value_in(kind, text) == value, text


def test_a_value_under_the_asked_object_is_the_answer():
    shop = stacked_rows_screen("ru.maps.example", [("Торговый центр Галактика", False), ("4,6 ★ · 12 км", True),
                                       ("Адрес: ул. Ленина, 45", False), ("Телефон: +7 495 123-45-67", False),
                                       ("Маршрут", True), ("Позвонить", True)])
    assert _first("сколько км до Галактики?", shop) == {"kind": "done", "answer": "12 км"}
    assert _first("Какой рейтинг у Галактика?", shop) == {"kind": "done", "answer": "4,6"}
    trip = stacked_rows_screen("de.bahn.example", [("Verbindungen", False), ("Kassel-Wilhelmshöhe → Fulda", False),
                                       ("ab 14:05 · an 14:37", True), ("Dauer: 1 Std. 7 Min. · 0 Umstiege", False),
                                       ("24,90 €", False), ("Weitere Verbindungen", True)])
    assert _first("Wie lange dauert die Fahrt nach Fulda?", trip) == {"kind": "done", "answer": "1 Std. 7 Min."}
    assert _first("Was kostet die Fahrt nach Fulda?", trip) == {"kind": "done", "answer": "24,90 €"}


def test_no_value_of_the_kind_no_finish():
    shop = stacked_rows_screen("ru.maps.example", [("Торговый центр Галактика", False), ("Открыто до 22:00", False),
                                       ("Маршрут", True), ("Позвонить", True)])
    assert _first("сколько км до Галактики?", shop)["kind"] != "done"
    battery = stacked_rows_screen("com.android.settings", [("Akku", False), ("Energiesparmodus", True), ("Akkunutzung", True)])
    assert _first("Wie viel Akku habe ich noch?", battery)["kind"] != "done"
