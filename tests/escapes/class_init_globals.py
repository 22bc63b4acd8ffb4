# A method reached through a class is a plain function: __globals__ stays refused.
class A:
    def f(self):
        pass
# expect: AttributeError: '__globals__' is not available in the sandbox
A.f.__globals__["__builtins__"]
