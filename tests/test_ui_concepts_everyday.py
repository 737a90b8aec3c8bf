"""Everyday controls every app has (calendar, contacts, camera, filter, sort, dark mode) by concept across
languages, and Arabic letters typed in one form and shown in another (agents/ui_concepts.toml,
agents/ui_glossary.py), on invented labels."""

from __future__ import annotations

from cascadroid.agents.ui_glossary import fit, task_concepts


def test_the_everyday_controls_meet_across_languages():
    assert fit(task_concepts("show me my calendar for next week"), "Kalender") == 0.75  # a German phone
    assert fit(task_concepts("найди контакт Оли"), "Contacts") == 0.0  # the singular names no contacts list
    assert fit(task_concepts("открой контакты"), "連絡先") == 0.75
    assert fit(task_concepts("abre la cámara"), "Kamera") == 0.75
    assert fit(task_concepts("sort the results by price"), "並べ替え") == 0.75
    assert fit(task_concepts("filtrele sonuçları"), "筛选") == 0.75
    assert fit(task_concepts("mets le mode sombre"), "Tema gelap") == 0.75
    assert fit(task_concepts("turn on dark mode"), "Dark mode") == 0.0  # must not fire: one language


def test_arabic_letters_typed_without_hamza_or_with_heh_meet_the_screens():
    # "المفضله" typed with heh, "اضف" without hamza: the screen writes "المفضلة", "أضف"; "للمفضلة" is "to the"
    assert fit(task_concepts("اضف الاغنيه للمفضله"), "Favorites") == 0.75
    assert fit(task_concepts("add this song to my favourites"), "أضف إلى المفضلة") == 1.5
    assert fit(task_concepts("add this song to my favourites"), "اضف الى المفضله") == 1.5
