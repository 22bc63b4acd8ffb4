# With no handler anywhere, WARNING and above go to sys.stderr as bare
# messages (logging.lastResort); the module-level functions configure the
# root logger on first use.
import io
import logging
import sys

captured = io.StringIO()
real_stderr = sys.stderr
sys.stderr = captured
try:
    log = logging.getLogger("app")
    log.debug("debug is dropped")
    log.info("info is dropped")
    log.warning("careful: %d left", 3)
    log.error("failed %s", "twice")
    print("root handlers before:", logging.root.handlers)
    print("lastResort:", logging.lastResort, logging.lastResort.level)
    logging.warning("module-level %s", "warning")
    print("root handlers after:", logging.root.handlers)
    logging.info("still below WARNING")
    logging.error("an error")
    logging.critical("critical")
    logging.fatal("fatal")
    log.warning("now through the root's handler")
finally:
    sys.stderr = real_stderr
print(captured.getvalue(), end="")
