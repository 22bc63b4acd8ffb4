# super() with a class that is not a base of the instance.
class A:
    def hello(self):
        return "A"


class B(A):
    def hello(self):
        return "B>" + super().hello()


class C:
    def hello(self):
        return super(B, self).hello()


print(B().hello())
print(C().hello())
