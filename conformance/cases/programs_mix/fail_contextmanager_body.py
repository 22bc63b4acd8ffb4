from contextlib import contextmanager, ExitStack


@contextmanager
def transaction(db):
    snapshot = dict(db)
    print("begin", sorted(db.items()))
    try:
        yield db
    except Exception:
        db.clear()
        db.update(snapshot)
        print("rollback", sorted(db.items()))
        raise
    else:
        print("commit", sorted(db.items()))


def transfer(db, src, dst, amount):
    with transaction(db) as t:
        t[src] -= amount
        if t[src] < 0:
            raise ValueError(f"insufficient funds in {src}: {t[src] + amount} < {amount}")
        t[dst] = t.get(dst, 0) + amount


db = {"a": 100, "b": 5}
transfer(db, "a", "b", 30)
with ExitStack() as stack:
    for name in ("x", "y"):
        stack.callback(print, "cleanup", name)
    transfer(db, "b", "c", 10)
transfer(db, "b", "a", 100)
