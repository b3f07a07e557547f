"""The board farm: boards on many hosts, shared through labgrid.

A labgrid coordinator knows every place (a board) and who holds it; exporters on the lab hosts
publish each board's resources (its serial port through ser2net as RFC 2217, its power switch,
where its firmware goes). The client side here acquires a place, reads its resources and hands a
runner the `rfc2217://` link (`place`, `coordinator`); the exporter side serves emulated boards
as places (`emulated`, `power`, `serve`), so the farm is tested without a lab.
"""
