# Class-based context managers: a re-entrant indenter and a managed
# transaction that rolls back on error and can suppress.
class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *exc):
        self.level -= 1
        return False

    def say(self, text):
        print("    " * self.level + text)


with Indenter() as ind:
    ind.say("one")
    with ind:
        ind.say("two")
        with ind:
            ind.say("three")
        ind.say("two again")
    ind.say("one again")


class Transaction:
    def __init__(self, store, swallow=()):
        self.store, self.swallow = store, swallow

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, et, ev, tb):
        if et is None:
            print("  commit", sorted(self.store.items()))
            return False
        self.store.clear()
        self.store.update(self.snapshot)
        print(f"  rollback after {et.__name__}: {ev}")
        return issubclass(et, self.swallow)


store = {"a": 1}
with Transaction(store) as s:
    s["b"] = 2
with Transaction(store, swallow=(KeyError,)) as s:
    s["c"] = 3
    s["missing"] += 1
print(store)
try:
    with Transaction(store) as s:
        s.clear()
        raise RuntimeError("abort")
except RuntimeError as e:
    print("escaped:", e, store)
t = Transaction(store)
print(t.__exit__(None, None, None) if hasattr(t, "snapshot") else "not entered")
with Transaction(store) as s1, Transaction(store, (ValueError,)) as s2:
    s2["z"] = 26
    int("not a number")
print(store)
