"""In-memory text and byte streams: io.StringIO and io.BytesIO.

Written for moat from the documented semantics of CPython 3.11's C module
_io (Modules/_io/stringio.c and bytesio.c), whose messages it keeps,
including their inconsistencies ("I/O operation on closed file" from
StringIO's own methods, with a final dot from the methods it inherits
from _IOBase and from every BytesIO method). The methods whose arguments
CPython converts in its argument clinic (read, readline, seek, truncate,
readinto) convert them before checking that the stream is open, so a bad
argument or an __index__ that closes the stream is seen as in CPython.

Only the in-memory streams exist: everything that opens or wraps a file
(open, open_code, FileIO, TextIOWrapper, the Buffered* classes) is
withheld by the module's native init (stdlib_safe/io_module.cc) and
raises "AttributeError: 'io.open' is not available in the sandbox".

A StringIO keeps its text as a str plus a list of pieces written at its
end (so a loop of writes or print(file=...) calls stays linear); the
pieces are joined when anything else needs the whole text. A BytesIO keeps
a bytearray. Every str and bytes they build is charged to the run's
memory budget like any other.
"""

from operator import index as _operator_index

__all__ = ["BlockingIOError", "IOBase", "RawIOBase", "TextIOBase",
           "BufferedIOBase", "StringIO", "BytesIO", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
_MAXSIZE = 2 ** 63 - 1  # PY_SSIZE_T_MAX
DEFAULT_BUFFER_SIZE = 8192

# CPython's io re-exports the built-in exception (from _io).
BlockingIOError = BlockingIOError

_CLOSED = "I/O operation on closed file"
_CLOSED_DOT = "I/O operation on closed file."


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


def _size_arg(size):
    # _Py_convert_optional_to_ssize_t: None means "all".
    if size is None:
        return -1
    if not hasattr(type(size), "__index__"):
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(size).__name__)
    size = _operator_index(size)  # an int subclass counts as its value
    if not -_MAXSIZE - 1 <= size <= _MAXSIZE:
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    return size


def _int_or_none_arg(value):
    # BytesIO.readlines' own check: an int (its subclasses unconverted) or
    # None, no __index__.
    if value is None:
        return -1
    if not isinstance(value, int):
        raise TypeError("integer argument expected, got '%s'"
                        % type(value).__name__)
    value = int.__index__(value)  # a subclass's overrides are not asked
    if not -_MAXSIZE - 1 <= value <= _MAXSIZE:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _index(value):
    if isinstance(value, float) or not hasattr(type(value), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return _operator_index(value)


def _ssize(value):
    # Argument Clinic's Py_ssize_t (seek's position).
    value = _index(value)
    if not -_MAXSIZE - 1 <= value <= _MAXSIZE:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _cint(value):
    # Argument Clinic's int (seek's whence).
    value = _index(value)
    if not -2 ** 31 <= value < 2 ** 31:
        raise OverflowError("Python int too large to convert to C int")
    return value


class _IOBase:
    __module__ = "_io"

    def __enter__(self):
        self._check_closed_dot()
        return self

    def __exit__(self, *args):
        self.close()

    # The bases' own closed state; StringIO and BytesIO keep theirs.
    _base_closed = False

    @property
    def closed(self):
        return self._base_closed

    def close(self):
        if not self._base_closed:
            try:
                self.flush()
            finally:
                self._base_closed = True

    def _check_closed_dot(self):
        if self.closed:
            raise ValueError(_CLOSED_DOT)

    def isatty(self):
        self._check_closed_dot()
        return False

    # StringIO and BytesIO set _in_memory: once open they can read, write
    # and seek; the abstract bases answer False, as CPython's do.
    _in_memory = False

    def _in_memory_open(self):
        if not self._in_memory:
            return False
        self._check_closed()
        return True

    def readable(self):
        return self._in_memory_open()

    def writable(self):
        return self._in_memory_open()

    def seekable(self):
        return self._in_memory_open()

    def flush(self):
        self._check_closed_dot()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def writelines(self, lines):
        self._check_closed_dot()
        for line in lines:
            self.write(line)

    def __iter__(self):
        self._check_closed_dot()
        return self

    # StringIO and BytesIO keep their position in _pos; _check_closed gives
    # each one's own message.
    def __next__(self):
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check_closed()
        return self._pos


class _TextIOBase(_IOBase):
    __module__ = "_io"

    def detach(self):
        raise UnsupportedOperation("detach")


class _BufferedIOBase(_IOBase):
    __module__ = "_io"

    def detach(self):
        raise UnsupportedOperation("detach")


class _RawIOBase(_IOBase):
    __module__ = "_io"


IOBase = _IOBase
TextIOBase = _TextIOBase
BufferedIOBase = _BufferedIOBase
RawIOBase = _RawIOBase


def _state_position(value, message):
    # The position in a __setstate__ tuple, checked as CPython's C streams
    # check it: an int (no __index__), as a Py_ssize_t, never negative.
    if not isinstance(value, int):
        raise TypeError(message % type(value).__name__)
    if value > 9223372036854775807 or value < -9223372036854775808:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if value < 0:
        raise ValueError("position value cannot be negative")
    return int(value)


class StringIO(_TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    __module__ = "_io"
    # The C type's hidden state: private names, found by this module only.
    __slots__ = ("_newline", "_plain", "_seen", "_text", "_tail", "_length", "_pos",
                 "_closed")
    _in_memory = True

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._plain = newline == "\n"  # written text needs no translation
        self._seen = 0  # which line endings were read: 1 \r, 2 \n, 4 \r\n
        self._text = ""
        self._tail = []
        self._length = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    # -- the buffer --

    def _whole(self):
        if self._tail:
            self._text = self._text + "".join(self._tail)
            self._tail = []
        return self._text

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            if "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl in ("\r", "\r\n"):
            if "\n" in s:
                s = s.replace("\n", nl)
        return s

    def _write(self, s):
        if self._newline == "":
            self._note_endings(s)
        if self._newline is None:
            if "\r\n" in s:
                self._seen |= 4
                s = s.replace("\r\n", "\n")
            if "\r" in s:
                self._seen |= 1
                s = s.replace("\r", "\n")
            if "\n" in s:
                self._seen |= 2
        else:
            s = self._translate(s)
        n = len(s)
        if n == 0:
            return
        pos = self._pos
        # write_str and resize_buffer: a position or size no buffer of
        # UCS-4 characters could have is CPython's OverflowError.
        if pos > _MAXSIZE - n:
            raise OverflowError("new position too large")
        if pos + n > _MAXSIZE // 4:
            raise OverflowError("new buffer size too large")
        if pos == self._length:
            self._tail.append(s)
            self._length += n
        else:
            text = self._whole()
            if pos > self._length:
                text = text + "\0" * (pos - self._length)
            text = text[:pos] + s + text[pos + n:]
            self._text = text
            self._length = len(text)
        self._pos = pos + n

    def _check_closed(self):
        if self._closed:
            raise ValueError(_CLOSED)

    def _note_endings(self, s):
        # The line endings newline='' keeps as they are, for .newlines.
        if "\r\n" in s:
            self._seen |= 4
            s = s.replace("\r\n", "")
        if "\r" in s:
            self._seen |= 1
        if "\n" in s:
            self._seen |= 2

    # -- the methods --

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def newlines(self):
        self._check_closed()
        if self._newline not in (None, "") or self._seen == 0:
            return None
        names = []
        if self._seen & 1:
            names.append("\r")
        if self._seen & 2:
            names.append("\n")
        if self._seen & 4:
            names.append("\r\n")
        return names[0] if len(names) == 1 else tuple(names)

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def close(self):
        self._closed = True
        self._text = ""
        self._tail = []

    def getvalue(self):
        self._check_closed()
        return self._whole()

    # The C type's pickling state, which copy uses: (value, newline,
    # position, the instance dict or None).
    def __getstate__(self):
        value = self.getvalue()
        return (value, self._newline, self._pos,
                dict(self.__dict__) if self.__dict__ else None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 4:
            raise TypeError("_io.StringIO.__setstate__ argument should be 4-tuple, got %s"
                            % type(state).__name__)
        value = state[0]
        if value is not None and not isinstance(value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(value).__name__)
        StringIO.__init__(self, None, state[1])
        if value is None:
            raise TypeError("bad argument type for built-in operation")
        pos = _state_position(state[2], "third item of state must be an integer, got %s")
        if state[3] is not None and not isinstance(state[3], dict):
            raise TypeError("fourth item of state should be a dict, got a %s"
                            % type(state[3]).__name__)
        # The value is kept as it was, without newline translation.
        self._text = value
        self._length = len(value)
        self._pos = pos
        if state[3] is not None:
            self.__dict__.update(state[3])

    def write(self, s):
        if self._closed:
            raise ValueError(_CLOSED)
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        n = len(s)
        if self._plain and self._pos == self._length:
            # The common case (print(file=...), building text): append.
            if n:
                self._tail.append(s)
                self._length += n
                self._pos += n
            return n
        self._write(s)
        return n

    def read(self, size=-1):
        size = _size_arg(size)
        self._check_closed()
        pos = self._pos
        if pos >= self._length:
            return ""
        end = self._length if size < 0 else min(self._length, pos + size)
        self._pos = end
        if pos == 0 and end == self._length:
            return self._whole()
        return self._whole()[pos:end]

    def _line_end(self, text, pos, limit):
        # The index just past the next line ending at or after pos, or limit.
        nl = self._newline
        if nl == "":
            i = pos
            while i < limit:
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < limit and text[i + 1] == "\n":
                        return i + 2
                    return i + 1
                i += 1
            return limit
        mark = "\n" if nl is None or nl == "\n" else nl
        i = text.find(mark, pos, limit)
        return limit if i < 0 else i + len(mark)

    def readline(self, size=-1):
        size = _size_arg(size)
        self._check_closed()
        pos = self._pos
        if pos >= self._length:
            return ""
        limit = self._length if size < 0 else min(self._length, pos + size)
        text = self._whole()
        end = self._line_end(text, pos, limit)
        self._pos = end
        return text[pos:end]

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint < total:  # IOBase stops once past the hint
                break
        return lines

    def seek(self, pos, whence=0):
        pos = _ssize(pos)
        whence = _cint(whence)
        self._check_closed()
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._length
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        if pos is not None:
            pos = _size_arg(pos)
        self._check_closed()
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError("Negative size value %d" % pos)
        if pos < self._length:
            self._text = self._whole()[:pos]
            self._length = pos
        return pos

    def flush(self):
        # Unlike the other streams, a closed StringIO flushes silently.
        return None

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(_BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = "_io"
    # The C type's hidden state: private names, found by this module only.
    __slots__ = ("_buf", "_pos", "_closed")
    _in_memory = True

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        self._pos = 0
        self._closed = False
        if initial_bytes is not None:
            self._buf += self._bytes_arg(initial_bytes)

    @staticmethod
    def _bytes_arg(b):
        if not isinstance(b, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(b).__name__)
        return b

    def _check_closed(self):
        if self._closed:
            raise ValueError(_CLOSED_DOT)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._buf = bytearray()

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    # The C type's pickling state, which copy uses: (value, position, the
    # instance dict or None; CPython's None means the dict was never made,
    # here that it is empty).
    def __getstate__(self):
        value = self.getvalue()
        return (value, self._pos, dict(self.__dict__) if self.__dict__ else None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 3:
            raise TypeError("_io.BytesIO.__setstate__ argument should be 3-tuple, got %s"
                            % type(state).__name__)
        BytesIO.__init__(self, state[0])
        self._pos = _state_position(state[1], "second item of state must be an integer, not %s")
        if state[2] is not None:
            if not isinstance(state[2], dict):
                raise TypeError("third item of state should be a dict, got a %s"
                                % type(state[2]).__name__)
            self.__dict__.update(state[2])

    def __iter__(self):
        # CPython's BytesIO iterates itself without checking that it is open.
        return self

    def getbuffer(self):
        raise UnsupportedOperation(
            "BytesIO.getbuffer() is not available in the sandbox: "
            "it makes a memoryview; use getvalue()")

    def write(self, b):
        self._check_closed()
        b = self._bytes_arg(b)
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        size = len(self._buf)
        if pos == size:
            self._buf += b
        else:
            if pos > size:
                self._buf += bytes(pos - size)
            self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        size = _size_arg(size)
        self._check_closed()
        pos = self._pos
        total = len(self._buf)
        if pos >= total:
            return b""
        end = total if size < 0 else min(total, pos + size)
        self._pos = end
        return bytes(self._buf[pos:end])

    read1 = read

    def readinto(self, buffer):
        if not isinstance(buffer, bytearray):
            raise TypeError("readinto() argument must be read-write bytes-like "
                            "object, not %s" % type(buffer).__name__)
        self._check_closed()
        data = self.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    readinto1 = readinto

    def readline(self, size=-1):
        size = _size_arg(size)
        self._check_closed()
        pos = self._pos
        total = len(self._buf)
        if pos >= total:
            return b""
        limit = total if size < 0 else min(total, pos + size)
        i = self._buf.find(b"\n", pos, limit)
        end = limit if i < 0 else i + 1
        self._pos = end
        return bytes(self._buf[pos:end])

    def readlines(self, hint=-1):
        self._check_closed()
        hint = _int_or_none_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def seek(self, pos, whence=0):
        pos = _ssize(pos)
        whence = _cint(whence)
        self._check_closed()
        if pos < 0 and whence == 0:
            raise ValueError("negative seek value %d" % pos)
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        elif whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0:
            pos = 0
        self._pos = pos
        return pos

    def truncate(self, size=None):
        if size is not None:
            size = _size_arg(size)
        self._check_closed()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size


for _cls in (_IOBase, _TextIOBase, _BufferedIOBase, _RawIOBase, StringIO,
             BytesIO):
    _set_type_name(_cls, "_io." + _cls.__name__)
_set_type_name(UnsupportedOperation, "io.UnsupportedOperation", True)  # a heap type
del _cls, _set_type_name

# The C types parse their constructor's arguments with the clinic's texts.
_c_signature(StringIO.__init__, BytesIO.__init__)
