# bytes(x) and bytearray(x) take an __index__-able x as a size, unless its
# __index__ raises TypeError: then x is read as a buffer or an iterable.


class IndexRefusingBytes(bytes):
    def __index__(self):
        raise TypeError("not a size")


class IndexRefusingList(list):
    def __index__(self):
        raise TypeError("not a size")


class IndexFailing(list):
    def __index__(self):
        raise ValueError("broken index")


class Size:
    def __index__(self):
        return 3


for make in (bytes, bytearray):
    print(make.__name__, repr(make(IndexRefusingBytes(b"foobar"))))
    print(make.__name__, repr(make(IndexRefusingList([104, 105]))))
    print(make.__name__, repr(make(Size())))
    try:
        make(IndexFailing([1, 2]))
    except ValueError as e:
        print(make.__name__, "ValueError", e)


class NotIterable:
    def __index__(self):
        raise TypeError("not a size")


for make in (bytes, bytearray):
    try:
        make(NotIterable())
    except TypeError as e:
        print(make.__name__, "TypeError", e)
