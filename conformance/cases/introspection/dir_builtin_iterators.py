# dir() of the built-in iterator types (and hasattr on them) lists what
# CPython's does: __iter__, __next__, __length_hint__, __reduce__...
its = [iter([]), iter(()), iter({}), iter(''), iter(range(3)), reversed([]), reversed(range(2)),
       enumerate([]), zip(), map(abs, []), filter(None, []), iter({}.items()), reversed({}),
       iter({}.values()), reversed({}.values()), reversed({}.items()), iter(b''),
       iter(bytearray()), iter(int, 1), iter(range(1 << 70)), iter(set()), iter(frozenset()),
       reversed('ab'), reversed((1,))]
for o in its:
    print(type(o).__name__, dir(o) == dir(type(o)), [n for n in dir(o) if not n.startswith('__') or n in ('__next__', '__iter__', '__length_hint__', '__reduce__', '__setstate__')])
