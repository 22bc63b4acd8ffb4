# Every level of a runaway recursion holds an object with __del__: the
# RecursionError unwinds them all, and their finalizers run once handled.
# expect-output: caught RecursionError
# expect-output: finalized True
count = [0]


class Tracked:
    def __del__(self):
        count[0] += 1


def down(n):
    t = Tracked()
    return down(n + 1)


try:
    down(0)
except RecursionError:
    print("caught RecursionError")
print("finalized", count[0] > 100)
