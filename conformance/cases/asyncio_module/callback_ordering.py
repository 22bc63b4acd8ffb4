import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = []
    done = loop.create_future()
    done.set_result(1)
    loop.call_soon(order.append, "soon-1")
    done.add_done_callback(lambda f: order.append("cb-on-done"))
    loop.call_soon(order.append, "soon-2")
    pending = loop.create_future()
    pending.add_done_callback(lambda f: order.append("cb-a"))
    pending.add_done_callback(lambda f: order.append("cb-b"))
    loop.call_soon(pending.set_result, None)
    loop.call_soon(order.append, "soon-3")
    await asyncio.sleep(0)
    print(order)
    await asyncio.sleep(0)
    print(order)

    def in_callback():
        print("running loop in callback:", asyncio.get_running_loop() is loop)
        print("current task in callback:", asyncio.current_task())
    loop.call_soon(in_callback)
    await asyncio.sleep(0)


asyncio.run(main())
