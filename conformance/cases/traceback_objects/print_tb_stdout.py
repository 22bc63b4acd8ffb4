import io
import re
import traceback


def show(text):
    # CPython shows the script's absolute path: print only the file name.
    print(re.sub(r"[^\s\"',(<\[]*/([\w.]+[.]py)", r"\1", text), end="")


def f(d):
    return d["a"]["b"]


try:
    f({"a": {}})
except KeyError as e:
    for call in (lambda out: traceback.print_tb(e.__traceback__, file=out),
                 lambda out: traceback.print_tb(e.__traceback__, limit=1, file=out),
                 lambda out: traceback.print_exception(e, file=out),
                 lambda out: traceback.print_exception(type(e), e, e.__traceback__, file=out),
                 lambda out: traceback.print_exc(file=out)):
        out = io.StringIO()
        call(out)
        show(out.getvalue())
