# A sort key that recurses without end, called from native sorted().
# Whether the depth count or the native stack check stops it first depends
# on the build's frame sizes (sanitizers), and the message's suffix with it.
# limit: none
# exit: 1
# expect-error-prefix: RecursionError: maximum recursion depth exceeded
def key(x):
    return sorted([x, x], key=key)

sorted([1, 2], key=key)
