"""A Chinese verb-object word split by a measure word: "打个车" is "打车" (take a taxi), "吃个饭" "吃饭".

Spoken Chinese puts 个 (個) between the verb and the object of a verb-object word; the app's tile says the word
whole ("打车"). Compared by letter pairs, "打个车" shares no pair with "打车". The task is also read with the
measure word taken out where it stands between two Han letters.
"""

from __future__ import annotations

import re

_SPLIT = re.compile(r"(?<=[\u4e00-\u9fff])[个個](?=[\u4e00-\u9fff])")


def joined(task: str) -> str:
    """The task with a measure word between two Han letters taken out ("" when there is none)."""
    return _SPLIT.sub("", task) if _SPLIT.search(task) else ""
