# Protocol with runtime_checkable: isinstance by method presence.
from typing import Protocol, runtime_checkable
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        print("closed")
class Rock:
    pass
print(isinstance(File(), Closer), isinstance(Rock(), Closer))
print(issubclass(File, Closer), issubclass(Rock, Closer))
@runtime_checkable
class HasName(Protocol):
    name: str
class Named:
    def __init__(self):
        self.name = "n"
print(isinstance(Named(), HasName), isinstance(Rock(), HasName))
try:
    issubclass(Named, HasName)
except TypeError as e:
    print("TypeError", e)
