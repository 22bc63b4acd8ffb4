import asyncio


async def fails():
    raise IndexError("task failed")


async def main():
    t = asyncio.create_task(fails())
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
    try:
        t.result()
    except IndexError as e:
        print("IndexError", e)
    for meth, arg in ((t.set_result, 1), (t.set_exception, ValueError())):
        try:
            meth(arg)
        except RuntimeError as e:
            print("RuntimeError", e)
    try:
        await t
    except IndexError as e:
        print("await raises", e)


asyncio.run(main())
