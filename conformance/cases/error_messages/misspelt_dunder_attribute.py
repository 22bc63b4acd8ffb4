# A dunder CPython has on no object at all (a misspelt __len__) is simply
# missing: CPython's own AttributeError, read, assigned or deleted.


class A:
    __slots__ = ()

    def __len__(self):
        return 0


def show(f):
    try:
        print(f())
    except AttributeError as e:
        print('AttributeError', e, '|', e.name)


show(lambda: A().__lenn__)
show(lambda: A.__lenn__)
show(lambda: A().__foo__)
show(lambda: (1).__lenn__)
show(lambda: [].__itr__)
show(lambda: 'abc'.__upper__)
show(lambda: len.__lenn__)
show(lambda: getattr(A(), '__bar__'))
print(hasattr(A(), '__lenn__'), getattr(A(), '__lenn__', 'default'))


def assign():
    (1).__lenn__ = 5


show(assign)


def delete():
    del [].__lenn__


show(delete)
# Still found when defined.


class B:
    __custom__ = 'custom'


print(B().__custom__, B.__custom__)
