"""A task that asks to get a popup, sheet or offer out of the way: the popup's close control, in any language.

"weg mit dem Popup, ich will einfach bestellen", "get this card offer out of the way so I can pay", "quita ese
anuncio": the words of the task often fit the popup's call to action ("… und bestellen", "Order now") better
than its close icon, which says only "Close" in the screen's language ("Schließen", "Փակել", "閉じる"). When the
task pairs a removal word ("away", "get rid of", "weg", "quita", "ferme") with a popup word ("popup", "offer",
"banner", "Angebot", "anuncio"), the control meaning close (agents/ui_glossary.py) drawn last (a popup's window
comes after the page it covers) goes first. A task naming something else to close ("close the Travel tab",
"close my account") is no dismissal. Declining to pay at a clause's end ("I don't want to pay anything", "не искам да
плащам нищо", "不想付钱") turns the offer down the same way; "I don't want to pay by card" does not.
"""

from __future__ import annotations

import re
from typing import Any

from . import ui_glossary
from .perceptor import Screen
from .text import normalize
from .unaccented import folded

# What pops up over a page, in the languages phones ship ("popup" is a loanword nearly everywhere).
_POPUPS = (r"pop-?\s?up\w*|overlay|banner\w*|offer|promo(?:tion)?|ad|advert|sheet|dialog|notice|prompt|paywall|window|"
           r"angebot|werbung|hinweis|fenster|anzeige|anuncio|aviso|oferta|ventan\w*|publicidad|publicité|pub|offre|"
           r"fenêtre|bannière|annuncio|offerta|finestr\w*|pubblicità|anúncio|janela|propaganda|aanbieding|advertentie|"
           r"venster|reclame|reklam\w*|okno|okienk\w*|nabídk\w*|ponuk\w*|реклам\w*|окно|окошк\w*|баннер\w*|банер\w*|"
           r"предложени\w*|попап\w*|вікн\w*|віконц\w*|пропозиці\w*|прозор\w*|оферт\w*|prozor\w*|ponud\w*|"
           r"fereastr\w*|ofert\w*|ablak\w*|hirdetés\w*|ajánlat\w*|παράθυρο|διαφήμιση|προσφορά|fönst\w*|"
           r"erbjudande\w*|annons\w*|vindue\w*|vindu\w*|tilbud\w*|annonce\w*|ikkuna\w*|mainos\w*|tarjous\w*|aken|"
           r"akna\w*|reklaam\w*|pakkumi\w*|pencere\w*|teklif\w*|kampanya\w*|iklan\w*|jendela|tetingkap|patalastas|"
           r"quảng cáo|cửa sổ|khuyến mãi|tangazo|matangazo|dirisha|терезе\w*|жарнама\w*|oyna\w*|विज्ञापन|ऑफर|"
           r"विंडो|पॉपअप|إعلان|اعلان|الإعلان|الاعلان|نافذة|النافذة|تبلیغ\w*|پنجره\w*|پاپ\s?آپ|פרסומת|חלון|"
           r"החלון|מודעה|פופאפ")
# Removal words that send it away.
_AWAY = (r"out of the way|get rid of|go away|away|dismiss|close|hide|skip|"
         r"weg|bort|væk|schlie(?:ß|ss)\w*|zumachen|entfern\w*|ausblenden|quita\w*|cierra\w*|elimina|saca\w*|ferme\w*|"
         r"enlève|vire|retire|dégage|chiudi\w*|togli\w*|leva|rimuovi|fecha|feche|tira|tire|sluit|verwijder|zamknij|usuń|"
         r"schowaj|zavři|odstraň|skryj|pryč|zatvor|preč|убери|закрой|скрой|закрий|прибери|сховай|махни|затвори|"
         r"скрий|премахни|makni|zatvori|skloni|ukloni|склони|închide|inchide|scoate|ascunde|zárd be|tüntesd el|"
         r"csukd be|κλείσε|βγάλε|κρύψε|stäng|göm|luk|fjern|lukk|pois|sulje|piilota|sulge|eemalda|kapat|kaldır|"
         r"tutup\w*|hilang\w*|singkir\w*|buang|isara|alisin|tanggalin|tắt|đóng|bỏ|ẩn|funga|ondoa|жап\w*|"
         r"алып таста|yop\w*|olib tashla|बंद|हटा\w*|hatao|hata do|بند|ہٹا\w*|سكر|سكّر|أغلق|اغلق|شيل|أزل|ازل|"
         r"ببند\w*|بردار|סגור|תסגור|תסגרי|תוריד|הסר")
_NEAR = r"(?:\s+\S+){0,4}?\s+"
_DISMISS = re.compile(rf"(?<!\w)(?:(?:{_AWAY}){_NEAR}(?:{_POPUPS})|(?:{_POPUPS}){_NEAR}(?:{_AWAY}))(?!\w)", re.I)
# The same in unspaced scripts (and Korean, whose words carry particles): a removal word near a popup word.
_POPUPS_CJK = r"弹窗|彈窗|广告|廣告|窗口|視窗|ポップアップ|広告|ウィンドウ|팝업|광고|ป๊อปอัพ|ป๊อปอัป|โฆษณา|หน้าต่าง"
_AWAY_CJK = r"关掉|關掉|关闭|關閉|关了|關了|去掉|叉掉|閉じ|消して|消す|닫아|닫기|없애|치워|꺼|ปิด|เอา.{0,12}ออก"
_DISMISS_CJK = re.compile(rf"(?:{_AWAY_CJK}).{{0,12}}(?:{_POPUPS_CJK})|(?:{_POPUPS_CJK}).{{0,12}}(?:{_AWAY_CJK})")
_OTHER = re.compile(r"\b(?:tab|account|app|chat|window of|door|ring)s?\b", re.I)
# Declining to pay at the end of a clause ("I don't want to pay anything", "не искам да плащам нищо"): an offer is
# turned down, whatever shows it ("I don't want to pay by card" names how to pay instead).
_WANT_NOT = (r"(?:don't|do not|dont)\s+(?:want|wanna|need)\s+to|no\s+quiero|não\s+quero|(?:ne\s+)?veux\s+pas|"
             r"non\s+voglio|will\s+nicht|wil\s+niet|nie\s+chcę|не\s+хочу|не\s+искам\s+да|ne\s+želim(?:\s+da)?|nechci|"
             r"nu\s+vreau\s+să|nem\s+akarok|(?:gak|nggak|ga|tidak|saya\s+tidak)\s+mau|(?:không|ko|k)\s+muốn|"
             r"ayaw\s+(?:ko|kong)|sitaki|δεν\s+θέλω\s+να|en\s+halua|vill\s+inte|vil\s+ikke|לא\s+רוצה|نمی‌?\s?خوام")
_PAY = (r"pay|buy|subscribe|upgrade|pagar|comprar|suscribirme|assinar|payer|acheter|m'abonner|pagare|comprare|"
        r"abbonarmi|(?:be)?zahlen|kaufen|abonnieren|betalen|kopen|płacić|kupować|(?:ничего\s+)?платить|покупать|"
        r"(?:нічого\s+)?платити|купувати|плащам|купувам|platim|platiti|kupim|platit|kupovat|plătesc|cumpăr|fizetni|"
        r"vásárolni|bayar|beli|langganan|trả\s+tiền|trả|mua|magbayad|bumili|kulipa|kununua|πληρώσω|αγοράσω|maksaa|"
        r"ostaa|betala|köpa|betale|købe|kjøpe|לשלם|לקנות|(?:پول\s+)?(?:بدم|بپردازم|بخرم)")
_NOTHING = (r"(?:\s+(?:anything|nothing|for\s+(?:it|this|that)|nada|rien|quoi\s+que\s+ce\s+soit|niente|nulla|nichts|"
            r"nic|нищо|ничего|нічого|ništa|nimic|semmit|apa-apa|gì|chi|τίποτα|mitään|något|noe|noget|כלום|هیچی))?")
_DECLINED = re.compile(rf"(?<!\w)(?:{_WANT_NOT})\s+(?:(?:nic|nichts|nada|niente|nulla|ничего|нічого|нищо|nimic|"
                       rf"semmit|kein\s+geld)\s+)?(?:{_PAY}){_NOTHING}\s*(?=$|[,.!?;:])|ödemek\s+istemiyorum|"
                       rf"satın\s+almak\s+istemiyorum|to'lashni\s+xohlamayman|төлегім\s+келмейді|sitaki\s+kulipa|"
                       rf"不想(?:付钱|付錢|花钱|花錢|付费|付費|订阅|訂閱|买|買)|(?:払|買|課金し)たくない|돈\s?안\s?낼래|"
                       rf"결제\s?안\s?할래|결제하기\s?싫어|ไม่อยากจ่าย|ไม่อยากซื้อ|paise?\s+nahi\s+dena|पैसे\s+नहीं\s+देने")


# A removal verb that, with a photo word after it, takes a picture ("sácale una foto al anuncio", "tira uma foto do
# anúncio", "take a screenshot of the ad"): the popup is what is pictured, not sent away.
_SNAPPED = re.compile(r"(?<!\w)(?:saca\w*|tira\w*|tire|take|prends|fai|scatta)\s+(?:\S+\s+)?(?:fotos?|photos?|foto\w*|"
                      r"pictures?|captur\w*|pantallazos?|screenshots?|prints?|скриншот\w*)(?!\w)", re.I)


def asked(task: str) -> bool:
    """The task asks to send a popup, sheet or offer away; a removal word whose accent an attached pronoun moved
    ("quítame esa promo", "ciérrame el anuncio") is read without it."""
    said = normalize(task)
    return (any(_SNAPPED.match(s, m.start()) is None for s in (said, folded(said)) for m in _DISMISS.finditer(s))
            or _DISMISS_CJK.search(said) is not None or _DECLINED.search(said) is not None) and _OTHER.search(said) is None


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
    """A short label meaning close or declining the offer ("Schließen", "Close sheet", "Փակել", "Не, благодаря")."""
    return 0 < len(label.split()) <= 3 and bool({"close", "later"} & set(ui_glossary.concepts(label)))
