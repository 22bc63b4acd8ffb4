# A raised limit with recursion through native code (__init__, repr): the
# native guard still stops it before the C++ stack overflows.
# expect-output: RecursionError
# expect-output: RecursionError
import sys
sys.setrecursionlimit(10**6)
class Node:
    def __init__(self, n):
        self.child = Node(n + 1)
try:
    Node(0)
except RecursionError:
    print('RecursionError')
class R:
    def __repr__(self):
        return repr(R())
try:
    repr(R())
except RecursionError:
    print('RecursionError')
