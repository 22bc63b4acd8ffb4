# copy.copy and copy.deepcopy of instances of subclasses of built-in types
# keep both the built-in contents and the instance attributes.
import copy


class Buffer(bytearray):
    pass


class SlottedBuffer(bytearray):
    __slots__ = ('label',)


class Text(str):
    pass


class Numbers(list):
    pass


for cls, value in ((Buffer, b"abcd"), (Text, "text"), (Numbers, [1, [2]])):
    original = cls(value)
    original.tag = ["shared"]
    for fn in (copy.copy, copy.deepcopy):
        dup = fn(original)
        print(cls.__name__, fn.__name__, type(dup).__name__, dup == original,
              dup is original, dup.tag, dup.tag is original.tag)

slotted = SlottedBuffer(b"xyz")
slotted.label = "L"
for fn in (copy.copy, copy.deepcopy):
    dup = fn(slotted)
    print(fn.__name__, repr(dup), dup.label)
    dup.extend(b"!")
    print(repr(slotted), repr(dup))

empty = Buffer()
print(repr(copy.copy(empty)), repr(copy.deepcopy(empty)))

nested = [Buffer(b"in"), Buffer(b"in")]
deep = copy.deepcopy(nested)
deep[0].append(33)
print(deep, nested)
