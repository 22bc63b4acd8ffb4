# A coroutine catches everything around an await and awaits again; its
# driver keeps resuming it. The limit cannot be caught, so it ends the run.
# args: --max-instructions 1000000
# limit: instructions
import types


@types.coroutine
def tick():
    yield


async def spin():
    while True:
        try:
            while True:
                await tick()
        except BaseException:
            print("caught")


c = spin()
while True:
    c.send(None)
