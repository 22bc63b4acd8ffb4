import inspect

class A:
    def method(self, x, y=1):
        pass

    @classmethod
    def cm(cls, a, *, b=2):
        pass

    @staticmethod
    def sm(p, q):
        pass

    def star(*args):
        pass

a = A()
print(inspect.signature(A.method))
print(inspect.signature(a.method))
print(inspect.signature(A.cm), inspect.signature(a.cm))
print(inspect.signature(A.sm), inspect.signature(a.sm))
print(inspect.signature(a.star))
print(inspect.ismethod(a.method), inspect.ismethod(A.method), inspect.ismethod(A.cm))
print(inspect.isfunction(A.method), inspect.isfunction(a.method), inspect.isfunction(A.sm))
