# An object in a reference cycle that holds its own weak reference (with
# a callback): dropped, the whole cycle is garbage, and as in CPython's
# cycle collector the reference, itself garbage, is cleared without its
# callback. A reference held from outside the cycle is cleared and
# called. Nothing may read the freed objects afterwards.
# expect-output: outer callback True
# expect-output: outer dead True
# expect-output: end
import weakref


class Node:
    pass


n = Node()
n.me = n
n.own = weakref.ref(n, lambda ref: print("own callback (CPython: never)"))
outer = weakref.ref(n, lambda ref: print("outer callback", ref() is None))
del n
for i in range(200):
    junk = [[j] for j in range(5000)]
print("outer dead", outer() is None)
print("end")
