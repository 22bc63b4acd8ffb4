import asyncio


async def job():
    print("job runs")
    return "job result"


def report(tag):
    def cb(task):
        print("callback", tag, task.result(), asyncio.current_task())
    return cb


async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(report("first"))
    second = report("second")
    t.add_done_callback(second)
    t.add_done_callback(report("third"))
    print(t.remove_done_callback(second))
    print(await t)
    print("after await")
    await asyncio.sleep(0)
    print("after sleep")


asyncio.run(main())
