from datetime import date
from decimal import Decimal


class Transaction:
    _seq = 0

    def __init__(self, kind, amount, when, memo=""):
        Transaction._seq += 1
        self.id = Transaction._seq
        self.kind, self.amount, self.when, self.memo = kind, Decimal(amount), when, memo

    def signed(self):
        return self.amount if self.kind in ("deposit", "interest") else -self.amount

    def __repr__(self):
        return f"<T{self.id} {self.kind} {self.amount} {self.when:%m/%d}>"


class Account:
    interest_rate = Decimal("0.00")

    def __init__(self, owner, opened):
        self.owner = owner
        self.history = [Transaction("deposit", "0", opened, "open")]

    @property
    def balance(self):
        return sum((t.signed() for t in self.history), Decimal(0))

    def deposit(self, amount, when, memo=""):
        self.history.append(Transaction("deposit", amount, when, memo))

    def withdraw(self, amount, when, memo=""):
        if Decimal(amount) > self.balance:
            raise ValueError(f"{self.owner}: insufficient funds for {amount}")
        self.history.append(Transaction("withdraw", amount, when, memo))

    def statement(self, month):
        lines = [f"Statement for {self.owner} ({type(self).__name__}) {month:%B %Y}"]
        running = Decimal(0)
        for t in self.history:
            running += t.signed()
            if (t.when.year, t.when.month) == (month.year, month.month):
                lines.append(f"  {t.when:%d} {t.kind:<9}{t.signed():>+10.2f} {running:>10.2f} {t.memo}")
        return "\n".join(lines)


class Savings(Account):
    interest_rate = Decimal("0.015")

    def add_interest(self, when):
        interest = (self.balance * self.interest_rate / 12).quantize(Decimal("0.01"))
        self.history.append(Transaction("interest", interest, when, "monthly"))
        return interest


chk = Account("ann", date(2024, 1, 2))
sav = Savings("ann", date(2024, 1, 2))
chk.deposit("2500.00", date(2024, 1, 5), "salary")
chk.withdraw("1200", date(2024, 1, 6), "rent")
sav.deposit("10000", date(2024, 1, 10))
print(sav.add_interest(date(2024, 1, 31)), sav.add_interest(date(2024, 2, 29)))
try:
    chk.withdraw("5000", date(2024, 2, 1))
except ValueError as e:
    print("ValueError:", e)
chk.withdraw("49.99", date(2024, 2, 3), "groceries")
print(chk.statement(date(2024, 1, 1)))
print(sav.statement(date(2024, 2, 1)))
print(chk.balance, sav.balance, chk.history[-1], isinstance(sav, Account))
