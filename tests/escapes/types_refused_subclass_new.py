# A subclass of a refused stand-in that overrides __new__ would still only
# make ordinary objects; like CPython's C type, the stand-in is no
# acceptable base at all, and patching it to allow one is refused too.
import types

try:
    class MyCode(types.CodeType):
        def __new__(cls):
            return object.__new__(cls)
except TypeError as e:
    print(e)
try:
    types.CodeType.__init_subclass__ = classmethod(lambda cls: None)
except TypeError as e:
    print(e)
print(isinstance(object(), types.CodeType))
# expect-output: type 'code' is not an acceptable base type
# expect-output: cannot set '__init_subclass__' attribute of immutable type 'code'
# expect-output: False
