# A report that fails when a model's __repr__ raises while being formatted
# inside an f-string in a nested helper.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:.2f})"

class Broken(Account):
    def __repr__(self):
        parts = self.owner.split()
        return f"Broken({parts[0]} {parts[1][0]}.)"

def line(acct, width=30):
    return f"{acct!r:<{width}}|{acct.balance:>10,.2f}"

def report(accts):
    print("Report")
    for a in sorted(accts, key=lambda a: (-a.balance, a.owner)):
        print(line(a))

report([Account("Ann Lee", 1250.5), Broken("Bob Stone", 99.999), Account("Cy", 0)])
report([Broken("Dee", 5)])
