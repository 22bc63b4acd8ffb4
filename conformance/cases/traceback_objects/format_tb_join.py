import re
import traceback


def show(*args, end="\n"):
    # CPython shows the script's absolute path: print only the file name.
    text = " ".join(map(str, args))
    print(re.sub(r"[^\s\"',(<\[]*/([\w.]+[.]py)", r"\1", text), end=end)


def parse(text):
    return int(text)


def load(items):
    return [parse(t) for t in items]


try:
    load(["1", "x"])
except ValueError as e:
    tb = e.__traceback__
    show("".join(traceback.format_tb(tb)), end="")
    show(len(traceback.format_tb(tb)))
    show("".join(traceback.format_tb(tb, limit=1)), end="")
    show("".join(traceback.format_tb(tb, limit=-1)), end="")
    show(traceback.format_tb(None))
