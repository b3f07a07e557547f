"""The four MLPerf-Tiny-shaped models on the emulated board with the AOT backend: int8 equal to
the TFLM reference bit for bit, float32 within 1e-5 relative."""

import pytest

from harness.backends import get_backend
from harness.boards import get_board
from harness.measure import measure, zoo_workload

pytestmark = pytest.mark.emulator

MODELS = ["kws_dscnn", "vww_mobilenet", "resnet8", "fc_autoencoder"]


@pytest.mark.parametrize("variant", ["int8", "float32"])
@pytest.mark.parametrize("model", MODELS)
def test_runs_on_qemu_and_agrees_with_the_reference(zoo_model, model, variant):
    workload = zoo_workload(zoo_model(model), variant, samples=2)
    row = measure(workload, get_board("qemu-m4"), get_backend("aot"))
    assert row.samples == 2
    assert row.checks["agreement"] == "passed", row.checks["agreement"]
    if variant == "int8":
        assert row.bit_exact_fraction == 1.0
    assert row.latency_median > 0 and row.latency_unit == "instructions"
