# Finalizer churn: an object whose class has __del__ is dropped on every
# iteration, so each drop runs a collection to find it. That work is
# charged to the instruction budget (vm/finalize.cc), so the loop pays for
# it in instructions: 20000 iterations run some 240,000 bytecodes, well
# inside this run's 1M, but their collections charge far more, and the
# budget ends the run.
# args: --max-instructions 1000000
# limit: instructions
count = 0


class R:
    def __del__(self):
        global count
        count += 1


x = None
for _ in range(20000):
    x = None
    x = R()
print("unreachable: the budget ends the loop")
