"""A task that asks to get a popup, sheet or offer out of the way: the popup's close control, in any language.

"weg mit dem Popup, ich will einfach bestellen", "get this card offer out of the way so I can pay", "quita ese
anuncio": the words of the task often fit the popup's call to action ("… und bestellen", "Order now") better
than its close icon, which says only "Close" in the screen's language ("Schließen", "Փակել", "閉じる"). When the
task pairs a removal word ("away", "get rid of", "weg", "quita", "ferme") with a popup word ("popup", "offer",
"banner", "Angebot", "anuncio"), the control meaning close (agents/ui_glossary.py) drawn last (a popup's window
comes after the page it covers) goes first. A task naming something else to close ("close the Travel tab",
"close my account") is no dismissal.
"""

from __future__ import annotations

import re
from typing import Any

from . import ui_glossary
from .perceptor import Screen
from .text import normalize

# What pops up over a page, in the languages phones ship ("popup" is a loanword nearly everywhere).
_POPUPS = (r"pop-?\s?up\w*|overlay|banner|offer|promo(?:tion)?|ad|advert|sheet|dialog|notice|prompt|"
           r"angebot|werbung|hinweis|fenster|anuncio|aviso|oferta|ventana|publicité|pub|offre|fenêtre|bannière|"
           r"annuncio|offerta|finestra|anúncio|janela|aanbieding|advertentie|reklama|oferta|okno|реклам\w*|"
           r"окно|баннер|предложени\w*")
# Removal words that send it away.
_AWAY = (r"out of the way|get rid of|go away|away|dismiss|close|hide|skip|"
         r"weg|bort|væk|schlie(?:ß|ss)\w*|zumachen|quita\w*|cierra|elimina|ferme|enlève|vire|retire|chiudi|togli|leva|"
         r"fecha|feche|tira|tire|sluit|zamknij|usuń|убери|закрой|скрой")
_NEAR = r"(?:\s+\S+){0,4}?\s+"
_DISMISS = re.compile(rf"(?<!\w)(?:(?:{_AWAY}){_NEAR}(?:{_POPUPS})|(?:{_POPUPS}){_NEAR}(?:{_AWAY}))(?!\w)", re.I)
_OTHER = re.compile(r"\b(?:tab|account|app|chat|window of|door|ring)s?\b", re.I)


def asked(task: str) -> bool:
    """The task asks to send a popup, sheet or offer away."""
    said = normalize(task)
    return _DISMISS.search(said) is not None and _OTHER.search(said) is None


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Raise the close control drawn last above the rest when the task dismisses a popup (in place)."""
    if not out or not asked(task):
        return
    closers = [c for c in out if c.action.get("kind") == "tap" and isinstance(c.action.get("element"), int)
               and c.action["element"] not in screen.editable and _closes(screen.labels.get(c.action["element"], ""))]
    if closers:
        last = max(closers, key=lambda c: c.action["element"])
        last.score = max(c.score for c in out) + 1.0


def _closes(label: str) -> bool:
    """A short label meaning close ("Schließen", "Close sheet", "Փակել")."""
    return 0 < len(label.split()) <= 3 and "close" in ui_glossary.concepts(label)
