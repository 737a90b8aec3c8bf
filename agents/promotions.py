"""Promotion banners: a sentence that opens with "Promo", "Offer", "โปรโมชัน", "优惠" and the like.

Banking, wallet and shopping home screens put a carousel banner among their tiles ("Promo: top up
100 and get 10% back"). Its sentence often repeats the task's words better than the tile that does
the task ("top up my phone": the "Top up" tile), yet it opens an offer page. Like an ad, it is not
the thing asked for unless the task asks for offers. A banner is told by its opening word (a
promotion word, in the languages phones ship) followed by a colon or by a sentence (four words more);
a short tab or chip named "Offers" is no banner. A sentence offering a coupon ("치킨 최대 5천원 할인 쿠폰 받기",
"Get a $5 coupon on your next order") or a discount ("Zamów przejazd i zgarnij -20%", "وفّر 50% على طلبك الأول",
"最大20%ポイント還元") is one wherever the word stands; a bare level ("Battery 82%") is none; so is cashback
("بجلی کے بل پر 10% کیش بیک، ابھی ادا کریں").

Resource ids say it in every language alike: ``promo_banner``, ``home_ad_banner``, ``sponsoredItem``,
``search_result_promoted`` (:func:`id_kind`); an id that names a notice ("offline_banner", "cookie_banner",
"banner_notice") is no offer. A control inside a tappable card so named (the "Add to cart" icon of a
``sponsoredItem`` card) is one too (:func:`element_kind`); so is one inside a scrolling list headed by an ad
tag alone, the way a page says it whatever toolkit dumped it (:func:`headed_by_ad`).

Ads carry a marker ("Sponsored", "Anzeige", "Реклама", "広告", "Tangazo"): :func:`is_ad`. A marker that is
also a plain word ("annonce" is a classified listing, "mainos" any advert text) counts only as a tag: alone in
its part of the label, or first and followed by a separator ("Tài trợ · Nồi chiên ...", "Tangazo | Toa Pesa").
"""

from __future__ import annotations

import re
from typing import Any

from ..unitext import NO_SPACES
from . import word_forms
from .fields import has_flag
from .money_amounts import CURRENCY_NAMES as _CURRENCY_WORDS
from .money_amounts import PREFIXES, SYMBOLS
from .text import normalize, words

_LEADS = frozenset(words(
    "promo promos promotion promotions promoción promociones promoção promoções promozione promozioni promotie "
    "offer offers oferta ofertas offerta offerte offre offres angebot angebote aktion deal deals cashback "
    "акция акции акція знижка скидка скидки عرض عروض מבצע מבצעים ऑफ़र ऑफर অফার 프로모션 이벤트 "
    "プロモーション キャンペーン โปรโมชัน โปรโมชั่น promosi kampanya fırsat khuyến ưu",
    stopwords=frozenset()))
_LEAD_PHRASES = ("khuyến mãi", "ưu đãi", "优惠", "促销", "活动", "優惠", "促銷", "活動", "特典", "セール", "할인")
_SPLIT = re.compile(r"[\s:：,，、|]+")
# Coupons anywhere in a sentence make it an offer ("치킨 최대 5천원 할인 쿠폰 받기", "Get a $5 coupon on shoes").
_COUPONS = ("cashback", "cash back", "کیش بیک", "كاش باك", "кэшбэк", "кешбек", "キャッシュバック", "返现", "캐시백",
            "coupon", "voucher", "cupón", "cupon", "cupom", "kupon", "купон", "كوبون", "קופון", "कूपन", "쿠폰",
            "クーポン", "优惠券", "優惠券", "คูปอง", "mã giảm giá", "gutschein")
# A discount: a percentage taken off ("-20%"), a percentage with a word of saving or a limit ("save 50%", "up to 30%
# off", "最大20%"), in the languages phones ship.
_DISCOUNT = re.compile(
    r"(?<![\w.,])[-−–]\s?\d{1,2}\s?%|\d{1,2}\s?%\s?(?:off|rabat\w*|sconto|descuento|desconto|de desconto|remise|"
    r"скидк\w*|знижк\w*|indirim\w*|diskon|giảm|割引|還元|オフ|折扣|할인|הנחה|छूट|ছাড়|خصم|تخفيض)|"
    r"(?:save|spare|spar\w*|ahorra|economize|économisez|risparmia|oszczędź|сэкономь\w*|заощадь\w*|وف[ّ]?ر|חסכו|बचाएं|"
    r"up to|bis zu|hasta|até|jusqu'à|fino al|do|до|حتى|עד|最大|最高|최대)\s?\d{1,3}(?:[.,]\d{1,2})?\s?%", re.I)


# Words that say you GET something (get, earn, win, receive; a bonus, a discount, a reward, free, cashback), in the
# languages phones ship: beside a sum or a percentage they make a sentence an offer (":func:`offer`).
_GAINS = frozenset(normalize(w) for w in """
get gets earn win receive bonus discount discounts off free cashback reward rewards save gift
erhalte erhalten bekomme bekommen sichere sichern gewinne gewinnen rabatt gratis kostenlos spare sparen prämie geschenkt
obtenez obtiens gagnez gagne recevez reçois réduction remise offert offerts offerte gratuit gratuite économisez cadeau
obtén obtener gana ganar recibe recibir bono bonificación descuento ahorra regalo premio recompensa
ganhe ganha receba recebe bônus desconto grátis gratuito economize prêmio presente
ottieni ricevi vinci guadagna sconto gratuito risparmia
krijg ontvang verdien korting bespaar beloning
zyskaj odbierz otrzymaj wygraj zgarnij rabat zniżka zniżki zniżkę darmowa darmowy oszczędź nagroda prezent
получи получите выиграй заработай бонус бонусы скидка скидку бесплатно кешбэк кэшбэк подарок награда сэкономь
отримай отримайте виграй знижка знижку безкоштовно кешбек подарунок
вземи спечели отстъпка безплатно подарък dobij dobijte osvoji popust besplatno poklon
kazan kazanın indirim hediye ücretsiz bedava
dapatkan raih menangkan diskon potongan hadiah hemat percuma jimat
nhận giảm tặng thưởng
احصل اربح بونص مكافأة خصم مجانا مجاني وفر هدية بگیرید بگیر دریافت تخفیف جایزه رایگان هدیه
קבל קבלו הנחה בונוס חינם מתנה זכה זכו
पाएं पाओ पाइए जीतें छूट बोनस मुफ्त मुफ़्त कैशबैक इनाम उपहार मिळवा सूट मोफत पाउनुहोस् छुट
পান পাবেন জিতুন ছাড় বোনাস ফ্রি ক্যাশব্যাক উপহার
பெறுங்கள் தள்ளுபடி இலவசம் போனஸ் பொందండి తగ్గింపు ఉచితం బోనస్ వట్టම් බෝනස් නොමිලේ
حاصل پائیں جیتیں رعایت بونس مفت
upate pata pokea shinda bonasi punguzo bure zawadi tuzo
ያግኙ ያግኝ ሽልማት ቅናሽ ቦነስ በነጻ ነጻ
primești obține obțineți câștigă reducere gratuit cadou economisește
kapj szerezz nyerj bónusz kedvezmény ingyen ingyenes ajándék
získej získejte vyhraj sleva slevu zdarma dárek ušetři
κέρδισε πάρε αποκτήστε μπόνους έκπτωση δωρεάν δώρο
få tjäna tjen vinn vind rabat spara spar gave present belöning
saat saa ansaitse voita alennus alennusta ilmainen ilmaiseksi säästä palkkio lahja
алыңыз ұтыңыз жеңілдік тегін сыйлық oling yuting chegirma bepul keshbek
მიიღე მიიღეთ მოიგე ბონუსი ფასდაკლება უფასო ქეშბექი საჩუქარი
ստացեք շահեք բոնուս զեղչ անվճար նվեր
аваарай хөнгөлөлт үнэгүй урамшуулал бэлэг
makakuha kumuha manalo diskwento libre premyo
saa saad võida soodustus soodsam allahindlus tasuta boonus kingitus säästa
saņem iegūsti laimē atlaide atlaidi bezmaksas dāvana bonuss ietaupi lētāk
gauk gaukite laimėk nuolaida nuolaidą nemokamai dovana premija sutaupyk pigiau
získaj vyhraj zľava zľavu zadarmo darček ušetri lacnejšie prejmi dobi brezplačno darilo prihrani ceneje
aconsegueix guanya descompte gratuït regal estalvia lortu irabazi deskontua doan oparia
qazan qazanın endirim pulsuz hədiyyə fito merr zbritje falas dhuratë fáðu afsláttur ókeypis gjöf
cheaper günstiger billiger goedkoper billigare billigere halvemmalla taniej levněji olcsóbban дешевле дешевше
""".split())
_GAIN_PHRASES = ("giảm giá", "miễn phí", "hoàn tiền", "ưu đãi", "立减", "返现", "免费", "领取", "获得", "赠送", "減免", "獲得",
                 "還元", "割引", "無料", "もらえる", "ゲット", "プレゼント", "할인", "적립", "무료", "증정", "받기", "받으세요",
                 "ส่วนลด", "ฟรี", "รับเลย", "เงินคืน", "โบนัส", "ទទួលបាន", "បញ្ចុះតម្លៃ", "ឥតគិតថ្លៃ", "လျှော့စျေး", "အခမဲ့",
                 "ලබා ගන්න", "کیش بیک", "حاصل کریں")
_EDGES = ".,!?;:()[]\"“”«»¡¿،።፣。！？"
_CURRENCY_SUM = re.compile(rf"^(?:[{SYMBOLS}]|{PREFIXES})\d|^\d[\d.,]*[{SYMBOLS}]$")  # "$5", "rp75.000", "20€"
_PERCENT = re.compile(r"^(?:\d{1,3}(?:[.,]\d{1,2})?%|%\d{1,3})$")  # "10%", Turkish "%20"
_UNSPACED_SUM = re.compile(rf"\d\s?(?:%|元|块|円|원|บาท|[{SYMBOLS}])|[{SYMBOLS}]\s?\d")
_GAP = 3  # tokens at most between what you get and its sum
# A word before a sum that makes it a price to pay ("Get Premium for 99 kr", "solo 5 €") and a rate after it ("/mo").
_PRICED = frozenset("for für pour por per para voor za за için kwa à only just nur seulement solo só tylko только "
                    "sadece hanya chỉ από från fra pay zahle zahlen payez paie paga pague pagar betaal zapłać płać "
                    "оплати оплатите заплати сплати öde ödeyin bayar trả lipa ادفع بپرداز پرداخت שלם चुकाएं plătește "
                    "fizess zaplať πλήρωσε betala betal maksa төле to'lang გადაიხადე magbayad".split())


def _sum_at(tokens: list[str], i: int) -> bool:
    """A sum or a percentage starts at token ``i`` ("10%", "75 tl", "$5", "rp75.000", "ksh 300", "100 ብር")."""
    token, after = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else ""
    if _PERCENT.match(token) or _CURRENCY_SUM.match(token):
        return True
    if token[:1].isdigit():
        return after in _CURRENCY_WORDS or after[:1] in SYMBOLS
    named = token in _CURRENCY_WORDS or re.fullmatch(PREFIXES, token) or all(c in SYMBOLS for c in token)
    return bool(named) and after[:1].isdigit()  # "r$ 20", "ksh 300"


def offer(text: str) -> bool:
    """A sentence offering a sum or a percentage you get, not one you pay: a word of gain (get, earn, win, bonus,
    discount, free, cashback) within three words of it ("Kartını ekle, 75 TL indirim kazan!", "Recarga y recibe un
    bono de 10%", "Get 10% back"); no price word just before the sum ("Get Premium for 99 kr") nor a rate after it."""
    said = normalize(text)
    tokens = [t for t in (w.strip(_EDGES) for w in said.replace("/", " / ").split()) if t]
    spaced = len(tokens) >= 4
    if not spaced and not (NO_SPACES.search(said) and len(said) >= 8):
        return False
    sums = [i for i in range(len(tokens)) if _sum_at(tokens, i) and not (i and tokens[i - 1] in _PRICED)
            and "/" not in tokens[i + 1:i + 3]]
    if NO_SPACES.search(said):  # "下单立减20元", "최대 5,000원 할인 받기": a sum and a word of gain anywhere
        return bool(_UNSPACED_SUM.search(said)) and any(p in said for p in _GAIN_PHRASES)
    if not sums:
        return False
    gains = [i for i, t in enumerate(tokens) if t in _GAINS] + \
        [i for i, t in enumerate(tokens) if any(p in t for p in _GAIN_PHRASES)]
    return any(abs(g - s) <= _GAP for g in gains for s in sums)


def wanted(task: str) -> bool:
    """The task asks for an offer or a promotion: by its word, or by the gain it offers ("..., 500 ₸ сыйлық")."""
    said = normalize(task)
    return bool(words(task, stopwords=frozenset()) & _LEADS) or any(p in said for p in (*_LEAD_PHRASES, *_COUPONS)) \
        or offer(task)


# A card that invites to read about something ("Les mer", "Saiba mais", "了解更多"): news or a promotion, no control.
_READ_MORE = frozenset(normalize(p) for p in (
    "learn more", "read more", "find out more", "more info", "saiba mais", "leia mais", "les mer", "läs mer", "læs mere",
    "lue lisää", "mehr erfahren", "mehr lesen", "en savoir plus", "lire la suite", "más información", "leer más",
    "saber más", "scopri di più", "leggi di più", "meer informatie", "lees meer", "dowiedz się więcej", "czytaj więcej",
    "подробнее", "узнать больше", "детальніше", "дізнатися більше", "daha fazla bilgi", "devamını oku", "selengkapnya",
    "pelajari lebih lanjut", "tìm hiểu thêm", "xem thêm", "อ่านเพิ่มเติม", "ดูเพิ่มเติม", "了解更多", "了解詳情", "查看详情",
    "詳しく見る", "詳しくはこちら", "자세히 보기", "더 알아보기", "اعرف المزيد", "اقرأ المزيد", "بیشتر بدانید", "למידע נוסף",
    "और जानें", "আরও জানুন", "jifunze zaidi", "dozvědět se více", "tudj meg többet", "află mai multe"))


def is_banner(label: str) -> bool:
    """A promotion's sentence: a promotion word first, then a colon or four words more; one that offers a sum or a
    percentage to get (:func:`offer`); or a card with a sentence that invites to read more about it ("Send money to
    anyone | It's free ... | Les mer", "Top up on Fridays and get 10% | Learn more")."""
    text = normalize(label)
    parts = [p.strip() for p in text.split("|")]
    if len(parts) >= 2 and parts[-1].rstrip(" >›→") in _READ_MORE and (len(parts) >= 3 or len(parts[0].split()) >= 4):
        return True
    if "|" in text:  # a card: its headline says it ("Promo Hotel Bali diskon s/d 40% | Pesan sekarang")
        text = text.split("|", 1)[0].strip()
    if not text:
        return False
    lead = next((p for p in _LEAD_PHRASES if text.startswith(p)), None)
    tokens = _SPLIT.split(text)
    if offer(text):
        return True  # a sum or a percentage to get ("Kartını ekle, 75 TL indirim kazan!")
    if (any(c in text for c in _COUPONS) or _DISCOUNT.search(text)) and (
            len([t for t in tokens if t]) >= 4 or NO_SPACES.search(text) and len(text) >= 8):
        return True  # a sentence offering a coupon or a discount, wherever the word stands
    if lead is None and not (words(tokens[0], stopwords=frozenset()) & _LEADS):
        return False
    rest = text[len(lead):] if lead else text[len(tokens[0]):]
    return rest.lstrip().startswith((":", "：")) or len([t for t in _SPLIT.split(rest) if t]) >= 4


# Ad markers as apps write them, in the languages phones ship with.
AD_MARKERS = frozenset(words(
    "sponsored ad ads promoted patrocinado patrocinada publicidad publicidade anuncio anúncio sponsorizzato "
    "sponsorisé sponsorisée anzeige gesponsert gesponsord reklam sponsorlu реклама спонсорский إعلان ممول "
    "מודעה ממומן विज्ञापन प्रायोजित bersponsor disponsori iklan ditaja sponsorowane reklama advertentie annons "
    "sponsrad werbung promocionado promocionada promovido sponzorováno تبلیغ تبلیغات اسپانسر", stopwords=frozenset()))
_AD_PHRASES = ("广告", "廣告", "赞助", "贊助", "広告", "スポンサー", "광고", "스폰서", "quảng cáo", "được tài trợ", "โฆษณา",
               "ได้รับการสนับสนุน", "推广", "推廣")
# Markers that are also plain words: a tag only (alone in a part, or first before a separator).
_AD_TAGS = ("annonce", "annonse", "annoncer", "tangazo", "matangazo", "hirdetés", "mainos", "publicitate", "sponsorizat",
            "διαφήμιση", "χορηγούμενο", "פרסומת", "اشتہار", "বিজ্ঞাপন", "விளம்பரம்", "tài trợ", "آگهی ویژه",
            "sponzorované", "reklamă", "реклама", "promowane", "promoted", "sponsored")
_TAG_END = re.compile(r"\s*(?:$|[·•:：|\-–—])")


def ad_free(screen: Any) -> bool:
    """The system Settings app, which shows no ads: a marker word there is a setting's name (German "Anzeige" is the
    Display section, "Werbung" / "Ads" the ad preferences)."""
    return str(getattr(screen, "package", "")).endswith(".settings")


def is_ad(text: str) -> bool:
    """``text`` (a label, optionally "label | its row's text") carries an ad marker."""
    said = normalize(text)
    parts = [p.strip() for p in said.split("|")]
    return any(words(p, stopwords=frozenset()) & AD_MARKERS and len(p.split()) <= 6 for p in parts) or \
        any(p in said for p in _AD_PHRASES) or \
        any(p.startswith(tag) and _TAG_END.match(p, len(tag)) for p in parts for tag in _AD_TAGS)


# Words of resource ids (split at "_", digits and camelCase) that name an ad or an offer, and words that make a
# banner a notice instead (a cookie, error, offline or update banner is the screen telling something).
_AD_ID_WORDS = frozenset("ad ads adview advert adverts advertisement sponsor sponsored promoted".split())
_OFFER_ID_WORDS = frozenset("promo promos promotion promotions promotional banner banners".split())
_NOTICE_ID_WORDS = frozenset("cookie cookies consent error offline warning alert notice info status update permission "
                             "notification network connection store shop".split())
_CAMEL = re.compile(r"([a-z])([A-Z])")
_ID_SPLIT = re.compile(r"[^a-z]+")


def id_kind(resource_id: str) -> str | None:
    """"ad" or "offer" when the resource id names one (``…:id/promo_banner``, ``…:id/ad_label``), else None."""
    tail = _CAMEL.sub(r"\1_\2", resource_id.rsplit("/", 1)[-1]).lower()
    parts = {p for p in _ID_SPLIT.split(tail) if p}
    if parts & _NOTICE_ID_WORDS:
        return None
    return "ad" if parts & _AD_ID_WORDS else "offer" if parts & _OFFER_ID_WORDS else None


def element_kind(screen: Any, element: int) -> str | None:
    """"ad" or "offer" when the resource id of the control, or of a tappable card holding it, names one; "ad"
    inside a scrolling list headed by an ad tag alone (:func:`headed_by_ad`), which no toolkit hides."""
    own = id_kind(screen.locators.get(element, {}).get("resource_id", ""))
    box = screen.bounds.get(element)
    if own is not None or not box:
        return own
    if headed_by_ad(screen, element):
        return "ad"
    if paged_offer(screen, element):
        return "offer"
    for other in screen.actionable:
        outer = screen.bounds.get(other)
        if other != element and outer and outer != box and outer[0] <= box[0] and outer[1] <= box[1] and \
                outer[2] >= box[2] and outer[3] >= box[3] and other not in screen.editable:
            kind = id_kind(screen.locators.get(other, {}).get("resource_id", ""))
            if kind is not None:
                return kind
    return None


def offer_only(task: str, label: str) -> bool:
    """A card ("Wallet | Balance: 0,00 | Add a card, get 75 off!") whose offer part alone shares the task's words:
    the card is the way to what it names, its offer line no way to anything else."""
    parts = [p.strip() for p in label.split("|") if p.strip()]
    said = words(task)
    if len(parts) < 2 or not said:
        return False
    shared = [bool(_meets(said, words(p))) for p in parts]
    offered = [offer(p) for p in parts]
    return any(s and o for s, o in zip(shared, offered)) and not any(s and not o for s, o in zip(shared, offered))


def offer_button(screen: Any, element: int) -> bool:
    """A short button inside a promotion's card ("Order now" under "Offer: 50% off your first order"): the offer's own
    way in, no more the thing asked for than the card."""
    label, row = screen.labels.get(element, ""), screen.context.get(element, "")
    return 0 < len(label.split()) <= _BUTTON_WORDS and "|" not in label and bool(row) and is_banner(row)


_BUTTON_WORDS = 3


def _meets(said: set[str], shown: set[str]) -> set[str]:
    return (said & shown) | {w for w in shown if any(word_forms.weight(t, w) for t in said - shown)}


def unwanted(task: str, screen: Any, element: int) -> bool:
    """An ad or an offer the task did not ask for: by its marker or headline ("label | its row"), or by its id."""
    text = f"{screen.labels.get(element, '')} | {screen.context.get(element, '')}"
    kind = element_kind(screen, element)
    return not words(task, stopwords=frozenset()) & AD_MARKERS and (is_ad(text) or kind == "ad") or \
        not wanted(task) and (is_banner(screen.labels.get(element, "")) or kind == "offer" or
                              offer_only(task, screen.labels.get(element, "")) or offer_button(screen, element))


_HEAD_GAP = 120  # px at most between a list's heading and the list
_STRIP = 0.5  # a banner strip is at most this share of its width high


def paged_offer(screen: Any, element: int) -> bool:
    """A card filling a low scrolling strip (a pager showing one card at a time) whose lines below its headline
    offer a sum or a percentage to get ("Premium Ride | Save 25% on every trip"): a banner carousel's page,
    told by its bounds, flags and words (Compose and web pages dump no "banner" id)."""
    parts = [p.strip() for p in screen.labels.get(element, "").split("|") if p.strip()]
    box = screen.bounds.get(element)
    if len(parts) < 2 or not box or not any(offer(p) for p in parts[1:]):
        return False
    strips = [b for i in screen.actionable if i != element and (b := screen.bounds.get(i)) and
              has_flag(screen, i, "scrollable") and b[0] <= box[0] and b[1] <= box[1] and b[2] >= box[2] and
              b[3] >= box[3]]
    return any(b[3] - b[1] <= _STRIP * (b[2] - b[0]) and box[2] - box[0] >= 0.8 * (b[2] - b[0]) for b in strips)


def headed_by_ad(screen: Any, element: int) -> bool:
    """Inside a low scrolling strip (a carousel) whose heading, the text line just above it, is an ad tag alone
    ("Sponsored", "Anzeigen", "広告"): an ad whatever dumped it (Compose and web pages dump no ids)."""
    box = screen.bounds.get(element)
    lists = [b for i in screen.actionable if i != element and (b := screen.bounds.get(i)) and b != box and box
             and has_flag(screen, i, "scrollable") and b[0] <= box[0] and b[1] <= box[1] and b[2] >= box[2]
             and b[3] >= box[3] and b[3] - b[1] <= _STRIP * (b[2] - b[0])]  # a low strip, not a page's list
    if not lists:
        return False
    inner = min(lists, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
    heads = [(inner[1] - p[3], screen.lines[k].strip()) for k, p in screen.placed.items() if k < len(screen.lines)
             and 0 <= inner[1] - p[3] <= _HEAD_GAP and p[0] < inner[2] and p[2] > inner[0]]
    head = min(heads)[1] if heads else ""
    return 0 < len(head.split()) <= 3 and is_ad(head)

