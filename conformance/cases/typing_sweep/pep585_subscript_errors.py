# Errors from subscripting aliases and classes.
tries = [
    lambda: list[int][str],
    lambda: int[str],
    lambda: dict[str, int][int],
    lambda: object[int],
]
for t in tries:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError", e)
