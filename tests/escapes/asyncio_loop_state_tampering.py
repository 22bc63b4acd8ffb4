# The event loop is plain Python state a script can reach: its ready
# queue, timer heap and current task. A researcher would corrupt them
# (push non-handles, reenter the running loop, close it from inside, step
# a finished task again) hoping a native helper trusts them. They are
# moat objects all the way down: every misuse ends in an ordinary Python
# exception, and the loop's own checks (CPython's texts) still hold.
import asyncio


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


async def done_task():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    t("reenter run_until_complete", lambda: loop.run_until_complete(asyncio.sleep(0)))
    t("close running loop", lambda: loop.close())
    t("nested asyncio.run", lambda: asyncio.run(None))
    task = asyncio.create_task(done_task())
    await task
    t("step a finished task", lambda: task._Task__step())
    t("timer heap holds", lambda: type(loop._scheduled).__name__)
    loop._scheduled.append("not a handle")
    t("corrupt heap pop", lambda: loop._run_once())
    loop._scheduled.clear()


asyncio.run(main())
