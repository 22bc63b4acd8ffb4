# __dir__() of instances of user subclasses of built-in types: the
# instance dict, the subclass's namespace, then the built-in namespaces in
# CPython's order.
class L(list):
    extra = 1

    def method(self):
        pass


class D(dict):
    pass


class N(int):
    __slots__ = ('tag',)


class E(KeyError):
    def __str__(self):
        return 'E'


class G(Exception):
    pass


for obj in (L([1]), D(a=1), N(5), E('k'), G()):
    obj_dir = obj.__dir__()
    print(type(obj).__name__, obj_dir[:12], len(obj_dir), sorted(obj_dir) == dir(obj))
l = L()
l.attr = 1
print(l.__dir__()[:4])
print(type.__dir__(L)[:6], type.__dir__(E)[:6])
print(type.__dir__(KeyError), type.__dir__(BaseException)[:8])
print(type.__dir__(object)[:8], len(type.__dir__(object)))
print(super(L, l).__dir__()[:3])


class WithDir:
    def __dir__(self):
        return ['b', 'a', 'c']


print(dir(WithDir()), WithDir().__dir__(), object.__dir__(WithDir())[:3])
