class A:
    def f(self): return 1
class B(A):
    @staticmethod
    def s():
        return super().f()
B.s()
