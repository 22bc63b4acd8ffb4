# dir() of functions, methods and generators lists names only.
def f(a, b=1):
    return a + b


f.tag = "x"
print(dir(f))
print([n for n in dir(f) if not n.startswith("__")])


def gen():
    yield 1


g = gen()
print(dir(g))
g.close()
print(dir(len))


class C:
    def m(self):
        pass

    @staticmethod
    def s():
        pass


print(dir(C().m))
print("m" in dir(C), "s" in dir(C))
print(dir(lambda: 0) == dir(f) or sorted(set(dir(f)) - set(dir(lambda: 0))))
