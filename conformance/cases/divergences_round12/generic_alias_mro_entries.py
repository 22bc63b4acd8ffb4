# A user subclass of types.GenericAlias: its __mro_entries__ decides the
# bases of a class statement, as any object's would.
import types


def bases(cls):
    return [b.__name__ for b in (dict, list, tuple, object) if issubclass(cls, b)]


class GA(types.GenericAlias):
    def __mro_entries__(self, bases):
        print('mro_entries called', len(bases))
        return (dict,)


ga = GA(list, (int,))
print(type(ga).__name__, ga)


class C(ga):
    pass


print(bases(C), C.__orig_bases__ == (ga,), C() == {})


class GB(types.GenericAlias):
    pass


class D(GB(list, (int,))):
    pass


print(bases(D), D([1]))


class GC(types.GenericAlias):
    def __mro_entries__(self, bases):
        return super().__mro_entries__(bases) + (object,)


class E(GC(dict, (str, int))):
    pass


print(bases(E))


class GD(types.GenericAlias):
    def __mro_entries__(self, bases):
        return 5


try:
    class F(GD(list, (int,))):
        pass
except TypeError as e:
    print('TypeError', e)


class GE(types.GenericAlias):
    def __mro_entries__(self, bases):
        return ()


class G(int, GE(list, (int,))):
    pass


print(bases(G), G(3))
print(ga.__mro_entries__((ga,)))
print(list[int].__mro_entries__((1,)))


class Holder:
    __mro_entries__ = GA.__mro_entries__


class H(GA(tuple, (int,)), GE(list, (str,))):
    pass


print(bases(H))
for call in (lambda: list[int].__mro_entries__(), lambda: list[int].__mro_entries__(1, 2),
             lambda: list[int].__mro_entries__(x=1), lambda: dict[str, int].__mro_entries__([])):
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)


class GF(types.GenericAlias):
    def helper(self):
        return 'helper'


try:
    print(GF(list, (int,)).helper())
except AttributeError as e:
    print('AttributeError', e)
