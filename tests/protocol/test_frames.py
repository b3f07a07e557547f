"""The frame codec: COBS, CRC, and the decoder's rejections of damaged frames."""

from __future__ import annotations

import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from harness.protocol.frames import (
    Frame,
    FrameDecoder,
    Rejection,
    RejectReason,
    cobs_decode,
    cobs_encode,
    decode_body,
    encode_body,
    encode_frame,
)


def test_hello_frame_matches_the_bytes_worked_out_by_hand():
    # HELLO, seq 1, no payload: body 01 00 01 00 00 00, then the CRC-32 of those six bytes.
    body = bytes.fromhex("010001000000")
    crc = zlib.crc32(body).to_bytes(4, "little")
    assert 0 not in crc  # so the COBS form below is: code, data up to each zero
    expected = bytes([2, 0x01, 2, 0x01, 1, 1]) + bytes([5]) + crc + b"\x00"
    assert encode_frame(Frame(0x01, 1)) == expected


@pytest.mark.parametrize("data, encoded", [
    (b"", b"\x01"),
    (b"\x00", b"\x01\x01"),
    (b"\x00\x00", b"\x01\x01\x01"),
    (b"\x11\x22\x00\x33", b"\x03\x11\x22\x02\x33"),
    (b"\x11\x00", b"\x02\x11\x01"),
    (bytes(range(1, 255)), b"\xff" + bytes(range(1, 255))),
    (bytes(range(1, 255)) + b"\x00", b"\xff" + bytes(range(1, 255)) + b"\x01\x01"),
    (bytes(range(1, 256)), b"\xff" + bytes(range(1, 255)) + b"\x02\xff"),
    # runs of 254 non-zero bytes that do not start the data: no zero is implied after them
    (b"\x00" + b"\x01" * 254, b"\x01\xff" + b"\x01" * 254),
    (b"\x01" * 600, (b"\xff" + b"\x01" * 254) * 2 + b"\x5d" + b"\x01" * 92),
])
def test_cobs_known_encodings(data, encoded):
    assert cobs_encode(data) == encoded
    assert cobs_decode(encoded) == (data, True)


@given(st.binary(max_size=2000))
def test_cobs_roundtrip_has_no_zero_bytes(data):
    encoded = cobs_encode(data)
    assert 0 not in encoded
    assert cobs_decode(encoded) == (data, True)
    assert len(encoded) <= len(data) + len(data) // 254 + 1


@given(st.integers(0, 255), st.integers(0, 0xFFFF), st.binary(max_size=1500),
       st.lists(st.integers(1, 50), max_size=40))
def test_frames_survive_any_split_of_the_stream(kind, seq, payload, cuts):
    stream = encode_frame(Frame(kind, seq, payload)) * 2
    decoder, items, start = FrameDecoder(), [], 0
    for cut in cuts + [len(stream)]:
        items += decoder.feed(stream[start:start + cut])
        start += cut
    items += decoder.feed(stream[start:])
    assert items == [Frame(kind, seq, payload)] * 2


def _wire(body: bytes) -> bytes:
    return cobs_encode(body) + b"\x00"


def test_crc_mismatch_is_rejected_with_what_arrived_of_type_and_seq():
    body = bytearray(encode_body(Frame(0x03, 0x1234, b"\x05\x00")))
    body[6] ^= 0x40  # a bit flipped in the payload
    assert FrameDecoder().feed(_wire(bytes(body))) == [Rejection(RejectReason.CRC, 0x03, 0x1234)]


def test_length_field_disagreeing_with_the_body_is_rejected():
    body = encode_body(Frame(0x02, 7, b"abc"))
    assert FrameDecoder().feed(_wire(body[:-1])) == [Rejection(RejectReason.LENGTH, 0x02, 7)]


def test_a_chunk_that_ends_inside_a_block_is_incomplete():
    assert cobs_decode(b"\x04\x11\x22") == (b"\x11\x22", False)  # one byte short
    assert cobs_decode(b"\x04\x11\x22\x33") == (b"\x11\x22\x33", True)
    body = encode_body(Frame(0x04, 9, b"\x05\x06\x07"))
    cut = cobs_encode(body)[:-1] + b"\x00"  # the last CRC byte lost
    assert FrameDecoder().feed(cut) == [Rejection(RejectReason.COBS, 0x04, 9)]


def test_the_flags_byte_survives_the_codec():
    frame = Frame(0x83, 5, b"ok", flags=0x5A)
    assert decode_body(encode_body(frame)) == frame
    assert FrameDecoder().feed(encode_frame(frame)) == [frame]


def test_too_short_and_cut_frames_are_rejected():
    assert FrameDecoder().feed(_wire(b"\x01\x00\x09")) == [Rejection(RejectReason.SHORT, 1, 0)]
    cut = cobs_encode(encode_body(Frame(0x04, 9, bytes(range(1, 100)))))[:-20] + b"\x00"
    assert FrameDecoder().feed(cut) == [Rejection(RejectReason.COBS, 0x04, 9)]


def test_frames_longer_than_the_decoder_accepts_are_rejected():
    decoder = FrameDecoder(max_body=20)
    assert decoder.feed(encode_frame(Frame(6, 3, bytes(11)))) == [
        Rejection(RejectReason.TOO_LONG, 6, 3)]
    assert decoder.feed(encode_frame(Frame(6, 4, bytes(10)))) == [Frame(6, 4, bytes(10))]


def test_a_body_longer_than_the_caller_accepts_is_rejected_with_its_type_and_seq():
    body = encode_body(Frame(6, 3, bytes(11)))  # 21 bytes
    assert decode_body(body, max_body=20) == Rejection(RejectReason.TOO_LONG, 6, 3)
    assert decode_body(body, max_body=21) == Frame(6, 3, bytes(11))


def test_empty_frames_are_skipped_and_noise_only_costs_the_frame_it_hits():
    good = encode_frame(Frame(0x85, 2, b"stats"))
    stream = b"\x00\x00" + b"\x13\x37" + good + good
    items = FrameDecoder().feed(stream)
    assert len(items) == 2 and isinstance(items[0], Rejection)  # noise merged with frame 1
    assert items[1] == Frame(0x85, 2, b"stats")


def test_a_stream_without_delimiters_does_not_grow_memory_without_bound():
    decoder = FrameDecoder(max_body=100)
    for _ in range(100):
        decoder.feed(b"\x01" * 1000)
    assert len(decoder._pending) <= 2 * 100 + 2 + 1000
    assert decoder.feed(b"\x00") == [Rejection(RejectReason.TOO_LONG, 0, 0)]


def test_the_memory_bound_is_twice_the_largest_body_and_a_frame_that_fits_is_kept_whole():
    decoder = FrameDecoder(max_body=100)
    for _ in range(300):  # a byte at a time: kept while at most 200 are pending
        decoder.feed(b"\x01")
    assert len(decoder._pending) == 201
    decoder.feed(b"\x00" + b"\x01" * 1000)  # after a delimiter: the rest cut to 202 bytes
    assert len(decoder._pending) == 202
    largest = encode_frame(Frame(7, 8, bytes(range(1, 91))))  # a body of 100 bytes
    decoder = FrameDecoder(max_body=100)
    assert decoder.feed(b"\x00" + largest[:-1]) == []
    assert decoder.feed(b"\x00") == [Frame(7, 8, bytes(range(1, 91)))]


def test_a_rejection_keeps_the_type_and_seq_that_arrived():
    assert decode_body(b"") == Rejection(RejectReason.SHORT, 0, 0)
    assert decode_body(bytes([7, 0, 0x34])) == Rejection(RejectReason.SHORT, 7, 0)
    assert decode_body(bytes([7, 0, 0x34, 0x12])) == Rejection(RejectReason.SHORT, 7, 0x1234)
