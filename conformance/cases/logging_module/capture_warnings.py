import io
import logging
import warnings
import re


def cut_folders(text):
    # Paths with their folders cut off: CPython shows the script's
    # absolute path (conformance/README.md).
    return re.sub(r'/(?:[^/\s"]+/)+', '', text)



out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
logging.getLogger("py.warnings").addHandler(h)
logging.captureWarnings(True)
warnings.warn("careful")
logging.captureWarnings(False)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded")
print([str(w.message) for w in caught])
print(cut_folders(out.getvalue().replace("capture_warnings.py", "FILE")), end="")
