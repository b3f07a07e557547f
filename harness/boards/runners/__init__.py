"""One module per kind of runner (QEMU, Renode, real boards flashed by upload); each registers
itself in `harness.boards.runner.RUNNERS` and is found by `runner_for`."""
