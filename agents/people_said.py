"""People, mail and chat requests said another way: the rewrites agents/wording.py applies to them.

Before quotes are held aside: a message after "say:" quoted and "that photo" said of the one file a task names
(:func:`said_message`). Before the rest: a terse
field assignment on a person (:func:`assigned`) and a terse new chat or group (:func:`started`), and before anything a
new item's fields given as a list, after a task typed with no quotes has its message and titles marked (:func:`specified`); on the request put first: :func:`said_plainly` (a change the reason spells out, a reply or
forward, a value named by whose it is, the thing a message was about, a conversation started). See each module's docstring.
"""

from __future__ import annotations

from . import spec_lists, stated_edits
from .assignments import assigned, reported
from .chat_requests import conversation, started
from .named_values import mentioned, shared, sourced
from .replies import replied
from .titled_abroad import titled
from .unquoted_parts import unquoted
from .wished_states import named_again


def said_message(text: str) -> str:
    """A message after "say:" quoted; "that photo" said of the one file the task names is that file (before quotes are
    held aside)."""
    return stated_edits.said_message(named_again(text))


def specified(text: str) -> str:
    """A new item's fields given as a list, read once a task typed with no quotes at all has its message and titles
    marked (before quotes are held aside)."""
    return spec_lists.specified(unquoted(titled(text)))  # "una nota llamada X": titled "X"


def said_plainly(request: str) -> str:
    """The request (its context in brackets after it) said plainly, by each of the rules in turn."""
    return mentioned(shared(sourced(replied(reported(conversation(request))))))


__all__ = ["assigned", "said_message", "said_plainly", "specified", "started"]
