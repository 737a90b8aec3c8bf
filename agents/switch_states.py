"""The state a task wants a switch in, said in the languages phones ship in, and settings' names in them.

"Turn Wi-Fi off" is said "apaga el wifi", "éteins le wifi", "schalte das WLAN aus" (the German and
Dutch particle stands at the end), "matikan wifi", "tắt wifi", "关闭无线网络". ``OFF_WORDS`` and
``ON_WORDS`` are word keys (as ``text.words`` gives them); ``separable_state`` reads the particle at
the end; ``setting_names`` gives the English name of a setting named in another language.
"""

from __future__ import annotations

from ..unitext import NO_SPACES
from . import switch_words
from .separable_verbs import joined
from .text import words

_NONE = frozenset()
_OFF = ("off disable disabled deactivate deactivated stop stopped mute 끄기 끄다 꺼줘 꺼 关闭 关掉 關閉 關掉 オフ 無効 "
        "выключи выключить выключите отключи отключить отключите выруби إيقاف أوقف أطفئ اطفئ عطّل عطل خاموش "
        "desactivar apagar apaga apague desactiva desactive désactiver désactive éteins éteindre éteignez coupe couper "
        "ausschalten abschalten ausmachen deaktivieren deaktiviere disattiva disattivare spegni spegnere desative desativa "
        "desativar desligar desligue desliga kapat kapatın kapa wyłącz wyłączyć uitschakelen uitzetten afzetten matikan "
        "nonaktifkan tắt बंद")
_ON = ("on enable enabled activate activated unmute 켜기 켜다 켜줘 켜 打开 开启 打開 開啟 オン 有効 включи включить "
       "включите تشغيل شغل شغّل فعّل فعل روشن activar encender enciende encienda activa activer allume allumer "
       "allumez einschalten anschalten anmachen aktivieren aktiviere attiva attivare accendi accendere ative ativa ativar "
       "ligar ligue liga aç açın etkinleştir włącz włączyć inschakelen aanzetten nyalakan hidupkan aktifkan bật चालू")


def _keys(said: str) -> frozenset[str]:
    """The word keys of a list of words, and those of five letters or more unaccented too."""
    found = frozenset(said.split()) | words(said, stopwords=_NONE)
    return found | {switch_words.bare(w) for w in found if len(w) >= 5}


OFF_WORDS = _keys(f"{_OFF} {switch_words.OFF}")  # more languages: agents/switch_words.py
ON_WORDS = _keys(f"{_ON} {switch_words.ON}")


def said_keys(keys: set[str]) -> set[str]:
    """A task's word keys, their unaccented forms ("ukljuci" is "uključi" typed plainly) and an Arabic or
    Persian verb without the object pronoun written onto it ("روشنش کن" turn it on, "شغلها")."""
    return keys | {switch_words.bare(w) for w in keys if len(w) >= 5} | switch_words.without_object(keys)

def separable_state(task: str) -> bool | None:
    """False for "schalte X aus" / "zet X uit", True for "mach X an" / "zet X aan" (the German and Dutch
    particle at the end, joined to its verb by ``separable_verbs.joined``); the Swedish and Hungarian particle
    right after its verb ("stäng av", "kapcsold be"); Thai, Lao, Khmer and Burmese words inside unspaced
    text; None otherwise."""
    forms = joined(task)
    if forms & (OFF_WORDS | ON_WORDS):
        return not forms & OFF_WORDS
    particle = switch_words.particle_state(task)
    unspaced = switch_words.unspaced_state(task) if particle is None else particle
    if unspaced is None and setting_names(task, set()):  # "开飞行模式": a Chinese one-letter verb, of a setting named
        return switch_words.han_state(task)
    return unspaced


# A button that names the act ("Turn on", "Включи", "켜기") and does not show a state ("On", "Enabled").
_ACT_VERBS = frozenset("turn switch power".split())
_SHOWN_STATES = frozenset("on off enabled disabled activated deactivated stopped".split())


def button_state(label: str) -> bool | None:
    """True for a button that turns its thing on ("Turn on", "Включи"), False for one that turns it off
    ("Turn off", "Изключи"); None for any other label, and for one that may show a state ("On", "Off")."""
    keys = words(label, stopwords=_NONE)
    said = keys - _ACT_VERBS
    if not said or len(said) > 2 or (said <= _SHOWN_STATES and not keys & _ACT_VERBS):
        return None
    return False if said <= OFF_WORDS else True if said <= ON_WORDS else None


# A setting's name in another language -> the English words an English screen shows.
_SETTING_NAMES = (
    ("вайфай вай-фай 无线网络 無線網路 无线局域网 無線區域網路 와이파이 ワイファイ", "wifi wlan"),
    ("蓝牙 藍牙 블루투스 блютуз блютус ब्लूटूथ بلوتوث", "bluetooth"),
    ("飞行模式 飛航模式 機内モード 비행기모드 비행기 avion avión aereo aéreo flugmodus flugzeugmodus vliegtuigmodus "
     "самолета самолёта uçak", "airplane flight"),
    ("深色模式 暗黑模式 ダークモード 다크모드 sombre oscuro dunkelmodus dunkel dunkle dunklen dunkler scuro escuro", "dark"),
    ("位置信息 位置情報 위치 ubicación localisation standort posizione localização konum", "location"),
    ("热点 熱點 テザリング 핫스팟 zugangspunkt", "hotspot tethering"),
    ("手电筒 手電筒 손전등 фонарик linterna taschenlampe torcia lanterna", "flashlight torch"),
) + switch_words.SETTING_NAMES
_BY_WORD = {key: frozenset(english.split()) for names, english in _SETTING_NAMES for name in names.split()
            if not NO_SPACES.search(name) for key in words(name, stopwords=_NONE)}
_BY_PART = tuple((name, frozenset(english.split())) for names, english in _SETTING_NAMES for name in names.split()
                 if NO_SPACES.search(name))


def setting_names(task: str, task_words: set[str]) -> set[str]:
    """English names of the settings a task names in another language (Chinese, Japanese and Korean
    names found inside the unspaced text)."""
    found = set().union(*(_BY_WORD.get(w, _NONE) for w in task_words)) if task_words else set()
    if NO_SPACES.search(task):
        found.update(*(english for name, english in _BY_PART if name in task))
    return found


__all__ = ["OFF_WORDS", "ON_WORDS", "button_state", "said_keys", "separable_state", "setting_names"]
