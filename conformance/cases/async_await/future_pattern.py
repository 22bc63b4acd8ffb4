# A hand-written Future: awaiting it suspends the task until the driver
# resolves it.


class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.result = value

    def __await__(self):
        if not self.done:
            yield self
        if not self.done:
            raise RuntimeError("resumed before the future was done")
        return self.result


async def consumer(fut, label):
    value = await fut
    return f"{label} got {value}"


f = Future()
tasks = [consumer(f, "first"), consumer(f, "second")]
waiting = []
for t in tasks:
    waiting.append((t, t.send(None)))
print([w[1] is f for w in waiting])
f.set_result(99)
for t, _ in waiting:
    try:
        t.send(None)
    except StopIteration as e:
        print(e.value)

early = consumer(Future(), "early")
early.send(None)
try:
    early.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
