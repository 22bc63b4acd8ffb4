# type.mro() is the method form of __mro__.
class A:
    pass
# expect: AttributeError: 'mro' is not available in the sandbox
A.mro()
