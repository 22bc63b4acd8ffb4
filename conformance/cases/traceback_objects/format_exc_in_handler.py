import re
import sys
import traceback


def show(*args, end="\n"):
    # CPython shows the script's absolute path: print only the file name.
    text = " ".join(map(str, args))
    print(re.sub(r"[^\s\"',(<\[]*/([\w.]+[.]py)", r"\1", text), end=end)


class Job:
    def run(self):
        return self.step()

    def step(self):
        return {"a": 1}["b"]


def log_failure():
    try:
        Job().run()
    except KeyError:
        text = traceback.format_exc()
        tb_text = "".join(traceback.format_tb(sys.exc_info()[2]))
        return text, tb_text


text, tb_text = log_failure()
show(text, end="")
show(tb_text, end="")
show(traceback.format_exc(), end="")
