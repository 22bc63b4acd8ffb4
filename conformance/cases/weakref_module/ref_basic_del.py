# A weak reference answers its referent until the last strong reference
# goes, then None.
import weakref


class Node:
    def __init__(self, name):
        self.name = name


n = Node("a")
r = weakref.ref(n)
print(r() is n, r().name)
alias = n
del n
print(r() is None)
del alias
print(r() is None)
