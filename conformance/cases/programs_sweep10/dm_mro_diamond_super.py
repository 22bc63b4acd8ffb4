class Base:
    def hello(self): return ["Base"]
class Left(Base):
    def hello(self): return ["Left"] + super().hello()
class Right(Base):
    def hello(self): return ["Right"] + super().hello()
class Child(Left, Right):
    def hello(self): return ["Child"] + super().hello()
print(Child().hello())
try:
    class Bad(Base, Left): pass
except TypeError as e:
    print("TypeError", e)
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError", e)
print(super(Left, Child()).hello())
print(issubclass(Child, (int, Right)), isinstance(Child(), (Left,)))
