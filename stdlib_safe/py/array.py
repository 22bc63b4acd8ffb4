"""Typed arrays of numbers and characters, as CPython 3.11's array module.

Written for moat from the documented semantics of CPython 3.11's
Modules/arraymodule.c on x86-64 Linux (int 4 bytes, long 8, wchar_t 4).
Items live in a list of Python values already converted to the typecode's
C type (range-checked ints, floats rounded to float32 for 'f', single
characters for 'u'); the machine form appears only through tobytes() and
frombytes(), which use struct, and fromfile()/tofile(), which take the
in-memory file objects of io. moat shows no memory addresses, so
buffer_info() reports id(), as id() stands in everywhere.
"""

import operator as _operator
from operator import index as _index
from struct import pack as _pack, unpack as _unpack, error as _struct_error
from collections import deque as _deque, _reflected, _type_name

typecodes = "bBuhHiIlLqQfd"

_ITEMSIZE = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8,
             "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}
# struct's codes for the machine form ('u' is a 4-byte wchar_t).
_STRUCT = {"b": "b", "B": "B", "u": "I", "h": "h", "H": "H", "i": "i",
           "I": "I", "l": "q", "L": "Q", "q": "q", "Q": "Q", "f": "f", "d": "d"}

# (min, max, message when too small, message when too large) of the C
# conversions CPython uses for each integer typecode.
_INT_RANGES = {
    "b": (-128, 127, "signed char is less than minimum",
          "signed char is greater than maximum"),
    "B": (0, 255, "unsigned byte integer is less than minimum",
          "unsigned byte integer is greater than maximum"),
    "h": (-2 ** 15, 2 ** 15 - 1, "signed short integer is less than minimum",
          "signed short integer is greater than maximum"),
    "H": (0, 2 ** 16 - 1, "unsigned short is less than minimum",
          "unsigned short is greater than maximum"),
    "i": (-2 ** 31, 2 ** 31 - 1, "signed integer is less than minimum",
          "signed integer is greater than maximum"),
    "I": (0, 2 ** 32 - 1, "can't convert negative value to unsigned int",
          "unsigned int is greater than maximum"),
    "l": (-2 ** 63, 2 ** 63 - 1, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    "L": (0, 2 ** 64 - 1, "can't convert negative value to unsigned int",
          "Python int too large to convert to C unsigned long"),
    "q": (-2 ** 63, 2 ** 63 - 1, "int too big to convert",
          "int too big to convert"),
    "Q": (0, 2 ** 64 - 1, "can't convert negative int to unsigned",
          "int too big to convert"),
}

_INF = float("inf")


def _to_float(value):
    # PyFloat_AsDouble: floats, and types with __float__ or __index__.
    cls = type(value)
    if isinstance(value, float) or hasattr(cls, "__float__") or hasattr(cls, "__index__"):
        return float(value)
    raise TypeError("must be real number, not %s" % cls.__name__)


_SSIZE_MIN = -2 ** 63
_SSIZE_MAX = 2 ** 63 - 1


def _item_index(index):
    # PyNumber_AsSsize_t(index, PyExc_IndexError), which names the
    # original object's type.
    if not hasattr(type(index), "__index__"):
        raise TypeError("array indices must be integers")
    value = _index(index)
    if not _SSIZE_MIN <= value <= _SSIZE_MAX:
        raise IndexError("cannot fit '%s' into an index-sized integer"
                         % type(index).__name__)
    return value


def _tp_name(obj):
    # The name CPython's messages give a type: its C types carry their
    # module (collections' through its _type_name), any other class its
    # plain name.
    return "array.array" if type(obj) is array else _type_name(obj)


def _slice_bound(value):
    # _PyEval_SliceIndex: None, or an __index__-able value (clamped later
    # by slice.indices).
    if value is None or isinstance(value, int):
        return value
    if not hasattr(type(value), "__index__"):
        raise TypeError("slice indices must be integers or None or have an "
                        "__index__ method")
    return _index(value)


def _slice_index(value):
    # _PyEval_SliceIndexNotNone, the converter of index()'s bounds.
    if not hasattr(type(value), "__index__"):
        raise TypeError("slice indices must be integers or have an "
                        "__index__ method")
    return _index(value)


def _repeat_count(n):
    # PyNumber_AsSsize_t(n, PyExc_OverflowError) of sequence repetition,
    # which names the original object's type.
    value = _index(n)
    if not _SSIZE_MIN <= value <= _SSIZE_MAX:
        raise OverflowError("cannot fit '%s' into an index-sized integer"
                            % type(n).__name__)
    return value


def _ssize(value):
    # Argument Clinic's Py_ssize_t converter.
    value = _index(value)
    if not _SSIZE_MIN <= value <= _SSIZE_MAX:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _float32(value):
    # C's double-to-float conversion: round to nearest, inf past the range.
    try:
        return _unpack("f", _pack("f", value))[0]
    except (OverflowError, _struct_error):
        return _INF if value > 0 else -_INF


def _converter(typecode):
    if typecode in _INT_RANGES:
        low, high, too_small, too_large = _INT_RANGES[typecode]

        def convert(value):
            value = _index(value)
            if value < low:
                raise OverflowError(too_small)
            if value > high:
                raise OverflowError(too_large)
            return int(value)
    elif typecode == "d":
        convert = _to_float
    elif typecode == "f":
        def convert(value):
            return _float32(_to_float(value))
    else:
        def convert(value):
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError("array item must be unicode character")
            return value
    return convert


_CONVERTERS = {code: _converter(code) for code in typecodes}


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type.

Arrays represent basic values and behave very much like lists, except
the type of objects stored in them is constrained. The type is specified
at object creation time by using a type code, which is a single character.
The following type codes are defined:

    Type code   C Type             Minimum size in bytes
    'b'         signed integer     1
    'B'         unsigned integer   1
    'u'         Unicode character  2 (see note)
    'h'         signed integer     2
    'H'         unsigned integer   2
    'i'         signed integer     2
    'I'         unsigned integer   2
    'l'         signed integer     4
    'L'         unsigned integer   4
    'q'         signed integer     8 (see note)
    'Q'         unsigned integer   8 (see note)
    'f'         floating point     4
    'd'         floating point     8

NOTE: The 'u' typecode corresponds to Python's unicode character. On
narrow builds this is 2-bytes on wide builds this is 4-bytes.

NOTE: The 'q' and 'Q' type codes are only available if the platform
C compiler used to build Python supports 'long long', or, on Windows,
'__int64'.

Methods:

append() -- append a new item to the end of the array
buffer_info() -- return information giving the current memory info
byteswap() -- byteswap all the items of the array
count() -- return number of occurrences of an object
extend() -- extend array by appending multiple elements from an iterable
fromfile() -- read items from a file object
fromlist() -- append items from the list
frombytes() -- append items from the string
index() -- return index of first occurrence of an object
insert() -- insert a new item into the array at a provided position
pop() -- remove and return item (default last)
remove() -- remove first occurrence of an object
reverse() -- reverse the order of the items in the array
tofile() -- write all items to a file object
tolist() -- return the array converted to an ordinary list
tobytes() -- return the array converted to a string

Attributes:

typecode -- the typecode character used to create the array
itemsize -- the length in bytes of one array item
"""

    __slots__ = ("_typecode", "_items")

    def __new__(cls, *args, **kwargs):
        if cls is array and kwargs:
            raise TypeError("array.array() takes no keyword arguments")
        if not 1 <= len(args) <= 2:
            raise TypeError("array() takes at most 2 arguments (%d given)" % len(args)
                            if args else
                            "array() takes at least 1 argument (0 given)")
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, "
                            "not %s" % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, "
                             "q, Q, f or d)")
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = []
        if len(args) == 2:
            initial = args[1]
            if isinstance(initial, str):
                if typecode != "u":
                    raise TypeError("cannot use a str to initialize an array "
                                    "with typecode '%s'" % typecode)
                self._items = list(initial)
            elif isinstance(initial, array):
                if typecode == "u" and initial._typecode != "u":
                    raise TypeError("array item must be unicode character")
                if initial._typecode == "u" and typecode != "u":
                    raise TypeError("cannot use a unicode array to initialize "
                                    "an array with typecode '%s'" % typecode)
                self._extend_items(initial._items)
            elif isinstance(initial, (bytes, bytearray)):
                self.frombytes(initial)
            else:
                self._extend_items(initial)
        return self

    # ---- helpers ------------------------------------------------------------

    def _extend_items(self, iterable):
        convert = _CONVERTERS[self._typecode]
        items = self._items
        for value in iterable:
            items.append(convert(value))

    def _new(self, items):
        # Slices, sums, products and copies are plain arrays, of a subclass too.
        result = object.__new__(array)
        result._typecode = self._typecode
        result._items = items
        return result

    # ---- attributes ---------------------------------------------------------

    def _read_only(name):
        # A getset without a setter, as CPython's typecode and itemsize.
        def refuse(self, value=None):
            raise AttributeError("attribute '%s' of 'array.array' objects is not "
                                 "writable" % name)
        return refuse

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._typecode

    typecode = typecode.setter(_read_only("typecode")).deleter(_read_only("typecode"))

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._typecode]

    itemsize = itemsize.setter(_read_only("itemsize")).deleter(_read_only("itemsize"))
    del _read_only

    # ---- list-like methods ----------------------------------------------------

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(_CONVERTERS[self._typecode](v))

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(bb._items)
        else:
            self._extend_items(bb)

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        i = _ssize(i)
        self._items.insert(i, _CONVERTERS[self._typecode](v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array.

i defaults to -1."""
        i = _ssize(i)
        if not self._items:
            raise IndexError("pop from empty array")
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("pop index out of range")
        return self._items.pop(i)

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        for i, item in enumerate(self._items):
            if item == v:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=9223372036854775807, /):
        """Return index of first occurrence of v in the array.

Raise ValueError if the value is not present."""
        start = _slice_index(start)
        stop = _slice_index(stop)
        n = len(self._items)
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop += n
        # The length is read again at each step, as CPython's loop does:
        # an item's __eq__ may resize the array.
        i = start
        while i < stop and i < len(self._items):
            if self._items[i] == v:
                return i
            i += 1
        raise ValueError("array.index(x): x not in array")

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return sum(1 for item in self._items if item == v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.

The length should be multiplied by the itemsize attribute to calculate
the buffer length in bytes."""
        # moat shows no memory addresses: id() stands in, as it does for
        # every object.
        return (id(self), len(self._items))

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, list, /):
        """Append items to array from list."""
        if not isinstance(list, type([])):
            raise TypeError("arg must be list")
        converted = []
        convert = _CONVERTERS[self._typecode]
        for value in list:
            converted.append(convert(value))
        self._items.extend(converted)

    # ---- bytes and text -------------------------------------------------------

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        code = _STRUCT[self._typecode]
        items = self._items
        if self._typecode == "u":
            items = [ord(c) for c in items]
        return _pack("=%d%s" % (len(items), code), *items)

    def frombytes(self, buffer, /):
        """Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."""
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if isinstance(buffer, array):
            # An array is a buffer too, but only one of single bytes counts
            # as bytes-like, and one exporting its buffer cannot resize.
            if _ITEMSIZE[buffer._typecode] != 1:
                raise TypeError("a bytes-like object is required")
            if buffer is self:
                raise BufferError("cannot resize an array that is exporting buffers")
            buffer = buffer.tobytes()
        elif not isinstance(buffer, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(buffer).__name__)
        size = _ITEMSIZE[self._typecode]
        if len(buffer) % size:
            raise ValueError("bytes length not a multiple of item size")
        values = _unpack("=%d%s" % (len(buffer) // size, _STRUCT[self._typecode]),
                         bytes(buffer))
        if self._typecode == "u":
            try:
                values = [chr(v) for v in values]
            except (ValueError, OverflowError):
                raise ValueError("character U+%x is not in range [U+0000; "
                                 "U+10ffff]" % next(v for v in values if v > 0x10FFFF)
                                 ) from None
        self._items.extend(values)

    def byteswap(self):
        """Byteswap all items of the array.

If the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is
raised."""
        size = _ITEMSIZE[self._typecode]
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        # Built aside, so that a swap this array cannot hold (a 'u' item
        # that is no code point) leaves it as it was.
        result = self._new([])
        result.frombytes(swapped)
        self._items = result._items

    def tounicode(self):
        """Extends this array with data from the unicode string ustr.

Convert the array to a unicode string.  The array must be a unicode type array;
otherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a
unicode string from an array of some other type."""
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr.

The array must be a unicode type array; otherwise a ValueError is raised.
Use array.frombytes(ustr.encode(...)) to append Unicode data to an array of
some other type."""
        if not isinstance(ustr, str):
            raise TypeError("fromunicode() argument must be str, not %s"
                            % type(ustr).__name__)
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(ustr)

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end of the array."""
        n = _index(n)
        if n < 0:
            raise ValueError("negative count")
        size = _ITEMSIZE[self._typecode]
        data = f.read(size * n)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) != size * n:
            raise EOFError("read() didn't return enough bytes")

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        # As array_array_tofile: blocks of 64 KiB, so no write() at all for
        # an empty array.
        data = self.tobytes()
        for start in range(0, len(data), 64 * 1024):
            f.write(data[start:start + 64 * 1024])

    # ---- the sequence protocol ------------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        result = object.__new__(arrayiterator)
        result._array = self
        result._index = 0
        return result

    # No __reversed__: reversed() walks the sequence, as CPython's does.

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        index = _item_index(index)
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            # The bounds' __index__ runs once and before the length is read,
            # as in CPython (PySlice_Unpack, then PySlice_AdjustIndices):
            # it may resize the array.
            step = _slice_bound(index.step)
            start = _slice_bound(index.start)
            stop = _slice_bound(index.stop)
            start, stop, step = slice(start, stop, step).indices(len(self._items))
            items = list(value._items)
            if step == 1:
                self._items[start:max(start, stop)] = items
                return
            positions = range(start, stop, step)
            if not items:
                # CPython's array deletes an extended slice it is given an
                # empty array for, as `del a[i:j:k]` would.
                self._items[:] = [item for position, item in enumerate(self._items)
                                  if position not in positions]
                return
            if len(items) != len(positions):
                raise ValueError("attempt to assign array of size %d to "
                                 "extended slice of size %d"
                                 % (len(items), len(positions)))
            for position, item in zip(positions, items):
                self._items[position] = item
            return
        # CPython places a negative index before converting the value, whose
        # __index__ or __float__ may resize the array.
        index = _item_index(index)
        if index < 0:
            index += len(self._items)
        if not 0 <= index < len(self._items):
            raise IndexError("array assignment index out of range")
        converted = _CONVERTERS[self._typecode](value)
        try:
            self._items[index] = converted
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        index = _item_index(index)
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            result = _reflected(self, other, "__radd__", _C_SEQUENCES)
            if result is not NotImplemented:
                return result
            raise TypeError('can only append array (not "%s") to array'
                            % _tp_name(other))
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            result = _reflected(self, other, "__radd__", _C_SEQUENCES)
            if result is not NotImplemented:
                return result
            raise TypeError('can only extend array with array (not "%s")'
                            % _tp_name(other))
        if other._typecode != self._typecode:
            raise TypeError("can only extend with array of same kind")
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        result = _reflected(self, n, "__rmul__", _C_SEQUENCES)
        if result is not NotImplemented:
            return result
        if not hasattr(type(n), "__index__"):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % _tp_name(n))
        return self._new(self._items * _repeat_count(n))

    def __rmul__(self, n):
        if not hasattr(type(n), "__index__"):
            return NotImplemented
        return self._new(self._items * _repeat_count(n))

    def __imul__(self, n):
        result = _reflected(self, n, "__rmul__", _C_SEQUENCES)
        if result is not NotImplemented:
            return result
        if not hasattr(type(n), "__index__"):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % _tp_name(n))
        self._items *= _repeat_count(n)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, _operator.eq)

    def __ne__(self, other):
        return self._compare(other, _operator.ne)

    def __lt__(self, other):
        return self._compare(other, _operator.lt)

    def __le__(self, other):
        return self._compare(other, _operator.le)

    def __gt__(self, other):
        return self._compare(other, _operator.gt)

    def __ge__(self, other):
        return self._compare(other, _operator.ge)

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._typecode)
        if self._typecode == "u":
            return "%s('u', %r)" % (name, "".join(self._items))
        return "%s('%s', %r)" % (name, self._typecode, self._items)

    def __copy__(self):
        """Return a copy of the array."""
        return self._new(list(self._items))

    def __deepcopy__(self, unused, /):
        """Return a copy of the array."""
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol, /):
        """Return state information for pickling."""
        items = "".join(self._items) if self._typecode == "u" else list(self._items)
        return (type(self), (self._typecode, items), None)

    def __sizeof__(self):
        """Size of the array in memory, in bytes."""
        return 64 + len(self._items) * _ITEMSIZE[self._typecode]


ArrayType = array
# The sequences whose own __rmul__ is their repetition (_reflected).
_C_SEQUENCES = (str, bytes, bytearray, list, tuple, array, _deque)
# As arraymodule.c's init: arrays are MutableSequences.
from _collections_abc import MutableSequence as _MutableSequence
_MutableSequence.register(array)
del _MutableSequence
class arrayiterator:
    """CPython's array.arrayiterator: it reads the array as it is at each
    next(), and once exhausted stays so."""

    __slots__ = ("_array", "_index")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'array.arrayiterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        a = self._array
        if a is not None:
            i = self._index
            if i < len(a._items):
                self._index = i + 1
                return a._items[i]
            self._array = None
        raise StopIteration


_set_type_name(array, "array.array")
_set_type_name(arrayiterator, "array.arrayiterator", final=True)
del _set_type_name
