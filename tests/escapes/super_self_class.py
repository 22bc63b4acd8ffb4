# super() objects must not expose __self_class__/__thisclass__ walks either.
class A:
    def f(self):
        return super()
# expect: AttributeError: '__thisclass__' is not available in the sandbox
A().f().__thisclass__.__mro__
