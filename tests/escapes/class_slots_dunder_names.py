# __slots__ naming the refused or special attributes (__globals__,
# __class__, __dict__, __mro__), and a class body that binds those names as
# plain class attributes: a slot or class entry is the script's own data,
# never the interpreter's object of that name.
attempts = []
for slots in (('__globals__',), ('__class__',), ('__dict__', '__dict__'), ('__code__', 'x')):
    try:
        class S:
            __slots__ = slots
        s = S()
        print(slots, type(s).__name__, [n for n in slots if hasattr(s, n) and n != '__class__'])
    except (TypeError, ValueError, AttributeError) as e:
        print(slots, type(e).__name__, e)


class Fake:
    __globals__ = {'fake': True}


print(Fake.__globals__, Fake().__globals__)
# expect-output: ('__globals__',) S []
# expect-output: ('__class__',) S []
# expect-output: ('__dict__', '__dict__') TypeError __dict__ slot disallowed: we already got one
# expect-output: ('__code__', 'x') S []
# expect-output: {'fake': True} {'fake': True}
