# __exit__'s return value is tested for truth: non-bool truthy values
# suppress, falsy ones do not, and __bool__ errors propagate.
class CM:
    def __init__(self, result):
        self.result = result
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.result


for result in [1, "yes", [0], 0, "", [], None, 0.0, 2j]:
    try:
        with CM(result):
            raise KeyError(repr(result))
        print("suppressed by", repr(result))
    except KeyError as e:
        print("propagated past", e)

class Truth:
    def __init__(self, value):
        self.value = value
    def __bool__(self):
        print("__bool__ called")
        return self.value

with CM(Truth(True)):
    raise ValueError
print("suppressed by Truth(True)")

class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("bool failed")

try:
    with CM(BadBool()):
        raise ValueError("body")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, "context:", repr(e.__context__))

class LenZero:
    def __len__(self):
        return 0
try:
    with CM(LenZero()):
        raise ValueError("len zero")
except ValueError as e:
    print("ValueError", e)

# No exception: the return value is ignored.
with CM(0):
    pass
print("clean exit ok")

def f():
    for i in range(3):
        with CM(True):
            if i == 1:
                continue
            raise RuntimeError
        print("after with", i)
    return "done"
print(f())
