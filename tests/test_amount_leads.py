""""How much" and "how many" said apart in other languages: French "combien" with a "de" noun after it counts, bare
"combien" asks an amount; other languages are left as they were (agents/count_leads.py)."""

from __future__ import annotations

from cascadroid.agents import answers


def test_how_much_is_an_amount_and_how_many_a_count():
    for task in ("combien j'ai payé à Moussa hier", "combien ça fait au total ?"):
        assert answers.asked(task).kind == "amount", task
    for task in ("combien de notifications non lues ?", "combien ai-je de messages de Moussa ?",
                 "cuántas fotos tengo del viaje?", "wie viele verpasste Anrufe habe ich?"):
        assert answers.asked(task).kind == "count", task
