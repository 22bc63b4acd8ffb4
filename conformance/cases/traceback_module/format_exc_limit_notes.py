# format_exc/format_exception with limit, and notes as format_exception_only
# yields them (one chunk per note line; a non-sequence __notes__ is repr'd).
import re
import traceback


def show(value):
    # CPython shows the script's absolute path: print only the file name.
    print(re.sub(r"[^\s\"',(<\[]*/([\w.]+[.]py)", r"\1", str(value)))


def inner():
    e = ValueError("v")
    e.add_note("first\nsecond")
    raise e


def outer():
    inner()


try:
    outer()
except ValueError as e:
    show(traceback.format_exc(limit=1))
    show(traceback.format_exc(limit=-1))
    show(traceback.format_exception_only(e))
    e.__notes__ = 42
    show(traceback.format_exception_only(e))
