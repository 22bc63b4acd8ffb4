# Transfers between accounts with a custom exception hierarchy, chaining
# with `from`, rollbacks in finally, and an audit of failures.
class BankError(Exception):
    pass


class Frozen(BankError):
    pass


class Insufficient(BankError):
    pass


class Account:
    def __init__(self, name, balance, frozen=False):
        self.name, self.balance, self.frozen = name, balance, frozen

    def withdraw(self, amount):
        if self.frozen:
            raise Frozen(f"{self.name} is frozen")
        if amount > self.balance:
            raise Insufficient(f"{self.name} has {self.balance}, needs {amount}")
        self.balance -= amount

    def deposit(self, amount):
        if self.frozen:
            raise Frozen(f"{self.name} is frozen")
        self.balance += amount


def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except BankError as e:
        src.balance += amount
        raise BankError(f"transfer {src.name}->{dst.name} rolled back") from e


accts = {n: Account(n, b, f) for n, b, f in [("a", 100, False), ("b", 50, False), ("c", 0, True)]}
audit = []
for s, d, amt in [("a", "b", 30), ("b", "a", 500), ("a", "c", 10), ("c", "a", 1), ("b", "a", 80)]:
    try:
        transfer(accts[s], accts[d], amt)
        audit.append((s, d, amt, "ok"))
    except Frozen as e:
        audit.append((s, d, amt, f"frozen: {e}"))
    except BankError as e:
        cause = f" (cause: {e.__cause__})" if e.__cause__ else ""
        audit.append((s, d, amt, f"{type(e).__name__}: {e}{cause}"))
for line in audit:
    print(line)
print({n: a.balance for n, a in accts.items()})
