import re
import traceback


def show(*args, end="\n"):
    # CPython shows the script's absolute path: print only the file name.
    text = " ".join(map(str, args))
    print(re.sub(r"[^\s\"',(<\[]*/([\w.]+[.]py)", r"\1", text), end=end)


def down(n):
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)


try:
    down(8)
except ValueError as e:
    show("".join(traceback.format_tb(e.__traceback__)), end="")
    show(len(traceback.extract_tb(e.__traceback__)))
    show("".join(traceback.format_exception(e)), end="")
