class A:
    def __init_subclass__(cls): pass
class B(A, foo=1): pass
