# Sequence patterns: fixed length, star in the middle, nested sequences,
# strings and bytes not matching sequence patterns, tuples vs lists.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first}..{last} ({len(middle)} inside)"
        case [a, [b, c], *_]:
            return f"nested {a} {b} {c}"
        case (a, b):
            return f"pair {a},{b}"
        case [_, *rest]:
            return f"more: {rest}"
        case str() | bytes():
            return "text, not a sequence pattern"
    return "no match"


for s in [[], [1], (1,), [1, 2], (1, [2, 3]), [1, [2, 3], 4], list(range(6)), [1, 2, 3],
          "ab", b"ab", bytearray(b"ab"), range(2), {1, 2}, iter([1])]:
    print(f"{s!r:26} -> {shape(s)}" if not hasattr(s, "__next__") else f"iterator -> {shape(s)}")
