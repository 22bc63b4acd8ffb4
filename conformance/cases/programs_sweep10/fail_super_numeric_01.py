class A:
    def f(self): return "A"
class B(A):
    def f(self):
        g = lambda: super().f()
        def h(): return __class__.__name__
        return g() + h()
print(B().f())
