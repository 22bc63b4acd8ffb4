# typing's own runtime-checkable protocols.
from typing import SupportsInt, SupportsFloat, SupportsAbs, SupportsIndex, SupportsRound, Hashable, Sized
print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(-1, SupportsAbs), isinstance(1, SupportsIndex), isinstance(1.5, SupportsIndex))
print(isinstance(1.5, SupportsRound), isinstance([], Hashable), isinstance((), Hashable))
print(isinstance([], Sized), isinstance(3, Sized))
