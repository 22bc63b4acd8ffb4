# A sort key that recurses without end, called from native sorted().
# limit: none
# exit: 1
# expect-error: RecursionError: maximum recursion depth exceeded
def key(x):
    return sorted([x, x], key=key)

sorted([1, 2], key=key)
