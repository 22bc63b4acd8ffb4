import asyncio


async def coro():
    pass


loop = asyncio.new_event_loop()
print(loop.call_soon(None).cancelled())
loop.set_debug(True)
print(loop.get_debug())
for bad in (None, 5):
    try:
        loop.call_soon(bad)
    except TypeError as e:
        print("TypeError", e)
c = coro()
try:
    loop.call_soon(c)
except TypeError as e:
    print("TypeError", e)
c.close()
try:
    loop.call_later(None, print)
except TypeError as e:
    print("TypeError", e)
try:
    loop.call_at(None, print)
except TypeError as e:
    print("TypeError", e)
try:
    loop.create_task(42)
except TypeError as e:
    print("TypeError", e)
loop.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError", e)
