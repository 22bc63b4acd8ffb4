# repr() of a list nested 100,000 deep: native recursion stops with
# RecursionError, and the host's C++ stack does not overflow.
# limit: none
# exit: 1
# expect-error-prefix: RecursionError: maximum recursion depth exceeded
x = []
for _ in range(100000):
    x = [x]
repr(x)
