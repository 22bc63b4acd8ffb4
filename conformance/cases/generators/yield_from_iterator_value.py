# `yield from` over a non-generator iterator: the value of the StopIteration
# its __next__ raises is the value of the expression.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration(f"liftoff after {self.start}")
        self.n -= 1
        return self.n + 1


def launch(n):
    c = Countdown(n)
    c.start = n
    result = yield from c
    print("countdown returned", repr(result))
    return result


print(list(launch(3)))


class Plain:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


def plain():
    r = yield from Plain()
    print("bare StopIteration gives", repr(r))


print(list(plain()))


class Tuple:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(1, 2)


def tup():
    r = yield from Tuple()
    print("two arguments give", repr(r))


print(list(tup()))


def from_list():
    r = yield from [1, 2]
    print("a list gives", repr(r))


print(list(from_list()))


def gen():
    yield "g"
    return "from generator"


def chain():
    a = yield from gen()
    b = yield from iter(gen())
    print(a, "/", b)


print(list(chain()))
