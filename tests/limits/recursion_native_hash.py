# hash() of a tuple nested 100,000 deep.
# limit: none
# exit: 1
# expect-error-prefix: RecursionError: maximum recursion depth exceeded
t = ()
for _ in range(100000):
    t = (t,)
print(hash(t))
