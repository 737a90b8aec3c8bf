"""The thanks or "for me" that closes a request: "turn the wifi off for me, thanks", "Switch off the hotspot, ta."

A message said after ":" or "saying" keeps its own closing words ("text Bo: see you, ta"), and one that is nothing but
thanks stays whole. General English only.
"""

from __future__ import annotations

import re

_TAIL = re.compile(r"(?:[,\s]+|^)(?:for me|please|thanks(?: a lot| so much| a million| a bunch| loads| heaps)?|thank you(?: so much)?|cheers|ok\??|okay\??"
                   r"|if you can|if possible|if you could|when you can|when you get a chance|real quick|for now)"
                   r"\s*[.!]*\s*$", re.I)
# A closing British "ta" after a comma: thanks, unless a message said after ":" or "saying" ends with it ("text Bo: see you, ta").
_TA = re.compile(r",\s*ta\s*[.!]*\s*$", re.I)
# A hand-over after a request, said with a pro-form ("..., can you do that?", "... - could you send it?"): nothing more.
_HANDOVER = re.compile(r"\s*(?:[-–—]|,)\s*(?:so\s+|and\s+)?(?:(?:can|could|would|will) you(?: please| just)? )?(?:do|handle|send|manage|sort"
                       r"|take care of|deal with|place|make) (?:it|that|this)(?: out| for me| please| now| too)*\s*[?.!]*\s*$", re.I)
_TAPPED_OK = re.compile(r"\b(?:hit|tap|press|click|select|choose|push)\s+(?:on\s+)?(?:the\s+)?(?:ok|okay)(?:\s+button)?\s*[.!]*\s*$", re.I)
_MESSAGE_SAID = re.compile(r":\s|\bsaying\b", re.I)
# A request to send something: what follows its ":" or "saying" is the message, and so is a courtesy said right after its
# recipient with no comma before it ("tell Bo thank you", "text Ana thanks"): it is sent, not said to the phone.
_SENDING = re.compile(r"^\W*(?:(?:please|just|kindly)\s+)*(?:text|message|tell|say|reply|write|send|e-?mail|mail|sms|dm|wish)\b",
                      re.I)
_TO_PERSON = re.compile(r"^\W*(?:(?:please|just|kindly)\s+)*(?:text|message|tell|reply(?:\s+to)?|sms|dm)\s+[^\s,;.!?:]+"
                        r"(?:\s+[^\s,;.!?:]+)?$", re.I)


def untailed(text: str) -> str:
    """``text`` without the thanks or "for me" closing it; a message said after ":" or "saying" keeps its own ("text Bo: thanks, ta").
    An "OK" tapped is the button ("change the time and hit OK")."""
    if _TAPPED_OK.search(text):
        return text.strip()
    handed = _HANDOVER.search(text)
    if handed and handed.start() > 0 and not _MESSAGE_SAID.search(text[:handed.start()]):
        text = text[:handed.start()]
    tail = _TAIL.search(text)
    if tail and not tail.group().lstrip(" ").startswith(",") and (
            _SENDING.match(text) and _MESSAGE_SAID.search(text) or _TO_PERSON.match(text[:tail.start()])
            or re.search(r"\b(?:reply|answer|respond|say)(?: \w+){0,3} with$|\b(?:say|saying|reply|answer)$", text[:tail.start()], re.I)):
        return text.strip()  # "text Ana: yes please", "tell Bo thank you" ("text Bo: see you, thanks": thanked as before)
    new = _TAIL.sub("", text if _MESSAGE_SAID.search(text) else _TA.sub("", text)).strip()
    return text.strip() if re.search(r"(?::|\bsaying)\s*$", new, re.I) else new
