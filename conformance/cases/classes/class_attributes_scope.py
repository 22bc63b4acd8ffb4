x = "global"


class Scope:
    x = "class"
    y = x + "!"
    items = [x for _ in range(2)]

    def method(self):
        return x


print(Scope.y, Scope.items, Scope().method())


def make():
    hidden = "closure"

    class Inner:
        value = hidden

        def get(self):
            return hidden

    return Inner


Inner = make()
print(Inner.value, Inner().get(), Inner.__qualname__, Inner.__name__)


class Outer:
    class Nested:
        pass

    def m(self):
        class Local:
            pass
        return Local


print(Outer.Nested.__qualname__, Outer().m().__qualname__)


class Counter:
    total = 0

    def bump(self):
        self.total += 1
        return self.total


c = Counter()
c.bump()
c.bump()
print(c.total, Counter.total)


def f():
    value = 1

    class C:
        value = 2
        seen = value
    return C.seen


print(f())
