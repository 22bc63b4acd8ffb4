import types

log = []


@types.coroutine
def leaf():
    try:
        yield "leaf"
    finally:
        log.append("leaf finally")


async def mid():
    try:
        await leaf()
    finally:
        log.append("mid finally")


async def top():
    try:
        await mid()
    finally:
        log.append("top finally")


t = top()
print(t.send(None))
t.close()
print(log)


class Closable:
    def __init__(self):
        self.closed = False

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return "tick"

    def close(self):
        print("Closable.close called")


async def waits():
    await Closable()


w = waits()
print(w.send(None))
w.close()
