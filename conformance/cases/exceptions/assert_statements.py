# assert with and without messages.
def mean(xs):
    assert len(xs) > 0, "mean of empty list"
    return sum(xs) / len(xs)


print(mean([1, 2, 3]))
try:
    mean([])
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    x = 5
    assert x < 3, f"x too big: {x}"
except AssertionError as e:
    print("AssertionError", e)
assert True, "never"
assert [1], "non-empty list is truthy"
print("asserts passed")
