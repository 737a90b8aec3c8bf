"""A Japanese task says a godan verb in its wish, polite or te-form ("送りたい", "書いて", "読んで") where the button
says the dictionary form ("送る", "書く", "読む"), or one of two verbs a tile joins with "・" (agents/japanese_forms.py)."""

from __future__ import annotations

import pytest

from cascadroid.agents.japanese_forms import fit


@pytest.mark.parametrize("task, label", [
    ("音楽を聴きたい", "聴く"), ("レビューを書いて", "書く"), ("この記事を読んでおいて", "読む"),
    ("電気代を払いたい", "払う・チャージ"), ("ポイントを使いたい", "使う"), ("京都に行きたい", "行く"),
    ("この宿を予約したい", "予約する"), ("カートに入れて", "入れる"), ("写真を見たい", "見る"),
])
def test_a_verb_said_in_another_form_is_the_buttons(task, label):
    assert fit(task, label) > 0


@pytest.mark.parametrize("task, label", [
    ("この宿を予約して", "予約確認"),  # a noun sharing the stem
    ("音楽を聴きたい", "書く"), ("京都に行きたい", "読む・書く"),
    ("写真を見て", "撮る"),
])
def test_another_verb_is_not(task, label):
    assert fit(task, label) == 0
