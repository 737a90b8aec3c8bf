"""A message's and a video's own actions by concept across languages (agents/ui_concepts.toml): forward, mute,
video call, watch later, expand; a label that turns notifications off mutes (agents/ui_glossary.concepts), on
invented labels of other apps."""

from __future__ import annotations

from cascadroid.agents.ui_glossary import concepts, fit, task_concepts


def test_forwarding_a_message_meets_the_forward_item_of_another_language():
    assert fit(task_concepts("forward this photo to Ahmed"), "إعادة توجيه") == 0.75  # Arabic WhatsApp
    assert fit(task_concepts("leite a mensagem pro grupo, encaminhar"), "Weiterleiten") == 0.75
    assert fit(task_concepts("把这张图片转给我哥"), "轉發") == 0.75  # said "转给", the label writes "转发"
    assert fit(task_concepts("把这张图片转给我哥"), "复制") == 0.0
    assert fit(task_concepts("перешли это Диме"), "Forward") == 0.75  # the imperative people say


def test_muting_a_chat_meets_mute_and_turn_off_notifications_items():
    assert fit(task_concepts("заглуши эту группу"), "Отключить уведомления") == 0.75  # Telegram's Russian mute item
    assert fit(task_concepts("mute the soccer moms group"), "Silenciar") == 0.75
    assert fit(task_concepts("mute the soccer moms group"), "Sessize al") == 0.75
    assert fit(task_concepts("stummschalten bitte"), "静音") == 0.75
    # turning notifications off keeps its two concepts and also mutes
    assert {"off", "notifications", "mute"} <= set(concepts("Отключить уведомления"))
    assert fit(task_concepts("turn off notifications for this chat"), "Отключить уведомления") == 1.5


def test_a_video_call_is_not_a_voice_call():
    assert fit(task_concepts("video call my sister"), "Görüntülü arama") == 0.75  # a Turkish messenger
    assert fit(task_concepts("video call my sister"), "Позвонить") == 0.0  # the voice call is another control
    assert fit(task_concepts("call my sister"), "Позвонить") == 0.75
    assert fit(task_concepts("call my sister"), "Видеозвонок") == 0.0


def test_watch_later_is_its_own_list_not_a_dismissal():
    assert fit(task_concepts("这集先存到待会儿看"), "Watch later") == 0.75
    assert fit(task_concepts("save this to watch later"), "後で見る") == 0.75
    assert "later" not in concepts("稍後再看")  # the list, not "later" (skip) of a dialog
    assert fit(task_concepts("save this to watch later"), "Más tarde") == 0.0


def test_expanding_a_group_meets_the_expand_chip_of_another_language():
    assert fit(task_concepts("expand the Slack notifications"), "Развернуть") == 0.75
    assert fit(task_concepts("rozwiń powiadomienia"), "展开") == 0.75
