# Generator expressions: lazy evaluation, first-iterable evaluated early,
# late binding of other names, and exhaustion.
data = [1, 2, 3]
gen = (x * factor for x in data)
factor = 10
data = [100]
print(list(gen), list(gen))
pairs = ((a, b) for a in range(3) for b in range(a))
print(next(pairs), list(pairs))
try:
    bad = (1 / x for x in [1, 0, 2])
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(bad))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
print(sum(x * x for x in range(5)), max((len(w), w) for w in "a bb ccc".split()))
print(sorted(set(c for c in "mississippi")), "".join(c.upper() for c in "abc" if c != "b"))
