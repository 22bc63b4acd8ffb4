# print() near the recursion limit: the write to stdout takes two steps
# of CPython's recursion count, so the deepest frame fails inside print.
def count(n):
    print(n, end=" ")
    count(n + 1)
count(0)
