# print() to an object with write(): one write per piece, str() of each
# item and of str-subclass separators, flush looked up only when asked.
class S(str):
    def __str__(self):
        return '<' + str.__str__(self) + '>'


class Log:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)
        return len(text)

    def flush(self):
        self.calls.append('FLUSH')


log = Log()
print(1, S('a'), [2], sep=S(','), end=S('.'), file=log)
print(file=log, end='')
print('x', sep=None, end=None, file=log, flush=True)
print(*'abc', sep='', file=log, flush=False)
print(S(''), file=log, end=S(''))
print(log.calls)


class NoFlush:
    def write(self, text):
        return 0


try:
    print('a', file=NoFlush(), flush=True)
except AttributeError as e:
    print('AttributeError', e)


class BadWrite:
    write = 5


try:
    print('a', file=BadWrite())
except TypeError as e:
    print('TypeError', e)


class Raises:
    def write(self, text):
        raise ValueError(text)


try:
    print('a', 'b', file=Raises())
except ValueError as e:
    print('ValueError', e)
print('end', sep=S('unused'))
print(S('only'), end=S('\n'))
