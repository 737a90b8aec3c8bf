"""Roles of a dialog's buttons, by Android's ids and, where ids are missing, by their words.

``button1`` is an AlertDialog's positive button, ``button2`` its negative one, ``button3`` the
neutral one; the permission controller names its allow and deny buttons. Words in the languages
phones ship with stand in for ids a screen lacks ("Don't allow", "Not now", "Abbrechen"); where those
few languages' words say nothing, the glossary of common controls (agents/ui_concepts.toml, ~47
languages: "Không cho phép", "ปฏิเสธ", "Não concordo") names a short label's role, the longest phrase
winning ("Não concordo" refuses, though "concordo" agrees).
The interruption handler and the ranker's dialog rules both read it.
"""

from __future__ import annotations

from . import ui_glossary
from .text import normalize

# resource-id tails -> button roles (AlertDialog, the permission controller, the system's error dialogs)
ROLE_IDS = {
    "button1": "positive", "button2": "negative", "button3": "neutral",
    "permission_allow_button": "allow", "permission_allow_always_button": "allow",
    "permission_allow_foreground_only_button": "allow_foreground", "permission_allow_one_time_button": "allow_once",
    "permission_allow_all_button": "allow", "permission_allow_selected_button": "allow_selected",  # photos (Android 14)
    "permission_dont_allow_more_selected_button": "deny",
    "permission_deny_button": "deny", "permission_deny_and_dont_ask_again_button": "deny",
    "permission_no_upgrade_button": "deny", "permission_no_upgrade_and_dont_ask_again_button": "deny",
    "aerr_wait": "wait", "aerr_close": "close", "aerr_restart": "close",
}
# words standing in for missing ids (checked in this order: "don't allow" before "allow")
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "deny": ("don't allow", "dont allow", "deny", "nicht zulassen", "ablehnen", "no permitir", "ne pas autoriser",
             "refuser", "non consentire", "não permitir", "запретить", "不允许", "拒绝", "許可しない", "허용 안함",
             "허용 안 함"),
    "allow": ("allow", "zulassen", "permitir", "autoriser", "consenti", "разрешить", "允许", "許可", "허용"),
    "close": ("close app", "app schließen", "cerrar app", "cerrar aplicación", "fermer l'application",
              "chiudi app", "fechar app", "закрыть приложение", "关闭应用", "アプリを終了", "앱 닫기"),
    "wait": ("wait", "warten", "esperar", "attendre", "attendi", "aguardar", "подождать", "ждать", "等待", "待機",
             "대기"),
    "dismiss": ("not now", "no thanks", "no, thanks", "later", "maybe later", "remind me later", "skip", "cancel",
                "close", "dismiss", "nicht jetzt", "nein danke", "später", "abbrechen", "schließen", "ahora no",
                "no, gracias", "más tarde", "cancelar", "cerrar", "pas maintenant", "non merci", "plus tard",
                "annuler", "fermer", "non ora", "no grazie", "più tardi", "annulla", "agora não", "não, obrigado",
                "mais tarde", "не сейчас", "нет, спасибо", "позже", "отмена", "закрыть", "以后再说", "稍后",
                "取消", "关闭", "不用了", "後で", "今はしない", "キャンセル", "閉じる", "나중에", "취소", "닫기",
                "×", "✕"),
}


def norm(text: str) -> str:
    """:func:`~cascadroid.agents.text.normalize`, with typographic apostrophes made plain ("Don’t")."""
    return normalize(text).replace("\u2019", "'").replace("\u02bc", "'")


def button_roles(label: str, resource_id: str = "") -> list[str]:
    """A button's roles: from its standard id first, then from its words (a "Wait" that is button2); a two-word
    phrase counts in either order, as free word order says it ("Jetzt nicht" / "Nicht jetzt", "Сейчас не")."""
    tail = resource_id.rsplit("/", 1)[-1]
    roles = [ROLE_IDS[tail]] if tail in ROLE_IDS else []
    text = norm(label)
    flipped = " ".join(reversed(text.split())) if len(text.split()) == 2 else text  # "jetzt nicht", "nicht jetzt"
    for role, phrases in ROLE_WORDS.items():
        if text and any(text == p or text.startswith(p + " ") or flipped == p for p in phrases):
            roles.append(role)
            return roles
    if text and len(text.split()) <= ui_glossary.SHORT:  # a button's label, not a sentence that mentions allowing
        said = ui_glossary.concepts(text)
        roles += [role for concept, role in _CONCEPT_ROLES if any(
            text == p or text.startswith(p + " ") for phrases in said.get(concept, {}).values() for p in phrases)][:1]
    return roles


# glossary concepts -> button roles, in the order tried (refusing before agreeing)
_CONCEPT_ROLES = (("deny", "deny"), ("allow", "allow"), ("later", "dismiss"), ("cancel", "dismiss"), ("close", "dismiss"))
