# Subclasses of property, classmethod and staticmethod hold only the
# script's own callables: their internals, the class graph and the builtins
# module behind a built-in function stay refused.
# expect-output: P f
# expect-output: '__globals__' is not available in the sandbox
# expect-output: '__code__' is not available in the sandbox
# expect-output: '__closure__' is not available in the sandbox
# expect-output: '__subclasses__' is not available in the sandbox
# expect-output: True
# expect-output: '__self__' is not available in the sandbox
# expect-output: '__globals__' is not available in the sandbox
# expect: AttributeError: '__mro__' is not available in the sandbox
class P(property):
    def __get__(self, obj, owner=None):
        return super().__get__(obj, owner) if obj is not None else self


class A:
    @P
    def f(self):
        return 1


p = A.__dict__['f']
print(type(p).__name__, p.fget.__name__)
for name in ("__globals__", "__code__", "__closure__"):
    try:
        getattr(p.fget, name)
    except AttributeError as e:
        print(e)
try:
    property.__subclasses__()
except AttributeError as e:
    print(e)


class C(classmethod):
    pass


c = C(len)
print(c.__func__ is len)
try:
    c.__func__.__self__
except AttributeError as e:
    print(e)


class S(staticmethod):
    def __init__(self, f):
        super().__init__(f)
        self.saved = f


try:
    S(lambda: 0).saved.__globals__
except AttributeError as e:
    print(e)
type(p).__mro__
