class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who())


class Base1:
    x = 1


class Base2:
    x = 2
    y = 20


class Both(Base1, Base2):
    pass


print(Both.x, Both.y, Both().x)

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    class NotBase(bool):
        pass
except TypeError as e:
    print("TypeError", e)



class Mixin:
    def describe(self):
        return f"<{type(self).__name__} {self.value()}>"


class Thing(Mixin, A):
    def value(self):
        return 42


print(Thing().describe(), Thing().who())
