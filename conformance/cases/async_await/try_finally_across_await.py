import types


@types.coroutine
def pause(tag):
    yield tag


async def steps(log):
    try:
        log.append("start")
        await pause("p1")
        try:
            await pause("p2")
            return "returned"
        finally:
            log.append("inner finally")
            await pause("p3")
    finally:
        log.append("outer finally")


log = []
c = steps(log)
tags = []
try:
    while True:
        tags.append(c.send(None))
except StopIteration as e:
    print(e.value)
print(tags)
print(log)
