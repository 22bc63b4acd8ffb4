class C:
    def __init__(self):
        self.__len__ = lambda: 5
        self.__add__ = lambda o: "inst add"
c = C()
print(c.__len__(), c.__add__(1))
try: len(c)
except TypeError as e: print(e)
try: c + 1
except TypeError as e: print(e)
class G:
    def __getattr__(self, name): return lambda *a: f"dyn {name}"
g = G()
print(g.foo(), g.__len__())
try: len(g)
except TypeError as e: print(e)
try: iter(g)
except TypeError as e: print(e)
class Adder:
    def __call__(self, a, b): return a + b
class K:
    add = Adder()
    sadd = staticmethod(Adder())
    lam = lambda self, x: x * 2
    bi = len
print(K().add(1, 2), K.add(3, 4), K().sadd(5, 6), K().lam(4), K().bi("abc"))
class A:
    def __init__(self): self.items = [1, 2]
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
a = A()
print(list(a), len(a), *a, dict.fromkeys(a), {*a}, [x * 2 for x in a])
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v)
    def __index__(self): return int(self.v)
    def __str__(self): return f"Num({self.v})"
n = Num(3.7)
print(int(n), float(n), complex(n), bin(n), [10, 20, 30, 40][n], "%d %x %f" % (n, n, n), range(n)[-1], f"{int(n):03}")
