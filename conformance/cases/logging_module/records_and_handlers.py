import io
import logging
import logging.handlers
import queue

r = logging.LogRecord("n", logging.INFO, "dir/sub/file.py", 12, "m %s %s", ("a", "b"), None, "fn")
print(r.name, r.levelname, r.levelno, r.pathname, r.filename, r.module, r.lineno, r.funcName)
print(r.getMessage(), r.args, r.exc_info, r.exc_text, r.stack_info)
print(r.processName, r.threadName)
print(repr(r))
m = logging.makeLogRecord({"msg": "hello %(who)s", "args": {"who": "you"}, "custom": 1})
print(m.getMessage(), m.custom, m.name, m.levelname, repr(m.filename), repr(m.module))
print(logging.LogRecord("x", 10, "p", 1, "%(k)s", ({"k": "v"},), None).getMessage())
print(logging.LogRecord("x", 10, ".hidden", 1, "", (), None).module)
print(logging.LogRecord("x", 10, "a.tar.gz", 1, "", (), None).module)

out = io.StringIO()
target = logging.StreamHandler(out)
target.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log = logging.getLogger("mem")
log.addHandler(mem)
log.propagate = False
log.setLevel(logging.DEBUG)
log.info("one")
log.info("two")
print("buffered:", len(mem.buffer), repr(out.getvalue()))
log.info("three")
print("after capacity:", len(mem.buffer), repr(out.getvalue()))
log.info("four")
log.error("five flushes")
print(repr(out.getvalue()))
log.info("six")
mem.close()
print(repr(out.getvalue()), mem.target)
log.removeHandler(mem)

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
log.addHandler(qh)
log.warning("queued %d", 1)
item = q.get_nowait()
print(type(item).__name__, item.msg, item.args, item.message, item.exc_info)
log.removeHandler(qh)


class Custom(logging.Logger):
    pass


logging.setLoggerClass(Custom)
print(logging.getLoggerClass().__name__, type(logging.getLogger("made.custom")).__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)

seen = []
old = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.tag = "T"
    seen.append(rec.getMessage())
    return rec


logging.setLogRecordFactory(factory)
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(tag)s %(message)s"))
log.addHandler(h)
out.seek(0)
out.truncate()
log.warning("factory")
logging.setLogRecordFactory(old)
print(seen, repr(out.getvalue()))
log.removeHandler(h)
try:
    log.warning("x", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
try:
    log.warning("x", extra={"lineno": 1})
except KeyError as e:
    print("KeyError", e)

nh = logging.NullHandler()
log.addHandler(nh)
log.error("null")
h.set_name("named")
print(h.name, h.get_name())
logging.shutdown()
print("done")
