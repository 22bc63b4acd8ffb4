# == on two lists nested 100,000 deep.
# limit: none
# exit: 1
# expect-error-prefix: RecursionError: maximum recursion depth exceeded
a = []
b = []
for _ in range(100000):
    a = [a]
    b = [b]
print(a == b)
