# A ledger coroutine: send() transactions, receive the running balance,
# throw() a correction, close() to settle; return value via StopIteration.
class Correction(Exception):
    def __init__(self, amount):
        super().__init__(amount)
        self.amount = amount


def ledger(opening):
    balance, count = opening, 0
    try:
        while True:
            try:
                amount = yield balance
            except Correction as c:
                balance += c.amount
                print(f"  corrected by {c.amount}")
                continue
            if not isinstance(amount, (int, float)):
                print(f"  rejected {amount!r}")
                continue
            balance += amount
            count += 1
    except GeneratorExit:
        print(f"  settled {count} transactions at {balance}")
        raise


book = ledger(100)
print(next(book))
for amt in [50, -30, "ten", 12.5]:
    print(amt, "->", book.send(amt))
print("correction ->", book.throw(Correction(-2.5)))
book.close()
try:
    next(book)
except StopIteration:
    print("ledger closed")
