"""Which elements an explorer must never tap: those that delete, send, pay, call, confirm or change.

Exploring an app is looking, never doing. A label is unsafe when it holds one of these verbs
(in English and the languages phones most often show), a phrase such as "sign out", or is a
dialog's positive button. Switches, checkboxes, sliders and text fields are never tapped
either (:func:`tappable` in the explorer); they are recorded as they are.
"""

from __future__ import annotations

import re

from .text import normalize, words

# One verb per line of meaning, then its translations (de, es, fr, it, pt, ru, zh, ja, ko).
_VERBS = """
delete remove erase wipe trash discard clear löschen entfernen eliminar borrar supprimer effacer elimina cancella
  excluir apagar удалить стереть очистить
send reply forward senden antworten enviar responder envoyer répondre invia rispondi отправить ответить
buy purchase pay order checkout cart kaufen bezahlen bestellen kasse comprar pagar pedido pedir acheter payer
  commander acquista paga ordina купить оплатить заказать
call dial anrufen llamar appeler chiama ligar позвонить
confirm submit accept agree approve yes ok okay bestätigen akzeptieren confirmar aceptar confirmer accepter
  conferma accetta подтвердить принять
post publish tweet share posten veröffentlichen teilen publicar compartir publier partager pubblica condividi
  compartilhar опубликовать поделиться
uninstall install update upgrade reset format restore deinstallieren zurücksetzen formatieren desinstalar
  restablecer formatear désinstaller réinitialiser formater disinstalla ripristina formatta сбросить
save apply done speichern guardar enregistrer salva salvar сохранить
block report unsubscribe subscribe follow unfollow like star favorite favourite pin mute archive snooze
  blockieren melden bloquear denunciar bloquer signaler blocca segnala заблокировать пожаловаться
start stop record play pause starten stoppen iniciar detener démarrer arrêter avvia ferma начать остановить
"""
VERBS = frozenset(words(_VERBS, stopwords=frozenset()))
PHRASES = (
    "sign out", "log out", "logout", "sign off", "add to cart", "add to basket", "place order", "buy now",
    "abmelden", "cerrar sesión", "déconnexion", "se déconnecter", "esci", "sair", "выйти", "в корзину",
    "删除", "发送", "购买", "支付", "付款", "下单", "拨打", "呼叫", "确认", "提交", "分享", "发布", "卸载", "重置", "退出", "保存",
    "削除", "送信", "購入", "支払", "注文", "発信", "確認", "送信する", "共有", "投稿", "リセット", "ログアウト", "保存",
    "삭제", "보내기", "전송", "구매", "결제", "주문", "전화", "확인", "공유", "게시", "초기화", "로그아웃", "저장",
)
_POSITIVE_IDS = ("button1",)  # AlertDialog's positive button


def unsafe(label: str, resource_id: str = "") -> bool:
    """Would tapping an element with this label (or id) do something rather than show something?"""
    if resource_id.rsplit("/", 1)[-1] in _POSITIVE_IDS:
        return True
    said = normalize(label)
    if words(said, stopwords=frozenset()) & VERBS:
        return True
    if re.search(r"\b(de)?activate|\benable|\bdisable|\bturn (on|off)\b|\bsend|\bdelet", said):
        return True
    return any(phrase in said for phrase in PHRASES)
