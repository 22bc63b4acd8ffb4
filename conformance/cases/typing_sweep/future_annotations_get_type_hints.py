# get_type_hints evaluates postponed annotations.
from __future__ import annotations
from typing import get_type_hints, Optional
import collections
class Account:
    owner: str
    balance: float = 0.0
    history: list[tuple[str, float]]
    parent: Optional[Account]
    counts: collections.Counter[str]
    def deposit(self, amount: float) -> Account:
        return self
print(get_type_hints(Account))
print(get_type_hints(Account.deposit))
