"""Writing a new message starts at the app's compose control, in any language.

Mail, chat and social apps open a new message or post from one control, usually a floating button
known only by its description: "Compose", "New message", "Σύνταξη", "Redactar", "Nouveau message",
"Написать", "作成", "撰写", "작성". A task that asks to write a new mail, message or post ("γράψε ένα
καινούργιο μέιλ", "escribe un correo a Ana", "メールを書いて", "draft an email") names it by its verb
and its noun, which the control's label rarely repeats. Asking to write INTO something that exists
("write milk in the shopping note") or to reply is no new message. Texting a phone number that no row of the
list shows ("send an sms to 0812 555 0199, it's not saved") starts a new conversation there too: the "Start chat"
or "New chat" button.
"""

from __future__ import annotations

import re
from typing import Any

from ..unitext import NO_SPACES
from .perceptor import Screen
from .text import normalize

# Verbs of writing a new text, then nouns of a message, mail or post (imperatives as people type them).
_WRITE = ("write", "compose", "draft", "start", "γράψε", "γράψτε", "γράφω", "σύνταξε", "escribe", "escribir", "redacta",
          "escreve", "escreva", "escrever", "écris", "écrire", "rédige", "schreib", "schreibe", "verfasse", "scrivi",
          "scrivere", "schrijf", "napisz", "напиши", "написать", "напишите", "yaz", "tulis", "buat", "viết", "soạn",
          "اكتب", "כתוב", "תכתוב", "תכתבי", "लिखो", "लिखें", "書いて", "書く", "作成", "写", "寫", "撰写", "써", "작성")
_NOUNS = ("email", "e-mail", "mail", "message", "post", "tweet", "μέιλ", "μειλ", "email", "μήνυμα", "correo", "mensaje",
          "mensagem", "courriel", "nachricht", "messaggio", "bericht", "wiadomość", "письмо", "сообщение", "пост",
          "e-posta", "mesaj", "pesan", "thư", "tin nhắn", "رسالة", "ايميل", "إيميل", "בריד", "מייל", "הודעה", "ईमेल",
          "मेल", "मैसेज", "संदेश", "メール", "メッセージ", "投稿", "邮件", "郵件", "消息", "訊息", "信", "메일", "메시지",
          "게시물", "이메일")
# Labels of the compose control.
_CONTROLS = ("compose", "new message", "new email", "new mail", "new post", "write", "create post", "σύνταξη",
             "νέο μήνυμα", "redactar", "nuevo mensaje", "escrever", "nova mensagem", "nouveau message", "rédiger",
             "écrire", "schreiben", "verfassen", "neue nachricht", "scrivi", "nuovo messaggio", "opstellen",
             "nieuw bericht", "napisz", "nowa wiadomość", "написать", "новое сообщение", "новое письмо", "oluştur",
             "yeni ileti", "yeni mesaj", "tulis", "pesan baru", "soạn thư", "soạn", "tin nhắn mới", "إنشاء",
             "رسالة جديدة", "כתיבה", "הודעה חדשה", "लिखें", "नया संदेश", "作成", "新規メッセージ", "メールを作成", "撰写",
             "写邮件", "寫郵件", "新邮件", "新訊息", "작성", "메일 쓰기", "새 메시지", "편지쓰기",
             "start chat", "new chat", "new conversation", "iniciar chat", "nuevo chat", "iniciar conversa", "nova conversa",
             "démarrer une discussion", "nouvelle discussion", "chat starten", "neuer chat", "avvia chat", "nuova chat",
             "nieuwe chat", "nowy czat", "начать чат", "новый чат", "почати чат", "новий чат", "sohbet başlat",
             "yeni sohbet", "mulai chat", "chat baru", "trò chuyện mới", "bắt đầu chat", "بدء محادثة",
             "محادثة جديدة", "شروع گفتگو", "گفتگوی جدید", "התחלת צ'אט", "צ'אט חדש", "चैट शुरू करें", "नई चैट",
             "চ্যাট শুরু করুন", "নতুন চ্যাট", "チャットを開始", "新しいチャット", "开始聊天", "發起聊天", "新聊天",
             "채팅 시작", "새 채팅", "เริ่มแชท", "แชทใหม่")
_REPLY = re.compile(r"(?<!\w)(?:reply|respond|answer|forward|responde|antworte|réponds|ответь|回复|返信|답장)", re.I)
_BOOST = 2.0
_ABOVE = 0.5  # a new number's compose control above the rows
# A phone number as people type it (7 digits or more, spaced, dashed or bracketed), and the nouns of a text to it.
_NUMBER = re.compile(r"\+?\d[\d\s\-().]{5,}\d")
_SHORTEST_NUMBER = 7
_TEXTS = ("sms", "text", "message", "mensaje", "mensagem", "nachricht", "сообщение", "смс", "mesaj", "pesan",
          "tin nhắn", "رسالة", "پیام", "הודעה", "संदेश", "মেসেজ", "メッセージ", "ショートメール", "短信", "簡訊", "문자",
          "메시지", "ข้อความ", "ข้อความสั้น")
# "post something saying good morning", "tweet that I'm running late": a new post by its verb alone
_POST_SAYING = re.compile(r"^(?:please\s+)?(?:post|tweet|toot|skeet)\s+(?:(?:something|a\s+\w+)\s+)?(?:saying|that)\b")


def _has(text: str, phrase: str) -> bool:
    if NO_SPACES.search(phrase):
        return phrase in text
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def asks_new_text(task: str) -> bool:
    """The task asks to write a new mail, message or post (a writing verb and such a noun, no reply)."""
    said = normalize(task)
    return not _REPLY.search(said) and (any(_has(said, v) for v in _WRITE) and any(_has(said, n) for n in _NOUNS)
                                        or bool(_POST_SAYING.match(said)))


def is_compose(label: str) -> bool:
    """A compose control: its label, three words or fewer, is one of the names above."""
    text = normalize(label)
    return 0 < len(text.split()) <= 3 and "|" not in text and any(_has(text, c) for c in _CONTROLS)


def texts_new_number(task: str, screen: Screen) -> bool:
    """The task texts a phone number ("sms", "message" said) whose digits no line of the screen shows."""
    said = normalize(task)
    if not any(_has(said, noun) for noun in _TEXTS):
        return False
    shown = {re.sub(r"\D", "", line) for line in (*screen.lines, *screen.labels.values())}
    for match in _NUMBER.finditer(task):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) >= _SHORTEST_NUMBER and not any(digits[-_SHORTEST_NUMBER:] in line for line in shown):
            return True
    return False


def adjust(out: list[Any], task: str, screen: Screen) -> None:
    """Credit the compose control (in place) when the task asks to write something new."""
    new_number = not screen.dialog and texts_new_number(task, screen)  # no row is the recipient: the list gives way
    if not new_number and not asks_new_text(task):
        return
    top = max((c.score for c in out), default=0.0)
    for candidate in out:
        element = candidate.action.get("element")
        if candidate.action.get("kind") == "tap" and is_compose(screen.labels.get(element, "")) \
                and element not in screen.borrowed:
            candidate.score = max(candidate.score + _BOOST, top + _ABOVE if new_number else 0.0)
