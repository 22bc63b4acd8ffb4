def worker():
    try:
        yield "started"
    finally:
        raise ValueError("cleanup failed")


w = worker()
print(next(w))
w.close()
