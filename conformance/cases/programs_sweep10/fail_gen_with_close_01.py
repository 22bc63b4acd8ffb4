class CM:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb): return True
def g():
    with CM():
        yield 1
    yield "after"
x = g(); next(x)
x.close()
print("close ok")
