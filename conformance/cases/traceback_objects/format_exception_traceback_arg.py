import re
import traceback


def show(*args, end="\n"):
    # CPython shows the script's absolute path: print only the file name.
    text = " ".join(map(str, args))
    print(re.sub(r"[^\s\"',(<\[]*/([\w.]+[.]py)", r"\1", text), end=end)


def level2():
    raise ValueError("bad value")


def level1():
    level2()


try:
    level1()
except ValueError as e:
    show("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")
    show("".join(traceback.format_exception(type(e), e, None)), end="")
    show("".join(traceback.format_exception(type(e), e, e.__traceback__.tb_next)), end="")
    show(traceback.format_exception(e, limit=1))
    show(traceback.format_exception(e, limit=0))
    show(traceback.format_exception(e, limit=-1))
