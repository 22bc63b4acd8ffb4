# A __slots__ member descriptor called by name (__get__/__set__/__delete__)
# reads and writes a field at its class's offset: on any object whose type
# is not that class or a subclass it must refuse, as `obj.x` does, never
# reinterpret another layout (an int, a list, a class with other slots, a
# subclass of a built-in with fewer fields).
# expect-output: TypeError descriptor 'b' for 'Wide' objects doesn't apply to a 'int' object
# expect-output: TypeError descriptor 'b' for 'Wide' objects doesn't apply to a 'list' object
# expect-output: TypeError descriptor 'b' for 'Wide' objects doesn't apply to a 'Narrow' object
# expect-output: TypeError descriptor 'b' for 'Wide' objects doesn't apply to a 'type' object
# expect-output: TypeError descriptor 'b' for 'Wide' objects doesn't apply to a 'Narrow' object
# expect-output: TypeError descriptor 'b' for 'Wide' objects doesn't apply to a 'Narrow' object
# expect-output: ok 7


class Wide:
    __slots__ = ('a', 'b', 'c')


class Narrow:
    __slots__ = ('a',)


d = Wide.__dict__['b']
for target in (1, [1, 2], Narrow(), Wide):
    try:
        d.__get__(target)
    except TypeError as e:
        print('TypeError', e)
for call in (lambda: d.__set__(Narrow(), 5), lambda: d.__delete__(Narrow())):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
w = Wide()
d.__set__(w, 7)
print('ok', w.b)
