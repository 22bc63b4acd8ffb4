# Builtins called with keyword arguments.
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(max([1, 5, 3], key=lambda v: -v), min([], default="none"), max((), default=0, key=abs))
print(int("101", base=2), int("z", base=36), round(3.14159, ndigits=2), round(number=2.5))
print(pow(base=2, exp=5, mod=7), enumerate(iterable="ab", start=5).__next__())
print(sum(iterable := [1, 2], start=10), iterable)
print("x", "y", sep="->", end=".\n")
print(dict(a=1, **{"b": 2}), list(zip("ab", "cd", strict=True)))
try:
    sorted([1], reversed=True)
except TypeError as e:
    print("TypeError", e)
try:
    len(obj=[1])
except TypeError as e:
    print("TypeError", e)
try:
    int(x="5")
except TypeError as e:
    print("TypeError", e)
