# A user class's MRO leads to object, and object to every class.
class A:
    pass
# expect: AttributeError: '__mro__' is not available in the sandbox
print(A.__mro__[-1].__subclasses__())
