# __bases__ of a user class reaches object, then its subclasses.
class A:
    pass
# expect: AttributeError: '__bases__' is not available in the sandbox
A.__bases__[0].__subclasses__()
