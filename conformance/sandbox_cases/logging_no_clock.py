# moat policy: without a clock every log record is made at the epoch, in one
# process with one thread (docs/SECURITY.md), so time and process fields are
# the same on every run.
import io
import logging

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter(
    "%(asctime)s|%(created)f|%(msecs)d|%(relativeCreated)d|"
    "%(process)d|%(processName)s|%(thread)d|%(threadName)s|%(message)s"))
log = logging.getLogger("clock")
log.addHandler(h)
log.warning("at the epoch")
h.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%d/%m/%Y %H:%M"))
log.warning("with datefmt")
print(out.getvalue(), end="")
