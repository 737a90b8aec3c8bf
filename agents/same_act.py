"""Whether a confirmation dialog asks for the task's own act on the task's own object, in other words.

"이 사진 지워줘" is confirmed by "이미지 1개를 휴지통으로 이동할까요?" and "quítame el Candy Crush" by "Candy Crush Saga
¿Quieres desinstalar esta app?": the same act (agents/ui_concepts.toml) on one item or on the thing the task names. A
dialog that asks the act on MORE than that is another, bigger act, answered by the task's words only: "Delete album?
All 240 items ..." for "delete this photo", "Sign out of all devices?" for logging out on one tablet, "¿Eliminar tu
cuenta?" for a photo, "Pay $49.99 for Premium? Your subscription ..." for a bill. Nor is a dialog about another thing
("Update app?" for "update my address") the task's. Removing an app is uninstalling it only when the task names the
app: a launcher's "Remove" (an icon, a shortcut, a widget) sits beside its "Uninstall", and "quitar la alarma" is no
uninstall.
"""

from __future__ import annotations

import re

from . import ui_glossary
from .dialog_roles import norm
from .function_words import FUNCTION_WORDS

# Acts apps confirm in a dialog before doing them.
GUARDED = frozenset({"delete", "uninstall", "logout", "pay", "buy", "order", "transfer", "install", "update", "download"})
# Words by which a dialog widens its act past one item: every item, the account, a whole album, folder or chat, a
# subscription, every device (unless the task says the same word: "delete all my alarms", "delete the Trip album").
_WIDER = re.compile(
    r"(?<!\w)(all|every\w*|entire|whole|todos|todas|todo|alle|alles|tous|toutes|tout|tutti|tutte|wszystk\w*|все|всё|"
    r"всех|tüm|hepsi|semua|tất cả|ทั้งหมด|全部|所有|すべて|全て|모든|전체|모두|كل|جميع|همه|כל|सभी|"
    r"account|accounts|cuenta|konto|compte|conta|аккаунт\w*|akun|tài khoản|계정|アカウント|账号|帳號|账户|"
    r"album|álbum|альбом|앨범|アルバム|相册|相簿|"
    r"subscription|suscripción|abo|abonnement|assinatura|abbonamento|подписк\w*|구독|premium|"
    r"devices|dispositivos|geräte|appareils|dispositivi|устройств\w*|"
    r"folder|carpeta|ordner|dossier|pasta|cartella|папк\w*|폴더|フォルダ|文件夹|"
    r"chat|conversation|conversación|conversa|unterhaltung|чат|채팅방|대화방)(?!\w)")
# One item: "this" in the languages phones ship, or a count of one ("Delete 1 video?", "이미지 1개").
_ONE = re.compile(r"(?<!\w)(this|esta|este|esto|esse|essa|isto|diese|dieses|diesen|dieser|ce|cet|cette|questo|questa|"
                  r"deze|dit|ten|tę|tego|этот|эту|это|bu|ini|này|이|この)(?!\w)|此|这(?!些)|這(?!些)|นี้"
                  r"|(?<![\w.,$€£¥₹])1(?![\d.,:])")
# Things people call by another word than the gallery's dialog does ("this clip" on "Video löschen?").
_SAME_THING = (
    re.compile(r"(?<!\w)(photo|photos|picture|pictures|pic|pics|image|images|foto|fotos|bild|bilder|imagen|imagem|"
               r"immagine|фото|사진|이미지|写真|画像|照片|图片|รูป)"),
    re.compile(r"(?<!\w)(video|videos|clip|clips|vídeo|vídeos|movie|видео|동영상|영상|비디오|動画|视频|視頻|วิดีโอ)"),
)
# What a launcher or a store removes that is no app: its icon, shortcut or widget, a history, a cache, data, updates.
_NO_APP = re.compile(r"(?<!\w)(icon|icons|shortcut|shortcuts|widget|widgets|home screen|history|cache|data|updates?|"
                     r"icono|ícono|acceso directo|historial|datos|verknüpfung|symbol|verlauf|daten|icône|raccourci|"
                     r"historique|données|ícone|atalho|histórico|dados|icona|collegamento|cronologia|dati|ярлык|"
                     r"значок|историю|아이콘|바로가기|기록|アイコン|ショートカット|履歴|图标|快捷方式|历史)(?!\w)")
_APP = re.compile(r"(?<!\w)(app|apps|application|aplicación|aplicativo|aplicação|applicazione|anwendung|"
                  r"приложение|앱|アプリ|应用)(?!\w)")


def same_act(task: str, text: str, keys: list[str]) -> bool:
    """The dialog ``text`` asks the act the task asks for on the task's object or on one item, never on more; ``keys``
    are the task's words that are no verb (dialog_answers._keys less its verbs)."""
    said, shown = norm(task), norm(text)
    wanted = ui_glossary.asked(task) & GUARDED
    if not wanted or any(not re.search(rf"(?<!\w){re.escape(m.group(1))}", said) for m in _WIDER.finditer(shown)):
        return False
    offered = set(ui_glossary.concepts(text))
    named = _names(said, shown, keys)
    if "uninstall" in offered and "uninstall" not in wanted:  # deleting an app is uninstalling it, when it is an app
        return "delete" in wanted and not _NO_APP.search(said) and (named or bool(_APP.search(said)))
    return bool(wanted & offered) and (named or _ONE.search(shown) is not None)


def _names(said: str, shown: str, keys: list[str]) -> bool:
    """The dialog names the task's object: one of its words, or the same kind of thing in another word."""
    objects = [k for k in keys if k not in FUNCTION_WORDS and (len(k) >= 3 or not k.isascii())
               and not set(ui_glossary.concepts(k)) & GUARDED]  # "de" is no object in "desinstalar"
    if any(re.search(rf"(?<!\w){re.escape(k)}", shown) for k in objects):
        return True
    return any(kind.search(said) and kind.search(shown) for kind in _SAME_THING)


__all__ = ["GUARDED", "same_act"]
