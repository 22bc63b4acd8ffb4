# A proxy that records every attribute read it forwards with __getattr__,
# while its own attributes go through __getattribute__ normally.
class Audited:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(f"del {name}")
        delattr(self._target, name)

    def __dir__(self):
        return sorted(set(dir(self._target)) | {"_log"})


class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, n):
        self.balance += n
        return self.balance


a = Account()
p = Audited(a)
print(p.deposit(5), p.balance)
p.owner = "ann"
print(a.owner)
del p.owner
try:
    p.owner
except AttributeError as e:
    print("AttributeError:", e)
print(p._log)
print([n for n in dir(p) if not n.startswith("__")])
print(getattr(p, "missing", "fallback"), hasattr(p, "balance"), hasattr(p, "nope"))
print(p._log[-3:])
