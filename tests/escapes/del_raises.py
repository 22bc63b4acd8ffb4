# An exception escaping __del__ is reported and dropped; the run goes on and
# a pending exception being unwound is not replaced.
# expect-output: caught KeyError 'outer'
# expect-output: end
class Bad:
    def __del__(self):
        raise ValueError("from __del__")


def f():
    b = Bad()
    raise KeyError("outer")


try:
    f()
except KeyError as e:
    print("caught KeyError", e)
Bad()
x = Bad()
x = None
print("end")
