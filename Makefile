# `make demo` and `make test` do all set-up first; set-up is idempotent and quick once done.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .stamps
BOARD ?= qemu-m4
# pytest-randomly shuffles the tests; CI's order is this seed's (another: make test TEST_SEED=7).
TEST_SEED ?= 20261203
# pytest-xdist processes, one per core of CI's two; each test module stays in one process.
TEST_WORKERS ?= 2
PYTEST_OPTIONS := -p randomly --randomly-seed=$(TEST_SEED) -n $(TEST_WORKERS) --dist loadscope

.PHONY: setup demo test test-all lint mutation clean

setup: $(STAMPS)/system $(STAMPS)/venv $(STAMPS)/platformio

$(STAMPS)/system: scripts/system-packages.txt scripts/install-system-packages.sh
	scripts/install-system-packages.sh scripts/system-packages.txt
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/venv: pyproject.toml $(STAMPS)/system
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -e '.[dev]'
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/platformio: $(STAMPS)/venv $(shell find firmware/platforms -type f 2>/dev/null)
	$(BIN)/hil setup-platformio
	@mkdir -p $(STAMPS) && touch $@

demo: setup
	$(BIN)/hil run digits_mlp --board $(BOARD)

# CI's command: everything but the tests marked slow (each slow area keeps a representative
# unmarked test). `make test-all` runs the slow ones too.
test: setup
	$(BIN)/lint-imports
	$(BIN)/pytest -m "not slow" $(PYTEST_OPTIONS)

test-all: setup
	$(BIN)/lint-imports
	$(BIN)/pytest $(PYTEST_OPTIONS)

# Mutation testing of the modules that decide verdicts ([tool.mutmut] in pyproject.toml); the
# score per module set goes to the results history as a run of suite "mutation".
# SURVIVORS=docs/mutation.md also rewrites that document's survivors table from the run.
mutation: setup
	$(BIN)/python scripts/mutation.py --results $(or $(RESULTS),.hil/results) \
		$(if $(SURVIVORS),--survivors $(SURVIVORS))

lint: setup
	$(BIN)/ruff check harness models benchmarks tests conftest.py

clean:
	rm -rf .hil .pytest_cache dist
