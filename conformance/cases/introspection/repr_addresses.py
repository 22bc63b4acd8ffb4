# Default reprs end " at 0x..." with the object's id() in hex, in CPython
# (an address) and in moat (a serial): the shape is the same and the number
# agrees with id(). The numbers themselves are masked.
import re


def masked(text):
    return re.sub(r'0x[0-9a-f]+', '0xADDR', text)


def address_is_id(obj):
    found = re.search(r'(?: at | @ )0x([0-9a-f]+)>', repr(obj))
    return found is not None and int(found.group(1), 16) == id(obj)


class Plain:
    def method(self):
        pass


def function():
    pass


def generator():
    yield 1


plain = Plain()
samples = [
    plain, object(), function, lambda: 0, Plain.method, generator(), iter([]),
    iter(()), iter(range(3)), iter({}), enumerate([]), zip(), map(abs, []),
    [].append, (1).__add__, plain.__str__,
]
for obj in samples:
    print(masked(repr(obj)), address_is_id(obj))
print(masked(repr(plain.method)))
print(masked(str(plain)), masked(format(plain)), masked('%r' % (plain,)))
print(masked(repr([plain, function])))
print(masked(repr({'f': function})))


class Nested:
    def make(self):
        def inner():
            pass
        return inner


print(masked(repr(Nested().make())))
import hashlib
print(masked(repr(hashlib.sha256())))
