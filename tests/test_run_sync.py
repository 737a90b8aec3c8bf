"""run_sync: a coroutine run from sync code inside a running event loop returns its result, raises its error,
and Ctrl-C stops it at once instead of waiting for it (a held model call once kept `cascadroid run` alive)."""

import asyncio
import signal
import threading

import pytest

from cascadroid.models.base import run_sync


def inside_a_loop(make_coro):
    async def outer():
        return run_sync(make_coro())

    loop = asyncio.new_event_loop()  # run_until_complete: Python's own Ctrl-C handler stays in place
    try:
        return loop.run_until_complete(outer())
    finally:
        loop.close()


def test_the_result_and_the_error_come_back():
    assert inside_a_loop(lambda: asyncio.sleep(0, result=7)) == 7

    async def broken():
        raise ValueError("bad answer")

    with pytest.raises(ValueError, match="bad answer"):
        inside_a_loop(broken)


def test_ctrl_c_returns_at_once_instead_of_waiting_for_the_call():
    started = threading.Event()

    async def held():  # a model call that would answer in an hour: the old pool waited for it
        started.set()
        await asyncio.sleep(3600)

    def press_ctrl_c():
        started.wait()
        signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)

    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # a background job starts with SIGINT ignored
    try:
        threading.Thread(target=press_ctrl_c, daemon=True).start()
        with pytest.raises(KeyboardInterrupt):
            inside_a_loop(held)
    finally:
        signal.signal(signal.SIGINT, before)
