# bytearray slice assignment checks the slice before the value, and
# assigning a copy (of an iterable, or of itself) starts over with the copy.
def attempt(data, key, value):
    b = bytearray(data)
    try:
        b[key] = value
        print(repr(b))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


attempt(b'abc', slice(1.0, 2), 5)
attempt(b'abc', slice('a', 2), [256])
attempt(b'abc', slice(None, 1, 1.0), 'ab')
attempt(b'abc', slice(0, 2, 0), None)
attempt(b'abc', slice(0, 2, 0), [300])
attempt(b'abc', slice(0, 2), 5)
attempt(b'abc', slice(0, 2), 'xy')
attempt(b'abc', slice(0, 2), [256])
attempt(b'abc', slice(0, 3, 2), [1, 2, 3])
attempt(b'abcdef', slice(None, None, -2), b'XYZ')


class Grows:
    # Converting the value changes the target's size: the slice is
    # computed again for the new size.
    def __init__(self, target):
        self.target = target

    def __iter__(self):
        self.target.extend(b'123')
        return iter([65, 66])


b = bytearray(b'abcd')
b[-2:] = Grows(b)
print(b)
b = bytearray(b'xy')
b[::-1] = b
print(b)
