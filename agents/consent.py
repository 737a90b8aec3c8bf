"""A form's submit button waits for its consent box: "I agree to the Terms" is ticked first.

Sign-up, checkout and booking forms keep their button ("Create account", "Continue", "Pay") greyed
out until the terms box is ticked. When such a button is disabled, the task names nothing else on
the screen strongly, and an unticked box says the user agrees or accepts ("I agree to the Terms",
"Acepto los términos", "同意する", "이용약관에 동의"), ticking it is the first step. A box the task
refuses ("don't accept the terms") and optional ones (newsletters, offers) are left alone.
"""

from __future__ import annotations

import re
from typing import Any

from .perceptor import Screen
from .text import normalize

# Words of a consent box, in the languages phones ship.
_CONSENT = re.compile(
    r"(?<!\w)(?:i agree|agree to|i accept|accept the|terms|consent|acepto|términos|concordo|aceito|termos|j'accepte|"
    r"conditions générales|ich stimme|akzeptiere|agb|accetto|termini|akkoord|voorwaarden|akceptuję|regulamin|"
    r"согласен|согласна|условия|kabul ediyorum|koşulları|setuju|syarat|đồng ý|điều khoản|"
    r"أوافق|الشروط|מסכים|מסכימה|תנאי|सहमत|शर्तों)(?!\w)|同意|利用規約|약관|동의|ยอมรับ|ข้อกำหนด|条款|條款|协议|協議", re.I)
_REFUSED = re.compile(r"\b(?:don't|do not|dont|never|without)\s+(?:\w+\s+){0,2}(?:agree|accept|tick|check)", re.I)
_STRONG = 2.0  # a candidate the task names this well is what it asks for


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Raise the unticked consent box (in place) while a button waits for it and the task names nothing else."""
    if not screen.disabled or _REFUSED.search(normalize(task)) or not out:
        return
    boxes = [i for i, on in screen.checked.items() if not on and i in screen.actionable
             and _CONSENT.search(normalize(screen.labels.get(i, "")))]
    top = max(c.score for c in out)
    if not boxes or top >= _STRONG:
        return
    for candidate in out:
        if candidate.action.get("kind") == "tap" and candidate.action.get("element") == boxes[0]:
            candidate.score = top + 0.5
