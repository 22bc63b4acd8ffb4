from decimal import Decimal, ROUND_HALF_EVEN
from datetime import date, timedelta
from abc import ABC, abstractmethod
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot cover {amount:.2f} (balance {account.balance:.2f})")
        self.account = account; self.amount = amount
class Account(ABC):
    _next = 1000
    def __init__(self, owner: str, opening: Decimal = Decimal("0")):
        Account._next += 1
        self.number = Account._next; self.owner = owner; self._balance = Decimal(opening); self.history = []
    @property
    def balance(self) -> Decimal: return self._balance
    def deposit(self, amt, when):
        amt = Decimal(amt)
        if amt <= 0: raise ValueError("deposit must be positive")
        self._balance += amt; self.history.append((when, "DEP", amt))
    def withdraw(self, amt, when):
        amt = Decimal(amt)
        if amt > self._balance + self.overdraft(): raise InsufficientFunds(self, amt)
        self._balance -= amt; self.history.append((when, "WDR", -amt))
    @abstractmethod
    def overdraft(self) -> Decimal: ...
    @abstractmethod
    def month_end(self, when): ...
    def statement(self):
        out = [f"{type(self).__name__} #{self.number} ({self.owner})"]
        run = Decimal(0)
        for when, kind, amt in self.history:
            run += amt
            out.append(f"  {when:%Y-%m-%d} {kind:<4}{amt:>+10.2f}{run:>12,.2f}")
        return "\n".join(out)
    def __repr__(self): return f"<{type(self).__name__} {self.number} {self.owner}: {self._balance}>"
class Checking(Account):
    FEE = Decimal("2.50")
    def overdraft(self): return Decimal(100)
    def month_end(self, when):
        if self._balance < 0: self._balance -= self.FEE; self.history.append((when, "FEE", -self.FEE))
class Savings(Account):
    RATE = Decimal("0.0125")
    def overdraft(self): return Decimal(0)
    def month_end(self, when):
        i = (self._balance * self.RATE / 12).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
        if i: self._balance += i; self.history.append((when, "INT", i))
day = date(2024, 1, 1)
chk = Checking("ann", "50"); sav = Savings("ann", Decimal("10000"))
ops = [(chk, "withdraw", "120"), (sav, "deposit", "250.75"), (chk, "deposit", "30"), (sav, "withdraw", "20000"), (chk, "withdraw", "100"),
       (chk, "deposit", "-5"), (sav, "withdraw", "0.75")]
for i, (acct, meth, amt) in enumerate(ops):
    try:
        getattr(acct, meth)(amt, day + timedelta(days=3 * i))
    except InsufficientFunds as e:
        print("declined:", e, "| short by", e.amount - e.account.balance)
    except ValueError as e:
        print("error:", e)
for a in (chk, sav): a.month_end(date(2024, 1, 31))
print(chk.statement()); print(sav.statement())
print(sorted([chk, sav], key=lambda a: a.balance), sum(a.balance for a in (chk, sav)))
try: Account("x")
except TypeError as e: print(e)
