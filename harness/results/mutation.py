"""The mutation score of one set of verdict modules, as a row of the results history (a run of
suite "mutation", written by `make mutation`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

PASS_SCORE = 0.9  # the share of mutants the tests must kill


@dataclass(frozen=True)
class MutationRow:
    model: str  # the module set, e.g. "regression thresholds"
    modules: str  # its files, comma-separated
    killed: int
    survived: int
    no_tests: int  # mutants of code no selected test reaches
    timeout: int  # counted as killed: the mutant made a test hang
    seconds: float  # wall-clock time of the whole mutation run
    not_checked: int = 0  # mutants a stopped run did not get to (counted as not killed)
    variant: str = "mutation"
    board: str = "host"
    backend: str = "mutmut"

    @property
    def total(self) -> int:
        return self.killed + self.survived + self.no_tests + self.timeout + self.not_checked

    @property
    def score(self) -> float:
        return (self.killed + self.timeout) / self.total if self.total else 0.0

    @property
    def status(self) -> str:
        return "passed" if self.score >= PASS_SCORE else "failed"

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.model, self.variant, self.board, self.backend)

    def as_dict(self) -> dict:
        return {**asdict(self), "total": self.total, "score": self.score, "status": self.status,
                "samples": self.total, "metric": "mutation_score", "device_metric": self.score}
