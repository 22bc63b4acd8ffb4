import re
import traceback

def show(*args, end="\n"):
    # CPython shows the script's absolute path: print only the file name.
    text = " ".join(map(str, args))
    print(re.sub(r"[^\s\"',(<\[]*/([\w.]+[.]py)", r"\1", text), end=end)


saved = []
for i in range(2):
    try:
        [1, 2][i + 5]
    except IndexError as e:
        saved.append(e)
for e in saved:
    show(e.__traceback__.tb_lineno, traceback.format_tb(e.__traceback__))
