# attrgetter split at the dots itself: a name hidden behind getattr-style
# tricks (a str subclass, an attrgetter applied to a function's dunder) is
# still refused part by part, and the refusal is catchable.
import operator
class Sneaky(str):
    def split(self, sep=None, maxsplit=-1):
        return ["im_func"]
for name in [Sneaky("__globals__"), "__code__.co_consts", "__closure__", "f.__globals__"]:
    try:
        operator.attrgetter(name)(lambda: 0)
    except AttributeError as e:
        print(e)
# expect-output: '__globals__' is not available in the sandbox
# expect-output: '__code__' is not available in the sandbox
# expect-output: '__closure__' is not available in the sandbox
# expect-output: 'function' object has no attribute 'f'
