class Account:
    def __init__(self, owner, entries):
        self.owner = owner
        self.entries = entries

    @property
    def balance(self):
        return sum(e["amount"] for e in self.entries)

    @property
    def average(self):
        return self.balance / len(self.entries)


accounts = [Account("ann", [{"amount": 10}, {"amount": 30}]), Account("bob", [])]
for acct in accounts:
    print(f"{acct.owner}: balance={acct.balance} avg={acct.average:.2f}")
