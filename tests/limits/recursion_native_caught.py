# A RecursionError from native recursion can be caught.
# limit: none
# expect-output: caught
x = []
for _ in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError:
    print("caught")
