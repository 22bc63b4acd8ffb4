# A metaclass runs code at class creation with the class namespace.
class Meta:
    pass
# expect: TypeError: metaclass is not available in the sandbox
class A(metaclass=Meta):
    pass
