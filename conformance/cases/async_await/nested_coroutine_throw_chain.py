class Waiter:
    def __await__(self):
        try:
            yield "waiting"
        except KeyError as e:
            print("awaitable saw", repr(e))
            return "recovered"
        return "normal"


async def inner():
    r = await Waiter()
    return f"inner got {r}"


async def middle():
    return await inner()


async def outer():
    return await middle()


c = outer()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)


class Plain:
    def __await__(self):
        return iter(["only"])


async def uses_plain():
    try:
        await Plain()
    except ValueError as e:
        return f"caught {e}"


p = uses_plain()
print(p.send(None))
try:
    p.throw(ValueError("v"))
except StopIteration as e:
    print(e.value)
