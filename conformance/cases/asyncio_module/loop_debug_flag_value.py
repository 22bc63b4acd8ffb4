# set_debug() keeps the value it is given (get_debug() returns it as is),
# and a Future asks its loop for that flag when it is made.
import asyncio


class FakeLoop:
    def get_debug(self):
        print("get_debug asked")
        return 0


loop = asyncio.new_event_loop()
for value in (1, 0, True, "", None):
    loop.set_debug(value)
    print(repr(value), repr(loop.get_debug()))
print(repr(loop).split(" ", 1)[1])
loop.set_debug(False)
loop.close()

fut = asyncio.Future(loop=FakeLoop())
print(fut.done(), repr(fut))
try:
    asyncio.Future(loop=42)
except AttributeError as e:
    print("AttributeError", e)
