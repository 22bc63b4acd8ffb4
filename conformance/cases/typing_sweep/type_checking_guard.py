# TYPE_CHECKING blocks are skipped at run time; string annotations name their types.
from __future__ import annotations
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from collections.abc import Sequence
    import nonexistent_module_for_types
print(TYPE_CHECKING)
def first(xs: Sequence[int]) -> int | None:
    return xs[0] if xs else None
print(first([4, 5]), first([]))
print(first.__annotations__)
