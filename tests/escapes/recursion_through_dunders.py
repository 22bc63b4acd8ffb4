# Unbounded recursion through every protocol a native operation calls back
# into: __repr__, __str__, __format__, __hash__, __eq__, __lt__ (in sorted),
# __getattr__ on a missing name, __getitem__, __len__, __bool__, __index__,
# __iter__, __contains__, __init_subclass__ that subclasses again, a
# descriptor's __get__, __call__. Each must end in a catchable
# RecursionError, and the interpreter must go on working afterwards.
import copy


class R:
    def __repr__(self):
        return repr(self)

    def __str__(self):
        return str(self)

    def __format__(self, spec):
        return format(self, spec)

    def __hash__(self):
        return hash(self)

    def __eq__(self, other):
        return self == other

    def __lt__(self, other):
        return sorted([self, other]) and True

    def __getattr__(self, name):
        return self.missing

    def __getitem__(self, i):
        return self[i]

    def __len__(self):
        return len(self)

    def __bool__(self):
        return bool(self)

    def __index__(self):
        return [0][self]

    def __iter__(self):
        return iter(self)

    def __contains__(self, x):
        return x in self

    def __call__(self):
        return self()

    def __deepcopy__(self, memo):
        return copy.deepcopy(self)


class Get:
    def __get__(self, obj, owner):
        return obj.attr


class Holder:
    attr = Get()


r = R()
attempts = [repr, str, lambda x: format(x, ''), hash, lambda x: x == 1, lambda x: sorted([x, R()]),
            lambda x: x.nothing, lambda x: x[0], len, bool, lambda x: [1][x], iter,
            lambda x: 1 in x, lambda x: x(), lambda x: Holder().attr, copy.deepcopy,
            lambda x: f'{x}', lambda x: '%s' % x, lambda x: {x: 1}]
for attack in attempts:
    try:
        attack(r)
        print('returned')
    except RecursionError:
        print('RecursionError')


def subclass_forever():
    class Base:
        def __init_subclass__(cls):
            class Again(cls):
                pass
    class Sub(Base):
        pass


try:
    subclass_forever()
except RecursionError:
    print('RecursionError')
print(sum(range(10)), 'still running')
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: RecursionError
# expect-output: 45 still running
