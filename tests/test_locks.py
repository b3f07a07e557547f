"""The lock that lets processes share a state folder (harness.locks)."""

import multiprocessing
import time

from harness import locks


def _hold_and_mark(guarded, marks, started):
    with locks.held(guarded):
        started.set()
        time.sleep(0.5)
        with marks.open("a") as out:
            out.write("first out\n")


def test_a_second_process_waits_for_the_holder_of_the_same_folder(tmp_path):
    guarded, marks = tmp_path / "cache" / "thing", tmp_path / "marks"
    context = multiprocessing.get_context("fork")
    started = context.Event()
    holder = context.Process(target=_hold_and_mark, args=(guarded, marks, started))
    holder.start()
    assert started.wait(10)
    with locks.held(guarded):  # blocks until the holder has written and let go
        with marks.open("a") as out:
            out.write("second in\n")
    holder.join(10)
    assert marks.read_text() == "first out\nsecond in\n"


def test_the_lock_leaves_no_file_and_creates_the_folder(tmp_path):
    guarded = tmp_path / "new" / "folder" / "thing"
    with locks.held(guarded):
        assert guarded.parent.is_dir()
    assert list(guarded.parent.iterdir()) == []

