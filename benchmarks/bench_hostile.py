"""Hostile cloud replies: the catalogue of cascadroid.testing.hostile against the cloud client,
through whole agent runs, and a gzip bomb side by side with a plain httpx read.

    python benchmarks/bench_hostile.py [--agent] [--no-naive]

1. Every hostile answer once through OpenAICompatibleModel (no retries): how many became a
   ModelError whose message says what was wrong, how many said something else, were accepted,
   or escaped as another exception; per category.
2. ``--agent``: every answer through a whole ``Agent.run`` on the simulated phone (max 1
   step, an unsure scripted local model, so each call escalates): exceptions out of the run,
   runs with a stop reason, runs whose fallback reasons name the defect.
3. A 300 MB gzip bomb: time and peak traced memory until the client refuses it, beside
   httpx reading the same answer whole (what a client without a cap does; ``--no-naive`` skips it).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from pathlib import Path

from cascadroid.errors import ModelError
from cascadroid.models import ModelRequest, OpenAICompatibleModel, Price, PriceTable
from cascadroid.testing.hostile import BOMB_BYTES, HostileCloudServer, HostileReply, bomb, hostile_replies, raw_http

MODEL = "hostile-stand-in"
PRICES = PriceTable({MODEL: Price(input_per_mtok=2.5, output_per_mtok=10.0)})


def client(url: str, reply: HostileReply | None = None) -> OpenAICompatibleModel:
    timeout = 0.3 if reply is not None and "no answer" in reply.expect else 30.0
    return OpenAICompatibleModel(base_url=url, model=MODEL, prices=PRICES, max_retries=0, timeout_s=timeout)


def bench_client(server: HostileCloudServer, replies: list[HostileReply]) -> None:
    outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    started = time.perf_counter()
    for reply in replies:
        try:
            client(server.url_for(reply.name), reply).complete(ModelRequest.of("hi"))
            outcome = "accepted"
        except ModelError as exc:
            outcome = "refused, reason named" if re.search(reply.expect, str(exc)) else "refused, other reason"
        except Exception:  # noqa: BLE001 - counted
            outcome = "escaped"
        outcomes[reply.category][outcome] += 1
    seconds = time.perf_counter() - started
    print(f"\n1. client: {len(replies)} hostile answers in {seconds:.1f}s")
    print("| category | answers | refused, reason named | other reason | accepted | escaped |")
    print("| --- | --- | --- | --- | --- | --- |")
    total: Counter[str] = Counter()
    for category, counts in outcomes.items():
        total.update(counts)
        print(f"| {category} | {sum(counts.values())} | {counts['refused, reason named']} | "
              f"{counts['refused, other reason']} | {counts['accepted']} | {counts['escaped']} |")
    print(f"| all | {sum(total.values())} | {total['refused, reason named']} | {total['refused, other reason']} | "
          f"{total['accepted']} | {total['escaped']} |")


def bench_agent(replies: list[HostileReply]) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from test_hostile_cloud import cloud_text, hostile_run  # the test's own setup: both measure the same

    counts: Counter[str] = Counter()
    stops: Counter[str] = Counter()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, HostileCloudServer(replies, responder=cloud_text) as server:
        for reply in replies:
            try:
                agent, result = hostile_run(Path(tmp), server.url_for(reply.name), reply)
            except Exception:  # noqa: BLE001 - counted
                counts["exception out of Agent.run"] += 1
                continue
            fallbacks = [e.payload["reason"] for e in agent.memory.runs.events(result.run_id, kind="decision")
                         if e.payload.get("stage") == "fallback"]
            counts["runs"] += 1
            counts["with a stop reason"] += bool(result.stop_reason)
            counts["fallbacks naming the defect"] += bool(fallbacks) and all(re.search(reply.expect, r) for r in fallbacks)
            stops[result.stop_reason.split(":")[0]] += 1
            agent.close()
    seconds = time.perf_counter() - started
    print(f"\n2. whole agent runs: {len(replies)} in {seconds:.1f}s ({1000 * seconds / len(replies):.0f} ms a run)")
    for name in ("runs", "exception out of Agent.run", "with a stop reason", "fallbacks naming the defect"):
        print(f"- {name}: {counts[name]}")
    print(f"- stop reasons: {dict(stops)}")


def bench_bomb(naive: bool) -> None:
    answer = raw_http(200, bomb("gzip"), {"Content-Encoding": "gzip"})
    server = HostileCloudServer([HostileReply("bomb", "encoding", "larger than", lambda _c: iter([answer]))])
    rows = []
    with server:
        url = server.url_for("bomb")
        rows.append(("cascadroid client (4 MB cap)", *_measure(lambda: _refused(url))))
        if naive:
            rows.append(("httpx, whole body read (no cap)", *_measure(lambda: asyncio.run(_read_whole(url)))))
    print(f"\n3. gzip bomb: {len(bomb('gzip')) / 1024:.0f} KB on the wire, {BOMB_BYTES / 2**20:.0f} MiB decoded")
    print("| reader | seconds | peak traced MiB | bytes decoded |")
    print("| --- | --- | --- | --- |")
    for name, seconds, peak, decoded in rows:
        print(f"| {name} | {seconds:.2f} | {peak / 2**20:.1f} | {decoded:,} |")


def _refused(url: str) -> int:
    try:
        client(url).complete(ModelRequest.of("hi"))
    except ModelError as exc:
        return int(re.search(r"the ([\d,]+)-byte limit", str(exc)).group(1).replace(",", ""))  # type: ignore[union-attr]
    raise AssertionError("the bomb was accepted")


async def _read_whole(url: str) -> int:
    import httpx

    async with httpx.AsyncClient(timeout=120) as plain:
        response = await plain.post(f"{url}/chat/completions", json={"model": MODEL, "messages": []})
        return len(response.content)


def _measure(fn) -> tuple[float, int, int]:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        decoded = fn()
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return seconds, peak, decoded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agent", action="store_true", help="also run every answer through a whole Agent.run")
    parser.add_argument("--no-naive", action="store_true", help="skip reading the bomb whole with plain httpx")
    args = parser.parse_args()
    replies = hostile_replies()
    with HostileCloudServer(replies, responder=lambda _request: "ok") as server:
        bench_client(server, replies)
    if args.agent:
        bench_agent(replies)
    bench_bomb(naive=not args.no_naive)


if __name__ == "__main__":
    main()
