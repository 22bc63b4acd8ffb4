import types


@types.coroutine
def pause():
    yield "paused"


async def body(log):
    try:
        await pause()
        log.append("after pause")
    finally:
        log.append("finally")


log = []
c = body(log)
print(c.send(None))
print(c.close())
print(log)
print(c.cr_suspended, c.cr_running)

# Closing a coroutine that was never started does nothing.
c2 = body(log)
print(c2.close(), log)


async def stubborn():
    try:
        await pause()
    finally:
        await pause()


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
s.close()
