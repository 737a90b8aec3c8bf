"""The lexicon learned from logged decisions: task words paired with the chosen action's words."""

from __future__ import annotations

from cascadroid.agents.lexicon import LEXICON_FEATURES, build, candidate_tokens, lexicon_features, tokens


def test_tokens_leave_out_placeholders_element_numbers_and_digits():
    assert tokens("Text <NAME_1> at <PHONE_2>: tap [12] Send 2pm") == frozenset({"text", "tap", "send"})
    assert "kind:open_app" in candidate_tokens("open the Notes app", "open_app")


def _decisions(task: str, chosen_word: str, other_word: str, n: int):
    for i in range(n):
        candidates = [candidate_tokens(f"tap {chosen_word}", "tap"), candidate_tokens(f"tap {other_word}", "tap")]
        yield tokens(f"{task} item{i % 3}"), candidates, 0, 1.0


def test_pairs_with_the_chosen_action_weigh_up_and_pairs_with_the_others_down():
    lexicon = build([*_decisions("bookmark this page", "more options", "share", 6),
                     *_decisions("archive the mail", "archive", "share", 6)])
    assert lexicon["bookmark|option"] > 0 > lexicon["bookmark|share"]
    assert "archive|archive" not in lexicon  # a shared word is the ranker's overlap, not a pair
    assert lexicon["|share"] < 0  # never chosen, whatever the task


def test_rare_pairs_and_one_sided_logs_teach_nothing():
    assert not any(k.startswith("bookmark|") for k in build(_decisions("bookmark it", "star", "share", 2)))
    assert build([(tokens("a task"), [candidate_tokens("tap x", "tap")], -1, 1.0)] * 5) == {}


def test_features_come_from_the_lexicon_and_are_zero_without_one():
    lexicon = build(_decisions("bookmark this page", "more options", "share", 6))
    task = tokens("bookmark the weather page")  # another task with the same verb
    right, wrong = lexicon_features(lexicon, task, [candidate_tokens("tap More options", "tap"),
                                                    candidate_tokens("tap Share", "tap")])
    assert len(right) == len(LEXICON_FEATURES) and right[0] > wrong[0] and right[2] > wrong[2]
    assert lexicon_features({}, task, [candidate_tokens("tap Share", "tap")]) == [[0.0] * len(LEXICON_FEATURES)]
