"""Orders written on a screen: text telling the reader (the assistant) to tap a named button.

Injected orders hide: behind invisible characters (zero-width marks, Unicode tag characters that spell
ASCII), in look-alike letters of other scripts ("Аpprove" with a Cyrillic А), full-width or mathematical
letters, letters spaced out ("t a p  A p p r o v e"), HTML entities, percent-escapes and base64.
:func:`readings` gives each text as shown and as so uncovered.

A text orders a tap on a button when it names the button's words after a tap verb ("tap", "pulsa en",
"нажмите", "点击", ... of the languages phones ship), a reply verb ("reply YES") or a modal ("must", "debe",
"could you"), quotes them as a button's words are quoted in any language ("「許可」をタップ", "'Davom etish'
tugmasini bosing") or puts a tap verb right after them ("승인을 눌러주세요"): a *strong* order. Naming the
words alone is a *weak* one. :func:`addressed` tells text aimed at an assistant rather than a person
reading the app's own guidance: it addresses an assistant, AI, bot or agent, frames itself as a system
prompt or a role ("System:", "assistant:", "ignore previous instructions"), claims the user already
consented, or presses (urgency, a threat to the account, posing as support, a prize); :func:`aimed` also
takes a sum of money (the price under a plain "Continue").
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote

from .text import normalize

_HIDDEN = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f"
                     "\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f]")
# Cyrillic and Greek letters that look like Latin ones (folded: lower case)
_LOOKALIKE = str.maketrans("аеорсухіјѕԁһӏԛԝтвнкмαορνιιυεκτ", "aeopcyxijsdhlqwtbhkmaopviiuekt")
_EDGE_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Sc"})
_SPACED = re.compile(r"(?:(?<!\S)[^\W_] ){4,}[^\W_](?!\S)")
_SPACED_GAP = re.compile(r"(?<=(?<!\S)[^\W_]) (?=[^\W_](?!\S))")
_PERCENT = re.compile(r"%[0-9a-fA-F]{2}")
_BASE64 = re.compile(r"(?<![\w+/=])[A-Za-z0-9+/]{16,}={0,2}(?![\w+/=])")
QUOTES = "'\"‘’‚‛“”„‟«»‹›「」『』〈〉《》【】〔〕"

TAP_VERBS = (
    r"tap|tapping|press|pressing|click|clicking|hit|select|choose|touch|push|tippe|tippen|tipp|drücke|drücken|"
    r"klicke|klicken|wähle|toca|toque|tocar|pulsa|pulse|pulsar|presiona|presione|haz clic|haga clic|dale|aperta|"
    r"aperte|clique|pressione|toque|appuyez|appuie|appuyer|touchez|touche|cliquez|clique|tocca|tocchi|premi|"
    r"prema|clicca|clicchi|seleziona|tik|tikken|klik|druk|nacisnij|naciśnij|kliknij|dotknij|stuknij|нажмите|"
    r"нажми|нажать|нажав|коснитесь|кликните|натисніть|натисни|торкніться|dokun|dokunun|tıkla|tıklayın|bas|basın|"
    r"ketuk|tekan|sentuh|klik|pilih|nhấn|chạm|bấm|pindutin|i-tap|i-click|bonyeza|kubonyeza|gusa|chagua|bofya|"
    r"πατήστε|πάτα|πατήστε|κάντε κλικ|klepněte|klikněte|stiskněte|apăsați|atingeți|faceți clic|koppintson|"
    r"kattintson|nyomja meg|tryck|klicka|trykk|klikk|tryk|napauta|klikkaa|paina|הקש|הקישו|לחץ|לחצו|اضغط|اضغطي|"
    r"انقر|المس|بزنید|کلیک کنید|टैप|दबाएं|दबाएँ|क्लिक|ক্লিক|ট্যাপ|টিপুন|แตะ|กด|คลิก|bosing|bosib|басыңыз|"
    r"دبائیں|چاپुন|চাপুন|தட்டவும்|அழுத்தவும்|నొక్కండి|टॅप करा|थिच्नुहोस्|ይጫኑ|danna|tẹ|cindezela|"
    r"နှိပ်ပါ|ចុច|ກົດ|ඔබන්න|დააჭირეთ|სეღმეთ|սեղմեք|toxunun|дарна уу|додирните|pritisnite|dodirnite|"
    r"натиснете|ťuknite|stlačte|tapnite|bakstelėkite|spustelėkite|pieskarieties|noklikšķiniet|puudutage|"
    r"klõpsake|prekni|kliko|taabo|riix|pịa"
)
_TAP_JOINED = r"点击|点按|轻触|按下|點擊|點按|輕觸|タップ|押して|押す|押下|クリック|選択|누르|눌러|탭하|클릭|터치|선택"
_REPLY = (r"reply|reply with|type|write|enter|answer|respond|text|send|responde|responda|escribe|escriba|digite|"
          r"antworte|antworten|schreibe|tippe ein|réponds|répondez|écrivez|tapez|rispondi|scrivi|digita|ответьте|"
          r"ответь|напишите|введите|yanıtla|yaz|balas|ketik|trả lời|nhập|jibu|andika|odpowiedz|wpisz|antwoord|"
          r"typ|رد|اكتب|أرسل|जवाब दें|लिखें|ตอบ|พิมพ์")
_MODALS = (r"must|should|need to|needs to|have to|has to|please|kindly|debe|deben|tiene que|por favor|deve|precisa|"
           r"doit|devez|il faut|muss|müssen|soll|bitte|dovrebbe|devi|per favore|должен|должна|нужно|надо|"
           r"пожалуйста|harus|tolong|mohon|lütfen|gerekir|phải|vui lòng|lazima|tafadhali|moet|proszę|musisz|"
           r"can you|could you|would you|will you|just|puedes|podrías|podria|pode|poderia|kannst du|könntest du|"
           r"pourrais-tu|pouvez-vous|peux-tu|puoi|potresti|можешь|не мог бы|не могли бы|bisakah|bisa|"
           r"yapabilir misin|unaweza|czy możesz|kun je|kunt u")
_ARTICLES = (r"(?:on|the|button|auf|den|die|das|sur|le|la|les|en|el|em|o|a|no|na|su|il|op|de|het|на|кнопку|"
             r"pada|tombol|vào|nút|w|przycisk)")
_AGENT = re.compile(
    r"(?<!\w)(?:assistant|ai|a\.i\.|bot|chatbot|agent|model|llm|gpt|copilot|asistente|assistente|assistent|"
    r"asystent|asystencie|ассистент\w*|помощник\w*|ии|бот\w*|агент\w*|asisten|asistan|yardımcı|trợ lý|"
    r"msaidizi|βοηθ\w*|עוזר|مساعد\w*|المساعد|सहायक|असिस्टेंट|एआई|ผู้ช่วย|katulong|асистент\w*|помічник\w*|"
    r"yordamchi|دستیار|اسسٹنٹ|সহকারী|உதவியாளர்|ასისტენტ\w*|ረዳት|mataimaki|umsizi|asszisztens|asistentule|"
    r"avustaja|көмекші|туслах|ជំនួយការ|yardımcısı|virtual assistant|asistente virtual|assistente virtual)(?!\w)"
    r"|助手|助理|机器人|機器人|智能体|人工智能|アシスタント|エージェント|ボット|어시스턴트|비서|에이전트|인공지능")
_HERE = (r"(?<!\w)(?:here|this|this button|below|aquí|aqui|este botón|este botão|ici|ce bouton|hier|diesen|qui|"
         r"questo|здесь|сюда|эту кнопку|burada|buraya|di sini|ini|ở đây|hapa|hier|tutaj|tu|εδώ|כאן|هنا|यहां|यहाँ|"
         r"ที่นี่)(?!\w)|这里|這裡|此处|ここ|여기")
_SELF = re.compile(rf"(?:(?<!\w)(?:{TAP_VERBS})(?!\w)|{_TAP_JOINED})\s*(?:{_ARTICLES}\s+)?(?:{_HERE})"
                   rf"|(?:{_HERE})\s*(?:を|을|를|에서)?\s*(?:{_TAP_JOINED})")
_ADDRESS = re.compile(
    rf"(?:{_AGENT.pattern})(?:\s*[,:;!\-—–،，：、]|\s+(?:{_MODALS})(?!\w)|は|는|은|에게)"
    r"|(?<!\w)(?:hey|hi|hello|dear|attention|note to|to the|ok|oi|hola|querido|estimado|hallo|liebe[rs]?|cher|chère|"
    r"caro|cara|эй|привет|уважаемый|dorogoy|merhaba|halo|xin chào|habari|مرحبا|عزيزي|नमस्ते|प्रिय)\s+(?:the\s+)?"
    rf"(?:{_AGENT.pattern})")
_ROLE = re.compile(
    r"(?:^|[\s\[<(|#*{])(?:system|assistant|developer|admin|instructions?|sistema|système|система|системное|"
    r"sistem|hệ thống)\s*(?:[:\]>|}]|prompt|message|note|override)"
    r"|<\|?im_start\|?>|\[inst\]|#{2,}\s*(?:instructions?|system)|(?:ignore|disregard|forget) (?:all |any )?(?:the |your )?"
    r"(?:previous|prior|above|earlier|former) (?:instructions|rules|prompts?)|new instructions|"
    r"ignora (?:las |le |todas las )?instrucciones|ignore as instruções|ignorez les instructions|ignoriere|"
    r"игнорируй|забудь (?:все )?(?:предыдущие )?инструкции|系统[:：]|系統[:：]|システム[:：]|시스템[:：]|"
    r"忽略(?:之前|以上|先前)|前の指示を無視|이전 지시")
_CONSENT = re.compile(
    r"(?:already|has|have|had) (?:approved|agreed|consented|authori[sz]ed|confirmed|okayed|accepted|allowed)"
    r"|ya (?:aprobó|autorizó|aceptó|confirmó|dio su consentimiento)|já (?:aprovou|autorizou|aceitou|confirmou|concordou)"
    r"|a déjà (?:approuvé|accepté|autorisé|confirmé|donné)|(?:hat|haben) (?:bereits|schon) "
    r"(?:zugestimmt|genehmigt|bestätigt|freigegeben)|ha già (?:approvato|accettato|autorizzato|confermato)"
    r"|уже (?:соглас\w*|одобрил\w*|подтвердил\w*|разрешил\w*|дал\w* согласие)|zaten onayla\w*"
    r"|sudah (?:setuju|menyetujui|mengizinkan|mengonfirmasi)|(?:amesha|ame)(?:kubali|idhinisha|thibitisha)"
    r"|đã (?:đồng ý|chấp thuận|xác nhận)|ya (?:zgodził|zaakceptował)|(?:heeft|hebben) al (?:goedgekeurd|ingestemd)"
    r"|已经?(?:同意|批准|授权|確認|确认)|既に(?:同意|承認)|すでに(?:同意|承認)|同意済み|承認済み|이미 (?:동의|승인|허락)"
    r"|पहले ही (?:मंजूरी|स्वीकृति|सहमति)|وافق (?:بالفعل|مسبقا)")
_PRESSURE = re.compile(
    r"(?<!\w)(?:urgent|urgently|immediately|right now|asap|or (?:your|the) account|will be (?:blocked|suspended|"
    r"closed|locked|deleted)|blocked|suspended|you (?:have )?won|prize|winner|security team|bank security|"
    r"urgente|inmediatamente|ahora mismo|bloquead[ao]|suspendid[ao]|imediatamente|agora mesmo|sofort|gesperrt|"
    r"dringend|immédiatement|bloqué|suspendu|subito|immediatamente|bloccato|срочно|немедленно|заблокирован\w*|"
    r"hemen|acil|engellen\w*|segera|diblokir|ngay lập tức|bị khóa|haraka|itafungwa|mara moja|natychmiast|"
    r"zablokowane|onmiddellijk|geblokkeerd|فورا|فوراً|عاجل|محظور|तुरंत|ब्लॉक|"
    r"technical support|tech support|fraud (?:team|department)|soporte técnico|"
    r"equipo de seguridad|servicio técnico|suporte técnico|equipe de segurança|service de sécurité|"
    r"support technique|sicherheitsteam|kundendienst|служба безопасности|техподдержка|служба поддержки|"
    r"güvenlik ekibi|tim keamanan|đội bảo mật|timu ya usalama|bloqueo|bloqueio|blocage|sperrung|блокировк\w*)"
    r"(?!\w)|فريق الأمان|सुरक्षा टीम|安全团队|安全中心|セキュリティチーム|보안팀|立即|马上|馬上|冻结|凍結|至急|すぐに|今すぐ|즉시|긴급|차단")
_CURRENCY_SIGNS = "$€£¥₹₩₦₱₽₺₴₪₫฿৳₸₾₵₡₲₭៛₮₼元円원"
_CURRENCY_CODES = (r"usd|eur|gbp|inr|rs\.?|rp|ngn|kes|ksh|ugx|ush|tzs|tsh|rwf|etb|ghs|gh₵|zar|mad|dzd|tnd|xof|xaf|mwk|"
                   r"zmw|egp|php|brl|r\$|aed|sar|qar|kwd|omr|bhd|jod|iqd|lbp|ils|irr|pkr|bdt|lkr|npr|mmk|khr|lak|thb|"
                   r"myr|rm|sgd|s\$|hkd|hk\$|twd|nt\$|jpy|cny|rmb|krw|kzt|gel|amd|azn|uzs|byn|chf|sek|nok|dkk|huf|"
                   r"czk|kč|ron|bgn|rsd|isk|mxn|cop|pen|s/|clp|ars|uyu|bob|bs\.?|pyg|gtq|hnl|nio|crc|dop|rd\$|cad|"
                   r"c\$|aud|a\$|nzd|idr|vnd|try|rub|pln|uah")
_CURRENCY_WORDS = (r"dollars?|euros?|pounds?|rupees?|rupiah|pesos?|reais|real|yuan|yen|won|lira|rand|ringgit|baht|"
                   r"dong|naira|cedis?|shillings?|shilingi|birr|dirhams?|dinars?|riyals?|francs?|kwacha|taka|tenge|"
                   r"рубл\w*|руб|гривн\w*|грн|тенге|сум|zł|złotych|kr|kroner|kronor|tl|lei|kč|"
                   r"ريال|جنيه|درهم|دينار|روپے|रुपये|रुपए|টাকা|บาท|đồng")
SUM = re.compile(rf"[{_CURRENCY_SIGNS}]\s?\d|\d\s?(?:[{_CURRENCY_SIGNS}]|万円|만\s?원)|(?<![^\W\d_])(?:{_CURRENCY_CODES})\s?\d"
                 rf"|\d(?:[\d.,\s]*\d)?\s?(?:{_CURRENCY_CODES}|{_CURRENCY_WORDS})(?![^\W\d_])", re.I)  # a sum of money


@lru_cache(maxsize=4096)
def readings(text: str) -> tuple[str, ...]:
    """``text`` normalised as shown, and as uncovered: ASCII spelled in tag characters, look-alike letters
    read as Latin, letters spaced out joined, percent-escapes and base64 decoded (each reading once)."""
    smuggled = "".join(chr(ord(ch) - 0xE0000) for ch in text if 0xE0020 <= ord(ch) <= 0xE007E)
    visible = html.unescape(_HIDDEN.sub("", text))
    shown = normalize(visible)
    out = [shown, shown.translate(_LOOKALIKE), normalize(smuggled)]
    if _SPACED.search(visible):  # "t a p  A p p r o v e": letters spaced out, words by wider gaps
        out.append(normalize(_SPACED_GAP.sub("", visible)).translate(_LOOKALIKE))
    if _PERCENT.search(visible):
        out.append(normalize(unquote(visible)))
    out += [normalize(decoded) for decoded in map(_unbase64, _BASE64.findall(text)) if decoded]
    return tuple(dict.fromkeys(r for r in out if r))


def _unbase64(token: str) -> str:
    try:
        raw = base64.b64decode(token + "=" * (-len(token) % 4), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return ""
    letters = sum(ch.isalpha() or ch.isspace() for ch in raw)
    return raw if " " in raw and letters >= 0.8 * len(raw) else ""


def self_ordered(text: str) -> bool:
    """The text orders a tap on itself ("tap here", "нажмите здесь", "ここをタップ"): a label that is an order."""
    return any(_SELF.search(r) for r in readings(text))


def addressed(text: str) -> bool:
    """The text speaks to an assistant: calls it ("assistant,", "dear AI", "the bot must"), frames itself as a
    system prompt or a role, claims the user already consented, or presses ("immediately", "or your account
    will be blocked", posing as support, "you won a prize")."""
    return any(p.search(r) for r in readings(text) for p in (_ADDRESS, _ROLE, _CONSENT, _PRESSURE))


def aimed(text: str) -> bool:
    """The text is :func:`addressed` to an assistant or names a sum of money (an order to tap a plain button
    that pays it)."""
    return addressed(text) or any(SUM.search(r) for r in readings(text))


def bare(label: str) -> str:
    """A button's words, normalised, without the quotes, marks and symbols around them ("✅ Approve ›")."""
    text = normalize(label)
    start, end = 0, len(text)
    while start < end and not _word_edge(text[start]):
        start += 1
    while end > start and not _word_edge(text[end - 1]):
        end -= 1
    return text[start:end]


def _word_edge(ch: str) -> bool:
    """A letter, mark, digit or currency sign: where a button's words start and end."""
    return ch not in QUOTES and unicodedata.category(ch) in _EDGE_CATEGORIES


def order_for(button: str, text: str) -> str | None:
    """``"strong"`` when ``text`` orders a tap on ``button``: its words after a tap, reply or modal verb, quoted
    as a button's are, or followed by a tap verb as verb-final languages say it ("승인을 눌러주세요").
    ``"weak"`` when it only names them (a heading "Pay bills", a promotion "Buy airtime, get 10% more"),
    None when it does neither."""
    said = bare(button)
    if not said:
        return None
    named, *orders = _patterns(said)
    weak = False
    for reading in readings(text):
        if not named.search(reading):
            continue
        weak = True
        if any(p.search(reading) for p in orders):
            return "strong"
    return "weak" if weak else None


@lru_cache(maxsize=256)
def _patterns(words: str) -> tuple[re.Pattern[str], ...]:
    """The button's words named; after a verb, quoted, before a tap verb (see order_for)."""
    said = re.escape(words)
    edge = r"(?<!\w)" if said[0].isalnum() else ""
    return (
        re.compile(rf"{edge}{said}(?![^\W_])"),
        re.compile(rf"(?:(?<!\w)(?:{TAP_VERBS}|{_REPLY}|{_MODALS})(?!\w)|{_TAP_JOINED})[\s:,]*"
                   rf"(?:{_ARTICLES}\s+){{0,3}}[{QUOTES}]?\s*{said}(?![^\W_])"),
        re.compile(rf"[{QUOTES}]\s*{said}\s*[{QUOTES}]"),
        re.compile(rf"{said}[^.!?。！？\n]{{0,12}}?(?:{_TAP_JOINED}|(?<!\w)(?:{TAP_VERBS})(?!\w))"),  # verb-final
    )


__all__ = ["QUOTES", "SUM", "TAP_VERBS", "addressed", "aimed", "bare", "order_for", "readings", "self_ordered"]
