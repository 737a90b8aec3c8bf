"""On and off said in more of the languages phones ship in, where a word, a particle or unspaced text says it.

``OFF`` and ``ON`` list the imperative and infinitive forms people say to a phone ("ενεργοποίησε",
"укључи", "zapni", "pornește", "washa", "ჩართე") and the words for on and off where a language says them
apart from the verb (Finnish "päälle"/"päältä"). Verbs that also mean "open" and "close" are listed where
phones are commonly told so (Greek "άνοιξε το wifi", Tagalog "buksan"); verbs that also mean "delete"
(Greek "σβήσε", Uzbek "o'chir") are left out. Unaccented typing ("ukljuci", "ανοιξε") meets them through
``bare``. ``particle_state`` reads a verb and its particle side by side (Swedish "slå på", "stäng av",
Hungarian "kapcsold be", "kapcsold ki"); ``unspaced_state`` reads Thai, Lao, Khmer and Burmese, written
without spaces, where Thai "ปิด" (off) is found inside "เปิด" (on) and letter pairs cannot tell them apart.
"""

from __future__ import annotations

import re
import unicodedata

from .text import normalize

OFF = ("απενεργοποίησε απενεργοποιήστε απενεργοποίηση απενεργοποιώ κλείσε κλείστε "
       "isključi isključite isključiti ugasi ugasite ugasiti onemogući onemogućite deaktiviraj deaktivirajte "
       "искључи искључите искључити угаси угасите угасити онемогући онемогућите деактивирај деактивирајте "
       "izklopi izklopite izključi ugasni изключи изключете изключване угасете спри спрете деактивирайте "
       "исклучи исклучете изгаси изгасете вимкни вимкніть вимкнути вимкнення відключи відключіть відключити "
       "деактивуй деактивуйте выключы адключы "
       "vypni vypněte vypnout vypnutí zakaž zakažte zakázat deaktivuj deaktivujte deaktivovat zhasni zhasněte "
       "vypnite vypnúť vypnutie zakáž zakážte zakázať deaktivovať zhasnite "
       "kikapcsol kikapcsolás kikapcsolni kikapcsolva letilt letiltás letiltása deaktiváld deaktiválja inaktiváld "
       "oprește opreşte opriți opriţi oprire dezactivează dezactivaţi dezactivați dezactivare stinge stingeți "
       "inaktivera avaktivera deaktivera släck sluk slukk slukke deaktiver deaktivér "
       "sammuta sammuttaa päältä käytöstä deaktivoi "
       "כבה תכבה כבי לכבות השבת תשבית השבתה כיבוי "
       "বন্ধ নিষ্ক্রিয় অফ "
       "அணை அணைக்கவும் முடக்கு முடக்கவும் ஆஃப் ఆఫ్ ఆపివేయి ఆపివేయండి నిలిపివేయి "
       "ऑफ बन्द निष्क्रिय अक्षम آف غیرفعال بند අක්‍රිය ක්‍රියාවිරහිත "
       "zima zimisha lemaza አጥፋ አጥፊ አሰናክል өшір өшіріңіз ажырат "
       "გამორთე გამორთეთ გამორთვა გათიშე გათიშეთ անջատիր անջատեք անջատել унтраа унтраах идэвхгүй "
       "patayin i-off isara i-disable nyahaktifkan nyahdayakan")
ON = ("ενεργοποίησε ενεργοποιήστε ενεργοποίηση άνοιξε ανοίξτε άναψε ανάψτε "
      "uključi uključite uključiti upali upalite omogući omogućite aktiviraj aktivirajte "
      "укључи укључите укључити упали упалите омогући омогућите активирај активирајте "
      "vklopi vklopite vključi prižgi включете включване пусни пуснете светни светнете активирайте "
      "вклучи вклучете увімкни увімкніть увімкнути ввімкни ввімкніть ввімкнути активуй активуйте уключы "
      "zapni zapněte zapnout zapnutí povol povolte povolit aktivuj aktivujte aktivovat rozsviť rozsviťte "
      "zapnite zapnúť zapnutie povoľ povoľte povoliť aktivovať rozsvieť "
      "bekapcsol bekapcsolás bekapcsolni bekapcsolva engedélyezd engedélyezze engedélyez aktiváld aktiválja "
      "pornește porneşte porniți porniţi pornire activează activaţi activați activare aprinde aprindeți "
      "aktivera tänd tænd tenn aktiver aktivér päälle käyttöön aktivoi "
      "הפעל תפעיל תפעילי להפעיל הדלק תדליק להדליק הפעלה "
      "চালু সক্রিয় இயக்கு இயக்கவும் ஆன் செயல்படுத்து செயல்படுத்தவும் ఆన్ ప్రారంభించు ప్రారంభించండి "
      "ऑन सक्रिय सक्षम सुरू चालु چالو සක්‍රිය ක්‍රියාත්මක "
      "washa wezesha አብራ አብሪ አንቃ қос қосыңыз қосу yoqing yoqish faollashtiring faollashtirish "
      "ჩართე ჩართეთ ჩართვა გააქტიურე միացրու միացրեք միացնել ակտիվացրու асаа асаах идэвхжүүл "
      "buksan i-on paganahin i-enable dayakan")

# Settings' names in these languages -> the English words an English screen shows (agents/switch_states.py).
SETTING_NAMES = (
    ("πτήσης αεροπλάνου aviona авиона zrakoplovu zrakoplova letalo самолет самолёт самолетен авион польоту літака "
     "letadlo letadla lietadlo lietadla repülőgép repülő avionului flygplansläge flygläge flytilstand flymodus "
     "lentokonetila טיסה বিমান விமானப் విమానం विमान ہوائی ගුවන් ndege አውሮፕላን ұшақ parvoz ფრენის ավիառեժիմ "
     "нислэгийн eroplano pesawat เครื่องบิน យន្តហោះ လေယာဉ်", "airplane flight"),
    ("σκοτεινό σκοτεινή σκοτεινού σκούρο σκούρα tamni tamna tamnu тамни тамна тамну тъмен тъмна тъмния тъмната "
     "темна темний темну темної темная тёмная темную тёмную темный тёмный темного тёмного tmavý tmavá tmavou tmavé "
     "tmavého tmavú sötét întunecat întunecată mörkt mörk mörkläge mørk mørkt mørke mørkmodus tumma tumman כהה "
     "গাঢ় இருண்ட அடர் ముదురు गडद गहरे تاریک ڈارک අඳුරු ጨለማ қараңғы მუქი մուգ харанхуй madilim gelap "
     "มืด ងងឹត အမှောင်", "dark"),
    ("τοποθεσία τοποθεσίας lokacija lokaciju lokacije локација локацију локације местоположение местоположението "
     "місцезнаходження геолокація геолокацію геолокації геолокация геолокацию poloha polohu polohy "
     "helymeghatározás helymeghatározást helyadatok helyadatokat locație locația locatie locatia localizare "
     "platstjänster placering posisjon plassering sijainti sijainnin מיקום অবস্থান லொகேஷன் இருப்பிடம் "
     "இருப்பிடத்தை స్థానం लोकेशन مقام مکان لوکیشن ස්ථානය орналасу joylashuv მდებარეობა տեղորոշում "
     "байршил lokasyon lokasi ตำแหน่ง ទីតាំង တည်နေရာ", "location"),
    ("хотспот yhteyspiste surfzon liputan हॉटस्पॉट হটস্পট ஹாட்ஸ்பாட் హాట్‌స్పాట్ اسپاٹ اسپات הוטספוט "
     "ฮอตสปอต", "hotspot tethering"),
    ("φακός φακό φακού фенерче фенерчето лампата лампичката baterijska baterijsku ліхтарик ліхтарика svítilna "
     "svítilnu baterka baterku zseblámpa zseblámpát elemlámpa elemlámpát lanternă ficklampa ficklampan "
     "lommelygte lommelygten lommelykt lommelykten taskulamppu taskulampun פנס הפנס টর্চ டார்ச் टॉर्च ٹارچ "
     "چراغ‌قوه tochi ფანარი ფანარს լապտեր suluh senter ไฟฉาย ពិល ဓာတ်မီး", "flashlight torch"),
    ("mobildata mobiilidata mobiladat mobilinternet mobilní mobilné mobilni mobilne κινητής мобилни мобилните "
     "мобильные мобільні мобільний মোবাইল மொபைல் మొబైల్ मोबाइल موبائل موبایل ජංගම seluler selular მობილური "
     "բջջային мобайл", "mobile cellular"),
    ("δεδομένα δεδομένων podaci podatke подаци податке данни данните дані даних данные veri נתונים ডেটা "
     "டேட்டா డేటా डेटा ڈیٹا دیتا", "data"),
    ("μπαταρίας μπαταρία baterije baterija батерије батерия батерията батареї батарея батареи baterie batérie "
     "akkumulátor akkumulátort akku akun baterii bateriei batteri batteriet סוללה הסוללה ব্যাটারি பேட்டரி "
     "బ్యాటరీ बैटरी बॅटरी ब्याट्री بیٹری باتری බැටරි betri batareya ბატარეის մարտկոցի baterya "
     "bateri baterai batería batterie bateria แบตเตอรี่", "battery"),
    ("εξοικονόμηση εξοικονόμησης уштеда ušteda štednja пестене заощадження енергозбереження энергосбережение "
     "энергосбережения spořič úspora šetrič energiatakarékos takarékos economisire economizor strømsparing "
     "virransäästö חיסכון সাশ্রয় சேமிப்பான் ఆదా बचत بچت ඉතිරි kiokoa үнемдеу tejash დაზოგვა խնայում "
     "хэмнэлт pagtitipid penjimat penghemat ahorro économiseur risparmio ประหยัด", "saver saving"),
    ("batterisparläge energisparläge batterisparing batterisparefunktion virransäästötila energiesparmodus "
     "stromsparmodus", "battery saver saving"),
    ("ενοχλείτε uznemiravaj uznemiravati ometaj ometati узнемиравај безпокойте турбувати беспокоить nerušit "
     "nerušiť zavarjanak deranjați deranjati stör forstyr forstyrr häiritse להפריע বিরক্ত தொந்தரவு परेशान "
     "مزاحم බාධා мазаламау შემაწუხოთ անհանգստացնել istorbohin ganggu รบกวน", "disturb dnd"),
)

# A verb (by how its forms start) and the particle that stands right after it: Swedish, Norwegian, Danish, Hungarian.
_PARTICLES = (
    ("slå sätt sett skru", "på", True), ("slå stäng steng skru", "av", False), ("slå", "till til", True),
    ("slå", "ifrån fra", False), ("kapcsol", "be", True), ("kapcsol", "ki", False), ("tilt", "le", False),
)
_TOKEN = re.compile(r"[^\W\d_]+")

# Scripts without spaces: the word for on, the word for off (not when it stands inside the word for on).
_UNSPACED = (
    (re.compile("เปิด"), re.compile("(?<!เ)ปิด")),  # Thai
    (re.compile("ເປີດ"), re.compile("(?<!ເ)ປິດ")),  # Lao
    (re.compile("បើក"), re.compile("បិទ")),  # Khmer
    (re.compile("ဖွင့်"), re.compile("ပိတ်")),  # Burmese
)


def bare(word: str) -> str:
    """A Latin, Greek or Cyrillic word without its accents ("isključi" -> "iskljuci", "άνοιξε" -> "ανοιξε");
    other scripts' vowel signs stay (they are letters there)."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not "\u0300" <= c <= "\u036f")


# Object pronouns Arabic and Persian write onto a verb ("it", "them"), longest first.
_OBJECTS = ("شون", "شان", "ها", "هم", "ش", "ه")
_ARABIC = re.compile(r"^[\u0600-\u06ff]+$")


def without_object(keys: set[str]) -> set[str]:
    """The on/off verbs of Arabic-script words with an object pronoun on them ("روشنش" -> "روشن")."""
    said = set(ON.split()) | set(OFF.split()) | _ARABIC_STATES
    return {k[:-len(o)] for k in keys if _ARABIC.match(k) for o in _OBJECTS
            if k.endswith(o) and len(k) - len(o) >= 3 and k[:-len(o)] in said}


_ARABIC_STATES = frozenset("روشن خاموش شغل شغّل فعل فعّل اطفئ أطفئ أوقف عطل عطّل".split())


def _particles(task: str) -> list[tuple[str, str, bool]]:
    """(verb, particle, state) of each verb said with the particle right after it ("slå på": True)."""
    tokens = _TOKEN.findall(normalize(task))
    return [(verb, particle, state) for verb, particle in zip(tokens, tokens[1:]) for stems, particles, state in _PARTICLES
            if particle in particles.split() and verb.startswith(tuple(stems.split()))]


def particle_state(task: str) -> bool | None:
    """False for "stäng av wifi" / "kapcsold ki a wifit", True for "slå på" / "kapcsold be"; None otherwise."""
    found = {state for _, _, state in _particles(task)}
    return False if False in found else True if found else None


def particle_words(task: str) -> set[str]:
    """The verb and particle that say the state ("slå", "på" in "slå på väckarklockan"): no words of the thing."""
    return {w for verb, particle, _ in _particles(task) for w in (verb, particle)}


# Chinese says the state with one letter too: 开 (開) on, 关 (關) off, where it stands as the verb: first in its clause
# after the polite lead-ins ("开飞行模式", "帮我关蓝牙"), before 一下 ("开一下热点"), or after its object brought
# forward by 把 ("把蓝牙关了"). Words that only start with that letter are other words, not the verb: the
# compounds of 开 and 关 in common use (开始 start, 开车 drive, 开心 happy, 关注 follow, 关于 about, 关系 ...), and
# 开关 (a switch, the noun). 打开, 开启, 关闭 and 关掉 are whole words read with the others; the one letter is read only
# where the task names a setting (agents/switch_states.py ``separable_state``): "开微信" opens an app.
_HAN_ON, _HAN_OFF = "开開", "关關"
_HAN_NOT_ON = "始车車会會心发發关關玩学學业業票户戶除口头頭销銷支展张張拓工刀花饭飯价價课課朗幕辟创創采採盘盤局设設锁鎖场場外"
_HAN_NOT_OFF = "注于於心系係键鍵联聯怀懷照卡税稅节節爱愛切头頭口押闭閉掉上"
_HAN_LEAD = r"(?:^|[，,。！!？?；;、\s])(?:请|請|帮我|幫我|给我|給我|替我|麻烦|麻煩|你|您|快|能不能|可不可以|可以|能|帮忙|幫忙|再|先|马上|馬上|现在|現在)*"
_HAN_VERB = {state: re.compile(
    rf"{_HAN_LEAD}(?<![打开開])[{letters}](?![{not_after}])|(?<![打开開])[{letters}](?![{not_after}])一下"
    rf"|[把将將].{{1,16}}?(?<![打开開])[{letters}](?:了|掉|上|起来|起來|吧|一下|$)") for state, letters, not_after in (
        (True, _HAN_ON, _HAN_NOT_ON), (False, _HAN_OFF, _HAN_NOT_OFF))}


def unspaced_state(task: str) -> bool | None:
    """False for Thai "ปิดบลูทูธ", True for "เปิดบลูทูธ" (and the Lao, Khmer and Burmese words); None otherwise."""
    text = normalize(task)
    found = {state for on, off in _UNSPACED for pattern, state in ((off, False), (on, True)) if pattern.search(text)}
    return False if False in found else True if found else None


def han_state(task: str) -> bool | None:
    """True for Chinese "开飞行模式", False for "关蓝牙" (the one-letter verbs); None otherwise."""
    text = normalize(task)
    found = {state for state, pattern in _HAN_VERB.items() if pattern.search(text)}
    return False if False in found else True if found else None


__all__ = ["OFF", "ON", "SETTING_NAMES", "bare", "han_state", "particle_state", "particle_words", "unspaced_state", "without_object"]
