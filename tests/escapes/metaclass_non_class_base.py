# A base that is not a class makes its type the metaclass of the class
# statement: the body runs and type(base)(name, bases, namespace) is called.
# That call must be no more than the script could make itself: it never
# makes a function, a module or a class outside the class statement, and a
# script class used that way makes only an instance of it.
import abc

def f():
    return 1

class Hook:
    def __init__(self, name, bases, namespace):
        self.namespace = namespace

def attempt(make):
    try:
        made = make()
        print(type(made).__name__, isinstance(made, type))
    except TypeError as e:
        print(e)

def function_base():
    class Evil(f):
        __code__ = f
    return Evil

def module_base():
    class Evil(abc):
        pass
    return Evil

def hook_base():
    class Evil(Hook('x', (), {})):
        def __init_subclass__(cls):
            pass
    return Evil

def builtin_method_base():
    class Evil(type.__new__):
        pass
    return Evil

def type_first_then_value():
    class Evil(type, 5):
        pass
    return Evil

def meta_mixed_with_value():
    class Evil(abc.ABC, 5):
        pass
    return Evil

for make in (function_base, module_base, hook_base, builtin_method_base,
             type_first_then_value, meta_mixed_with_value):
    attempt(make)
# expect-output: creating 'function' objects is not available in the sandbox
# expect-output: creating 'module' objects is not available in the sandbox
# expect-output: Hook False
# expect-output: cannot create 'builtin_function_or_method' instances
# expect-output: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# expect-output: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
