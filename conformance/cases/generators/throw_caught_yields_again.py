# gen.throw() raises inside the generator at the paused yield; a handler there
# may yield again, and iteration then carries on from the handler.
def worker():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("worker caught", e)
            n = 100


w = worker()
print(next(w), next(w))
print(w.throw(ValueError("reset")))
print(next(w), next(w))
print(w.throw(ValueError, "again"))
w.close()
