# A request for one new object larger than the whole memory budget can never
# be granted, whatever the script frees, and nothing is allocated for it: it
# raises CPython's catchable MemoryError() at once (docs/SECURITY.md), under
# every spelling of a size the script names, and the run goes on.
# limit: none
# expect-output: [0] * 2**62 MemoryError ()
# expect-output: 'a' * 2**62 MemoryError ()
# expect-output: bytearray(2**62) MemoryError ()
# expect-output: bytes(10**10) MemoryError ()
# expect-output: list(range(2**62)) MemoryError ()
# expect-output: (1,) * 2**62 MemoryError ()
# expect-output: [[]] * 10**10 MemoryError ()
# expect-output: 'x'.center(10**10) MemoryError ()
# expect-output: sorted(range(10**9)) MemoryError ()
# expect-output: still running 3
attempts = {
    "[0] * 2**62": lambda: [0] * 2**62,
    "'a' * 2**62": lambda: "a" * 2**62,
    "bytearray(2**62)": lambda: bytearray(2**62),
    "bytes(10**10)": lambda: bytes(10**10),
    "list(range(2**62))": lambda: list(range(2**62)),
    "(1,) * 2**62": lambda: (1,) * 2**62,
    "[[]] * 10**10": lambda: [[]] * 10**10,
    "'x'.center(10**10)": lambda: "x".center(10**10),
    "sorted(range(10**9))": lambda: sorted(range(10**9)),
}
for spelling, make in attempts.items():
    try:
        make()
        print(spelling, "built")
    except MemoryError as e:
        print(spelling, type(e).__name__, e.args)
print("still running", len([1, 2, 3]))
