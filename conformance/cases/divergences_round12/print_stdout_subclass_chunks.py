# print() to sys.stdout with str-subclass separators over many items (the
# output is written in chunks), and a __str__ that fails part way.
class S(str):
    calls = 0

    def __str__(self):
        S.calls += 1
        return '[' + str.__str__(self) + ']'


items = list(range(3000))
print(*items, sep=S(','), end=S('!\n'))
print(S.calls)


class Fails(str):
    def __str__(self):
        if S.calls > 3005:
            raise ValueError('stop')
        S.calls += 1
        return ';'


try:
    print(*range(10), sep=Fails('-'))
except ValueError as e:
    print()
    print('ValueError', e, S.calls)
print('a', 'b', sep=S(''), end='')
print()
print(S('x') + 'y', S('x').upper(), type(S('x') + 'y').__name__)
