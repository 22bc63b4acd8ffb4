# Applying a batch of transfers atomically: roll back on any failure.
accounts = {"alice": 100, "bob": 50, "carol": 0}


def transfer(books, src, dst, amount):
    if amount <= 0:
        raise ValueError(f"invalid amount {amount}")
    if books[src] < amount:
        raise ValueError(f"{src} has {books[src]}, needs {amount}")
    books[src] -= amount
    books[dst] += amount


def apply_batch(batch):
    global accounts
    snapshot = dict(accounts)
    try:
        for src, dst, amount in batch:
            transfer(accounts, src, dst, amount)
    except (ValueError, KeyError) as e:
        accounts = snapshot
        print("rolled back:", type(e).__name__, e)
        return False
    else:
        print("committed", len(batch), "transfers")
        return True
    finally:
        print("balances:", accounts)


apply_batch([("alice", "bob", 30), ("bob", "carol", 70)])
apply_batch([("alice", "carol", 50), ("carol", "bob", 80)])
apply_batch([("alice", "dave", 1)])
apply_batch([("bob", "alice", -5)])
print(sum(accounts.values()))
