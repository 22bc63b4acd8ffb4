# BaseDefaultEventLoopPolicy makes no loops of its own (its _loop_factory
# is None; the default policy names the loop class), and a Handle asks its
# loop for get_debug() when it is made, so one without a loop fails then.
import asyncio
import asyncio.events


def attempt(label, action):
    try:
        result = action()
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
    else:
        print(label, '->', type(result).__name__)


base = asyncio.events.BaseDefaultEventLoopPolicy()
print(base._loop_factory)
attempt('base new_event_loop', base.new_event_loop)
attempt('base get_event_loop', base.get_event_loop)


class Made(asyncio.events.BaseDefaultEventLoopPolicy):
    _loop_factory = staticmethod(asyncio.new_event_loop)


made = Made()
loop = made.get_event_loop()
print(loop is made.get_event_loop(), loop.is_closed())
loop.close()

default = asyncio.DefaultEventLoopPolicy()
print(default._loop_factory.__name__)
fresh = default.new_event_loop()
print(isinstance(fresh, default._loop_factory))
fresh.close()

attempt('Handle without loop', lambda: asyncio.Handle(print, (), None))
attempt('TimerHandle without loop', lambda: asyncio.TimerHandle(1.0, print, (), None))
attempt('Handle with object()', lambda: asyncio.Handle(print, (), object()))


class Debuggy:
    def __init__(self, flag):
        self.flag = flag
        self.asked = 0

    def get_debug(self):
        self.asked += 1
        return self.flag


for flag in (False, 0, ''):
    fake = Debuggy(flag)
    handle = asyncio.Handle(print, ('x',), fake)
    timer = asyncio.TimerHandle(2.5, print, ('y',), fake)
    print(repr(flag), fake.asked, handle, timer)


class Broken:
    def get_debug(self):
        raise LookupError('no flag')


attempt('Handle with failing get_debug', lambda: asyncio.Handle(print, (), Broken()))

# The loop's own handles are the same class as the public one.
loop = asyncio.new_event_loop()
soon = loop.call_soon(print, 'soon')
later = loop.call_later(1, print, 'later')
print(type(soon) is asyncio.Handle, type(later) is asyncio.TimerHandle)
print(soon, later.when() > 0, soon.cancelled())
print(hasattr(soon, "get_context"), hasattr(asyncio.Task, "get_context"))
later.cancel()
print(later.cancelled(), repr(later).startswith('<TimerHandle cancelled when='))
loop.run_until_complete(asyncio.sleep(0))
loop.close()
