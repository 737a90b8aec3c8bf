"""A software engineer's slang for the acts a request asks, said the way apps label them.

"Purge my note X" deletes it ("purge my browsing history" clears it), "kill the pin on the X chat" unpins it, "toggle
/ flip the hotspot to on" turns it on, "push "Hi" to the X group" posts it there, "ping bo@x.org by email" emails him,
"drop Bo from my starred contacts" removes him from them. Read on the request's first words, beside the everyday
phrasal verbs (wording._PHRASES). A register of English in general, no app's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

SLANG: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"^(?:purge|zap|blow away)\b(?=\s+(?:my |the |all )*(?:[\w\-]+ ){0,2}?(?:history|cache|data|cookies|storage)\b)", "clear"),
    (r"^(?:purge|zap|blow away)\b", "delete"),
    (r"^(?:kill|drop|remove|ditch|lose) the (?P<s>pin|star|mute) (?:on|from|off|for) ", lambda m: f"un{m['s'].casefold()} "),
    (r"^(?:toggle|flip) (?P<x>[^()]+?) (?:to |into )?(?:the )?(?P<s>on|off)(?: (?:state|position))?(?=\s*(?:$|[,;.!?]))",
     r"turn \g<s> \g<x>"),
    (r"^push (?P<x>[^()]+?) (?:to|into|in|on) (?=(?:the |my |our )?(?:[^\s()]+ ){0,4}?(?:group|chat|channel|thread)\b)", r"post \g<x> in "),
    (r"^(?:ping|hit up|e-?mail) (?P<x>[^()]+?) (?:by|via|over|through) (?:e-?mail|mail)\b", r"email \g<x>"),
    (r"^drop (?P<x>[^()]+?) (?:from|out of|off) (?=(?:my |the |this )?(?:[\w']+ ){0,2}?(?:favou?rites|favou?rite \w+|starred \w+|cart"
     r"|basket|playlist|album|group|list|bookmarks|saved \w+)\b)", r"remove \g<x> from "),
)
