# __slots__ is an ordinary class attribute: present when the class body set
# it, an AttributeError (not a refusal) otherwise.
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class NoSlots:
    pass


attempt("class", lambda: NoSlots.__slots__)
attempt("instance", lambda: NoSlots().__slots__)
print(getattr(NoSlots, '__slots__', None), hasattr(NoSlots(), '__slots__'))


class Slotted:
    __slots__ = ('a', 'b')
    limit = 10


class Child(Slotted):
    pass


class One:
    __slots__ = 'only'


print(Slotted.__slots__, Slotted().__slots__, Child.__slots__, One.__slots__)
print(getattr(Slotted, '__slots__', ()), hasattr(Child(), '__dict__'))

s = Slotted()
attempt("unset slot", lambda: s.a)
# Without an instance dict, a class attribute cannot be shadowed.
attempt("class attribute", lambda: setattr(s, 'limit', 1))
attempt("method", lambda: setattr(s, '__init__', 1))
attempt("unknown", lambda: setattr(s, 'c', 1))
attempt("delete class attribute", lambda: delattr(s, 'limit'))
print(s.limit)


def slot_names(cls):
    names = getattr(cls, '__slots__', ())
    return (names,) if isinstance(names, str) else tuple(names)


print(slot_names(NoSlots), slot_names(Slotted), slot_names(One))
