# Everyday call shapes: keyword arguments, *args/**kwargs forwarding,
# closures, bound methods in loops, isinstance, enumerate/zip loops,
# dict.get/setdefault and the common built-in functions and methods.
def scale(x, factor=2, offset=0):
    return x * factor + offset


def forward(*args, **kwargs):
    return scale(*args, **kwargs)


def make_counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance


values = [(i * 37) % 101 for i in range(2000)]
names = ["n%d" % (i % 50) for i in range(2000)]
bump = make_counter()
acct = Account("ann")
deposit = acct.deposit
total = 0
for _ in range(100):
    counts = {}
    groups = {}
    for i, (v, name) in enumerate(zip(values, names)):
        total += scale(v, factor=3) + forward(v, offset=i)
        counts[name] = counts.get(name, 0) + 1
        groups.setdefault(v % 7, []).append(name)
        if isinstance(v, int) and len(name) > 2:
            total += min(v, 50) + max(v, 10) + abs(v - 50)
        deposit(v)
        bump()
        if name.startswith("n1"):
            total += int(name[1:])
    total += sum(len(g) for g in groups.values()) + len(counts)
print(total, acct.balance, bump(0))
