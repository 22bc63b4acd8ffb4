import io
import logging
import re


def cut_folders(text):
    # Paths with their folders cut off: CPython shows the script's
    # absolute path (conformance/README.md).
    return re.sub(r'/(?:[^/\s"]+/)+', '', text)



out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(name)s %(levelname)s [%(user)s] %(message)s"))
log = logging.getLogger("web")
log.addHandler(h)
log.setLevel(logging.INFO)

adapter = logging.LoggerAdapter(log, {"user": "alice"})
print(adapter, adapter.name, adapter.manager is log.manager)
adapter.info("login %s", "ok")
adapter.debug("dropped")
adapter.warning("warned")
adapter.error("failed")
adapter.critical("critical")
adapter.log(logging.ERROR, "via log")
try:
    1 / 0
except ZeroDivisionError:
    adapter.exception("with traceback")
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel(), adapter.hasHandlers())
adapter.setLevel(logging.DEBUG)
print(log.level)
adapter.debug("debug now")


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["req"], msg), kwargs


h.setFormatter(logging.Formatter("%(funcName)s %(message)s"))
p = Prefixed(log, {"req": 42})


def handler():
    p.info("handled %d", 7)


handler()
print(repr(p))
print(cut_folders(out.getvalue()), end="")
