"""A message said unquoted around the word for "that"/"saying" in many languages (agents/said_that.py): the
message is read out and typed into an invented chat's field; a "that" clause that is no message is left alone."""

from __future__ import annotations

from screens_made import made_screen

from cascadroid.agents.candidates import rank
from cascadroid.agents.said_that import told


def test_a_marker_before_the_message_gives_the_rest_of_the_task() -> None:
    assert told("ตอบกลับพี่ต้นว่า เดี๋ยวโทรกลับนะ") == 'tell พี่ต้น saying "เดี๋ยวโทรกลับนะ"'
    assert told("दीदी को लिख दो कि मैं रास्ते में हूँ") == 'tell दीदी saying "मैं रास्ते में हूँ"'
    assert told("bhaiya ko message karo ki train late hai") == 'tell bhaiya saying "train late hai"'
    assert told("给小李发个微信说明天见") == 'tell 小李 saying "明天见"'
    assert told("回复王老师说收到了") == 'tell 王老师 saying "收到了"'
    assert told("nhắn cho chị Hoa là em tới rồi") == 'tell chị Hoa saying "em tới rồi"'
    assert told("kabarin Dodi kalau rapatnya batal") == 'tell Dodi saying "rapatnya batal"'
    assert told("ابعت لخالد إني في الطريق") == 'tell لخالد saying "في الطريق"'
    assert told("به سارا پیام بده که دیر میام") == 'tell سارا saying "دیر میام"'
    assert told("mwandikie Juma kwamba nitachelewa kidogo") == 'tell Juma saying "nitachelewa kidogo"'
    assert told("γράψε στον Νίκο ότι αργώ λίγο") == 'tell στον Νίκο saying "αργώ λίγο"'


def test_nordic_finnic_hungarian_and_romanian_markers_and_reply_verbs_elsewhere() -> None:
    from cascadroid.agents.told_abroad import told as told_abroad
    assert told("svara till Nils att jag är på väg") == 'tell Nils saying "jag är på väg"'
    assert told("vastaa Villelle, että olen tulossa") == 'tell Villelle saying "olen tulossa"'
    assert told("válaszolj Zsófinak, hogy mindjárt ott vagyok") == 'tell Zsófinak saying "mindjárt ott vagyok"'
    assert told("scrie-i lui Radu că întârzii puțin") == 'tell lui Radu saying "întârzii puțin"'
    assert told_abroad("contesta a Nerea que ya salgo") == 'tell Nerea saying "ya salgo"'
    assert told_abroad("envoyez-leur que la réunion commence") == 'tell them saying "la réunion commence"'
    assert told_abroad("ответь Глебу, что встреча в силе") == 'tell Глебу saying "встреча в силе"'
    assert told_abroad("manda uma mensagem pro Caio dizendo que já saí") == 'tell Caio saying "já saí"'
    for task in ("vastaa minulle, että onko auki", "mondd meg nekem, hogy mikor", "je crois que oui", "responde que sí"):
        assert told_abroad(task) == task, task


def test_with_no_person_a_writing_verb_writes_into_the_open_chat() -> None:
    from cascadroid.agents.told_messages import told as told_english
    assert told("schreibe, dass der Zug Verspätung hat") == 'tell them saying "der Zug Verspätung hat"'
    assert told("odpisz, że wszystko gra") == 'tell them saying "wszystko gra"'
    assert told("जवाब दो कि मैं मीटिंग में हूँ") == 'tell them saying "मैं मीटिंग में हूँ"'
    assert told("trả lời là mình bận rồi") == 'tell them saying "mình bận rồi"'
    assert told("メッセージで了解ですって返信して") == 'tell them saying "了解です"'
    assert told_english("reply that we're parking now") == 'reply saying "we\'re parking now"'
    assert told_english("write back that the gate code changed") == 'write saying "the gate code changed"'
    for task in ("बताओ कि कल छुट्टी है क्या", "bảo là mai nghỉ", "скажи, что ты думаешь"):
        assert told(task) == task, task  # a question for the user, or no verb of writing
    for task in ("write that down", "answer that call", "reply that message", "I think that we are late"):
        assert told_english(task) == task, task


def test_a_colon_after_a_verb_of_telling_and_its_person_gives_the_message() -> None:
    from cascadroid.agents.said_that import colon
    assert colon("contéstale a Nerea: ya salgo") == 'tell Nerea saying "ya salgo"'
    assert colon("odpisz Oli: będę o ósmej") == 'tell Oli saying "będę o ósmej"'
    assert colon("ตอบกลับพี่ต้น: เดี๋ยวโทรกลับ") == 'tell พี่ต้น saying "เดี๋ยวโทรกลับ"'
    assert colon("回复小李：明天见") == 'tell 小李 saying "明天见"'
    for task in ("πες μου: τι ώρα κλείνει", "alarm: 7:30", 'escríbele a Nerea: "ya salgo"', "Wi-Fi: off", "dile a Ana: ?"):
        assert colon(task) == task, task


def test_the_words_for_with_the_message_give_the_rest_of_the_task() -> None:
    assert told("mándale a Nerea un whatsapp con el mensaje ya salgo") == 'mándale a Nerea un whatsapp saying "ya salgo"'
    assert told("schick Jonas eine SMS mit dem Text komme später") == 'schick Jonas eine SMS saying "komme später"'
    assert told("发微信给小李，内容是明天见") == '发微信给小李 saying "明天见"'
    assert told("kirim pesan ke Dodi isinya rapat batal") == 'kirim pesan ke Dodi saying "rapat batal"'
    for task in ("responde al correo con el mensaje de Nerea", "abre el chat con el mensaje", "lee el correo con el texto"):
        assert told(task) == task, task  # whose message it is, or no message at all


def test_a_marker_after_the_message_gives_the_words_before_it() -> None:
    assert told("田中さんに少し遅れるって伝えて") == 'tell 田中さん saying "少し遅れる"'
    assert told("会議室に着いたと返信して") == 'tell them saying "会議室に着いた"'  # 会議室 is no person: kept
    assert told("민수한테 지금 출발했다고 카톡 보내줘") == 'tell 민수 saying "지금 출발했다"'
    assert told("hocama yarın gelemiyorum diye mesaj at") == 'tell hocama saying "yarın gelemiyorum"'


def test_must_not_fire_on_a_reason_a_question_to_the_user_or_no_verb_of_telling() -> None:
    for task in ("ฉันคิดว่าพรุ่งนี้ฝนจะตก", "บอกหน่อยว่าร้านปิดกี่โมง", "मुझे बताओ कि कल छुट्टी है क्या",
                 "मुझे लगता है कि बारिश होगी", "跟我说说明天的天气", "他说明天不来", "tôi nghĩ là mai trời mưa",
                 "nhắn tôi là xong chưa", "قل لي إن كان المطعم مفتوح", "فکر می‌کنم که دیر شده",
                 "明日は雨だと思う", "牛乳と卵を送って", "내일 비가 온다고 했어", "kar yağacak diye mont aldım",
                 "I think that the alarm is wrong", "πες μου ότι"):
        assert told(task) == task, task


def _chat(person: str) -> object:
    rows = [("ImageButton", "Back"), ("TextView", "Search"), ("TextView", f"{person} | 12:01"), ("TextView", "ok | 12:03"),
            ("ImageButton", "Call")]
    return made_screen("org.example.chatter", person, rows, {"message input": "Aa"})


def test_the_message_is_typed_into_the_open_chat_not_its_persons_row() -> None:
    for task, message in (("ตอบกลับพี่ต้นว่า เดี๋ยวโทรกลับนะ", "เดี๋ยวโทรกลับนะ"),
                          ("跟他说我快到了", "我快到了"),
                          ("민수한테 지금 출발했다고 카톡 보내줘", "지금 출발했다")):
        action = rank(task, "", _chat("พี่ต้น"), [], [])[0].action
        assert action == {"kind": "type", "element": 10, "text": message}, task
