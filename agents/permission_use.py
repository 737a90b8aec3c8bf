"""Whether the task has a use for what a runtime permission request asks for.

Android's permission controller asks for one kind of thing at a time: the photos and videos, the contacts, the
location, the microphone, the camera, the phone, the calendar, the messages, the files, nearby devices, to send
notifications. A task that works with that kind of thing ("send the last beach photo to Mum" under "Allow Chatter to
access photos and videos?", "ส่งรูป..." under "...เข้าถึงรูปภาพ...") raised the request and is served by granting it; a
task with no use for it ("what's the weather tomorrow" under "Allow Chatterly to access your contacts?") grants
nothing it does not need. Each kind is known by its usual words in the languages phones ship, matched alike in the
request and in the task (a word's start in spaced scripts, anywhere in unspaced ones).
"""

from __future__ import annotations

import re

from .dialog_roles import norm

_KINDS = {
    "media": r"photo|picture|pic|image|video|gallery|media|album|music|audio|song|foto|bild|imagen|imagem|immagin|"
             r"galer|фото|видео|изображен|사진|이미지|동영상|갤러리|写真|画像|動画|照片|图片|相片|视频|รูป|วิดีโอ|ภาพ",
    "contacts": r"contact|address book|kontakt|contatt|contato|контакт|연락처|連絡先|联系人|通讯录|รายชื่อ",
    "location": r"location|where|nearby|near me|map|direction|navigat|ubicaci|standort|localisation|localiza|posizion|"
                r"местоположен|геолокац|рядом|поблизости|위치|근처|주변|位置|附近|周边|周辺|近く|ตำแหน่ง|ใกล้",
    "microphone": r"microphone|mic|record|voice|audio|dictat|mikrofon|micr[oó]fono|grab|aufn|enregistr|grav|registr|"
                  r"микрофон|запис|마이크|녹음|マイク|録音|麦克风|录音|ไมโครโฟน|บันทึกเสียง",
    "camera": r"camera|photo|picture|selfie|scan|qr|video|kamera|c[aá]mara|câmera|fotocamera|камер|카메라|촬영|カメラ|"
              r"撮影|相机|拍|กล้อง|ถ่าย",
    "phone": r"call|dial|phone|llam|anruf|appel|ligar|chiam|звон|вызов|전화|通話|電話|电话|โทร",
    "calendar": r"calendar|event|meeting|appointment|kalender|calendari|calendrier|календар|캘린더|일정|カレンダー|日历|"
                r"ปฏิทิน",
    "sms": r"sms|text message|mensaje|nachricht|sms|сообщен|문자|メッセージ|短信|ข้อความ",
    "files": r"file|document|download|pdf|archiv|datei|fichier|arquivo|файл|파일|ファイル|文件|ไฟล์",
    "nearby": r"bluetooth|nearby device|pair|headphone|earbud|speaker|watch|블루투스|ブルートゥース|蓝牙|บลูทูธ",
    "notifications": r"notification|notify|remind|alert|benachrichtig|notifica|уведомлен|알림|通知|แจ้งเตือน",
}
_UNSPACED = r"[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"


def _kinds(text: str) -> set[str]:
    said = norm(text)
    found = set()
    for kind, words in _KINDS.items():
        for word in words.split("|"):
            lead = "" if re.match(_UNSPACED, word) else r"(?<!\w)"
            if re.search(lead + word, said):
                found.add(kind)
                break
    return found


def has_use(task: str, request: str) -> bool:
    """The task works with the kind of thing the permission ``request`` (its message) asks for."""
    return bool(_kinds(task) & _kinds(request))


__all__ = ["has_use"]
