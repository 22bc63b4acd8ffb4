# str() of dicts nested 100,000 deep.
# limit: none
# exit: 1
# expect-error-prefix: RecursionError: maximum recursion depth exceeded
d = {}
for _ in range(100000):
    d = {"k": d}
print(str(d))
