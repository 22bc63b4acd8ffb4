from dataclasses import dataclass, field
from enum import Enum
from decimal import Decimal
from collections import defaultdict
class Kind(Enum):
    DEPOSIT = "dep"
    WITHDRAW = "wd"
    TRANSFER = "xfer"
class InsufficientFunds(Exception):
    def __init__(self, acct, need, have):
        super().__init__(f"{acct}: need {need}, have {have}")
        self.acct, self.need, self.have = acct, need, have
@dataclass
class Account:
    owner: str
    balance: Decimal = Decimal("0.00")
    history: list = field(default_factory=list, repr=False)
    def apply(self, kind, amount):
        if kind is Kind.WITHDRAW and amount > self.balance:
            raise InsufficientFunds(self.owner, amount, self.balance)
        self.balance += amount if kind is Kind.DEPOSIT else -amount
        self.history.append((kind.name, amount))
class Bank:
    def __init__(self):
        self.accounts = {}
        self.failures = defaultdict(int)
    def open(self, owner, initial="0"):
        self.accounts[owner] = acct = Account(owner, Decimal(initial))
        return acct
    def transfer(self, src, dst, amount):
        amount = Decimal(amount)
        try:
            self.accounts[src].apply(Kind.WITHDRAW, amount)
        except InsufficientFunds as e:
            self.failures[src] += 1
            print("failed:", e, "| short by", e.need - e.have)
            return False
        except KeyError as e:
            print("no such account", e)
            return False
        self.accounts[dst].apply(Kind.DEPOSIT, amount)
        return True
bank = Bank()
bank.open("ann", "100.50"); bank.open("bob"); bank.open("cy", "5")
for s, d, a in [("ann", "bob", "20.25"), ("bob", "cy", "30"), ("cy", "ann", "4.99"), ("zed", "ann", "1"), ("bob", "ann", "20.25")]:
    print(s, "->", d, a, bank.transfer(s, d, a))
for acct in bank.accounts.values():
    print(acct, acct.history)
print(dict(bank.failures), sum(a.balance for a in bank.accounts.values()))
