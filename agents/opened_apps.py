"""The app a task opens: the object of its open-verb, in the languages phones ship.

"ouvre wave stp, faut que je paie la facture senelec", "abre mi app de Nequi que tengo que pagar Claro", "Yape'yi
aç, Entel faturasını ödeyeceğim": two apps are said, and the one the verb "open" takes is the app to open; the
other is in a reason clause (what will be done there). The verb comes before the name in most languages ("open",
"ouvre", "öffne", "открой", "buka", "mở"), after it in verb-final ones ("Yape'yi aç", "Waveを開いて", "웨이브 열어",
"wave kholo", "ویو رو باز کن"), and joined to it in unspaced scripts ("打开微信", "เปิดไลน์"); a Latin name may be said in the task's script
("เปิดทรูมันนี่": TrueMoney, agents/transliterated.py), or clipped with the Arabic article ("افتح الواتس": WhatsApp).
General grammar only.
"""

from __future__ import annotations

import re

from . import transliterated, ui_glossary
from .text import normalize

# "open" before its object (imperatives, and "go to" / "launch" / "start").
_OPEN_FIRST = (r"open|launch|start|go\s+to|ouvre|ouvrez|ouvrir|lance|abre|abra|abrir|apri|avvia|öffne|öffnen|starte|"
               r"افتح|افتحي|افتحلي|افتحيلي|إفتح|פתח|תפתח|תפתחי|otwórz|uruchom|открой|открыть|запусти|відкрий|запусти|отвори|otvori|otevři|otvor|deschide|"
               r"nyisd\s+meg|άνοιξε|öppna|åbn|åpne|avaa|ava|buka|bukain|bukak|mở|vào|buksan|fungua|mag-open|ochib")
# Small words between the verb and the name ("open the Wave app", "ouvre l'appli", "abre mi app de").
_BETWEEN = (r"(?:(?:the|my|a|an|la|le|l'|el|mi|mon|ma|o|il|lo|die|das|den|de|du|da|del|app|appli|application|"
            r"aplicación|aplicativo|applicazione|aplikasi|ứng\s+dụng|app-en|appen|sovellus|приложение|застосунок|لي|تطبيق|"
            r"את|אפליקציית)\s*){0,3}")
# "open" after its object, with the object's case ending or particle before it ("Yape'yi aç", "Waveを開いて").
_OPEN_LAST = (r"aç|açar\s+mısın|açsana|açın|開いて|開けて|起動して|を開いて|を起動して|열어|열어줘|열어봐|켜줘|실행해|실행해줘|"
              r"kholo|khol\s+do|kholna|खोलो|खोल\s+दो|खोलें|खोलिए|باز\s+کن|بازش\s+کن|اجرا\s+کن|খোলো|খুলুন|ашшы|аш|ашыңыз|"
              r"och|oching|ochib\s+ber|нээ|нээгээд|திற|తెరువు|खोलिदेउ|खोलिदेऊ|खोलदेउ|खोल्नुहोस्|खोल्नुस्|"
              r"खोलिदिनुहोस्|खोलिदिनुस्|उघडा|उघड|खोल")
_PARTICLE = r"(?:['’]?(?:y?[ıiuü]|n[ıiuü])|を|을|를|는|은|ni|को|رو|را|ро|ды|ді|ны|ні|ni)?"
# Unspaced scripts: the verb joined to the name.
_OPEN_JOINED = r"打开|打開|开启|開啟|开一下|打开一下|เปิด|ເປີດ|បើក|ဖွင့်"
# Word edges of spaced alphabets only: a Latin name in Japanese text ("アプリのWaveを開いて") is still whole.
_EDGE_BEFORE = r"(?<![a-z0-9à-ÿā-žа-яёіїєґүұқғңһөә])"
_EDGE_AFTER = r"(?![a-z0-9à-ÿā-žа-яёіїєґүұқғңһөә])"


def opened(task: str, label: str) -> bool:
    """``label`` (an app's name) is the object of the task's open-verb ("ouvre wave stp", "Yape'yi aç")."""
    if not label.strip():
        return False
    said, name = normalize(task), re.escape(normalize(label))
    if re.search(rf"{_EDGE_BEFORE}(?:{_OPEN_FIRST})\s+{_BETWEEN}{name}{_EDGE_AFTER}", said) \
            or re.search(rf"{_EDGE_BEFORE}{name}{_PARTICLE}\s*(?:{_OPEN_LAST}){_EDGE_AFTER}", said) \
            or re.search(rf"(?:{_OPEN_JOINED})\s*{name}", said):
        return True
    # the name said in the task's own script right after the verb ("เปิดทรูมันนี่", "открой телеграм")
    after = [m.group(1) for m in re.finditer(rf"{_EDGE_BEFORE}(?:{_OPEN_FIRST})\s+{_BETWEEN}(\S+(?:\s+\S+)?)", said)]
    after += [m.group(1) for m in re.finditer(rf"(?:{_OPEN_JOINED})\s*(\S+)", said)]
    after += [m.group(1) for m in re.finditer(rf"(\S+(?:\s+\S+)?)\s+(?:{_OPEN_LAST}){_EDGE_AFTER}", said)]  # "हाम्रो पात्रो खोल"
    return any(transliterated.said(words, label) or transliterated.clipped(words.split()[0], label)
               and not ui_glossary.concepts(words.split()[0]) for words in after)  # "الرسالة" is a message, no app


def without_verbs(task: str) -> str:
    """The task without its open-verbs: a verb is no name said in another script ("खोलिदेउ" sounds like "Khalti")."""
    said = normalize(task)
    return re.sub(rf"{_EDGE_BEFORE}(?:{_OPEN_FIRST}|{_OPEN_LAST}){_EDGE_AFTER}", " ", said)


__all__ = ["opened", "without_verbs"]
