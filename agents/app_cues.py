"""Words of a task that need a kind of app, in the languages phones ship in besides English.

"llama a Ana", "ruf Anna an", "给妈妈打电话", "позвони маме" need the phone app as "call Ana" does;
"pon una alarma", "Wecker stellen", "设置闹钟" the clock. Keyed by the first app word of each of
``app_choice.CATEGORIES`` (the English words stay there). Words that are also common English
words ("not", "bel"...) or mean two things in one language (Portuguese "ligar": call, switch on)
are left out. A word of several syllables is written joined by "_" ("cài_đặt", settings): it counts only said
whole, one of its syllables being another word ("đặt": set, book; agents/whole_words.py).
"""

from __future__ import annotations

import re

OTHER_LANGUAGES: dict[str, str] = {
    "settings": "ajustes configuración paramètres réglages einstellungen impostazioni configurações ustawienia "
                "instellingen pengaturan cài_đặt ayarlar настройки 设置 設定 설정 الإعدادات सेटिंग्स",
    "dialer": "llama llamar llámame llamada ruf rufe anrufen anruf appelle appeler appel chiama chiamare chiamata "
              "zadzwoń zadzwon zadzwonić telepon gọi позвони позвонить звонок 打电话 電話 전화 اتصل कॉल फ़ोन",
    "messaging": "escríbele escribele escríbale mensaje mensajes nachricht nachrichten messaggio messaggi mensagem mensagens wiadomość wiadomosc "
                 "bericht pesan nhắn mesaj сообщение сообщения смс 短信 消息 メッセージ 메시지 문자 رسالة संदेश",
    "contacts": "contacto contactos kontakt kontakte contatto contatti contato contatos kontak danh_bạ kişi контакт "
                "контакты 联系人 連絡先 연락처 جهة",
    "clock": "alarma despertador temporizador cronómetro wecker réveil minuteur chronomètre sveglia cronometro alarme "
             "budzik minutnik wekker báo_thức будильник таймер секундомер 闹钟 鬧鐘 计时器 アラーム タイマー 알람 "
             "타이머 منبه अलार्म",
    "calendar": "evento eventos cita reunión termin besprechung événement rendez-vous réunion appuntamento riunione "
                "compromisso reunião spotkanie wydarzenie afspraak acara rapat sự_kiện cuộc_họp etkinlik toplantı "
                "событие встреча 日程 会议 予定 会議 일정 회의 موعد اجتماع बैठक",
    "mail": "correo courriel e-mail почту почта письмо 邮件 メール 메일 بريد ईमेल",
    "maps": "restaurante restaurantes navegar ruta itinéraire navigation navigiere route indicazioni rota trasa rute "
            "chỉ_đường yol_tarifi маршрут ресторан кафе 导航 路线 餐厅 ルート 道順 レストラン 길찾기 식당 맛집 مطعم "
            "रेस्टोरेंट",
    "camera": "foto fotos bild bilder immagine immagini imagem zdjęcie zdjęcia gambar ảnh fotoğraf фото фотографию "
              "фотографии 照片 相片 图片 写真 画像 사진 صورة صور फोटो तस्वीर cámara kamera caméra câmera",
    "chrome": "navegador página sitio webseite navigateur przeglądarka trình_duyệt tarayıcı сайт браузер 网页 网站 "
              "浏览器 サイト ウェブ 웹 사이트 موقع वेबसाइट",
    "files": "archivo archivos datei dateien fichier fichiers arquivo plik bestand berkas tệp dosya файл 文件 ファイル "
             "파일 ملف फ़ाइल",
    "reminder": "recuérdame recuerdame recordarme recordatorio recordatorios rappelle-moi rappel rappels ricordami promemoria "
                "lembra-me lembre-me lembrete lembretes erinnere erinnerung erinnerungen 提醒 リマインダー 리마인더",
    "notes": "nota notas notiz notizen appunto appunti notatka notitie catatan ghi_chú заметка заметку заметки 笔记 "
             "备忘录 便签 メモ 메모 ملاحظة नोट",
    "shop": "comprar kaufen acheter comprare kupić kopen beli mua satın купить 购买 買う 購入 구매 شراء खरीद carrito "
            "warenkorb panier carrello koszyk winkelwagen keranjang giỏ sepet корзина 购物车 カート 장바구니",
}


# An English cue that is another word in a language its letters tell (Vietnamese "pin" is a battery, no pinned chat):
# in a task written in that language, the cue reads as its gloss.
_IN_LANGUAGE: tuple[tuple[re.Pattern[str], dict[str, str]], ...] = (
    (re.compile("[ăđơư\u1ea0-\u1ef9]", re.I), {"pin": "battery"}),  # Vietnamese
)


def glossed(task_words: set[str], task: str) -> set[str]:
    """``task_words`` with the cues that mean another thing in the task's language read as that thing."""
    for letters, glosses in _IN_LANGUAGE:
        if task and task_words & glosses.keys() and letters.search(task):
            task_words = {glosses.get(w, w) for w in task_words}
    return task_words


def other_languages(first_app_word: str) -> str:
    """The task words in other languages for the category whose app words start with ``first_app_word``."""
    return OTHER_LANGUAGES.get(first_app_word, "")


__all__ = ["OTHER_LANGUAGES", "glossed", "other_languages"]
