# throw() into a generator whose finally raises: the new error replaces
# the thrown one and carries it as context.
def transaction():
    print("begin")
    try:
        yield "working"
        yield "still working"
    finally:
        print("rollback")
        raise RuntimeError("rollback failed")


t = transaction()
print(next(t))
t.throw(KeyError("lost connection"))
