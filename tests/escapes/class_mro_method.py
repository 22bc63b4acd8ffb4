# type.mro() is the method form of __mro__.
class A:
    pass
# expect: AttributeError: type object 'A' has no attribute 'mro'
A.mro()
