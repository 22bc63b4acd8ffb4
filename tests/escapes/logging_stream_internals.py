# logging's objects as a way to the host's files and the module's internals:
# StreamHandler's stream (sys.stderr's writer) and its buffer's raw file
# and fd,
# lastResort, the manager's logger dict, the handler list, findCaller's
# result (plain values), a Formatter whose formatException walks the
# traceback, and handlers that open files or sockets.
import logging, logging.handlers, io
h = logging.StreamHandler()
attempts = [
    lambda: type(h.stream).__name__,
    lambda: h.stream.buffer.raw,
    lambda: h.stream.fileno(),
    lambda: logging.lastResort.stream.buffer.fileno(),
    lambda: sorted(logging.Logger.manager.loggerDict)[:0],
    lambda: logging.getLogger().findCaller()[:2][1] > 0,
    lambda: logging.currentframe(),
    lambda: logging.FileHandler('x.log'),
    lambda: logging.handlers.RotatingFileHandler('x.log'),
    lambda: logging.handlers.SocketHandler('localhost', 9),
    lambda: logging.handlers.SysLogHandler(),
    lambda: logging.basicConfig(filename='x.log'),
    lambda: logging.handlers.QueueListener(None),
]
for attack in attempts:
    try:
        print('gave', attack())
    except (AttributeError, TypeError, ValueError, io.UnsupportedOperation, NotImplementedError,
            OSError) as e:
        print(type(e).__name__, e)
# expect-output: gave TextIOWrapper
# expect-output: AttributeError 'sys.stderr.buffer.raw' is not available in the sandbox
# expect-output: AttributeError 'sys.stderr.fileno' is not available in the sandbox
# expect-output: AttributeError 'sys.stderr.buffer.fileno' is not available in the sandbox
# expect-output: gave []
# expect-output: gave True
# expect-output: AttributeError module 'logging' has no attribute 'currentframe'
# expect-output: AttributeError 'logging.FileHandler' is not available in the sandbox
# expect-output: AttributeError 'logging.handlers.RotatingFileHandler' is not available in the sandbox
# expect-output: AttributeError 'logging.handlers.SocketHandler' is not available in the sandbox
# expect-output: AttributeError 'logging.handlers.SysLogHandler' is not available in the sandbox
# expect-output: NotImplementedError basicConfig(filename=...) is not available in the sandbox: moat writes no files; pass stream= or handlers= instead
# expect-output: AttributeError 'logging.handlers.QueueListener' is not available in the sandbox
