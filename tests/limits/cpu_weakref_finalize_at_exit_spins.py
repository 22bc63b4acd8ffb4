# A weakref.finalize function that never returns, run by the exit hook:
# the instruction budget ends it.
# args: --max-instructions 1000000
# limit: instructions
# expect-output: end
import weakref


class C:
    pass


def spin():
    while True:
        pass


keep = C()
f = weakref.finalize(keep, spin)
print("end")
