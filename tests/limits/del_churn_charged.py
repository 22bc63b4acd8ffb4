# Finalizer churn: an object whose class has __del__ is dropped on every
# iteration, so each drop runs a collection to find it. That work is
# charged to the instruction budget (vm/finalize.cc), so the loop pays for
# it in instructions, and the virtual clock (10 ns an instruction) sees it:
# 2000 drops read far more than the dozen bytecodes each iteration runs.
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
print(ran > 2000 * 100)
print(count)
