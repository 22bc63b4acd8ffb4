import re
import traceback


def show(*args, end="\n"):
    # CPython shows the script's absolute path: print only the file name.
    text = " ".join(map(str, args))
    print(re.sub(r"[^\s\"',(<\[]*/([\w.]+[.]py)", r"\1", text), end=end)


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError as e:
    summary = traceback.extract_tb(e.__traceback__)
    show(type(summary).__name__, len(summary))
    last = summary[-1]
    show(last.filename, last.lineno, last.name, repr(last.line))
    filename, lineno, name, line = last
    show(filename, lineno, name, line)
    show(last[0], last[1], last[-1], len(last))
    show(last == (filename, lineno, name, line))
    show(repr(last))
    show(summary[0].name, summary[0].line)
    show(last.locals)
    show([tuple(fs) for fs in summary])
