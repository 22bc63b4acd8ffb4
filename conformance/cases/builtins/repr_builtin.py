# repr of built-in values.
values = [0, -12, 3.0, 1e-7, 1e22, float("nan"), "text", "it's", 'dq"', "both'\"", "\n\t\\", None, True,
          [], [1, [2]], (), (1,), (1, 2), {}, {"a": [1]}, set(), {1}, frozenset({2}), range(3),
          range(1, 5, 2), slice(1, 2), b"", b"a'b", b"\x00\xff", ..., NotImplemented]
for v in values:
    print(repr(v))
print(repr(repr("x")), str(repr(1.5)), repr(str(1.5)))
