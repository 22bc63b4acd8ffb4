import io
import re
import traceback


def show(text):
    # CPython shows the script's absolute path: print only the file name.
    print(re.sub(r"[^\s\"',(<\[]*/([\w.]+[.]py)", r"\1", text), end="")


def log_here(label):
    print(label)
    show("".join(traceback.format_stack()))


def work():
    log_here("work")


work()


def printed(limit):
    out = io.StringIO()
    traceback.print_stack(limit=limit, file=out)
    show(out.getvalue())


def caller():
    printed(None)
    printed(1)


caller()
print(len(traceback.format_stack()))
