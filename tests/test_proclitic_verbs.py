"""A pronoun before a first-conjugation verb ("me avisa", "mi chiama", "te manda") makes the verb a Romance verb whose
infinitive a button says ("Avisar-me", "Chiamare"); a button writing its clitic with a hyphen ("Avisar-me") still
starts with that verb."""

from __future__ import annotations

from test_ui_conventions import node, screen_of, tapped

from cascadroid.agents.endings import imperatives, verb_meets


def test_a_verb_after_a_proclitic_is_the_tasks_verb():
    assert "avisa" in imperatives("me avisa quando o pedido sair")
    assert "chiama" in imperatives("mi chiama il taxi per le otto")
    assert verb_meets("avisa", "Avisar-me") and verb_meets("chiama", "Chiamare")
    for task in ("give me some extra sauce", "show me where it is", "send me a pizza", "text me the code"):
        assert not {w for w in imperatives(task) if verb_meets(w, w + "r")}, task  # English "me": no Romance verb


def test_the_sheets_verb_said_after_its_pronoun_is_tapped():
    observation, screen = screen_of(
        node("TextView", (40, 1200, 1040, 1300), "Pedido #4412 · saiu para entrega"),
        node("TextView", (0, 1400, 1080, 1530), "Copiar código", clickable=True),
        node("TextView", (0, 1530, 1080, 1660), "Avisar-me na chegada", clickable=True),
        node("TextView", (0, 1660, 1080, 1790), "Falar com o entregador", clickable=True))
    assert tapped(observation, screen, "me avisa quando chegar", text="Avisar-me na chegada")
