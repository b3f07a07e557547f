"""Top-level pytest configuration: the harness plugin (registered through the `pytest11`
entry point when the package is installed) provides options and fixtures."""
