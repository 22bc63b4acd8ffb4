# A proxy forwards attribute reads, writes, deletions and method calls;
# once the referent dies every use raises ReferenceError.
import weakref


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, n):
        self.balance += n
        return self.balance


acct = Account("ann")
p = weakref.proxy(acct)
print(p.owner, p.deposit(5), p.deposit(7))
p.balance = 100
print(acct.balance)
p.extra = "x"
print(acct.extra)
del p.extra
print(hasattr(acct, "extra"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)
del acct
for action in (lambda: p.owner, lambda: p.deposit(1), lambda: setattr(p, "a", 1), lambda: bool(p)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError", e)
