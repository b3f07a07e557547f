"""Per-op lowerings: each module turns TFLite operators into kernel calls (see `ir`) and
registers them in `registry`; `registry.lowering_for` finds them."""
