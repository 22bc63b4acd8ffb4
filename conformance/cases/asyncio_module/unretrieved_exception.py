# A future or task dropped with an exception nobody read reports it to the
# loop's exception handler ("... exception was never retrieved") when it is
# dropped; reading the exception, or cancel(), or clearing _log_traceback
# first keeps it quiet.
import asyncio
import sys


class MyFuture(asyncio.Future):
    pass


async def fail(text):
    raise ValueError(text)


def show(loop, context):
    print('handler:', context['message'], '|', type(context['future']).__name__,
          repr(context['exception']), context['future'].done(), sorted(context))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(show)

    plain = loop.create_future()
    plain.set_exception(KeyError('plain'))
    print('flag', plain._log_traceback)
    del plain
    print('after plain')

    sub = MyFuture(loop=loop)
    sub.set_exception(TypeError)
    sub = None
    print('after subclass')

    for how in ('result', 'exception', 'cancel', 'flag'):
        fut = loop.create_future()
        fut.set_exception(OSError(2, how))
        if how == 'result':
            try:
                fut.result()
            except OSError:
                pass
        elif how == 'exception':
            fut.exception()
        elif how == 'cancel':
            print('cancel', fut.cancel())
        else:
            fut._log_traceback = False
        print(how, fut._log_traceback)
        del fut
    print('after the quiet ones')

    task = asyncio.create_task(fail('task'), name='failing')
    await asyncio.sleep(0)
    print('task done', task.done())
    del task
    print('after task')

    # Awaited or gathered: read, so nothing is reported.
    try:
        await asyncio.create_task(fail('awaited'))
    except ValueError as exc:
        print('awaited', exc)
    print(await asyncio.gather(fail('gathered'), return_exceptions=True))

    kept = [asyncio.create_task(fail(f'kept{i}')) for i in range(2)]
    await asyncio.sleep(0)
    print('dropping the list')
    kept.clear()
    print('after list')

    # The default handler writes the report to stderr.
    loop.set_exception_handler(None)
    saved, sys.stderr = sys.stderr, sys.stdout
    try:
        quiet = loop.create_future()
        quiet.set_exception(LookupError('to stderr'))
        del quiet
    finally:
        sys.stderr = saved
    print('end of main')


asyncio.run(main())
