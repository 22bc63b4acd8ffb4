class Ledger:
    def __init__(self):
        self.entries = []

    def post(self, debit, credit, amount):
        self.entries.append((debit, amount))
        self.entries.append((credit, -amount))

    def balances(self):
        out = {}
        for acct, amt in self.entries:
            out[acct] = out.get(acct, 0) + amt
        return out

    def check(self):
        total = sum(a for _, a in self.entries)
        assert total == 0, f"ledger out of balance by {total}"


led = Ledger()
led.post("cash", "revenue", 500)
led.post("rent", "cash", 200)
led.check()
print(led.balances())
led.entries.append(("cash", 0.1))
led.entries.append(("cash", 0.2))
led.entries.append(("cash", -0.3))
print(sum(a for _, a in led.entries[-3:]))
led.check()
