"""A temperature asked in another language, and tomorrow's forecast row (finish41; h894's cause, other apps' words)."""

from cascadroid.agents import answers, degree_leads


def test_other_languages_ask_a_temperature():
    for task in ("Quanti gradi ci saranno domani a Torino?", "сколько градусов будет завтра в Казани?",
                 "明天北京多少度？", "Hoe warm wordt het morgen in Utrecht?", "¿Cuántos grados hace en Sevilla?",
                 "kaç derece olacak yarın İzmir'de?"):
        assert answers.asked(task).kind == "temperature", task
    assert answers.asked("Stell die Heizung auf 21 Grad") is None  # a setting, not a question
    assert answers.asked("Wie viele ungelesene Mails habe ich?").kind == "count"


def test_tomorrow_is_the_forecast_row_not_the_current_value():
    texts = ["Torino | 7° · Nuvoloso · percepita 4°", "Oggi | 20 % | 8° | 2°", "Domani | Pioggia | 60 % | 11° | 5°",
             "Mercoledì | 10° | 3°"]
    question = answers.asked("Quanti gradi farà domani a Torino al massimo?")
    assert question.tomorrow and not question.lowest
    assert answers.find(question, texts, ["Torino"], {}) == ("11°", 1.0)
    low = answers.asked("сколько градусов будет завтра минимальная?")
    assert low.lowest
    assert degree_leads.day_value(["Завтра | Снег | −2° | −9°"], low.lowest) == "−9°"


def test_tomorrow_not_shown_is_no_answer():
    question = answers.asked("¿qué temperatura hará mañana en Bilbao?")
    assert question.tomorrow
    assert answers.find(question, ["Bilbao | 14° · Nublado", "Hoy | 15° | 9°"], ["Bilbao"], {}) is None


def test_this_morning_is_not_tomorrow():
    assert not degree_leads.tomorrow("Wie warm war es heute Morgen?")
    assert not degree_leads.tomorrow("¿qué temperatura hace por la mañana?")
    assert degree_leads.tomorrow("明天会多冷？")
