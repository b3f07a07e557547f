"""Which labgrid place a pytest session runs on, and holding it for the session.

`--place NAME` (or `--places board=qemu-m4`: with pytest-xdist, each worker reserves its own
matching place) or labgrid's own `--lg-env FILE` naming a RemotePlace (with `--lg-coordinator`).
The place is acquired on first use and released when the session ends (pytest_unconfigure).
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field


@dataclass
class FarmChoice:
    coordinator: str
    tags: dict[str, str]
    wait: float
    _stack: ExitStack = field(default_factory=ExitStack)
    _place: object = None

    @classmethod
    def from_options(cls, values: dict, lg_env: str | None,
                     lg_coordinator: str | None) -> FarmChoice | None:
        from harness.boards.farm.place import parse_tags

        name = values["place"] or values["places"] or _remote_place(lg_env)
        if not name:
            return None
        return cls(lg_coordinator or values["coordinator"], parse_tags(name), values["wait"])

    def acquire(self):
        """The acquired place (acquired on the first call)."""
        if self._place is None:
            from harness.boards.farm.place import acquired_place

            self._place = self._stack.enter_context(
                acquired_place(self.coordinator, self.tags, self.wait))
        return self._place

    def release(self) -> None:
        self._stack.close()
        self._place = None


def _remote_place(lg_env: str | None) -> str | None:
    """The first RemotePlace's name in a labgrid environment file."""
    if not lg_env:
        return None
    import yaml

    with open(lg_env) as file:
        targets = (yaml.safe_load(file) or {}).get("targets", {})
    for target in targets.values():
        for resource in target.get("resources", []) or []:
            if isinstance(resource, dict) and "RemotePlace" in resource:
                return (resource["RemotePlace"] or {}).get("name")
    return None
