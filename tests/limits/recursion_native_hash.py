# hash() of a generic alias nested 100,000 deep (list[list[...]]): each
# alias hashes its origin and arguments natively, so the walk recurses in
# C++ and ends at the native depth guard. (A tuple nested as deep hashes
# without recursing, as CPython answers it: see conformance/cases/
# stdlib_divergences/hash_deep_tuple.py.)
# limit: none
# exit: 1
# expect-error-prefix: RecursionError: maximum recursion depth exceeded
t = int
for _ in range(100000):
    t = list[t]
print(hash(t))
