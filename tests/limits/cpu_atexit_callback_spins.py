# An atexit callback that never returns, run when the script ends: the
# instruction budget ends it like any loop, and the callbacks registered
# before it do not run.
# args: --max-instructions 1000000
# limit: instructions
# expect-output: registered
import atexit


def spin():
    while True:
        pass


atexit.register(print, "never printed")
atexit.register(spin)
print("registered")
