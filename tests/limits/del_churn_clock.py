# Finalizer churn and the virtual clock: each drop of an object whose class
# has __del__ runs a collection, charged to the instruction budget
# (del_churn_charged.py), but not read by the virtual clock (10 ns a
# bytecode): CPython's reference counting frees without collecting, so its
# clock sees only the loop. 2000 iterations of about a dozen bytecodes
# read well under 2000 * 100 instructions' worth, and every __del__ still
# ran at its drop.
# limit: none
# expect-output: True
# expect-output: 2000
import time

count = 0


class R:
    def __del__(self):
        global count
        count += 1


x = None
start = time.perf_counter_ns()
for _ in range(2000):
    x = None
    x = R()
x = None
ran = (time.perf_counter_ns() - start) // 10
print(ran < 2000 * 100)
print(count)
