def worker():
    total = 0
    while True:
        item = yield total
        total += item

w = worker()
next(w)
w.send(5)
w.send(10)
print("total so far", w.send(0))
w.throw(ValueError, "bad item")
