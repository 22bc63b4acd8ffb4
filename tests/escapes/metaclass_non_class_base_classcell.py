# `class C(x)` with a base that is not a class calls
# type(x)('C', bases, namespace), so a script class used as the "metaclass"
# receives the class body's namespace, which holds the body's
# `__classcell__` (the cell behind `__class__` and zero-argument super()),
# as in CPython. A closure cell must stay opaque: its contents are not
# readable or writable, nothing can construct one, and storing it in
# another class body only sets it to that class, as CPython's type_new
# does; anything else named `__classcell__` is refused with CPython's error.
class Catch:
    def __init__(self, name, bases, namespace):
        self.namespace = namespace


class Evil(Catch('x', (), {})):
    def method(self):
        return __class__


cell = Evil.namespace['__classcell__']
method = Evil.namespace['method']
print(type(cell).__name__, sorted(Evil.namespace))
for attempt in (lambda: cell.cell_contents, lambda: setattr(cell, 'cell_contents', 1),
                lambda: type(cell)(1), lambda: type(cell)(), lambda: cell.__reduce__(),
                lambda: cell.__setstate__(1), lambda: method(None)):
    try:
        print('ok', attempt())
    except (AttributeError, TypeError, NameError) as e:
        print(type(e).__name__, e)


class Adopter:
    __classcell__ = cell


print(method(None) is Adopter)
for value in (5, None, method, [cell]):
    try:
        class Bad:
            __classcell__ = value
    except TypeError as e:
        print(e)
# expect-output: cell ['__classcell__', '__module__', '__qualname__', 'method']
# expect-output: AttributeError 'cell' object has no attribute 'cell_contents'
# expect-output: AttributeError 'cell' object has no attribute 'cell_contents'
# expect-output: TypeError creating 'cell' objects is not available in the sandbox
# expect-output: TypeError creating 'cell' objects is not available in the sandbox
# expect-output: TypeError object.__reduce__() is not available in the sandbox
# expect-output: AttributeError 'cell' object has no attribute '__setstate__'
# expect-output: NameError cannot access free variable '__class__' where it is not associated with a value in enclosing scope
# expect-output: True
# expect-output: __classcell__ must be a nonlocal cell, not <class 'int'>
# expect-output: __classcell__ must be a nonlocal cell, not <class 'NoneType'>
# expect-output: __classcell__ must be a nonlocal cell, not <class 'function'>
# expect-output: __classcell__ must be a nonlocal cell, not <class 'list'>
