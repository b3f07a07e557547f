"""A name -> record registry that refuses duplicates; one style for boards, backends, models."""

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from harness.errors import HilError, UnknownNameError

T = TypeVar("T")


class Registry(Generic[T]):
    """Records of one kind, looked up by name or alias."""

    def __init__(self, kind: str):
        self.kind = kind
        self._records: dict[str, T] = {}
        self._aliases: dict[str, str] = {}

    def add(self, name: str, record: T, aliases: tuple[str, ...] = ()) -> T:
        for key in (name, *aliases):
            if key in self._records or key in self._aliases:
                raise HilError(f"{self.kind} {key!r} is registered twice")
        self._records[name] = record
        self._aliases.update({alias: name for alias in aliases})
        return record

    def register(self, name: str, aliases: tuple[str, ...] = ()) -> Callable[[T], T]:
        """Decorator form of `add`."""
        return lambda record: self.add(name, record, aliases)

    def get(self, name: str) -> T:
        key = self._aliases.get(name, name)
        if key not in self._records:
            raise UnknownNameError(self.kind, name, list(self._records))
        return self._records[key]

    def names(self) -> list[str]:
        return list(self._records)

    def __contains__(self, name: str) -> bool:
        return name in self._records or name in self._aliases

    def __iter__(self) -> Iterator[T]:
        return iter(self._records.values())
