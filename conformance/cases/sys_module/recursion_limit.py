# getrecursionlimit/setrecursionlimit: the default, argument checks, and
# the refusal of a limit below the current depth.
import sys

print(sys.getrecursionlimit())
for bad in [1.5, "10", None, 0, -5, 2**31, 2**64]:
    try:
        sys.setrecursionlimit(bad)
        print("accepted", bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for low in [1, 2]:
    try:
        sys.setrecursionlimit(low)
    except RecursionError as e:
        print("RecursionError", e)


def at_depth(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            print("RecursionError", e)
        return
    at_depth(n - 1)


at_depth(20)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(2500))
sys.setrecursionlimit(50)
try:
    depth(100)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit(), depth(900))
try:
    sys.getrecursionlimit(1)
except TypeError as e:
    print("TypeError", e)
