# array.array (written in Python for moat over a list of checked values)
# against the conversions CPython's C type makes: out-of-range values for
# every integer typecode, floats into integer arrays, huge ints into
# doubles, unknown and two-character typecodes, frombytes of a partial
# item, fromunicode on a non-'u' array, initialisers of bytes, bytearray,
# str and arrays of another typecode, comparisons across typecodes and
# with NaN, index/insert far past the end, extended-slice stores of the
# wrong size, tofile() to an object without write() when there is nothing
# to write, and reductions that must not name a private reconstructor.
# Each must give CPython's value or exception.
# expect-output: q overflow OverflowError: int too big to convert
# expect-output: Q negative OverflowError: can't convert negative int to unsigned
# expect-output: b overflow OverflowError: signed char is greater than maximum
# expect-output: B float TypeError: 'float' object cannot be interpreted as an integer
# expect-output: f huge -> array('f', [inf])
# expect-output: d from int huge OverflowError: int too large to convert to float
# expect-output: u typecode -> array('u', 'abc')
# expect-output: bad typecode ValueError: bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)
# expect-output: typecode str len 2 TypeError: array() argument 1 must be a unicode character, not str
# expect-output: frombytes odd ValueError: bytes length not a multiple of item size
# expect-output: fromunicode on b ValueError: fromunicode() may only be called on unicode type arrays
# expect-output: byteswap f -> array('f', [4.600602988224807e-41])
# expect-output: tobytes -> b'\x01\x00\xff\xff'
# expect-output: from bytes init -> array('h', [1, -1])
# expect-output: from bytearray init -> array('B', [97, 98])
# expect-output: from str init on b TypeError: cannot use a str to initialize an array with typecode 'b'
# expect-output: from array other type -> array('d', [1.0, 2.0])
# expect-output: extend other typecode TypeError: can only extend with array of same kind
# expect-output: compare different types -> True
# expect-output: compare nan -> False
# expect-output: lt -> True
# expect-output: repr u -> "array('u', 'hi')"
# expect-output: index start stop -> 3
# expect-output: insert huge OverflowError: Python int too large to convert to C ssize_t
# expect-output: pop empty IndexError: pop from empty array
# expect-output: slice assign different type TypeError: bad argument type for built-in operation
# expect-output: slice assign list TypeError: can only assign array (not "list") to array slice
# expect-output: ext slice assign -> array('i', [9, 1, 9, 3, 9, 5])
# expect-output: ext slice assign wrong size ValueError: attempt to assign array of size 1 to extended slice of size 3
# expect-output: del ext slice -> array('i', [0, 2, 4])
# expect-output: imul negative -> array('i')
# expect-output: buffer_info -> 0
# expect-output: itemsize -> [1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8]
# expect-output: typecodes -> 'bBuhHiIlLqQfd'
# expect-output: fromfile AttributeError: 'NoneType' object has no attribute 'read'
# expect-output: tofile -> None
# expect-output: hash TypeError: unhashable type: 'array.array'
# expect-output: contains float -> True
# expect-output: count str -> 0
# expect-output: remove missing ValueError: array.remove(x): x not in array
# expect-output: array of array TypeError: 'array.array' object cannot be interpreted as an integer
# expect-output: tolist nested -> [1, 2]
# expect-output: fromlist bad TypeError: 'str' object cannot be interpreted as an integer
# expect-output: fromlist non-list TypeError: arg must be list
# expect-output: ArrayType alias -> True
# expect-output: tofile of items to no file AttributeError: 'NoneType' object has no attribute 'write'
import array


def t(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


t("q overflow", lambda: array.array('q', [2**63]))
t("Q negative", lambda: array.array('Q', [-1]))
t("b overflow", lambda: array.array('b', [128]))
t("B float", lambda: array.array('B', [1.0]))
t("f huge", lambda: array.array('f', [1e300]))
t("d from int huge", lambda: array.array('d', [10**400]))
t("u typecode", lambda: array.array('u', 'abc'))
t("bad typecode", lambda: array.array('z'))
t("typecode str len 2", lambda: array.array('bb'))
t("frombytes odd", lambda: array.array('i').frombytes(b'abc'))
t("fromunicode on b", lambda: array.array('b').fromunicode('x'))
t("byteswap f", lambda: (a := array.array('f', [1.0]), a.byteswap(), a)[2])
t("tobytes", lambda: array.array('h', [1, -1]).tobytes())
t("from bytes init", lambda: array.array('h', b'\x01\x00\xff\xff'))
t("from bytearray init", lambda: array.array('B', bytearray(b'ab')))
t("from str init on b", lambda: array.array('b', 'ab'))
t("from array other type", lambda: array.array('d', array.array('i', [1, 2])))
t("extend other typecode", lambda: array.array('i').extend(array.array('d', [1.0])))
t("compare different types", lambda: array.array('i', [1]) == array.array('d', [1.0]))
t("compare nan", lambda: array.array('d', [float('nan')]) == array.array('d', [float('nan')]))
t("lt", lambda: array.array('i', [1, 2]) < array.array('i', [1, 3]))
t("repr u", lambda: repr(array.array('u', 'hi')))
t("index start stop", lambda: array.array('i', [1, 2, 3, 2]).index(2, 2, -1 + 10**20))
t("insert huge", lambda: (a := array.array('i', [1]), a.insert(10**20, 5), a)[2])
t("pop empty", lambda: array.array('i').pop())
t("slice assign different type",
  lambda: (a := array.array('i', [1, 2]), a.__setitem__(slice(0, 1), array.array('d', [1.0])))[1])
t("slice assign list", lambda: (a := array.array('i', [1, 2]), a.__setitem__(slice(0, 1), [5]))[1])
t("ext slice assign",
  lambda: (a := array.array('i', range(6)),
           a.__setitem__(slice(None, None, 2), array.array('i', [9, 9, 9])), a)[2])
t("ext slice assign wrong size",
  lambda: (a := array.array('i', range(6)),
           a.__setitem__(slice(None, None, 2), array.array('i', [9])))[1])
t("del ext slice",
  lambda: (a := array.array('i', range(6)), a.__delitem__(slice(None, None, -2)), a)[2])
t("imul negative", lambda: (a := array.array('i', [1]), a.__imul__(-1), a)[2])
t("buffer_info", lambda: array.array('i').buffer_info()[1])
t("itemsize", lambda: [array.array(c).itemsize for c in 'bBuhHiIlLqQfd'])
t("typecodes", lambda: array.typecodes)
t("fromfile", lambda: array.array('i').fromfile(None, 1))
t("tofile", lambda: array.array('i').tofile(None))
t("hash", lambda: hash(array.array('i')))
t("contains float", lambda: 1.0 in array.array('i', [1]))
t("count str", lambda: array.array('i', [1]).count('1'))
t("remove missing", lambda: array.array('i', [1]).remove(2))
t("array of array", lambda: array.array('i', [array.array('i')]))
t("tolist nested", lambda: array.array('b', [1, 2]).tolist())
t("fromlist bad", lambda: (a := array.array('i', [7]), a.fromlist([1, 'x']), a)[2])
t("fromlist non-list", lambda: array.array('i').fromlist((1,)))
t("ArrayType alias", lambda: array.ArrayType is array.array)
t("tofile of items to no file", lambda: array.array("i", [1]).tofile(None))
