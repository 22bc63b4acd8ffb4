# A bound method's __func__ is the user's own function: its internals stay refused.
class A:
    def f(self):
        pass
# expect: AttributeError: '__globals__' is not available in the sandbox
A().f.__func__.__globals__
