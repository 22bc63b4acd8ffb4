# A proxy's referent that drops its own last strong reference in the
# middle of an operation forwarded to it (its __add__ before the reflected
# __radd__ is tried, its __eq__, its __getattr__, its __call__), with
# collections in between: the operation must finish on the whole object
# (CPython holds it for the call), and the proxy is dead afterwards.
# expect-output: ('radd', 'V', [1, 2, 3])
# expect-output: dead True
# expect-output: eq False [4]
# expect-output: getattr [5]
# expect-output: call [6]
# expect-output: end
import weakref

holder = None


def churn():
    return [[i] for i in range(5000)]


class V:
    def __init__(self, data):
        self.data = data

    def __add__(self, other):
        global holder
        holder = None
        churn()
        return NotImplemented

    def __eq__(self, other):
        global holder
        holder = None
        churn()
        return False

    def __getattr__(self, name):
        global holder
        holder = None
        churn()
        return self.data

    def __call__(self):
        global holder
        holder = None
        churn()
        return self.data


class W:
    def __radd__(self, other):
        churn()
        return ("radd", type(other).__name__, other.data)


holder = V([1, 2, 3])
p = weakref.proxy(holder)
print(p + W())
try:
    p.data
except ReferenceError:
    print("dead True")
holder = V([4])
p = weakref.proxy(holder)
print("eq", p == 3, holder.data if holder is not None else [4])
holder = V([5])
p = weakref.proxy(holder)
print("getattr", p.missing)
holder = V([6])
p = weakref.proxy(holder)
print("call", p())
print("end")
