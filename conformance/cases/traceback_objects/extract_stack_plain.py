import re
import traceback


def show(*args, end="\n"):
    # CPython shows the script's absolute path: print only the file name.
    text = " ".join(map(str, args))
    print(re.sub(r"[^\s\"',(<\[]*/([\w.]+[.]py)", r"\1", text), end=end)


def outer():
    return middle()


def middle():
    return inner()


def inner():
    return traceback.extract_stack()


stack = outer()
show([(fs.name, fs.lineno, fs.line) for fs in stack])
show(stack[-1].filename, stack[-1].colno, stack[-1].end_colno)


def limited():
    return [fs.name for fs in traceback.extract_stack(limit=2)]


def calls_limited():
    return limited()


show(calls_limited())
show([fs.name for fs in traceback.extract_stack(limit=-1)])
