"""`python -m harness` is the `hil` command."""

from harness.cli import main

main()
