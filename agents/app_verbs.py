"""A messaging app's name said as the verb: "signal Bo Li: running late", "whatsapp mom: home soon".

People type the app they message in as the verb, the person (a name, a family word, a #channel or an @handle)
and the quoted message: 'telegram Ana Ruiz: "call me"', 'slack #ops "deploy done"'. That is sending the message
to that person in that app (an unquoted text after the person may name what to look up and send: read elsewhere). Widely used messaging apps only (a general list, no phone's apps); a
word after the app that names no person ("whatsapp settings", "signal strength low") stays as said.
"""

from __future__ import annotations

import re

from .referents import HELD
from .text import FULL_NAME

_APPS = r"signal|whatsapp|telegram|messenger|slack|discord|teams|viber|wechat|skype|threema|element|sms|imessage"
_KIN = r"mom|mum|mommy|mummy|mother|dad|daddy|father|sis|sister|bro|brother|wife|husband|boss|grandma|grandpa|nan|gran"
_TO = rf"(?P<to>#[\w\-]+|@[\w.\-]+|{FULL_NAME}|(?-i:[A-Z])[\w'\-]+|(?i:{_KIN}))"
_SAID = re.compile(rf"^(?P<p>(?:please\s+)?)(?P<app>(?i:{_APPS}))\s+{_TO}(?:\s*(?P<mark>[:\-–—])\s*|\s+)(?P<msg>\S.*?)\s*$")


def app_verbs(text: str) -> str:
    """``text`` as a request to send its message in the app said as its verb (see the module docstring)."""
    m = _SAID.match(text)
    if not m:
        return text
    msg = m["msg"].rstrip(".") if not HELD.fullmatch(m["msg"].rstrip(".!")) else m["msg"].rstrip(".!")
    quoted = HELD.fullmatch(msg) or re.fullmatch(r'"[^"]*"', msg)
    if not quoted:  # "signal Bo: Ana's number" sends what that says, read elsewhere; "whatsapp settings" sends nothing
        return text
    app = m["app"].casefold()
    said = msg if quoted else f'"{msg}"'
    if app == "sms":
        return f"{m['p']}text {m['to']} {said}"
    return f"{m['p']}send {m['to']} {said} on {app[0].upper()}{app[1:]}"
