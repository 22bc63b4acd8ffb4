# super() reaches object's methods; none of them leads anywhere.
class A:
    def f(self):
        return super().__class__
print(A().f().__name__)
# expect: AttributeError: '__subclasses__' is not available in the sandbox
A().f().__subclasses__()
