"""UI steps said loosely, read as the request they make.

People name the screen's controls instead of the act: "long-press the thread with Bo and hit Delete", "open
the note Plans, tap Rename and make it Plans old", "open Ana's mail, tap Reply, write "ok" and send", "hit the
star on a.pdf", "open IMG_1.jpg and tap the heart again", "open Wi-Fi and tap Cafe Net to connect to it". A tap
word (tap, hit, press, click, toca, pulsa, tippe auf, appuie sur ...) is an instruction about the screen; what it
taps is a control: a button named by its act ("Delete", "Löschen", "Supprimer") is that act on the thing picked
the step before; an icon is the act apps draw it for (a star stars, or bookmarks a page where bookmarks are
said; a heart favourites, tapped again it unfavourites; a trash can or bin deletes); an item tapped "to connect
to it" is connected to. The confirm step after an edit ("then save", "hit OK") is part of the edit. An app opened
as the first step is no thing picked ("Open Photos and tap the bin" goes to the Trash), and after Edit only a name
said as a name is a new name ("tap Edit and make it brighter" edits the content).
"""

from __future__ import annotations

import re

from .referents import hold_quotes, release

_TAP = (r"(?:tap|hit|press|click|push|touch|toca|pulsa|presiona|dale a|haz clic en|tippe auf|tippe|drücke auf|drücke"
        r"|klicke auf|appuie sur|appuyez sur|clique sur|cliquez sur|tocca|premi|clicca su|toque em|clique em)(?: on)?")
_HOLD = r"(?:long[- ]press|press and hold|hold down|long[- ]tap|mantén pulsad[oa]|halte|appui long sur|tieni premut[oa])"
_PICK = rf"(?:{_HOLD}|tap(?: on)?|hit|press|click(?: on)?|toca|tippe auf|appuie sur|open|abre|öffne|ouvre|apri|select)"
# Buttons named by their act, in the languages phones ship (the label's word is said as the request's verb).
_ACTS = (r"delete|remove|archive|pin|unpin|mute|unmute|block|unblock|rename|edit|reply|forward|share|star|unstar"
         r"|favourite|favorite|bookmark|eliminar|borrar|archivar|fijar|silenciar|bloquear|renombrar|editar|responder"
         r"|reenviar|compartir|löschen|entfernen|archivieren|anheften|stummschalten|blockieren|umbenennen|bearbeiten"
         r"|antworten|weiterleiten|teilen|supprimer|archiver|épingler|bloquer|renommer|modifier|répondre|transférer"
         r"|partager|elimina|archivia|fissa|blocca|rinomina|modifica|rispondi|inoltra|condividi|excluir|apagar|arquivar"
         r"|fixar|renomear|responder|encaminhar")
_GERMAN = frozenset("löschen entfernen archivieren anheften stummschalten blockieren umbenennen bearbeiten antworten weiterleiten"
                    " teilen".split())  # said last, as German puts the infinitive
_RENAMING = frozenset("rename edit renombrar editar umbenennen bearbeiten renommer modifier rinomina modifica renomear".split())
_RENAMES = frozenset("rename renombrar umbenennen renommer rinomina renomear".split())  # the others (Edit) open an editor
_SEP = r"(?:\s*,\s*(?:and\s+|then\s+|and then\s+)?|\s+(?:and|then|and then|y|und|et|e|dann|puis)\s+)"
_CONTROL = r"(?:\s+(?:button|option|icon|menu item|botón|Schaltfläche|bouton|pulsante|botão))?"
_PICKED_ACT = re.compile(rf"(?<![\w-])(?P<p>{_PICK})\s+(?P<o>(?:[^,;.!?]|[.!?](?=\S))+?){_SEP}{_TAP}\s+(?:the\s+|el\s+|auf\s+)?"
                         rf"(?P<v>{_ACTS}){_CONTROL}\b", re.I)
# A thing tapped, then a field of it changed: "tap the Gym alarm, change the time to 7:00".
_PICKED_EDIT = re.compile(rf"(?<![\w-])(?:{_HOLD}|tap(?: on)?|hit|press|click(?: on)?|select)\s+(?P<o>(?:[^,;.!?]|[.!?](?=\S))+?)"
                          rf"{_SEP}(?P<v>change|set|update|edit|move) (?:the|its) (?P<f>[a-z]+(?: [a-z]+)?) to (?P<n>[^,;!?]+?)"
                          r"(?=$|[,;.!?](?:\s|$)|\s+(?:and|then)\b)", re.I)
# A text opened, the cursor put at its end, then words typed: those words added at the end.
_AT_EDGE = re.compile(rf"(?<![\w-])(?:open|go to|go into)\s+(?P<o>(?:[^,;.!?]|[.!?](?=\S))+?){_SEP}(?:{_TAP}|put the cursor"
                      r"|place the cursor)\s+(?:at|to|on)\s+the\s+(?:very\s+)?(?P<e>end|bottom|start|beginning|top)"
                      rf"(?:\s+of\s+(?:it|the (?:note|text|page|message)))?{_SEP}(?:type|write|add|enter|put|paste)\s+"
                      r"(?P<t>\ue000\d+\ue001|[^,;.!?]+?)(?=$|[,;.!?](?:\s|$)|\s+[-–—]|\s+(?:and|then)\b)", re.I)
# "hit the + button, fill in X": the new thing's button, then what it is.
_PLUS = re.compile(rf"(?<![\w-]){_TAP}\s+(?:the\s+)?(?:\+|plus|add|new)(?:\s+(?:button|sign|icon|symbol))?{_SEP}"
                   r"(?:fill in|type(?: in)?|enter|put in|write)\s+", re.I)
# (not in a calculator, where + is a sum, nor in a chat, where + opens attachments; and only with a value typed, never a
# number, a field or a kind: "tap plus, type 5", "tap the + and type a caption", "tap New, enter the meeting name")
_NOT_NEW = re.compile(r"\b(?:calculat\w*|chat|conversation|thread|dm)\b", re.I)
_NO_VALUE = re.compile(r"(?:\d|(?:the|a|an|its|their|his|her|some)\b)", re.I)
# "tap the cart icon and tell me the total it shows": a value a control's page shows.
# (a control that acts, "the refresh / next button", is no thing whose value is shown)
_SHOWN = re.compile(rf"(?<![\w-]){_TAP}\s+(?:the\s+|my\s+)?(?P<x>(?!(?:refresh|reload|next|previous|prev|back|forward|more|search"
                    r"|submit|continue|go|ok|done|play|pause|stop|start|update|sync|retry|load|show|view|check|calculate|convert"
                    rf"|translate|home|menu|equals?|plus|minus)\b)[a-z]+)(?:\s+(?:icon|button|tab))?{_SEP}(?:tell me|say|read me)"
                    r"\s+the\s+(?P<y>[a-z]+(?: [a-z]+)?)\s+(?:it|that page|the page|that) (?:shows|says|displays|lists)\b", re.I)
# After a rename or edit: the new name ("and make it X", "and change the name to X").
_NEW_NAME = re.compile(rf"^{_SEP}(?:make it|call it|name it|change it to|rename it to|change (?:the|its) name to"
                       r"|set the name to|type)\s+(?P<n>\S.*?)(?=$|[,;.!?](?:\s|$)|\s+(?:and|then)\b)", re.I)
# After a reply or forward: the text to send ("write "ok" and send").
_TEXT = re.compile(rf"^{_SEP}(?:write|type|say|put|enter)\s+(?P<t>\ue000\d+\ue001|\S+)(?:{_SEP}(?:hit\s+|tap\s+)?send)?", re.I)
_CONFIRM = re.compile(rf"^{_SEP}(?:{_TAP}\s+)?(?:save|ok|done|confirm|apply)\b(?:\s+it)?", re.I)
# "hit the star on a.pdf", "tap the heart again": an icon and what it is on.
_ICON = re.compile(rf"(?<![\w-]){_TAP}\s+(?:the\s+)?(?P<i>star|heart|trash can|trash|bin|bookmark)(?:\s+(?:icon|button|symbol))?"
                   r"(?P<again>\s+again)?(?:\s+(?:on|next to|for|of)\s+(?P<o>(?:[^,;.!?]|[.!?](?=\S))+?))?(?=$|[,;.!?](?:\s|$)|\s+(?:so|to|and|then)\b)", re.I)
_OPENED = re.compile(rf"(?<![\w-])(?:open|pull up|go to|abre|öffne|ouvre|apri)\s+(?P<o>(?:[^,;.!?]|[.!?](?=\S))+?){_SEP}$", re.I)
# "tap Cafe Net to connect to it": the item and the act it is tapped for.
_TAPPED_FOR = re.compile(rf"(?<![\w-]){_TAP}\s+(?P<o>(?:[^,;.!?]|[.!?](?=\S))+?)\s+to\s+(?P<v>connect|join|call|play)(?:\s+(?:to|with))?"
                         r"\s+(?:it|them)\b", re.I)
# "so it shows up in my favourites": what the icon does, said by the act now (".", "," or the end after it).
_PURPOSE = re.compile(r"^\s*,?\s*so (?:that )?(?:it|they)(?:'s| is| are| gets?| shows?| goes| go| stays?| will)\b[^,;.!?]*", re.I)
_PLACE_OPENED = re.compile(rf"(?<![\w-])(?:open|go to|go into)\s+(?:the\s+)?(?P<o>[A-Z][\w\-]*(?: [A-Z][\w\-]*)?){_SEP}$")
_APP_FIRST = re.compile(r"^(?:open|go into|go to|launch|abre|öffne|ouvre|apri)\s+(?P<a>(?:the\s+)?[A-Z][\w\-]*(?: app)?)"
                        r"\s*,\s*(?!(?:and|then)\b)(?=[a-z])", re.I)
# An app opened as the first step: what is tapped in it next is navigation, not an act on the app ("Open Photos and
# tap the bin" opens the Trash; "Open Chrome and tap the bookmark icon" shows the bookmarks).
_APP_OPENED = re.compile(r"^\W*(?i:open|pull up|go to|go into|launch|abre|öffne|ouvre|apri)\s+(?:the\s+)?[A-Z][A-Za-z\-]*"
                         r"(?:\s+[A-Z][A-Za-z\-]*){0,2}(?:\s+app)?$")
# After Edit, only a name said as a name is a new name ("make it brighter", "type milk" edit the content).
_NAMED_AS_NAME = re.compile(r"^\W*(?:(?:and|then|y|und|et|e|dann|puis)\s+)*(?:change (?:the|its) name|rename it|set the name"
                            r"|call it|name it)\b", re.I)
_UNDONE = re.compile(r"\b(?:no longer|not a favou?rite any ?more|un-?favou?rite)", re.I)


def screen_stepped(task: str) -> str:
    """``task`` with its taps on named controls said as the acts they do (module docstring)."""
    text, held = hold_quotes(task)
    said = text
    if (m := _PICKED_ACT.search(text)) and (_new_name(m, text) or not _app_opened(text, m.start(), *m.span("o"))):
        start, said, end = _act(m, text)
        text = text[:start] + said + text[end:]
    elif m := _PICKED_EDIT.search(text):  # "tap the Gym alarm, change the time to 7:00 and hit OK"
        end = m.end() + (c.end() if (c := _CONFIRM.match(text[m.end():])) else 0)
        text = text[:m.start()] + f"{m['v']} the {m['f']} of {m['o']} to {m['n']}" + text[end:]
    elif m := _AT_EDGE.search(text):  # "open the note X, tap at the very end and type Y": add Y at the end of X
        edge = "end" if m["e"].lower() in ("end", "bottom") else "beginning"
        text = text[:m.start()] + f"add {m['t']} at the {edge} of {m['o']}" + text[m.end():]
    if (m := _PLUS.search(text)) and not _NOT_NEW.search(text[:m.start()]) and not _NO_VALUE.match(text[m.end():]):
        # "hit the + button, fill in X": add X
        rest = re.sub(r"^([^,;]+?) and (?=(?:the|their|his|her) (?:number|phone number|address|e-?mail|birthday)\b)", r"\1 with ",
                      text[m.end():], count=1, flags=re.I)  # "type Bo and the number 5": Bo with the number 5
        rest = re.sub(rf"(?:,\s*|\s+)(?:and |then |and then )?(?:{_TAP}\s+)?(?:save|done|ok)(?:\s+it)?\s*(?=[.!]?\s*$)", "", rest, flags=re.I)
        rest = re.sub(r",\s*(?:and\s+)?put (?P<v>[^,;]+?) as the (?=\w+)", r", with \g<v> as the ", rest, flags=re.I)
        text = text[:m.start()] + "add " + rest
    elif m := _SHOWN.search(text):  # "tap the cart icon and tell me the total it shows": the total of the cart
        text = text[:m.start()] + f"tell me the {m['y']} of the {m['x']}" + text[m.end():]
    if m := _ICON.search(text):
        start, said = _icon(m, text)
        text = text[:start] + said + _PURPOSE.sub("", text[m.end():], count=1)
    if m := _TAPPED_FOR.search(text):
        start, place = m.start(), ""
        if opened := _PLACE_OPENED.search(text[:m.start()]):  # "open Wi-Fi and tap X to connect": the Wi-Fi X
            start, place = opened.start(), f"the {opened['o']} "
        to = " to" if m["v"].lower() in ("connect", "join") else ""
        text = text[:start] + f"{m['v']}{to} {place}{m['o']}" + text[m.end():]
    if text != said and (m := _APP_FIRST.match(text)):  # "Go into Contacts, rename X": in Contacts, rename X
        text = f"In {m['a']}, {text[m.end():]}"
    return release(text, held)


def _app_opened(text: str, start: int, o_start: int, o_end: int) -> bool:
    """Is the thing opened at ``start`` an app by its name, opened as the first step (no thing picked in it)?"""
    return bool(_APP_OPENED.match(text[:start] + text[start:o_end])) and not re.search(r"[\d_.]", text[o_start:o_end])


def _new_name(m: re.Match[str], text: str) -> re.Match[str] | None:
    """The new name said after a tapped Rename (or an Edit where the name is said as a name), if any (apps are
    not renamed, so a thing is)."""
    verb, after = m["v"].lower(), text[m.end():]
    if verb in _RENAMING and (named := _NEW_NAME.match(after)) and (verb in _RENAMES or _NAMED_AS_NAME.match(after)):
        return named
    return None


def _act(m: re.Match[str], text: str) -> tuple[int, str, int]:
    """The act a tapped button names, on the thing picked before it, with its new name or text, and the span it
    replaces (the confirm step after an edit included)."""
    verb, thing, after = m["v"].lower(), m["o"], text[m.end():]
    if named := _new_name(m, text):
        verb = "rename" if verb in ("edit", "rename") else verb
        end = m.end() + named.end()
        if confirm := _CONFIRM.match(text[end:]):
            end += confirm.end()
        return m.start(), f"{verb} {thing} to {named['n']}", end
    if verb in ("reply", "forward", "responder", "antworten", "répondre", "rispondi") and (said := _TEXT.match(after)):
        return m.start(), f"{verb} {said['t']} to {thing}", m.end() + said.end()
    return m.start(), f"{thing} {verb}" if verb in _GERMAN else f"{verb} {thing}", m.end()


def _icon(m: re.Match[str], text: str) -> tuple[int, str]:
    """The act a tapped icon draws, on the thing it is on or was opened the step before, and where it starts."""
    icon, thing, start = m["i"].lower(), m["o"], m.start()
    if not thing and (opened := _OPENED.search(text[:m.start()])) and not _app_opened(text, opened.start(), *opened.span("o")):
        thing, start = opened["o"], opened.start()
    if not thing or (m["o"] and not re.search(r"[A-Z\d_.\ue000]", thing) and (opened := _OPENED.search(text[:m.start()]))
                     and _app_opened(text, opened.start(), *opened.span("o"))):
        return start, m.group()  # "Open Store and tap the star next to the app": nothing named in the app opened
    if icon in ("star", "bookmark"):
        verb = "bookmark" if re.search(r"\bbookmark", text, re.I) else "star"
    elif icon == "heart":
        verb = "unfavourite" if m["again"] or _UNDONE.search(text[m.end():]) else "favourite"
    else:
        verb = "delete"
    return start, f"{verb} {thing}"
