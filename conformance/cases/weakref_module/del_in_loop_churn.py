# A loop that makes and drops weakly referenced objects sees each
# callback at its drop.
import weakref


class Job:
    def __init__(self, n):
        self.n = n


log = []
refs = []
for i in range(200):
    j = Job(i)
    refs.append(weakref.ref(j, lambda r, i=i: log.append(i)))
    del j
    if len(log) != i + 1:
        print("late at", i)
        break
print(len(log), log[:5], log[-1])
refs.clear()
