# Dict unpacking in displays and calls.
defaults = {"color": "red", "size": "M", "qty": 1}
order = {"size": "L", "qty": 3}
final = {**defaults, **order}
print(final)


def describe(color, size, qty):
    return f"{qty} x {color} ({size})"


print(describe(**final), describe(**defaults), describe(**{**order, "color": "blue"}))
try:
    describe(**defaults, qty=5)
except TypeError as e:
    print("TypeError", e)
try:
    describe(**{"colour": "x", "size": 1, "qty": 1})
except TypeError as e:
    print("TypeError", e)
print({**{}}, {**{1: 2}, **{1: 3}}, {"a": 0, **{"a": 1}, "a": 2})
