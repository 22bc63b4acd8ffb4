# reversed on sequences and its errors.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(5))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), "".join(reversed("stressed")))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError", e)
try:
    reversed(x for x in "ab")
except TypeError as e:
    print("TypeError", e)
