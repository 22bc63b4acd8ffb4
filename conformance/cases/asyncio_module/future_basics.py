import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    loop.call_later(0.01, f.set_result, "ready")
    print(await f)
    print(f.result(), f.exception(), f.done())
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    print(f.cancel())
    print(repr(f))


asyncio.run(main())
