class A: pass
A.__name__ = 5
