# A round-robin task scheduler over generator "threads" with sleeping,
# joining via return values, and cancellation by throw/close.
from collections import deque


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Cancelled(Exception):
    pass


def worker(name, steps, nap=0):
    done = 0
    try:
        for i in range(steps):
            print(f"  {name} step {i}")
            done += 1
            if nap:
                yield Sleep(nap)
            else:
                yield
    except Cancelled:
        print(f"  {name} cancelled after {done}")
        return ("cancelled", done)
    return ("finished", done)


def run(tasks, cancel_at=None):
    ready = deque((t, 0) for t in tasks)
    sleeping, results, tick = [], {}, 0
    while ready or sleeping:
        tick += 1
        for item in [s for s in sleeping if s[1] <= tick]:
            sleeping.remove(item)
            ready.append((item[0], 0))
        if not ready:
            continue
        gen, _ = ready.popleft()
        try:
            if cancel_at and tick == cancel_at[1] and gen.__name__ == "worker":
                cancel_at = None
                request = gen.throw(Cancelled)
            else:
                request = next(gen)
        except StopIteration as stop:
            results[id(gen)] = stop.value
            continue
        if isinstance(request, Sleep):
            sleeping.append((gen, tick + request.ticks))
        else:
            ready.append((gen, 0))
    return list(results.values())


print(run([worker("a", 2), worker("b", 3, nap=2), worker("c", 1)]))
print(run([worker("x", 4), worker("y", 2)], cancel_at=("x", 3)))
