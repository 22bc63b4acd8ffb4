s = super(float, 1.0)
print(s)
super.__init__(s, int, 1)
print(s)
class A:
    def f(self): return 'A.f'
class B(A):
    def f(self): return 'B.f'
    def g(self):
        t = super(B, B())
        super.__init__(t)
        return t
b = B()
s = super(B, b)
print(s.f())
super.__init__(s, A, b)
try: print(s.f())
except AttributeError as e: print("AttributeError", e)
print(B().g().f())
for args in [(1, 2), (int, 'x'), (int, 1, 2), (int, float)]:
    try:
        super.__init__(s, *args); print('ok')
    except TypeError as e: print("TypeError", e)
try: super.__init__(s, type=int)
except TypeError as e: print("TypeError", e)
try: super.__init__(s)
except RuntimeError as e: print("RuntimeError", e)
try: super.__init__(1, int, 1)
except TypeError as e: print("TypeError", e)
try: super(1, 2)
except TypeError as e: print("TypeError", e)
print(super.__init__(s, B, b), s.f())
