"""agents/values.py: a quoted message followed by another role ("..., with the subject X") is one message."""

from __future__ import annotations

import pytest

from cascadroid.agents.values import task_values


@pytest.mark.parametrize("task", [
    'Write kim@ex.org a mail that says "Gate code changed", with the subject "Access".',
    'Email ops@ex.org saying "Server is back", with the title "Status".',
])
def test_what_follows_a_quoted_message_is_no_second_message(task):
    messages = [v.text for v in task_values(task) if v.kind == "message"]
    assert len(messages) == 1 and messages[0] in task


@pytest.mark.parametrize(("task", "message"), [
    ("text Ida saying back by noon", "back by noon"),  # an unquoted message is still read
    ("Mail li@ex.org with the message: call me", "call me"),
])
def test_an_unquoted_message_is_still_read(task, message):
    assert message in [v.text for v in task_values(task) if v.kind == "message"]
