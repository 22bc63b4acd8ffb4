from dataclasses import dataclass, field
from typing import List, Optional
import json

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

@dataclass
class Transaction:
    kind: str
    amount: float
    memo: Optional[str] = None

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: List[Transaction] = field(default_factory=list)

    def deposit(self, amount: float, memo: str = None) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(Transaction("deposit", amount, memo))

    def withdraw(self, amount: float) -> None:
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(Transaction("withdraw", amount))

class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, initial=0.0):
        acct = Account(owner)
        if initial:
            acct.deposit(initial, "initial")
        self.accounts[owner] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount, f"from {src}")

    def report(self):
        lines = []
        for name, acct in sorted(self.accounts.items()):
            lines.append(f"{name:<10}{acct.balance:>12,.2f}  ({len(acct.history)} tx)")
        return "\n".join(lines)

bank = Bank()
bank.open("alice", 1500)
bank.open("bob", 200.5)
bank.open("carol")
bank.transfer("alice", "bob", 250.25)
try:
    bank.transfer("carol", "alice", 10)
except InsufficientFunds as e:
    print("failed:", e, e.args, e.needed)
try:
    bank.accounts["bob"].deposit(-5)
except ValueError as e:
    print(repr(e))
print(bank.report())
print(bank.accounts["bob"])
print(repr(bank.accounts["carol"]))
print(json.dumps({k: v.balance for k, v in bank.accounts.items()}, sort_keys=True))
from dataclasses import asdict
print(json.dumps(asdict(bank.accounts["bob"]), indent=2))
print(bank.accounts["alice"] == Account("alice", 1249.75, bank.accounts["alice"].history))
