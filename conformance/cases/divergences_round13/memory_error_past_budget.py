# A size no allocation can satisfy raises a catchable MemoryError() at once,
# before anything is built, and the program goes on (moat: a request larger
# than its whole memory budget; docs/SECURITY.md).
attempts = [
    ("list repeat", lambda: [0] * 2**62),
    ("list of lists", lambda: [[]] * 2**61),
    ("str repeat", lambda: "a" * 2**62),
    ("tuple repeat", lambda: (1, 2) * 2**61),
    ("bytearray(n)", lambda: bytearray(2**62)),
    ("bytes(n)", lambda: bytes(2**62)),
    ("list(range)", lambda: list(range(2**62))),
    ("tuple(range)", lambda: tuple(range(2**62))),
    ("sorted(range)", lambda: sorted(range(2**62))),
    ("extend(range)", lambda: [1, 2].extend(range(2**62))),
]
for label, make in attempts:
    try:
        make()
        print(label, "built")
    except MemoryError as e:
        print(label, "->", repr(e), e.args)
    except OverflowError as e:
        print(label, "-> OverflowError", e)

cache = {}
for n in (10, 2**62, 20):
    try:
        cache[n] = [n] * n
    except MemoryError:
        cache[n] = None
print({k: (len(v) if v is not None else None) for k, v in cache.items()})
