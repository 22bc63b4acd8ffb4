# RecursionError can be caught, and the script goes on.
# limit: none
# expect-output: caught RecursionError
# expect-output: still running 3
def f():
    f()

try:
    f()
except RecursionError:
    print("caught RecursionError")
print("still running", 1 + 2)
