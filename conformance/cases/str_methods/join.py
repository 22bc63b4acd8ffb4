# join: lists, tuples, generators, dicts, single items, non-ASCII
# separators, and the error texts for bad items and non-iterables.
print(repr(",".join(["a", "b", "c"])), repr("".join(("x", "y"))), repr("-".join([])),
      repr("-".join(["solo"])), repr(", ".join(str(i) for i in range(5))),
      repr("→".join("abc")), repr(" ".join({"k1": 1, "k2": 2})), repr("ü".join(["", ""])),
      repr("".join(["ü", "a", "日本"])), repr("ab".join(["x"] * 3)))
words = ["alpha", "beta", "gamma"]
print("|".join(words), words)
for call in [lambda: ",".join(["a", 1]), lambda: ",".join([1]), lambda: ",".join(1),
             lambda: ",".join(), lambda: ",".join(["a"], ["b"]), lambda: ",".join(None),
             lambda: ",".join(x for x in ["a", None]), lambda: ",".join(iterable=["a"]),
             lambda: "".join([b for b in (1.5,)])]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

def gen():
    yield "x"
    raise ValueError("from generator")
try:
    print("".join(gen()))
except ValueError as e:
    print("ValueError", e)
