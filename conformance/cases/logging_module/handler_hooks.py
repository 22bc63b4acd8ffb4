# Handler's acquire()/release() hooks around emit, flush and setStream,
# shutdown() over a list of weak references, and the registry of named
# handlers, which does not keep a handler alive.
import io
import logging
import weakref


class Traced(logging.StreamHandler):
    def acquire(self):
        print("  acquire")

    def release(self):
        print("  release")

    def flush(self):
        print("  flush")
        super().flush()

    def close(self):
        print("  close", self.name)
        super().close()


buf = io.StringIO()
h = Traced(buf)
h.name = "traced"
log = logging.getLogger("hooks")
log.propagate = False
log.addHandler(h)
print("emit:")
log.warning("one %s", 1)
print("setStream:")
old = h.setStream(io.StringIO())
print(old is buf, repr(buf.getvalue()))
print("same stream:", h.setStream(h.stream))
print("direct handle:", h.handle(logging.makeLogRecord({"msg": "direct"})))

print("shutdown:")
logging.shutdown([weakref.ref(h)])
print(sorted(logging._handlers))


class Failing(logging.Handler):
    def emit(self, record):
        pass

    def flush(self):
        raise ValueError("already closed")

    def close(self):
        print("  closing after a failed flush")
        super().close()


f = Failing()
logging.shutdown([weakref.ref(f)])
print("ValueError passed over")

gone = logging.StreamHandler(io.StringIO())
gone.name = "temporary"
print(sorted(logging._handlers))
del gone
print(sorted(logging._handlers))

# Nothing left for CPython's shutdown at exit (moat runs none).
log.removeHandler(h)
del h, f
