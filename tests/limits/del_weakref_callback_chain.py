# A callback storm: each callback makes another weakly referenced object
# with the same callback and drops it, so each callback starts the next,
# nested (CPython's deallocations nest the same way). The recursion guard
# stops the chain with a RecursionError, reported as ignored, and the
# script goes on.
# limit: none
# expect-error-prefix: RecursionError: maximum recursion depth exceeded
# expect-output: after the chain
import weakref

refs = []


class Node:
    pass


def cb(ref):
    n = Node()
    refs.append(weakref.ref(n, cb))
    del n


n = Node()
refs.append(weakref.ref(n, cb))
del n
print("after the chain")
