"""`make run` stops what it started even when Ctrl-C comes twice: a second SIGINT during the cleanup (a user
pressing again, or `timeout` forwarding the signal it got) must not abort it and leave workers behind."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from services.ops import local_run

# A worker that, asked to stop, interrupts its parent again (the second Ctrl-C) and then exits.
WORKER = (
    "import os, signal, sys, time\n"
    "def stop(*_):\n"
    "    os.kill(os.getppid(), signal.SIGINT)\n"
    "    sys.exit(0)\n"
    "signal.signal(signal.SIGTERM, stop)\n"
    "print('ready', flush=True)\n"
    "time.sleep(60)\n"
)


def test_a_second_interrupt_while_stopping_does_not_abort_the_cleanup() -> None:
    previous = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGINT, local_run._interrupt)  # as local_run.main installs them
    signal.signal(signal.SIGTERM, local_run._interrupt)
    procs = [subprocess.Popen([sys.executable, "-c", WORKER], stdout=subprocess.PIPE) for _ in range(2)]
    try:
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        try:
            local_run.stop_workers(procs)
        except KeyboardInterrupt:
            pytest.fail("a second SIGINT aborted stop_workers, leaving workers (and the broker) running")
        assert [proc.poll() for proc in procs] == [0, 0]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        signal.signal(signal.SIGINT, previous[0])
        signal.signal(signal.SIGTERM, previous[1])
