"""The kind of value a question asks, said in another language, and values as other locales write them.

English questions are read by agents/answers.py's own rules ("how far", "how long", "what time", "how much"). This is
the lexicon of the interrogatives of the other languages phones ship, one kind of value each: a distance ("wie weit",
"сколько км", "多远"), a duration ("combien de temps", "quanto dura", "多久", "얼마나 걸려"), a clock time ("um wie viel
Uhr", "à quelle heure", "a qué hora", "во сколько"), a price ("was kostet", "cuánto cuesta", "多少钱", "いくら"), a
battery level or percentage ("wie viel Akku", "电量", "배터리"), a rating ("welche Bewertung", "几星"), a size on disk
("wie viel Speicher", "占用多少空间"), a phone number, an address, a date ("an welchem Tag", "какого числа", "几号") and a
person ("wer", "кто", "谁"). A lead counts only outside quotes, in a task that ends with its script's question mark
and is no request said as a question ("Kannst du Ana die Adresse schicken?"): "ruf die Telefonnummer an" asks nothing. Kinds are tried in an
order where the more precise comes first (how long before how much: Turkish "ne kadar sürer", Korean "얼마나 걸려").

``value``: the value of a kind as other locales write it where the English patterns find none: "12,50 €", "349 zł",
"1 290 ₽", "¥1,200", "25 Min.", "1 Std. 20 Min.", "2 ч 15 мин", "25分钟", "1時間20分", "45 %", "4,6 ★", "19.30 Uhr", "19h30".
"""

from __future__ import annotations

import re

from .time_leads import ASKED, QUOTED

_LEADS: tuple[tuple[str, str], ...] = (
    ("distance",
     r"wie\s+weit|wie\s+viele\s+(?:kilometer|km|meter)|hoe\s+ver|combien\s+de\s+(?:km|kilom[èe]tres|m[èe]tres)|[àa]\s+quelle\s+distance"
     r"|qu[ée]\s+tan\s+lejos|a\s+qu[ée]\s+distancia|cu[áa]nt[oa]s\s+(?:km|kil[óo]metros|metros)|a\s+che\s+distanza|quanto\s+(?:[èe]\s+)?lontan[oa]"
     r"|quanti\s+(?:km|chilometri|metri)|a\s+que\s+dist[âa]ncia|qu[ãa]o\s+longe|quantos\s+(?:km|quil[óo]metros)"
     r"|jak\s+daleko|ile\s+(?:km|kilometr[óo]w)|как\s+далеко|сколько\s+(?:км|километров|метров)|яка\s+відстань|скільки\s+(?:км|кілометрів)"
     r"|ne\s+kadar\s+uzak|ka[çc]\s+(?:km|kilometre)|berapa\s+(?:jauh|km|kilometer)|bao\s+xa|cách\s+bao\s+nhiêu"
     r"|hur\s+långt|hvor\s+langt|kuinka\s+(?:kaukana|pitkä\s+matka)|jak\s+daleko|kolik\s+(?:km|kilometrů)|milyen\s+messze"
     r"|h[áa]ny\s+(?:km|kilom[ée]ter)|c[âa]t\s+de\s+departe|c[âa]ți\s+(?:km|kilometri)|πόσο\s+μακριά|πόσα\s+χιλιόμετρα"
     r"|kitn[ai]\s+door|kitne\s+(?:km|kilomet(?:er|re))|כמה\s+רחוק|כמה\s+קילומטר|كم\s+(?:يبعد|تبعد|كيلو|كم\b)|المسافة|कितनी\s+दूर|कितने\s+किलोमीटर|umbali"
     r"|多远|多遠|多少公里|几公里|幾公里|どのくらい遠い|何キロ|何メートル|얼마나\s*멀|몇\s*킬로|ไกลแค่ไหน|กี่กิโล"),
    ("duration",
     r"wie\s+lange|wie\s+viel\s+zeit|wie\s+viele\s+(?:minuten|stunden)|hoe\s+lang|hoeveel\s+(?:tijd|minuten|uur)"
     r"|combien\s+de\s+(?:temps|minutes|heures)|cu[áa]nto\s+(?:tiempo|tarda|dura|demora)|cu[áa]ntos\s+(?:minutos|horas)"
     r"|quanto\s+(?:tempo|dura|ci\s+vuole|ci\s+mette)|quant[ie]\s+(?:minuti|ore)|quanto\s+(?:demora|leva)|quantos\s+minutos"
     r"|quantas\s+horas|jak\s+d[łl]ugo|ile\s+(?:czasu|trwa|minut|godzin)|сколько\s+(?:времени|длится|идти|ехать|минут|часов)"
     r"|как\s+долго|скільки\s+(?:часу|хвилин|триває)|ne\s+kadar\s+s[üu]r|ka[çc]\s+(?:dakika|saat\s+s[üu]r)|berapa\s+(?:lama|menit|jam\s+lagi)"
     r"|bao\s+l[âa]u|m[ấa]t\s+bao\s+nhi[êe]u\s+ph[úu]t|hur\s+l[äa]nge|hur\s+l[åa]ng\s+tid|hvor\s+(?:l[æe]nge|lenge|lang\s+tid)"
     r"|kuinka\s+kauan|kauanko|jak\s+dlouho|kolik\s+(?:času|minut)|mennyi\s+ideig|meddig\s+tart|h[áa]ny\s+perc|c[âa]t\s+timp"
     r"|c[âa]t\s+dureaz[ăa]|πόση\s+ώρα|πόσο\s+διαρκεί|כמה\s+זמן|كم\s+(?:من\s+)?(?:الوقت|دقيقة|ساعة)|قديش\s+بد"
     r"|कितना\s+समय|कितनी\s+देर|कितने\s+मिनट|kitn[ae]\s+(?:time|samay|waqt|minute|ghante)|kitni\s+der|muda\s+gani|dakika\s+ngapi"
     r"|多久|多长时间|多長時間|几分钟|幾分鐘|多少分钟|多少分鐘|几个小时|幾個小時|どのくらいかか|どれくらいかか|何分|何時間"
     r"|얼마나\s*걸|몇\s*분|몇\s*시간|นานแค่ไหน|กี่นาที|กี่ชั่วโมง|ใช้เวลาเท่าไ"),
    ("percent",
     r"wie\s+viel\s+akku|akkustand|ladestand|(?:niveau|pourcentage)\s+de\s+(?:la\s+)?batterie|combien\s+de\s+batterie"
     r"|cu[áa]nta\s+bater[íi]a|nivel\s+de\s+bater[íi]a|quanta\s+batteria|livello\s+(?:della\s+)?batteria"
     r"|quanta\s+bateria|n[íi]vel\s+da\s+bateria|hoeveel\s+(?:accu|batterij)|ile\s+(?:baterii|procent)"
     r"|сколько\s+(?:заряда|процентов)|заряд\s+батаре|скільки\s+заряду|ka[çc]\s+y[üu]zde|\bpil\s+(?:ka[çc]|durumu)"
     r"|berapa\s+(?:persen|baterai)|bao\s+nhi[êe]u\s+ph[ầa]n\s+tr[ăa]m|c[òo]n\s+bao\s+nhi[êe]u\s+pin"
     r"|hur\s+mycket\s+batteri|hvor\s+meget\s+batteri|kolik\s+(?:baterie|procent)|h[áa]ny\s+sz[áa]zal[ée]k|c[âa]t[ăa]\s+baterie"
     r"|kitni\s+battery|battery\s+kitni|כמה\s+סוללה|كم\s+(?:البطارية|الشحن|بالمية)|कितनी\s+बैटरी|बैटरी\s+कितनी"
     r"|电量|電量|电池还有|還有多少電|バッテリー(?:残量|は)|電池残量|배터리\s*(?:얼마|몇)|แบตเหลือ|แบตเตอรี่เหลือ"),
    ("rating",
     r"welche\s+bewertung|wie\s+(?:gut\s+)?(?:ist\s+\w+\s+)?bewertet|wie\s+viele\s+sterne|quelle\s+(?:est\s+la\s+)?note|combien\s+d['’][ée]toiles"
     r"|qu[ée]\s+(?:calificaci[óo]n|valoraci[óo]n|puntuaci[óo]n)|cu[áa]ntas\s+estrellas|che\s+(?:voto|valutazione)|quante\s+stelle"
     r"|qual\s+(?:[ée]\s+)?a\s+(?:nota|avalia[çc][ãa]o)|quantas\s+estrelas|welke\s+(?:beoordeling|score)|hoeveel\s+sterren"
     r"|jak[aą]\s+(?:ma\s+)?ocen[eęa]|ile\s+gwiazdek|какой\s+(?:у\s+\w+\s+)?рейтинг|какая\s+оценка|сколько\s+звёзд|сколько\s+звезд"
     r"|ka[çc]\s+y[ıi]ld[ıi]z|puan[ıi]\s+ka[çc]|berapa\s+(?:rating|bintang)|bao\s+nhi[êe]u\s+sao|כמה\s+כוכבים|كم\s+(?:نجمة|تقييم)"
     r"|评分|評分|几星|幾星|評価は|星いくつ|평점|별점|กี่ดาว|เรตติ้ง"),
    ("size",
     r"wie\s+viel\s+speicher|wie\s+gro[ßs]\s+ist\s+(?:die\s+)?datei|combien\s+d['’]espace|quelle\s+(?:est\s+la\s+)?taille"
     r"|cu[áa]nto\s+(?:espacio|ocupa|pesa)|quanto\s+(?:spazio|occupa|pesa)|quanto\s+espa[çc]o|hoeveel\s+(?:ruimte|opslag)"
     r"|ile\s+(?:miejsca|zajmuje)|сколько\s+(?:места|занимает|весит)|ne\s+kadar\s+yer|berapa\s+(?:ruang|besar)"
     r"|占用多少|占多少|多少空间|多大|どのくらいの容量|容量は|용량|얼마나\s*차지|กินพื้นที่"),
    ("time",
     r"(?:um\s+)?wie\s*viel\s+uhr|(?:um\s+)?welche[rn]?\s+uhrzeit|o\s+kt[óo]rej\s+godzinie|wie\s+sp[äa]t|[àa]\s+quelle\s+heure|quelle\s+heure|a\s+qu[ée]\s+hora|qu[ée]\s+hora"
     r"|a\s+che\s+or[ae]|che\s+or[ae]|a\s+que\s+horas|que\s+horas|(?:om\s+)?hoe\s+laat|o\s+kt[óo]rej|kt[óo]ra\s+godzina|во\s+сколько"
     r"|в\s+котором\s+часу|который\s+час|о\s+котрій|saat\s+ka[çc]|jam\s+berapa|pukul\s+berapa|m[ấa]y\s+gi[ờo]|vilken\s+tid"
     r"|mihin\s+aikaan|monelta|v\s+kolik\s+hodin|h[áa]ny\s+[óo]rakor|la\s+ce\s+or[ăa]|τι\s+ώρα|באיזו\s+שעה|באיזה\s+שעה"
     r"|kitne\s+baje|kis\s+(?:time|samay)|(?:في\s+)?أي\s+ساعة|الساعة\s+كم|الساعه\s+كام|कितने\s+बजे|किस\s+समय|saa\s+ngapi|几点|幾點|何時に|몇\s*시에|กี่โมง|กี่ทุ่ม"),
    ("amount",
     r"wie\s*viel\s+(?:kostet|kosten|zahl|habe\s+ich\s+(?:bezahlt|ausgegeben))|was\s+kostet|was\s+kosten|wie\s+teuer"
     r"|combien\s+(?:co[ûu]te|co[ûu]tent|ça\s+co[ûu]te|j['’]ai\s+(?:pay[ée]|d[ée]pens[ée])|je\s+dois)|c['’]est\s+combien"
     r"|quel\s+(?:est\s+le\s+)?prix|cu[áa]nto\s+(?:cuesta|cuestan|vale|valen|es|pagu[ée]|gast[ée]|debo|sale)|qu[ée]\s+precio"
     r"|quanto\s+(?:costa|costano|viene|ho\s+(?:pagato|speso)|pago|devo)|che\s+prezzo|quanto\s+(?:custa|custam|paguei|gastei|devo)"
     r"|qual\s+(?:[ée]\s+)?o\s+pre[çc]o|wat\s+kost|hoeveel\s+(?:kost|betaal|heb\s+ik\s+(?:betaald|uitgegeven))|hoe\s+duur"
     r"|ile\s+(?:kosztuje|kosztuj[ąa]|zap[łl]aci|wyda[łl])|сколько\s+(?:стоит|стоят|я\s+(?:заплатил|потратил|должен))|какая\s+цена"
     r"|скільки\s+(?:коштує|коштують)|ka[çc]\s+(?:para|lira|tl)|fiyat[ıi]\s+ne|ne\s+kadar\s+(?:[öo]dedim|tutar|harcad)"
     r"|berapa\s+(?:harga|biaya|ongkos)|harganya\s+berapa|bao\s+nhi[êe]u\s+ti[ềe]n|gi[áa]\s+bao\s+nhi[êe]u|vad\s+kostar"
     r"|hur\s+mycket\s+kostar|hva(?:d)?\s+koster|hvor\s+meget\s+koster|paljonko\s+maksaa|mit[äa]\s+maksaa|kolik\s+stoj[íi]"
     r"|mennyibe\s+ker[üu]l|c[âa]t\s+cost[ăa]|πόσο\s+κοστίζει|כמה\s+(?:עולה|עלה|שילמתי)|מה\s+המחיר|بكم|بكام|كم\s+(?:سعر|ثمن|يكلف|دفعت)"
     r"|कितने\s+(?:का|की|रुपये)|कितना\s+(?:पैसा|खर्च|बैलेंस)|kitne\s+(?:ka|ki|ke|paise|rupa?y[ea]?|rupees|rs)\b"
     r"|kitna\s+(?:paisa|balance|kharch[ae]?|bill|amount|price|daam|kiraya|bhada|fare)\b|(?:price|daam|balance|bill|kiraya)\s+kitna|bei\s+gani|多少钱|多少錢|几块|幾塊|花了多少|いくら|値段は|料金は|얼마(?!나)|가격"
     r"|ราคาเท่าไ"),
    ("phone",
     r"telefonnummer|handynummer|num[ée]ro\s+de\s+t[ée]l[ée]phone|n[úu]mero\s+de\s+(?:tel[ée]fono|celular|m[óo]vil)"
     r"|numero\s+di\s+telefono|n[úu]mero\s+de\s+telefone|telefoonnummer|numer\s+telefonu|номер\s+телефона|номер\s+телефону"
     r"|telefon\s+numaras[ıi]|nomor\s+(?:telepon|hp|wa)|s[ốo]\s+đi[ệe]n\s+tho[ạa]i|telefonnummer|puhelinnumero|telefonn[íi]\s+[čc]íslo"
     r"|telefonsz[áa]m|num[ăa]rul\s+de\s+telefon|αριθμό\s+τηλεφώνου|מספר\s+(?:ה)?טלפון|رقم\s+(?:ال)?(?:هاتف|جوال|تلفون|موبايل)"
     r"|फ़ोन\s+नंबर|फोन\s+नंबर|nambari\s+ya\s+simu|电话号码|電話號碼|手机号|電話番号|전화번호|เบอร์โทร"),
    ("address",
     r"welche\s+adresse|wie\s+lautet\s+die\s+adresse|die\s+adresse|quelle\s+(?:est\s+l['’])?adresse|l['’]adresse|qu[ée]\s+direcci[óo]n"
     r"|la\s+direcci[óo]n|l['’]indirizzo|che\s+indirizzo|qual\s+(?:[ée]\s+)?o\s+endere[çc]o|o\s+endere[çc]o|welk\s+adres|het\s+adres"
     r"|jaki\s+(?:jest\s+)?adres|какой\s+адрес|по\s+какому\s+адресу|адрес\b|adresi\s+ne|adresi|alamat(?:nya)?|đ[ịi]a\s+ch[ỉi]"
     r"|vilken\s+adress|adressen|hvilken\s+adresse|osoite|jak[áa]\s+(?:je\s+)?adresa|mi\s+a\s+c[íi]m|ce\s+adres[ăa]|adresa"
     r"|ποια\s+διεύθυνση|מה\s+הכתובת|ما\s+(?:هو\s+)?العنوان|العنوان|पता\s+क्या|地址|住所|주소|ที่อยู่"),
    ("date",
     r"an\s+welchem\s+tag|welches\s+datum|de\s+quel\s+jour|quel\s+jour|quelle\s+date|qu[ée]\s+d[íi]a|qu[ée]\s+fecha|che\s+giorno"
     r"|quale\s+data|que\s+dia|qual\s+(?:[ée]\s+)?a\s+data|welke\s+dag|welke\s+datum|kt[óo]rego|jakiego\s+dnia|какого\s+числа"
     r"|какое\s+число|в\s+какой\s+день|якого\s+числа|hangi\s+g[üu]n|ne\s+zaman\s+tarih|tanggal\s+berapa|ng[àa]y\s+n[àa]o|ng[àa]y\s+m[ấa]y"
     r"|vilket\s+datum|vilken\s+dag|hvilken\s+dato|hvilken\s+dag|mik[äa]\s+p[äa]iv[äa]|kter[ýy]\s+den|kdy\s+p[řr]esn[ěe]|melyik\s+nap"
     r"|ce\s+dat[ăa]|ce\s+zi|ποια\s+μέρα|באיזה\s+תאריך|באיזה\s+יום|في\s+أي\s+يوم|ما\s+تاريخ|किस\s+दिन|कौन\s+सी\s+तारीख"
     r"|哪天|哪一天|几号|幾號|几月几|何日|何月何日|며칠|몇\s*월|วันที่เท่าไ|วันไหน"),
    ("name",
     r"^\s*(?:wer|qui|qui\s+est-ce\s+qui|qui\s+m['’]a|qui\s+a|qui[ée]n(?:es)?|quem|kto|кто|хто|siapa|vem|hvem|kuka|kdo|ki\s+(?:az|h[íi]v))\b"
     r"|(?<![\w])(?:wer\s+hat|von\s+wem|de\s+qui|par\s+qui|de\s+qui[ée]n|da\s+chi|de\s+quem|od\s+kogo|от\s+кого|kimden|dari\s+siapa)(?![\w])"
     r"|谁|誰|누가|누구|ใคร|מי\s+(?:התקשר|שלח|כתב)|مين|من\s+(?:اتصل|أرسل|بعت)|किसने|किसका"),
)
# Not inside a word, where words are spaced (Chinese, Japanese, Thai and Korean write a lead right after the noun: "这个多少钱")
_BEFORE = r"(?<![^\W\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
_COMPILED = tuple((kind, re.compile(rf"{_BEFORE}(?:{lead})", re.I | re.M)) for kind, lead in _LEADS)


def lead(task: str) -> str | None:
    """The kind of value a question asked in another language asks for ("wie weit" -> "distance", "多少钱" ->
    "amount"); None where no lead asks one, the task does not end with a question mark, or it asks an act
    ("Kannst du mir die Adresse schicken?")."""
    plain = QUOTED.sub(lambda q: " " * len(q.group(0)), task)
    if not ASKED.search(plain) or _REQUEST.search(plain):
        return None
    return next((kind for kind, pattern in _COMPILED if pattern.search(plain)), None)


# A request said as a question ("Kannst du Ana die Adresse schicken?", "帮我查一下", "전화번호 보내줄래?"): asks an act
_REQUEST = re.compile(
    r"^\W*(?:kannst\s+du|k[öo]nntest\s+du|k[öo]nnen\s+sie|k[öo]nnten\s+sie|w[üu]rdest\s+du|peux[- ]tu|pourrais[- ]tu|pouvez[- ]vous"
    r"|pourriez[- ]vous|tu\s+peux|puedes|podr[íi]as|puede|podr[íi]a|me\s+puedes|puoi|potresti|pu[òo]|mi\s+puoi|pode|podes|podia"
    r"|poderia|kun\s+je|kan\s+je|kunt\s+u|zou\s+je|mo[żz]esz|m[óo]g[łl]by[śs]|можешь|можете|не\s+могли|можеш|bisa|bisakah|tolong"
    r"|c[óo]\s+th[ểe]|kan\s+du|kunne\s+du|voisitko|voitko|m[ůu][žz]e[šs]|tudn[áa]l|po[țt]i|μπορείς|אפשר|תוכל|ممكن|هل\s+يمكنك"
    r"|क्या\s+आप|(?:bana\s+)?\w+\s+(?:yapabilir|atabilir|g[öo]nderebilir))(?![\w])"
    r"|帮我|幫我|能不能帮|可以帮|请|請|してくれ|して(?:下さい|ください)|てくれ|줄래|주세요|해\s*줘|보내\s*줘|ช่วย", re.I)


_NUMBER = r"\d{1,3}(?:[\s\u00a0\u202f.,']\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_CURRENCY = (r"€|£|\$|¥|₹|₽|₩|₺|₫|₴|₪|₱|฿|₦|₸|₼|₾|zł|z[łl]oty|kč|ft|lei|kr|kn|rsd|руб\.?|грн|лв|din|円|元|块|원|"
             r"บาท|rp|rm|r\$|tl|chf|eur|usd|gbp|pln|czk|huf|sek|nok|dkk|inr|jpy|cny|rub|try|aed|sar|ريال|درهم|ج\.م|د\.إ|ر\.س")
_AMOUNT = re.compile(rf"(?:(?<![\w])(?:{_CURRENCY})\s?(?:{_NUMBER})|(?<![\d.,])(?:{_NUMBER})\s?(?:{_CURRENCY}))(?![^\W\d_])", re.I)
_DURATION = re.compile(
    r"(?<![\d.,:])(?:\d+\s?[–-]\s?)?\d+(?:[.,]\d+)?\s*(?:std\.?|stunden?|min\.?|minuten?|minutes?|mn|heures?|h|horas?|hrs?|minutos?|ore|ora|minuti"
    r"|uur|godz\.?|godzin[ay]?|ч\.?|час(?:а|ов)?|мин\.?|минут[ay]?|хв\.?|saat|dk\.?|dakika|jam|menit|gi[ờo]|ph[úu]t|tim(?:mar)?"
    r"|timer|tuntia?|minuuttia?|hod\.?|hodin[ay]?|[óo]ra|perc|minute|λεπτά|ώρες|דק(?:ות)?'?|שעות|دقيقة|دقائق|ساعة|ساعات|मिनट|घंटे"
    r"|dakika|分钟|分鐘|小时|小時|時間|分|시간|분|นาที|ชั่วโมง|ชม\.)(?![^\W\d_])"
    r"(?:\s*\d+\s*(?:min\.?|minuten?|minutes?|mn|minutos?|minuti|мин\.?|минут[ay]?|dk\.?|menit|ph[úu]t|perc|分钟?|分鐘|분|นาที|ชม\.)"
    r"(?![^\W\d_]))?", re.I)
_PERCENT = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d)?\s?%|%\s?\d{1,3}\b")
_RATING = re.compile(r"(?<![\d.,])[0-5](?:[.,]\d)?(?=\s*(?:★|☆|⭐|/\s*5\b|sterne|étoiles|estrellas|stelle|estrelas|sterren"
                     r"|gwiazd|звезд|звёзд|yıldız|bintang|sao|星|점|ดาว))", re.I)
_CLOCK = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])[.h](?:[0-5]\d)(?=\s*(?:uhr|h|godz|óra)\b)|(?<![\w.,])(?:[01]?\d|2[0-3])h[0-5]\d\b"
                    r"|(?:[01]?\d|2[0-3])時(?:[0-5]?\d分)?|(?:[01]?\d|2[0-3])点(?:[0-5]?\d分|半)?|(?:[01]?\d|2[0-3])시(?:\s*[0-5]?\d분)?", re.I)
_DATE = re.compile(r"(?<![\w.,])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{4}|\d{2})?(?![\w.,]|\.\d)"
                   r"|\d{1,2}月\d{1,2}日|\d{1,2}\s*월\s*\d{1,2}\s*일")
_SIZE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\s?(?:[kmgt]i?b|[kmgt]o|[кмгт]б|bytes?|octets?)\b", re.I)
_DISTANCE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\s?(?:公里|千米|キロ(?:メートル)?|킬로미터|킬로|กม\.|กิโลเมตร|كم|ק\"מ|किमी|米|メートル|미터)")
_VALUES = {"amount": _AMOUNT, "duration": _DURATION, "percent": _PERCENT, "rating": _RATING, "time": _CLOCK, "date": _DATE,
           "size": _SIZE, "distance": _DISTANCE}


def value(kind: str, text: str) -> str | None:
    """The value of ``kind`` in ``text`` as another locale writes it ("12,50 €", "25 Min.", "45 %"); None where none."""
    pattern = _VALUES.get(kind)
    m = pattern.search(text) if pattern else None
    return m.group(0).strip() if m else None
