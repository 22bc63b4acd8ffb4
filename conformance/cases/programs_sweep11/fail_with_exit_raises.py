class Tx:
    def __enter__(self):
        print("begin")
        return self

    def __exit__(self, et, ev, tb):
        print("rollback" if et else "commit")
        if et is KeyError:
            raise RuntimeError("rollback failed")


with Tx():
    print("work")
with Tx():
    {}["k"]
