def batches(items, size):
    it = iter(items)
    while True:
        batch = [next(it) for _ in range(size)]
        yield batch


for b in batches(range(7), 3):
    print(b)
