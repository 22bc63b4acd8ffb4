# An exception thrown into a generator is not chained to the one the caller
# is handling: no "During handling of the above exception" part.
def worker():
    while True:
        item = yield
        print("got", item)


w = worker()
next(w)
w.send(1)
try:
    raise KeyError("caller side")
except KeyError:
    w.throw(ValueError("bad item"))
