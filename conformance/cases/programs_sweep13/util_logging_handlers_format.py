import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
log = logging.getLogger("app.worker")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR or "keep" in record.getMessage()


log.debug("starting %d jobs", 3)
log.info("job %s done in %.2fs", "resize", 1.234)
log.warning("disk at %d%%", 91)
try:
    1 / 0
except ZeroDivisionError:
    log.error("math failed", exc_info=False)
handler.addFilter(OnlyErrors())
log.info("dropped by filter")
log.info("keep this one")
log.critical("shutting down")
print(stream.getvalue(), end="")
child = logging.getLogger("app.worker.sub")
print(child.parent.name, child.getEffectiveLevel(), logging.getLevelName(25), logging.getLevelName("WARNING"))
