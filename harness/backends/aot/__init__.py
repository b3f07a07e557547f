"""The AOT backend: lowers a .tflite to kernel calls with precomputed parameters, plans the
activation arena offline and renders C. Importing this package registers backend "aot"."""

from harness.backends.aot.backend import AotBackend, compile_program, generate_sources

__all__ = ["AotBackend", "compile_program", "generate_sources"]
