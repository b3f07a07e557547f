"""The firmware says what it runs, and refuses bad requests with error replies."""

import numpy as np
import pytest

from harness.measure.checks import FLOAT_RELATIVE_TOLERANCE
from harness.model.tflite import read_model
from harness.protocol import messages as m
from harness.protocol.errors import DeviceErrorReply

pytestmark = pytest.mark.hil


def test_info_matches_the_built_model(hil, hil_case, hil_workload, hil_firmware, hil_device):
    info = hil_device.info
    model = read_model(hil_workload.tflite)
    assert info.model_sha256 == model.sha256
    assert info.board == hil.board.name and info.backend == hil.backend.name
    for reported, tensor in zip(info.inputs + info.outputs,
                                model.input_tensors() + model.output_tensors(), strict=True):
        assert reported.shape == tensor.shape and reported.dtype == tensor.dtype
        if hil_case.variant == "int8":
            assert reported.scale == pytest.approx(tensor.quantization.scale, rel=1e-7)
            assert reported.zero_point == tensor.quantization.zero_point
        else:  # a float tensor carries no quantization
            assert tensor.quantization is None and reported.dtype == np.float32
            assert (reported.scale, reported.zero_point) == (0.0, 0)
    assert info.activation_bytes == hil_firmware.project.activation_bytes


@pytest.mark.parametrize("request_type, payload, code", [
    (m.Request.SET_INPUT, m.set_input_payload(7, 0, b"\x00"), m.ErrorCode.BAD_TENSOR),
    (m.Request.SET_INPUT, m.set_input_payload(0, 1 << 20, b"\x00"), m.ErrorCode.OUT_OF_RANGE),
    (m.Request.GET_OUTPUT, m.get_output_payload(0, 0, 60000), m.ErrorCode.OUT_OF_RANGE),
    (m.Request.INVOKE, m.invoke_payload(0), m.ErrorCode.BAD_PAYLOAD),
    (0x42, b"", m.ErrorCode.UNKNOWN_REQUEST),
])
def test_bad_requests_get_error_replies(hil_device, request_type, payload, code):
    with pytest.raises(DeviceErrorReply) as refused:
        hil_device.request(request_type, payload)
    assert refused.value.code == code
    assert hil_device.echo(b"still alive") == b"still alive"


def test_a_request_after_errors_still_computes_the_reference(hil_device, hil_workload):
    with pytest.raises(DeviceErrorReply):
        hil_device.request(m.Request.GET_OUTPUT, m.get_output_payload(9, 0, 1))
    outputs, _ = hil_device.infer([hil_workload.inputs[0]])
    expected = hil_workload.reference[0]
    got = outputs[0].reshape(expected.shape)
    if np.issubdtype(expected.dtype, np.integer):
        assert np.array_equal(got, expected)
    else:
        scale = float(np.max(np.abs(hil_workload.reference)))
        assert np.max(np.abs(got - expected)) <= FLOAT_RELATIVE_TOLERANCE * scale
