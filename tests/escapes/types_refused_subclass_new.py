# A subclass of a refused stand-in that overrides __new__ still only makes
# ordinary objects: nothing is a code object.
import types

class MyCode(types.CodeType):
    def __new__(cls):
        return object.__new__(cls)
c = MyCode()
print(isinstance(c, types.CodeType), callable(c))
# expect-output: True False
