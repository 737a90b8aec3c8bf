"""A message said unquoted around the word for "that"/"saying", in the languages without the Romance or German shape.

Most languages mark what to write with a word before it ("that": Thai ว่า, Hindi कि, Bengali যে, Chinese 说,
Vietnamese rằng/là, Indonesian bahwa/kalau, Arabic إن/أن, Persian که, Swahili kwamba, Greek ότι, Hebrew ש-,
Tagalog na, Norwegian/Swedish at/att, Finnish että, Estonian et, Hungarian hogy, Romanian că) after a verb of telling, writing, texting or replying and the person; others mark it after it, before
the verb (Japanese って/と, Korean 라고/다고, Turkish diye). The rest of the task after the marker (or the words
before it) is the message, read as 'tell X saying "..."' like the English forms (agents/told_messages.py).
A task with no such verb first ("I think that ..."), one telling the user ("tell me whether ..."), and a message
of one character are left alone. Romance, German and Slavic forms: agents/told_abroad.py.
"""

from __future__ import annotations

import re

_THAI = re.compile(r"^(?:ช่วย|รบกวน)?\s*(?:(?:พิมพ์|บอก|ส่งข้อความ|ส่งไลน์|ส่งแชท|ส่ง|ตอบกลับ|ตอบ|แจ้ง|เขียน|ทัก)\s*)+"
                   r"(?:ไป)?(?:หา|ถึง|ให้|กับ)?\s*(?P<to>\S{0,20}?)\s*(?<!ก)ว่า(?!ง)\s*(?P<m>\S.*?)\s*$")
_HINDI_VERB = (r"(?P<v>बोलो|बोल|कहो|कह|लिखो|लिख|बताओ|बता|भेजो|भेज|मैसेज|मेसेज|जवाब|रिप्लाई|"
               r"bolo|bol|kaho|keh|kah|likho|likh|batao|bata|bhejo|bhej|message|msg|reply|jawab)"
               r"(?:\s+(?:दो|दें|दीजिए|देना|करो|कर\s+दो|करें|कीजिए|do|de|dena|karo|kar\s+do|kardo|karna))?")
_HINDI = re.compile(rf"^(?:(?:(?P<to>\S+(?:\s+\S+)?)\s+(?:को|ko)|(?P<pro>उसे|उन्हें|use|unhe|unhein))\s+)?{_HINDI_VERB}"
                    rf"\s*,?\s+(?:(?:कि|के|ki|ke)\s+|(?=(?:मैं|हम|main|mai|hum)\s))(?P<m>\S.*?)\s*$", re.I)  # "कि" left out before "मैं" (I)
_BENGALI = re.compile(r"^(?P<to>\S+?কে|ওকে|ওদের)\s+(?:বলো|বলে\s+দাও|বলুন|লিখো|লেখো|লিখে\s+দাও|জানাও|জানিয়ে\s+দাও|"
                      r"মেসেজ\s+করো|মেসেজ\s+দাও|পাঠাও)\s+যে\s+(?P<m>\S.*?)\s*$")
_CHINESE = re.compile(r"^(?:请|請|帮我|幫我|麻烦|麻煩)?\s*(?!.*打[电電]话)"
                      r"(?:(?:跟|和|给|給|对|對|向)(?P<to>[^\s，,。说說讲講]{1,6}?)(?:发|發|传|傳)?(?:个|個|条|條|一条|一條|一下)?"
                      r"(?:消息|信息|微信|短信|讯息|訊息|简讯|簡訊)?|(?:告诉|告訴|回复|回覆|通知)(?P<told>[^\s，,。说說]{0,6}?)"
                      r"|(?:发|發|传|傳)(?:个|個|条|條)?(?:消息|信息|微信|短信|讯息|訊息)(?:给|給)(?P<sent>[^\s，,。说說]{1,6}?))"
                      r"\s*(?:说|說|讲|講)(?!明书|明書|明一下)\s*[:：,，]?\s*(?P<m>\S.*?)\s*$")
_VIETNAMESE = re.compile(r"^(?:(?:nhờ|giúp|làm ơn)\s+(?:mình|tôi|em|anh|chị)?\s*)?(?P<v>nhắn(?:\s+tin)?|gửi\s+tin(?:\s+nhắn)?|"
                         r"trả\s+lời|rep|bảo|nói(?:\s+với)?|báo(?!\s+thức)(?:\s+tin)?|viết|chat)(?:\s+(?:cho|với|tới|lại))?"
                         r"(?:\s+(?P<to>\S+(?:\s+\S+){0,2}?))??\s*,?\s+(?:rằng|là)\s+(?P<m>\S.*?)\s*$", re.I)
_MALAY = re.compile(r"^(?:tolong\s+|coba\s+)?(?:bilang(?:in)?|kasih\s+ta(?:h)?u|kabari(?:n)?|kabarin|beritahu(?:kan)?|bagitahu|"
                    r"kirim(?:in|kan)?\s+(?:pesan|chat|wa|sms|teks)|balas(?:in)?|bales(?:in)?|chat(?:in)?|wa(?:in)?|"
                    r"whatsapp(?:in)?|sms(?:in)?|mesej)\s+(?:ke\s+|kepada\s+|pada\s+|sama\s+|ama\s+|untuk\s+)?"
                    r"(?P<to>\S+(?:\s+\S+)?)\s*,?\s+(?:bahwa|bahawa|kalau|kalo|klo)\s+(?P<m>\S.*?)\s*$", re.I)
_ARABIC = re.compile(r"^(?:من\s+فضلك\s+|لو\s+سمحت\s+|ممكن\s+)?(?:قل|قول|قولي|قوله|قولها|قولهم|اكتب|اكتبي|ابعث|ابعثي|ابعت|"
                     r"ابعتي|أرسل|ارسل|ارسلي|رد|ردي|بلغ|بلّغ|أخبر|اخبر|خبر|خبّر|خبري)(?:\s+(?:رسالة|رساله|مسج))?"
                     r"(?:\s+(?P<to>ل\S+|على\s+\S+|علي\S+))?\s*،?\s*(?:إن|إنّ|أن|أنّ|ان|إنه|أنه|انه|إني|أني|اني|إنّي|إننا|أننا|اننا|"
                     r"إنني|أنني|انني|بأن|بان|بأنه|بانه|بأني|باني|بأنني|بانني|بأننا|باننا|إنو|انو|إنها|أنها|انها)\s+(?P<m>\S.*?)\s*$")
_PERSIAN = re.compile(r"^(?:لطفا\s+|لطفاً\s+)?(?:به\s+(?P<to>\S+(?:\s+\S+)?)\s+)?(?:بگو|بگین|بگید|بنویس|بنویسید|پیام\s+بده|"
                      r"پیام\s+بدید|پیامک\s+بده|بفرست|جواب\s+بده|خبر\s+بده|اطلاع\s+بده)\s+(?:که|كه)\s+(?P<m>\S.*?)\s*$")
_SWAHILI = re.compile(r"^(?:tafadhali\s+)?(?:mwambie|waambie|mwandikie|waandikie|mtumie|watumie|mjibu|wajibu)"
                      r"(?:\s+ujumbe)?(?:\s+(?P<to>\S+(?:\s+\S+)?))??\s*,?\s+(?:kwamba|kuwa|ya\s+kwamba)\s+(?P<m>\S.*?)\s*$", re.I)
_GREEK = re.compile(r"^(?:πες|πείτε|γράψε|γράψτε|στείλε|στείλτε|απάντησε|απαντήστε|ενημέρωσε)(?:\s+μήνυμα)?"
                    r"(?:\s+(?P<to>(?:σε|στη|στην|στον|στο|στους|στις)\s+\S+|\S+))??\s*,?\s+(?:ότι|πως)\s+(?P<m>\S.*?)\s*$", re.I)
_HEBREW = re.compile(r"^(?:תגיד|תגידי|תגידו|תכתוב|תכתבי|כתוב|כתבי|תשלח|תשלחי|שלח|שלחי|תענה|תעני|ענה|עני|תודיע|תודיעי)"
                     r"(?:\s+הודעה)?\s+(?P<to>ל\S+)\s+ש(?P<m>\S.*?)\s*$")
_TAGALOG = re.compile(r"^(?:pa)?(?:sabihin|sabihan|i-?text|i-?message|i-?chat|i-?reply|replyan|sagutin)\s+(?:mo\s+)?"
                      r"(?:kay|si|sa|kina)\s+(?P<to>\S+)\s+na\s+(?P<m>\S.*?)\s*$", re.I)
_NORDIC = re.compile(r"^(?:skriv|send|si|sig|säg|skicka|svar|svara|fortell|fortæl|berätta)(?:\s+(?:en\s+)?(?:melding|besked|sms|"
                     r"meddelande))?\s+(?:til|till|åt)\s+(?P<to>[^\s,]+(?:\s+[^\s,]+)?)\s*,?\s+(?:at|att)\s+(?P<m>\S.*?)\s*$", re.I)
# German, Dutch and Slavic with no person, the open chat's: "schreib, dass ...", "напиши, что ...".
_ALONE = re.compile(r"^(?:bitte\s+)?(?:schreib|schreibe|antworte|schrijf|antwoord|napisz|odpisz|napiš|odepiš|напиши|ответь|"
                    r"відпиши|відповідай)\s*,\s*(?:dass|dat|że|že|что|що)\s+(?P<m>\S.*?)\s*$", re.I)
# Finnish että, Estonian et, Hungarian hogy, Romanian că: the person in its case after the verb.
_FINNIC = re.compile(r"^(?:kirjoita|sano|vastaa|kerro|laita\s+viesti|lähetä\s+viesti|ütle|kirjuta|vasta|saada\s+sõnum|írd\s+meg|írj|"
                     r"mondd\s+meg|mondd|üzend\s+meg|válaszold\s+meg|válaszolj|spune-i|scrie-i|trimite-i|răspunde-i|spune|scrie)"
                     r"(?:\s+(?P<to>[^\s,]+(?:\s+[^\s,]+)?))??\s*,?\s+(?:että|et|hogy|că|ca)\s+(?P<m>\S.*?)\s*$", re.I)
# The marker after the message, the verb last.
_JA_PERSON = r"[^、。\s「」]{1,10}?(?:さん|ちゃん|くん|君|様|さま|先生|先輩)|ママ|パパ|母|父|お母さん|お父さん|妻|夫|彼|彼女|みんな"
_JAPANESE = re.compile(rf"^(?:(?P<to>{_JA_PERSON})(?:に|へ)、?\s*)?(?:(?:返信|メッセージ|LINE|ライン|メール)で、?\s*)?(?P<m>[^「」]+?)(?:って|と)、?\s*"
                       r"(?:(?:メッセージ|メール|LINE|ライン|返信|返事|連絡|DM)(?:を|で)?\s*)?(?:送って|送信して|伝えて|言って|"
                       r"返信して|返事して|書いて|打って|入力して|連絡して|メッセージして|LINEして|ラインして)"
                       r"(?:おいて)?(?:ください|下さい|くれ|くれる|くれない|ほしい|ね|よ)?[？?。！!]?$")
_KOREAN = re.compile(r"^(?:(?P<to>\S+?)(?:한테|에게|께|더러)\s+)?(?P<m>\S.*?)(?:(?P<k>[다냐자])고|이?라고)\s+"
                     r"(?:(?:문자|카톡|메시지|메세지|답장|톡|DM)(?:을|를|으로|로)?\s*)?(?:보내|전해|말해|답장해|답해|써|적어|남겨|"
                     r"문자해|카톡해|톡해|입력해)(?:\s*(?:줘|주세요|줄래|줘요|줄래요|주라))?[.!?]?$")
_TURKISH = re.compile(r"^(?:(?P<to>\S+?'(?:y?[ae]|n[ae])|\S+?(?<=[aeıioöuü])m[ae]|ona|onlara|size|sana)\s+)?(?P<m>\S.*?)\s+"
                      r"diye\s+(?:(?:bir\s+)?(?:mesaj|cevap|yanıt|not|sms)\s+)?(?:yaz|gönder|at|söyle|ilet|yolla|yanıtla|cevapla|bildir)"
                      r"\w*(?:\s+(?:misin|mısın|lütfen|ya))?[.!?]?$", re.I)
# "告诉她我晚点到": no 说 when the message is the speaker's own clause, which starts with 我 / 我们 (I, we)
_CHINESE_I = re.compile(r"^(?:请|請|帮我|幫我|麻烦|麻煩)?\s*(?:告诉|告訴|回复|回覆|通知)(?P<told>[^\s，,。说說我]{1,6}?)\s*[,，]?\s*"
                        r"(?P<m>(?:我|咱)\S.*?)\s*$")
_FORMS = (_THAI, _HINDI, _BENGALI, _CHINESE, _CHINESE_I, _VIETNAMESE, _MALAY, _ARABIC, _PERSIAN, _SWAHILI, _GREEK, _HEBREW, _TAGALOG,
          _NORDIC, _ALONE, _FINNIC, _JAPANESE, _KOREAN, _TURKISH)
# The words for "with the message" / "saying" right before the message, in the languages phones ship ("... a Ana
# con el mensaje nos vemos a las 8", "... an Ben mit dem Text bin gleich da", "... 内容是我到家了").
_WITH_TEXT = re.compile(r"^(?P<b>\S.*?)[\s,，]+(?:diciendo|dizendo|en\s+disant|dicendo|con\s+el\s+(?:mensaje|texto)|"
                        r"com\s+a\s+mensagem|com\s+o\s+texto|avec\s+le\s+(?:message|texte)|con\s+il\s+(?:messaggio|testo)|"
                        r"mit\s+dem\s+(?:text|inhalt)|mit\s+der\s+nachricht|met\s+de\s+tekst|met\s+het\s+bericht|"
                        r"с\s+текстом|с\s+сообщением|со\s+словами|з\s+текстом|z\s+tekstem|z\s+wiadomością|o\s+treści|"
                        r"dengan\s+pesan|dengan\s+isi|isinya|isi\s+pesannya|với\s+nội\s+dung|nội\s+dung\s+là|"
                        r"με\s+το\s+μήνυμα|با\s+متن|با\s+پیام|بالرسالة|برسالة|内容是|内容为|內容是|內容為|写着|寫著)"
                        r"\s*[:：]?\s*(?P<m>(?!(?:que|che|dass|что|de|del|da|do|di|du|von|vom|van|от|від|od|dari|của|of)\s)\S.*?)\s*$", re.I)
# Verbs that write into the open chat when no person is said ("लिखो कि ...", "trả lời là ..."); "बताओ कि ..." asks the user.
_WRITING = re.compile(r"^(?:लिख|जवाब|रिप्लाई|मैसेज|मेसेज|likh|reply|jawab|message|msg|nhắn|gửi|trả|rep|viết)", re.I)
# The user as the one told ("tell me whether ..."): a question to answer, nothing to send.
_ME = frozenset("หน่อย ฉัน ผม เรา หนู ดิฉัน मुझे मुझको हमें mujhe mujhko humein আমাকে আমায় 我 我们 我們 tôi mình tao tớ "
                "aku saya gue gw ku لي ليا لنا إلي من ما μου μας לי לנו 私 僕 俺 わたし ぼく 나 저 akin ako bana bize "
                "meg mig mej oss minulle meille mulle meile nekem nekünk mie mi".split())


# A verb of telling, writing or replying first, then its person, then a colon and the message ("escríbele a mamá: ya
# llegué", "напиши маме: я дома", "回复老王：收到"); English colon forms are read by agents/values.py.
_COLON_VERBS = ("escríbele escribele escribe dile responde respóndele contesta contéstale envíale mándale mandale escreve escreva "
                "diga responda écris écris-lui réponds réponds-lui dis-lui scrivi scrivigli rispondi dì digli schreib schreibe "
                "antworte sag напиши напишите ответь скажи відпиши napisz odpisz napiš odepiš skriv svara svar kirjoita vastaa "
                "írj บอก พิมพ์ ตอบ ตอบกลับ लिखो बोलो likho bolo balas balasin bilang bilangin tulis tulisin اكتب قول قل رد بنویس "
                "بگو mwambie mwandikie γράψε πες απάντησε תכתוב תגיד תענה 写 回复 回覆 告诉 告訴").split()
_COLON = re.compile(rf"^(?P<v>{'|'.join(sorted(_COLON_VERBS, key=len, reverse=True))}|írd\s+meg|trả\s+lời|"
                    r"nhắn(?:\s+tin)?(?:\s+cho)?|bilang\s+ke)(?P<to>[^:：]{0,30}?)\s*[:：]\s*(?P<m>[^:：]+?)\s*$", re.I)


def colon(text: str) -> str:
    """``text`` with a message after a verb of telling, its person and a colon said as 'tell X saying "..."'."""
    m = _COLON.match(text.strip())
    if m is None or re.search(r"[\"“”«»„「」]", text) or len(m["m"].replace(" ", "")) < 2:
        return text
    to = re.sub(r"^(?:\s*(?:a|à|al|ao|pra|para|ke|cho|ل|به|σε|στη|στον|στο))?\s+", "", m["to"]).strip()
    return text if to in _ME else f'tell {to or "them"} saying "{m["m"]}"'


def told(text: str) -> str:
    """``text`` with an unquoted message after (or before) its marker said as 'tell X saying "..."'."""
    if re.search(r"[\"“”«»„「」]", text):
        return text
    m = _WITH_TEXT.match(text.strip())
    if m and len(m["m"].replace(" ", "")) >= 2:
        return f'{m["b"]} saying "{m["m"]}"'
    for pattern in _FORMS:
        m = pattern.match(text.strip())
        if not m:
            continue
        found = m.groupdict()
        to = next((found[g] for g in ("to", "pro", "told", "sent") if found.get(g)), "") or ""
        if found.get("v") and not to and not _WRITING.match(found["v"]):
            return text
        if to.strip() in _ME or re.sub(r"^(?:σε|στη|στην|στον|στο)\s+", "", to) in _ME:
            return text
        message = m["m"].strip() + (found.get("k") or "")  # Korean "...했다고": the "다" is the message's
        if len(message.replace(" ", "")) < 2:
            return text
        return f'tell {to.strip() or "them"} saying "{message}"'
    return text
