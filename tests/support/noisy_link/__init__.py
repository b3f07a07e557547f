"""pyserial URL handler `noisy://<url>#corrupt=R&drop=R&seed=N` for tests of text protocols:
every byte, both ways, is dropped or has a bit flipped with the given rates (seeded). The
harness's own fault link (hilfault://) works a binary frame at a time; MLPerf Tiny's DUT API
has no frames, so its tests use this byte-level one. Register with
`serial.protocol_handler_packages.append("noisy_link")`."""
