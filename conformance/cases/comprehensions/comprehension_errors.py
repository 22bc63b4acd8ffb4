# Exceptions raised inside comprehensions propagate normally.
try:
    [1 / x for x in (1, 0, 2)]
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print("ValueError", e)
try:
    [int(s) for s in ["1", "two", "3"]]
except ValueError as e:
    print("ValueError", e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print("TypeError", e)
try:
    sum(x["a"] for x in [{"a": 1}, {"b": 2}])
except KeyError as e:
    print("KeyError", e)
try:
    [x for x in 5]
except TypeError as e:
    print("TypeError", e)
print("done")
