# sys.exit() with an object whose str() fails: CPython writes nothing for it
# but still ends the line, and the status is 1.
import sys


class Code:
    def __str__(self):
        raise ValueError("no text")


print("before exit")
sys.exit(Code())
