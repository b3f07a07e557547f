"""TinyML hardware-in-the-loop test and benchmark harness."""

__version__ = "0.1.0"
