# logging records carry what the call was given: exc_info (a type, value,
# traceback triple), stack_info (text), and in CPython the caller's frame
# through findCaller/currentframe. A handler reads every field of the
# record it receives and follows the traceback to a frame: the triple holds
# moat's frameless traceback and the rest is plain data.
# expect-output: args tuple
# expect-output: exc_info tuple
# expect-output: exc_text NoneType
# expect-output: funcName str
# expect-output: levelname str
# expect-output: levelno int
# expect-output: lineno int
# expect-output: module str
# expect-output: msg str
# expect-output: name str
# expect-output: stack_info str
# expect-output: exc_info tb tb_frame 'tb_frame' is not available in the sandbox
# expect-output: exc_info tb tb_next NoneType
# expect-output: exc_info tb tb_lineno int
# expect-output: stack_info str
# expect-output: args tuple
# expect-output: exc_info tuple
# expect-output: exc_text NoneType
# expect-output: funcName str
# expect-output: levelname str
# expect-output: levelno int
# expect-output: lineno int
# expect-output: module str
# expect-output: msg str
# expect-output: name str
# expect-output: stack_info NoneType
# expect-output: exc_info tb tb_frame 'tb_frame' is not available in the sandbox
# expect-output: exc_info tb tb_next NoneType
# expect-output: exc_info tb tb_lineno int
# expect-output: stack_info NoneType
# expect-output: currentframe module 'logging' has no attribute 'currentframe'
# expect-output: _srcfile str
# expect-output: findCaller ['str', 'int', 'str', 'str']
import logging
import sys


class Probe(logging.Handler):
    def emit(self, record):
        for name in sorted(vars(record)):
            value = getattr(record, name)
            if name in ("created", "msecs", "relativeCreated", "thread", "process",
                        "threadName", "processName", "pathname", "filename", "asctime"):
                continue
            print(name, type(value).__name__)
        if record.exc_info:
            tb = record.exc_info[2]
            for attr in ("tb_frame", "tb_next", "tb_lineno"):
                try:
                    print("exc_info tb", attr, type(getattr(tb, attr)).__name__)
                except AttributeError as e:
                    print("exc_info tb", attr, e)
        print("stack_info", type(record.stack_info).__name__)


log = logging.getLogger("probe")
log.propagate = False
log.addHandler(Probe())
try:
    {}["k"]
except KeyError:
    log.exception("caught", stack_info=True)
    log.error("again", exc_info=sys.exc_info())
for attempt in ("currentframe", "_srcfile"):
    try:
        print(attempt, type(getattr(logging, attempt)).__name__)
    except AttributeError as e:
        print(attempt, e)
print("findCaller", [type(x).__name__ for x in log.findCaller(stack_info=True)])
