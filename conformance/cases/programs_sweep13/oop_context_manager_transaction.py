class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"rolled back after {exc_type.__name__}: {exc}")
            return exc_type is KeyError
        print("committed")
        return False


db = {"alice": 100, "bob": 20}
with Transaction(db) as t:
    t["alice"] -= 30
    t["bob"] += 30
print(db)
with Transaction(db) as t:
    t["alice"] -= 500
    t["carol"] += 500
print(db)
try:
    with Transaction(db) as t:
        t["bob"] = t["bob"] / 0
except ZeroDivisionError as e:
    print("escaped:", e)
print(db)
