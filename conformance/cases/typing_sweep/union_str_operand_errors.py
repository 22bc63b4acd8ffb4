# `int | "str"` and other non-type operands.
tries = [
    lambda: int | "str",
    lambda: "str" | int,
    lambda: int | 3,
    lambda: 3 | list,
    lambda: list[int] | "x",
    lambda: (int | str) | 2.5,
]
for t in tries:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
