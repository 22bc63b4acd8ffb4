# The never-awaited warning carries the coroutine as its source, as
# CPython's does, so a script recording its warnings gets back a coroutine
# the collector was finalizing. It must behave as a plain coroutine again:
# start once, return its value, refuse a second start, warn no second time,
# and leave no released frame behind (python3.11 prints the same lines).
# expect-output: 10 ["coroutine 'f' was never awaited", "coroutine 'f' was never awaited"]
# expect-output: coroutine
# expect-output: result 42
# expect-output: again: cannot reuse already awaited coroutine
# expect-output: end
import warnings

async def f(x):
    return x * 2

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(21)
    for _ in range(3):
        [f(i) for i in range(3)]
    print(len(w), [str(x.message) for x in w][:2])
    coro = w[0].source
    print(type(coro).__name__)
    try:
        coro.send(None)
    except StopIteration as e:
        print("result", e.value)
    try:
        coro.send(None)
    except RuntimeError as e:
        print("again:", e)
    del w[:]
    del coro
print("end")
