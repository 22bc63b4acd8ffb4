# Changing an object's class to a built-in type would reinterpret its
# memory: refused with CPython's TypeError.
class A:
    pass
# expect: TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
A().__class__ = int
