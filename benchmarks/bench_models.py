"""Model-tier benchmark, measured side by side in one run on the default local model.

1. decode tokens/s through LocalModel vs raw llama-cpp-python, same Llama, same prompt
   (runs alternated, prompt already cached, fastest of each): target ratio >= 0.95;
2. the second of two calls sharing a ~1,000-token prefix vs the first: target >= 4x faster;
3. structured-output validity over 50 calls: target 100%.

Run: python benchmarks/bench_models.py [--threads N] [--calls 50]
"""

from __future__ import annotations

import argparse
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Literal

from pydantic import BaseModel, Field

from cascadroid.models import LocalModel, ModelRequest

DECODE_TOKENS = 160
STORY = "Write a long, detailed story about a robot who learns to paint. Use many paragraphs."
FACTS = [
    "The phone's home screen shows Settings, Clock, Contacts, Messages, Maps, Camera and Files.",
    "Settings has Network, Bluetooth, Display, Sound, Battery, Storage, Apps and About entries.",
    "Wi-Fi is under Network; its toggle is the first switch on that page.",
    "Messages lists conversations by most recent; the compose button is at the bottom right.",
    "The search field in Contacts filters as you type; results appear below it in a list.",
]


class Step(BaseModel):
    action: Literal["tap", "type", "back", "home"]
    element: Literal["search", "wifi", "bluetooth", "none"]
    count: int = Field(ge=0, le=9)
    note: str = Field(max_length=40)


def decode_speed(model: LocalModel, rounds: int) -> dict[str, float]:
    """Tokens/s through the SDK and raw, alternating on the same Llama and the same cached prompt.

    Reports the fastest run of each (the least disturbed by other processes) and the median
    of the per-round ratios.
    """
    messages = [{"role": "user", "content": STORY}]
    request = ModelRequest.of(STORY, max_tokens=DECODE_TOKENS)
    model.complete(request)  # warm up and cache the prompt
    worker = ThreadPoolExecutor(max_workers=1)  # raw runs off the main thread too, like LocalModel

    def raw_call() -> dict:
        with model.lock:
            return model.llama.create_chat_completion(messages=messages, max_tokens=DECODE_TOKENS, temperature=0.0)

    sdk, raw = [], []
    tokens = 0
    for round_ in range(rounds):
        for which in (("raw", "sdk") if round_ % 2 == 0 else ("sdk", "raw")):
            if which == "raw":
                start = time.perf_counter()
                completion = worker.submit(raw_call).result()
                raw.append(completion["usage"]["completion_tokens"] / (time.perf_counter() - start))
            else:
                start = time.perf_counter()
                response = model.complete(request)
                sdk.append(response.usage.completion_tokens / (time.perf_counter() - start))
                tokens = response.usage.completion_tokens
    ratios = [a / b for a, b in zip(sdk, raw)]
    return {"sdk": max(sdk), "raw": max(raw), "best_ratio": max(sdk) / max(raw),
            "median_ratio": statistics.median(ratios), "tokens": tokens}


def prefix_reuse(model: LocalModel, rounds: int) -> tuple[float, float, int]:
    """Median seconds of (first, second) call sharing a long system prompt, and its token count."""
    firsts, seconds = [], []
    prefix_tokens = 0
    for round_ in range(rounds):
        facts = " ".join(f"Fact {round_}.{i}: {FACTS[i % len(FACTS)]}" for i in range(40))
        system = f"You are a phone assistant (session {round_}). Known facts:\n{facts}"
        prefix_tokens = model.count_tokens(system)
        times = []
        for question in ("Where is the Wi-Fi toggle?", "How do I compose a message?"):
            response = model.complete(ModelRequest.of(question, system=system, max_tokens=8))
            times.append(response.latency_s)
        firsts.append(times[0])
        seconds.append(times[1])
    return statistics.median(firsts), statistics.median(seconds), prefix_tokens


def structured_validity(model: LocalModel, calls: int) -> tuple[int, int, float]:
    """(valid answers, repair rounds, mean seconds per call) over ``calls`` structured requests."""
    apps = ["Settings", "Clock", "Contacts", "Messages", "Maps"]
    goals = ["turn on Wi-Fi", "search for 'pizza'", "go back", "open Bluetooth", "go home"]
    valid = repairs = 0
    start = time.perf_counter()
    for i in range(calls):
        prompt = f"Screen {i}: {apps[i % 5]} with search, wifi and bluetooth. Goal: {goals[(i // 5) % 5]}. Next step?"
        try:
            response = model.complete(ModelRequest.of(prompt, output_type=Step, max_tokens=80))
        except Exception as exc:  # noqa: BLE001 - counted as invalid, reported below
            print(f"  call {i}: {type(exc).__name__}: {exc}")
            continue
        valid += isinstance(response.parsed, Step)
        repairs += response.repairs
    return valid, repairs, (time.perf_counter() - start) / calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--calls", type=int, default=50)
    args = parser.parse_args()

    model = LocalModel(n_threads=args.threads)
    print(f"model: {model.model_path.name}, threads {args.threads}, n_ctx {model.n_ctx}")

    decode = decode_speed(model, args.rounds)
    ratio = decode["best_ratio"]
    print(f"decode tok/s   LocalModel {decode['sdk']:7.1f} | raw llama-cpp-python {decode['raw']:7.1f} | "
          f"ratio {ratio:.3f} (fastest of {args.rounds}; median paired ratio {decode['median_ratio']:.3f}; "
          f"{decode['tokens']} tokens) target >= 0.95 {'PASS' if ratio >= 0.95 else 'FAIL'}")

    first, second, prefix = prefix_reuse(model, 3)
    speedup = first / second
    print(f"shared prefix  first {first:6.3f}s | second {second:6.3f}s | {speedup:.1f}x faster "
          f"({prefix}-token prefix, median of 3) target >= 4x {'PASS' if speedup >= 4 else 'FAIL'}")

    valid, repairs, per_call = structured_validity(model, args.calls)
    print(f"structured     {valid}/{args.calls} valid ({100 * valid / args.calls:.0f}%), {repairs} repair rounds, "
          f"{per_call:.2f}s per call target 100% {'PASS' if valid == args.calls else 'FAIL'}")


if __name__ == "__main__":
    main()
