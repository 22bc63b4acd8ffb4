# A task's exception keeps the traceback of the coroutine that raised it,
# and in CPython tb_frame there leads to the coroutine's frame, its
# f_locals and f_back (the event loop's own frames, with the loop and the
# ready queue). moat's tracebacks have line numbers only: tb_frame is
# refused, and the traceback module's frame-yielding APIs are withheld.
import asyncio
import traceback


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


async def fails():
    secret = "local value"
    raise ValueError(secret)


async def main():
    task = asyncio.create_task(fails())
    await asyncio.sleep(0)
    exc = task.exception()
    tb = exc.__traceback__
    t("tb_frame", lambda: tb.tb_frame)
    t("tb_next.tb_frame", lambda: tb.tb_next.tb_frame if tb.tb_next else tb.tb_frame)
    t("walk_tb", lambda: list(traceback.walk_tb(tb)))
    t("lines only", lambda: [type(x).__name__ for x in traceback.extract_tb(tb)][:1])
    try:
        await task
    except ValueError as e:
        t("awaited tb_frame", lambda: e.__traceback__.tb_frame)


asyncio.run(main())
# expect-output: tb_frame AttributeError: 'tb_frame' is not available in the sandbox
# expect-output: tb_next.tb_frame AttributeError: 'tb_frame' is not available in the sandbox
# expect-output: walk_tb AttributeError: 'traceback.walk_tb' is not available in the sandbox
# expect-output: lines only -> ['FrameSummary']
# expect-output: awaited tb_frame AttributeError: 'tb_frame' is not available in the sandbox
