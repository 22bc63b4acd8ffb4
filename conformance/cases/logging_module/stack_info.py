import io
import logging
import re


def cut_folders(text):
    # Paths with their folders cut off: CPython shows the script's
    # absolute path (conformance/README.md).
    return re.sub(r'/(?:[^/\s"]+/)+', '', text)



out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
log = logging.getLogger("st")
log.addHandler(h)
log.propagate = False


def helper(msg):
    log.warning(msg, stacklevel=2)


def caller():
    helper("reported at caller")
    log.warning("with stack", stack_info=True)


caller()
helper("from module level")
log.warning("deep level", stacklevel=10)
print(cut_folders(out.getvalue().replace('File "stack_info.py"', 'File "FILE"')), end="")
