# __mro_entries__ of objects that are not classes in class statements, and
# the errors around it, as CPython's update_bases.
import types


class Entry:
    def __init__(self, *result):
        self.result = result

    def __mro_entries__(self, bases):
        print('entries for', len(bases), 'bases')
        return self.result


class Base:
    pass


class A(Entry(Base)):
    pass


print(issubclass(A, Base), A.__orig_bases__[0].result == (Base,))


class B(Entry(), Base):
    pass


print(issubclass(B, Base))


def show(label, make):
    try:
        print(label, make())
    except TypeError as e:
        print(label, 'TypeError', e)


class ListResult:
    def __mro_entries__(self, bases):
        return [Base]


class Raises:
    def __mro_entries__(self, bases):
        raise TypeError('no entries')


class NotCallable:
    __mro_entries__ = 5


def make_class(base):
    class C(base):
        pass
    return C


show('list', lambda: make_class(ListResult()))
show('raises', lambda: make_class(Raises()))
show('not_callable', lambda: make_class(NotCallable()))
show('plain_object', lambda: make_class(5))
show('alias', lambda: issubclass(make_class(list[int]), list))
show('alias_sub', lambda: issubclass(make_class(types.GenericAlias(dict, (int, str))), dict))
show('dup', lambda: make_class(Entry(Base, Base)))
