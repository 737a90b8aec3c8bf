"""A message said unquoted after its person in other languages: "dile a Sofía que llego en 10 minutos".

Romance languages put the person after a preposition and the message after "que"/"che" ("dile a Sofía que
...", "diga à Ana que ...", "dis à Marc que ...", "di' a Luca che ...", "avisa o Pedro que ..."); German, Dutch, Polish, Russian and
Ukrainian put the person bare and the message after a comma and "dass"/"dat"/"że"/"что"/"що" ("sag Anna, dass
...", "скажи маме, что ..."); Indonesian "bilang ke Rina kalau ...". A clitic alone names the open chat's
person ("dile que ...", "dis-lui que ..."). Read as 'tell X saying "..."' like the English forms
(agents/told_messages.py); a message of one word, "tell me" forms and quoted tasks are left alone.
"""

from __future__ import annotations

import re

from . import said_that

# Verbs of telling and writing to someone, with their clitics ("dile" = tell him/her).
_ROMANCE_VERBS = (r"dile|dígale|decile|díganle|escríbele|escribele|avísale|avisale|mándale|mandale|"
                  r"diz|diga|fala|fale|avisa|avise|manda|mande|escreve|escreva|"
                  r"dis|dites|écris|écrivez|préviens|prévenez|"
                  r"di['’]|dì|dici|scrivi|avvisa|dille|digli|"
                  # replying and sending
                  r"responde|respóndele|respondele|contesta|contéstale|contestale|envía|envíale|enviale|escribe|"
                  r"responda|envia|envie|réponds|répondez|envoie|envoyez|rispondi|rispondigli|invia|scrivigli")
_ROMANCE_TO = r"(?:a|à|ao|à|al|pra|pro|para|para\s+a|para\s+o)"
_NOT_THAT = r"(?!(?:que|che|q|k|qu['’]|diciendo|dizendo|dicendo|disant|por|pelo|via)(?:\s|$))"
_ROMANCE = re.compile(rf"^\s*(?:por\s+favor,?\s+|per\s+favore,?\s+|s['’]il\s+te\s+plaît,?\s+)?(?:{_ROMANCE_VERBS})"
                      rf"(?:\s+un\s+mensaje|\s+uma\s+mensagem|\s+un\s+message|\s+un\s+messaggio"
                      r"|\s+(?:un|una|um|uma|une)\s+(?:correo|e-?mail|mail|courriel|sms|whatsapp|wasap|zap))?"
                      rf"(?:\s+{_ROMANCE_TO}\s+(?P<to>{_NOT_THAT}[^\s,]+(?:\s+{_NOT_THAT}[^\s,]+)?)|"
                      rf"(?:(?<=avisa)|(?<=avise)|(?<=préviens)|(?<=prévenez)|(?<=avvisa))(?:\s+(?:o|os|as|a|el|la|le|il|lo))?"
                      rf"\s+(?P<person>{_NOT_THAT}[^\s,]+))?"
                      # where it goes, between the person and the message ("a Carlos por WhatsApp que ...")
                      r"(?:\s+(?:por|pelo|via|no|en|sur|su|per|on)\s+(?-i:[A-Z])[\w\-]*)?"
                      # "q" / "k": "que" as typed in chats ("fala pra ju q tô chegando")
                      rf"\s*,?\s+(?:diciendo\s+|dizendo\s+|en\s+disant\s+|dicendo\s+)?(?:(?:que|che|q|k)\s+|qu['’]\s*)(?P<m>\S.+?)\s*[.!]?\s*$",
                      re.I)
_CLITIC = re.compile(r"^\s*(?:dis|dites|écris|réponds|répondez|envoie|envoyez)-(?:lui|leur)\s+(?:que|qu['’])\s*(?P<m>\S.+?)\s*[.!]?\s*$", re.I)
_BARE = re.compile(r"^\s*(?:bitte\s+)?(?:sag|sage|sagt|schreib|schreibe|zeg\s+tegen|laat|powiedz|napisz(?:\s+do)?|"
                   r"скажи|скажите|напиши|напишите|передай|передайте|повідом|"
                   r"antworte|antwortet|schick|schicke|stuur|antwoord|odpisz|odpowiedz|wyślij|napiš|řekni|odepiš|pošli|"
                   r"ответь|ответьте|отправь|отправьте|сообщи|сообщите|відповідай|відпиши|надішли|"
                   r"bilang(?:in)?(?:\s+ke)?|kasih\s+tahu|kabari)"
                   r"\s+(?P<to>[^\s,]+(?:\s+[A-ZÀ-ÞА-ЯЁІЇЄ][^\s,]*)?)(?:\s+(?:bescheid|weten))?\s*,?\s+"
                   r"(?:dass|dat|że|že|что|що|kalau|bahwa|kalo)\s+(?P<m>\S.+?)\s*[.!]?\s*$", re.I)
_ME = re.compile(r"^(?:me|mir|mich|mnie|мне|мені|aku|saya|moi)$", re.I)


def told(text: str) -> str:
    """``text`` with a message said after its person (in the languages above) as 'tell X saying "..."'."""
    if re.search(r"[\"“”«»„「」:]", text):
        return text
    for pattern in (_ROMANCE, _CLITIC, _BARE):
        m = pattern.match(text)
        if not m or len(m["m"].split()) < 2:
            continue
        to = (m.groupdict().get("to") or m.groupdict().get("person") or "").strip()  # "avisa o Pedro": warned directly
        if _ME.match(to):
            return text  # "sag mir, dass ...": the user is told, nothing is sent
        return f'tell {to or "them"} saying "{m["m"]}"'
    return said_that.told(text)  # Thai ว่า, Hindi कि, Japanese って, Korean 라고, Turkish diye ...
