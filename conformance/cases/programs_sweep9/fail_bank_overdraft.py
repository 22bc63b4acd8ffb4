class BankError(Exception):
    pass

class Overdraft(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account} overdrawn by {amount}")

def transfer(src, dst, amount, ledger):
    if ledger[src] < amount:
        raise Overdraft(src, amount - ledger[src])
    ledger[src] -= amount
    ledger[dst] += amount

ledger = {"a": 10, "b": 5}
transfer("a", "b", 7, ledger)
print(ledger)
try:
    transfer("b", "a", 100, ledger)
except BankError as e:
    raise RuntimeError("transfer batch failed") from e
