import re
import traceback


def show(*args, end="\n"):
    # CPython shows the script's absolute path: print only the file name.
    text = " ".join(map(str, args))
    print(re.sub(r"[^\s\"',(<\[]*/([\w.]+[.]py)", r"\1", text), end=end)


def load():
    raise KeyError("config")


def start():
    try:
        load()
    except KeyError as e:
        raise RuntimeError("cannot start") from e


def handle():
    try:
        start()
    except RuntimeError:
        raise ValueError("while handling")


try:
    handle()
except ValueError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    show("".join(lines), end="")
    show(len(lines))
    show("".join(traceback.format_exception(e, chain=False)), end="")
