# Abstract base classes with annotated abstract methods.
from abc import ABC, abstractmethod
from typing import Iterator, get_type_hints
class Source(ABC):
    @abstractmethod
    def read(self, n: int = -1) -> bytes: ...
    @abstractmethod
    def __iter__(self) -> Iterator[bytes]: ...
class Mem(Source):
    def read(self, n: int = -1) -> bytes:
        return b"data"
    def __iter__(self) -> Iterator[bytes]:
        return iter([b"a"])
print(Mem().read(), list(Mem()), get_type_hints(Source.read))
try:
    Source()
except TypeError as e:
    print("TypeError", e)
