def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def drop(n, it):
    it = iter(it)
    for _ in range(n):
        next(it, None)
    yield from it
def islice_like(it, start, stop, step=1):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x
def evens(it):
    return (x for x in it if x % 2 == 0)
def squares(it):
    for x in it:
        yield x * x
def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)
print(list(take(5, squares(evens(numbers())))))
print(list(islice_like(numbers(), 3, 20, 4)))
print(list(take(3, drop(10, numbers()))))
print(list(chunks(take(7, numbers()), 3)))
print(list(take(10, "abc")), list(take(0, numbers())))
def trace(name, it):
    for x in it:
        print(f"  {name} -> {x}")
        yield x
pipe = trace("sq", squares(trace("src", take(3, numbers()))))
print("built lazily")
print(list(pipe))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())), next(drop(100, fib())))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(take(6, numbers()))))
def zip_longest_like(*its, fill=None):
    its = [iter(i) for i in its]
    while True:
        row = []
        alive = 0
        for it in its:
            try:
                row.append(next(it))
                alive += 1
            except StopIteration:
                row.append(fill)
        if not alive:
            return
        yield tuple(row)
print(list(zip_longest_like("ab", range(4), fill="-")))
