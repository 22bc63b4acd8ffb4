# A class tuple may nest other tuples; each level counts against the
# recursion limit, so a nest deeper than the limit raises RecursionError
# (naming __instancecheck__ or __subclasscheck__) instead of walking on.
import sys


def nest(inner, depth):
    for _ in range(depth):
        inner = (inner,)
    return inner


shallow = nest((int, str), 50)
print(isinstance("x", shallow), isinstance(1.5, shallow), issubclass(bool, shallow))


def first_failing_depth(check):
    classes = (str,)
    for depth in range(sys.getrecursionlimit() + 10):
        classes = (classes,)
        try:
            check(classes)
        except RecursionError as e:
            return depth, str(e)
    return None


print(first_failing_depth(lambda classes: isinstance("", classes)))
print(first_failing_depth(lambda classes: issubclass(str, classes)))
print(isinstance(3, nest((int,), 10)), issubclass(int, nest((), 10)))
