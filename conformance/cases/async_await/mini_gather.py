# gather(): run several coroutines interleaved, collect results in order.
import types


@types.coroutine
def yield_now():
    yield


async def job(name, steps, log):
    for i in range(steps):
        log.append(f"{name}:{i}")
        await yield_now()
    if name == "bad":
        raise ValueError(f"{name} failed")
    return name * steps


def gather(*coros):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    while pending:
        still = []
        for i, c in pending:
            try:
                c.send(None)
            except StopIteration as e:
                results[i] = ("ok", e.value)
            except Exception as e:
                results[i] = ("error", repr(e))
            else:
                still.append((i, c))
        pending = still
    return results


log = []
print(gather(job("a", 2, log), job("bad", 1, log), job("c", 3, log)))
print(log)
