# Corners of pprint that the rewrite of stdlib_safe/py/pprint.py keeps:
# the readable flag of a falsy repr (a dict passes it on, a list makes it
# False), the room kept after bytes whose length is a multiple of 4 (none),
# indent padding inside empty containers, and a layout registered by user
# code in PrettyPrinter._dispatch.
import pprint


class Blank(list):
    def __repr__(self):
        return ''


print(repr(pprint.isreadable([Blank()])), repr(pprint.isreadable({1: Blank()})))
print(repr(pprint.PrettyPrinter().format({1: Blank()}, {}, 0, 0)))

for size in (8, 9, 12, 13, 16):
    data = bytes(range(65, 65 + size))
    for width in (14, 15, 16, 17, 20, 21):
        print(size, width, repr(pprint.pformat([data], width=width)))
    print(size, 'bytearray', repr(pprint.pformat(bytearray(data), width=16)))

for empty in ([], (), {}):
    print(repr(pprint.pformat(empty, width=1, indent=4)))

text = '  leading spaces\nand a second line with several words in it\n\n'
for width in (5, 12, 20, 40):
    print(pprint.pformat(text, width=width))
    print(pprint.pformat([text], width=width, compact=True))


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __repr__(self):
        return 'Pair(%r, %r)' % (self.a, self.b)


def lay_pair(printer, obj, stream, indent, allowance, context, level):
    stream.write('Pair(')
    printer._format(obj.a, stream, indent + 5, 1, context, level)
    stream.write(',\n' + ' ' * (indent + 5))
    printer._format(obj.b, stream, indent + 5, allowance + 1, context, level)
    stream.write(')')


pprint.PrettyPrinter._dispatch[Pair.__repr__] = lay_pair
print(pprint.pformat(Pair(list(range(12)), {'k': 'v' * 30}), width=30))
