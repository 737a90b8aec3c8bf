""""Where" asked in other languages, and a tracking history's newest event as where a thing has got to
(agents/place_leads.py)."""

from __future__ import annotations

from test_ui_conventions import first, node, screen_of

from cascadroid.agents import answers, place_leads


def test_where_is_asked_in_other_languages_only_as_a_question():
    for task in ("gdzie jest teraz moja paczka?", "¿dónde está mi pedido de Zara?", "wo ist mein Paket gerade?",
                 "где сейчас моя посылка?", "我的快递到哪了？", "荷物は今どこ？", "택배 지금 어디야?",
                 "πού είναι το δέμα μου;".replace(";", "?"), "paket saya sudah sampai di mana?"):
        assert place_leads.lead(task) is not None, task
        assert answers.asked(task).kind == "address", task
    for task in ("zapisz adres, gdzie mieszkam", "hvor mange pakker venter?", "var det Ana som ringde?",
                 'send Bo "wo bist du?"'):
        assert place_leads.lead(task) is None, task


def _tracking(events: list[str]):
    """An invented Polish parcel tracker: the parcel's head, then its history, one row per event."""
    return screen_of(
        node("ImageButton", (20, 80, 140, 200), "", "Wstecz", clickable=True),
        node("TextView", (40, 260, 1040, 340), "Paczka od Allegro - buty trekkingowe"),
        node("TextView", (40, 360, 1040, 420), "Numer przesyłki 6209 4410 3321"),
        node("Button", (40, 460, 520, 560), "Zmień termin", clickable=True),
        node("ScrollView", (0, 600, 1080, 2200), "", "",
             *[node("TextView", (40, 640 + 140 * i, 1040, 760 + 140 * i), e) for i, e in enumerate(events)],
             scrollable=True))


def test_where_a_parcel_has_got_to_is_its_newest_event():
    newest_first = ["07.12.2026, 06:40 | Przesyłka przekazana do doręczenia w oddziale Kraków Zabłocie",
                    "06.12.2026, 22:15 | Przesyłka w sortowni Pruszków",
                    "06.12.2026, 14:03 | Nadano w punkcie Żabka, Warszawa Mokotów"]
    observation, screen = _tracking(newest_first)
    action = first("gdzie jest moja paczka?", screen)
    assert action["kind"] == "done" and "Kraków" in action["answer"]
    observation, screen = _tracking(list(reversed(newest_first)))  # listed oldest first: the dates say so
    action = first("where's my Allegro parcel?", screen)
    assert action["kind"] == "done" and "Kraków" in action["answer"]
