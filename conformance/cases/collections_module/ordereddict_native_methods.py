# OrderedDict.move_to_end and popitem: both ends, the errors of their
# arguments, and a subclass whose own methods they do not call.
from collections import OrderedDict


def attempt(label, fn):
    try:
        print(label, fn())
    except (KeyError, TypeError, ValueError) as e:
        print(label, type(e).__name__, e, e.args)


od = OrderedDict.fromkeys('abcde')
od.move_to_end('b', False)
od.move_to_end('d')
od.move_to_end('b', last=False)
print(list(od))
print(od.popitem(), od.popitem(False), od.popitem(last=True), od)
od = OrderedDict((i, i * i) for i in range(6))
for i in range(0, 6, 2):
    od.move_to_end(i, last=False)
print(od)
del od[1]
od.move_to_end(5, False)
od.move_to_end(3, False)
print(od, list(reversed(od)), od.popitem(0), od.popitem(1))

attempt('empty', lambda: OrderedDict().popitem())
attempt('empty first', lambda: OrderedDict().popitem(last=False))
attempt('missing', lambda: OrderedDict(a=1).move_to_end('z'))
attempt('missing first', lambda: OrderedDict(a=1).move_to_end('z', False))
attempt('missing None', lambda: OrderedDict(a=1).move_to_end(None))
attempt('empty None', lambda: OrderedDict().move_to_end(None))
attempt('unhashable', lambda: OrderedDict(a=1).move_to_end([]))
attempt('empty unhashable', lambda: OrderedDict().move_to_end([]))
attempt('tuple key', lambda: OrderedDict(a=1).move_to_end((1, 2)))
attempt('keywords', lambda: OrderedDict(a=1, b=2).move_to_end(key='a', last=0))
attempt('no key', lambda: OrderedDict(a=1).move_to_end())
attempt('three', lambda: OrderedDict(a=1).move_to_end(1, 2, 3))
attempt('bad keyword', lambda: OrderedDict(a=1).move_to_end('a', first=1))
attempt('popitem two', lambda: OrderedDict(a=1).popitem(1, 2))
attempt('popitem keyword', lambda: OrderedDict(a=1).popitem(lst=1))
attempt('popitem truthy', lambda: OrderedDict(a=1, b=2).popitem([]))


class Bad:
    def __bool__(self):
        raise ValueError('no bool')


attempt('popitem bad bool', lambda: OrderedDict(a=1, b=2).popitem(Bad()))
attempt('move bad bool', lambda: OrderedDict(a=1, b=2).move_to_end('a', Bad()))
attempt('move bad bool empty', lambda: OrderedDict().move_to_end('a', Bad()))


class Noisy:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print('hash', self.n)
        return self.n

    def __eq__(self, other):
        print('eq', self.n)
        return isinstance(other, Noisy) and other.n == self.n

    def __repr__(self):
        return f'Noisy({self.n})'


k1, k2 = Noisy(1), Noisy(2)
od = OrderedDict()
od[k1] = 1
od[k2] = 2
print('end is already last')
od.move_to_end(k2)
print('front is already first')
od.move_to_end(k1, False)
print('an equal key')
od.move_to_end(Noisy(1))
print(od.popitem(last=False)[1], od.popitem()[1])


class Sub(OrderedDict):
    def __iter__(self):
        return iter(['zz'])

    def __getitem__(self, k):
        return 'sub'

    def __delitem__(self, k):
        print('delitem called')


s = Sub(a=1, b=2, c=3)
print(s.popitem(), s.popitem(last=False), dict.__len__(s))
s = Sub(a=1, b=2, c=3)
s.move_to_end('a')
s.move_to_end('c', last=False)
print(list(OrderedDict.keys(s)))
print(OrderedDict.move_to_end.__name__, OrderedDict.popitem.__qualname__)
print(type(OrderedDict.popitem).__name__, type(OrderedDict().popitem).__name__)
attempt('unbound wrong self', lambda: OrderedDict.popitem({}))
