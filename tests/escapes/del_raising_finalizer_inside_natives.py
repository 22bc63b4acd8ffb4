# A finalizer that raises, run by a collection inside a native operation
# (a sort key, a dict comprehension's keys, a set built from a generator):
# CPython reports it ("Exception ignored in") and the native carries on;
# the raised exception must never replace the native's own result or
# exception, nor leave one pending that a later operation picks up.
# expect-output: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
# expect-output: {0: 0, 1: 1, 2: 2}
# expect-output: {0, 1, 2}
# expect-output: ZeroDivisionError integer division or modulo by zero
# expect-output: [1, 2, 3]
# expect-output: done
class FinRaise:
    def __del__(self):
        raise ValueError("from del")


def churn():
    x = FinRaise()
    x.self = x
    del x
    for i in range(4):
        junk = [bytes(3000) for j in range(3000)]
    return 1


print(sorted(range(10), key=lambda v: churn() * -v))
print({churn() * i: i for i in range(3)})
print(set(churn() * i for i in range(3)))
try:
    sorted(range(5), key=lambda v: churn() * (1 // (v - 3)))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(map(lambda v: churn() + v, range(3))))
print("done")
