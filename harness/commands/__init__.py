"""One module per `hil` subcommand; each defines `command`, a click command, and is found by
`harness.cli` automatically."""
