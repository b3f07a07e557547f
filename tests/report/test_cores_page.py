"""The cores page: a run's models x cores, one table per figure, labelled as instructions."""

import pandas as pd

from harness.report.cores import core_table, write_cores_page


def rows() -> pd.DataFrame:
    def one(board, backend, instructions, status="passed", error=""):
        return {"model": "sine", "variant": "int8", "board": board, "backend": backend,
                "status": status, "error": error, "latency_median": instructions, "macs": 1200,
                "flash_bytes": 30_000, "ram_bytes": 9_000}
    return pd.DataFrame([one("qemu-m0", "aot", 4000.0), one("qemu-m4", "aot", 2400.0),
                         one("qemu-m4", "tflm", 9600.0),
                         one("qemu-m0", "tflm", None, "error", "BuildError: the tflm backend's "
                             "firmware does not fit qemu-m0: it needs ...")])


def test_one_row_per_model_and_backend_one_column_per_core():
    table = core_table(rows(), "instructions")
    assert table.headers == ["model", "backend", "qemu-m0", "qemu-m4"]
    assert table.rows == [["sine (int8)", "aot", "4,000", "2,400"],
                          ["sine (int8)", "tflm", "too big", "9,600"]]
    assert core_table(rows(), "macs").rows[0][2:] == ["0.300", "0.500"]


def test_the_page_has_every_figure_the_plot_and_says_instructions_are_not_cycles(tmp_path):
    float32 = rows().iloc[:2].assign(variant="float32", latency_median=[9000.0, 5000.0])
    page = write_cores_page(pd.concat([rows(), float32]), tmp_path)
    text = page.read_text()
    for title in ("Instructions per inference", "MACs per instruction", "Flash (bytes)",
                  "Static RAM (bytes)"):
        assert f"## {title}" in text
    assert "not cycles" in text and "| sine (int8) | tflm | too big | 9,600 |" in text
    assert "| sine (float32) | aot | 9,000 | 5,000 |" in text
    assert (tmp_path / "cores.png").read_bytes().startswith(b"\x89PNG")


def test_a_run_on_one_board_has_no_cores_page(tmp_path):
    assert write_cores_page(rows()[rows()["board"] == "qemu-m4"], tmp_path) is None
