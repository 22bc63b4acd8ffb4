# Finalizer churn over a big heap: every iteration drops an object whose
# class has __del__, and finding it dead takes a collection of the whole
# heap (200,000 lists). Those prompt collections are bounded by the
# script's own work (vm/finalize.h: twice its instructions plus a
# constant; what they charge to the budget does not raise the bound), so
# the run stays inside 60M instructions, some 36M of them the charge;
# past the bound the finalizers wait for a regular collection or the end. Were each
# collection's charge to pay for the next, the 3000 drops would cost some
# 300M instructions.
# args: --max-instructions 60000000
# limit: none
# expect-output: True
# expect-output: True
big = [[i] for i in range(200000)]
count = 0


class R:
    def __del__(self):
        global count
        count += 1


x = None
for _ in range(3000):
    x = R()
x = None
print(count > 0)
print(count < 3000)
