# Changing an object's class would reinterpret its memory.
class A:
    pass
# expect: AttributeError: attribute '__class__' of 'object' objects is not writable
A().__class__ = int
