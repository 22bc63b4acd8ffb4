class A:
    def __eq__(self, o): return True
print(A.__hash__)
try:
    hash(A())
except TypeError as e:
    print("TypeError", e)
try:
    {A(): 1}
except TypeError as e:
    print("TypeError", e)
class B(A):
    __hash__ = object.__hash__
print(isinstance(hash(B()), int))
class C:
    def __eq__(self, o): return isinstance(o, C)
    def __hash__(self): return 7
print(hash(C()), len({C(), C()}))
class D:
    __hash__ = None
try:
    set([D()])
except TypeError as e:
    print("TypeError", e)
class E:
    def __hash__(self): return 2**70
print(hash(E()))
class F:
    def __hash__(self): return "x"
try:
    hash(F())
except TypeError as e:
    print("TypeError", e)
class G:
    def __hash__(self): return -1
print(hash(G()))
print(A() != 1, A() == 1)
class H:
    def __ne__(self, o): return "ne!"
print(H() != 2, H() == H())
