class Tx:
    def __enter__(self): return self
    def __exit__(self, *exc):
        print("exit with", exc[0].__name__ if exc[0] else None)
        raise RuntimeError("rollback failed")
with Tx():
    {}["missing"]
