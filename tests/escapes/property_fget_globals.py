# property.fget is the user's function: its __globals__ stays refused.
class A:
    @property
    def p(self):
        return 1
# expect: AttributeError: '__globals__' is not available in the sandbox
A.p.fget.__globals__
