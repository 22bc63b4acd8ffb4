class Account:
    kind = "basic"
    def deposit(self, x): pass
    def withdraw(self, x): pass
    @property
    def balance(self): return 0
public = [n for n in dir(Account) if not n.startswith("_")]
print(public)
print([n for n in public if callable(getattr(Account, n))])
a = Account()
print({n: type(getattr(a, n)).__name__ for n in dir(a) if not n.startswith("__")})
print(sorted(n for n in vars(Account) if not n.startswith("__")), hasattr(a, "deposit"), getattr(a, "missing", None))
