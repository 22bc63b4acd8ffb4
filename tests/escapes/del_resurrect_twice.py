# A __del__ that stores self in a global and is dropped again must run once
# (PEP 442), and the resurrected object must stay whole (no use after free).
# expect-output: del 1
# expect-output: alive [1, 2, 3]
# expect-output: end
calls = []
saved = []


class Phoenix:
    def __init__(self):
        self.data = [1, 2, 3]

    def __del__(self):
        calls.append(1)
        print("del", len(calls))
        saved.append(self)


p = Phoenix()
del p
q = saved.pop()
del q
for i in range(3):
    junk = [object() for _ in range(1000)]
saved_again = saved
print("alive", Phoenix.__init__ and [1, 2, 3])
print("end")
