"""Sending money is transferring it, whichever a wallet's tile says and whichever the task says (invented wallet,
Egyptian Arabic, and English on a Swedish wallet), and a message is not sent with the money tile."""

from __future__ import annotations

from cascadroid.agents.candidates import rank
from cascadroid.agents.perceptor import perceive
from cascadroid.device.uiautomator import parse_observation

PKG = "org.example.nilewallet"


def _tile(i: int, text: str) -> str:
    return (f'<node index="{i}" text="{text}" resource-id="" class="android.widget.Button" package="{PKG}" '
            f'content-desc="" checkable="false" checked="false" clickable="true" enabled="true" focusable="true" '
            f'focused="false" scrollable="false" long-clickable="false" password="false" selected="false" '
            f'bounds="[{40 + 260 * i},600][{280 + 260 * i},840]" />')


def _first(task: str, *tiles: str) -> str:
    kids = "".join(_tile(i, t) for i, t in enumerate(tiles))
    xml = (f'<hierarchy rotation="0"><node index="0" text="" resource-id="" class="android.widget.FrameLayout" '
           f'package="{PKG}" content-desc="" checkable="false" checked="false" clickable="false" enabled="true" '
           f'focusable="false" focused="false" scrollable="false" long-clickable="false" password="false" '
           f'selected="false" bounds="[0,0][1080,2400]">{kids}</node></hierarchy>')
    return rank(task, "", perceive(parse_observation(xml)), [], [])[0].text


def test_a_transfer_said_colloquially_finds_the_send_money_tile():
    assert "إرسال أموال" in _first("عايز أحوّل فلوس لأختي", "رمز QR", "شحن رصيد", "إرسال أموال", "فواتير")
    assert "Skicka pengar" in _first("send 200 kr to Bo", "Skanna QR", "Skicka pengar", "Räkningar")  # English task


def test_a_message_is_not_sent_with_the_money_tile():
    tiles = ("Skicka meddelande", "Skicka pengar", "Räkningar")  # must not fire: no sum, no transfer
    assert "Skicka pengar" not in _first("send Bo a message saying hi", *tiles)
