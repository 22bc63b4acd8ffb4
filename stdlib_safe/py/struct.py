"""Packing values into bytes and back, as CPython 3.11's struct module.

Written for moat. pack, unpack, calcsize, pack_into and unpack_from are
native (stdlib_safe/struct_module.h), with _struct.c's format language and
messages; this part adds the error class, Struct (which parses its format
once for the size and passes it to the native functions) and iter_unpack.
"""

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from",
           "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


class _UnpackIterator:
    __module__ = "_struct"
    # A C type's layout: no instance __dict__ (_set_type_name hides the name).
    __slots__ = ("_fmt", "_size", "_buffer", "_offset")

    def __init__(self, fmt, size, buffer):
        self._fmt = fmt
        self._size = size
        self._buffer = buffer
        self._offset = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._buffer is None or self._offset + self._size > len(self._buffer):
            self._buffer = None
            raise StopIteration
        item = unpack_from(self._fmt, self._buffer, self._offset)
        self._offset += self._size
        return item

    def __length_hint__(self):
        if self._buffer is None:
            return 0
        return (len(self._buffer) - self._offset) // self._size


def _iter_unpack(fmt, size, buffer):
    if not isinstance(buffer, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(buffer).__name__)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buffer) % size:
        raise error("iterative unpacking requires a buffer of a multiple of "
                    "%d bytes" % size)
    return _UnpackIterator(fmt, size, bytes(buffer))


def iter_unpack(format, buffer, /):
    """Iterates over the tuples unpack() gives for each format-sized
    piece of the buffer."""
    return _iter_unpack(format, calcsize(format), buffer)


# A C function of _struct in CPython ("iter_unpack expected 2 arguments,
# got 1", "_struct.iter_unpack() takes no keyword arguments").
_builtin_function(iter_unpack, module='_struct')


class Struct:
    """A compiled struct format: Struct(format)."""

    __module__ = "_struct"
    __slots__ = ("_size", "_fmt")

    def __init__(self, format):
        self._size = calcsize(format)
        self._fmt = format

    @property
    def format(self):
        fmt = self._fmt
        return fmt.decode("latin-1") if isinstance(fmt, bytes) else fmt

    @property
    def size(self):
        return self._size

    def pack(self, *v):
        return pack(self._fmt, *v)

    def pack_into(self, buffer, offset, /, *v):
        return pack_into(self._fmt, buffer, offset, *v)

    def unpack(self, buffer, /):
        return unpack(self._fmt, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._fmt, buffer, offset)

    def iter_unpack(self, buffer, /):
        return _iter_unpack(self._fmt, self._size, buffer)


# The C type parses its constructor's argument with the clinic's texts.
_c_signature(Struct.__init__)


def _clearcache():
    """Clears the format cache (moat keeps none)."""


_set_type_name(Struct, "_struct.Struct")
# Renaming resets the type name, so the class is renamed first.
_UnpackIterator.__name__ = _UnpackIterator.__qualname__ = "unpack_iterator"
_set_type_name(_UnpackIterator, "_struct.unpack_iterator", final=True)
del _set_type_name
