# Sensor data pipeline built from generators: send() for calibration,
# throw() for faults, yield from delegation and close() cleanup.
import itertools
import math

def readings(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2**31
        yield round(20 + (x % 1000) / 100 - 5, 2)

def calibrated(source):
    offset = 0.0
    try:
        for value in source:
            cmd = yield round(value + offset, 2)
            if cmd is not None:
                offset = cmd
                print(f"  offset -> {offset:+.2f}")
    finally:
        print("  calibrated: closed")

def windowed(source, n):
    win = []
    for v in source:
        win.append(v)
        if len(win) == n:
            yield tuple(win)
            win.pop(0)

def stats():
    count, total, lo, hi = 0, 0.0, math.inf, -math.inf
    while True:
        try:
            v = yield
        except ValueError as exc:
            print(f"  fault ignored: {exc}")
            continue
        if v is None:
            break
        count += 1
        total += v
        lo, hi = min(lo, v), max(hi, v)
    return {"n": count, "mean": round(total / count, 3), "lo": lo, "hi": hi}

def collect(values):
    result = yield from stats()
    print("  collected", result)
    return result

gen = calibrated(readings(42))
first = [next(gen) for _ in range(3)]
print("first", first)
print("after send", gen.send(-1.5), next(gen))
gen.close()
print("closed ok", next(gen, "exhausted"))

c = collect([])
next(c)
for v in [21.5, 19.25, 23.0]:
    c.send(v)
c.throw(ValueError("sensor 3 offline"))
c.send(18.0)
try:
    c.send(None)
except StopIteration as stop:
    print("final", stop.value)

print(list(windowed(itertools.islice(readings(7), 6), 3)))
smooth = (sum(w) / len(w) for w in windowed(readings(1), 4))
print([f"{x:.2f}" for x in itertools.islice(smooth, 5)])
evens = (v for v in readings(3) if int(v) % 2 == 0)
print(next(evens), next(evens), type(evens).__name__)

def chunked(it, size):
    it = iter(it)
    while chunk := list(itertools.islice(it, size)):
        yield chunk

print(list(chunked(range(10), 4)), list(chunked([], 3)))

def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for x in obj:
            yield from flatten(x)
    else:
        yield obj

print(list(flatten([1, [2, (3, [4, []]), 5], [[[6]]]])))
g = (i * i for i in range(3))
print(list(g), list(g), sum(x for x in range(5) if x % 2))
def early():
    yield 1
    return "early-return"
e = early()
print(next(e), next(e, "default"))
def gen_with_state():
    total = 0
    while True:
        received = yield total
        if received is None:
            return total
        total += received
s = gen_with_state()
print(next(s), s.send(5), s.send(10))
try:
    s.send(None)
except StopIteration as stop:
    print("StopIteration value", stop.value)
try:
    gen_with_state().send(3)
except TypeError as exc:
    print("TypeError:", exc)
