# An array resized by the callbacks its own methods call (an item's __eq__,
# an index's __index__), and indexes too large for a Py_ssize_t (found by
# fuzzing).
import array


class Index:
    def __init__(self, value, hook):
        self.value = value
        self.hook = hook

    def __index__(self):
        self.hook()
        return self.value


def run(name, change, op):
    a = array.array("i", [1, 2, 3, 4, 5])

    def hook():
        if change == "shrink":
            a.pop()
        elif change == "grow" and len(a) < 12:
            a.append(0)
        elif change == "clear":
            del a[:]

    class Equal:
        def __eq__(self, other):
            hook()
            return False

    try:
        result = op(a, hook, Equal)
        print(name, change, result, a.tolist())
    except (IndexError, ValueError, OverflowError, TypeError) as e:
        print(name, change, type(e).__name__, e, a.tolist())


ops = {
    "index": lambda a, hook, Equal: a.index(Equal()),
    "index_bounds": lambda a, hook, Equal: a.index(4, Index(0, hook), Index(5, hook)),
    "count": lambda a, hook, Equal: a.count(Equal()),
    "contains": lambda a, hook, Equal: Equal() in a,
    "slice_set": lambda a, hook, Equal: a.__setitem__(
        slice(Index(1, hook), Index(3, hook)), array.array("i", [7, 8])),
    "slice_set_reversed": lambda a, hook, Equal: a.__setitem__(
        slice(Index(3, hook), Index(1, hook)), array.array("i", [7, 8])),
    "slice_set_step": lambda a, hook, Equal: a.__setitem__(
        slice(Index(0, hook), None, 2), array.array("i", [7, 8])),
    "slice_set_negative_step": lambda a, hook, Equal: a.__setitem__(
        slice(None, None, Index(-2, hook)), array.array("i", [7, 8])),
    "slice_get": lambda a, hook, Equal: a[Index(1, hook):Index(4, hook)].tolist(),
}
for name, op in ops.items():
    for change in ("shrink", "grow", "clear"):
        run(name, change, op)

a = array.array("b", [1, 2, 3])
for big in (2**63, -2**63 - 1, 2**100):
    for op in (lambda: a[big], lambda: a.__setitem__(big, 1), lambda: a.__delitem__(big),
               lambda: a.pop(big), lambda: a.insert(big, 1)):
        try:
            op()
        except (IndexError, OverflowError) as e:
            print(type(e).__name__, e)
a.insert(2**63 - 1, 9)
a.insert(-2**63, 8)
print(a.tolist(), a.index(9, -2**63, 2**63 - 1))
for bounds in ((None,), (0, None), ("1",), (1.0,)):
    try:
        a.index(9, *bounds)
    except TypeError as e:
        print("TypeError", e)


class Huge:
    def __index__(self):
        return 2**63


for op in (lambda: a * Huge(), lambda: Huge() * a, lambda: a.__imul__(Huge()), lambda: a * 2**64):
    try:
        op()
    except OverflowError as e:
        print("OverflowError", e)
