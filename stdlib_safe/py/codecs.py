"""Codec registry and base classes, as CPython 3.11's codecs module.

Written for moat from the documented behaviour of CPython 3.11's codecs and
encodings packages, with their messages. The text codecs are the VM's own
(str.encode and bytes.decode use the same ones): the module's init adds
their functions (utf_8_encode, utf_8_decode, ...) and two helpers,
_resolve_codec and _simple_exception (stdlib_safe/codecs_module.h). The
bytes-to-bytes and str-to-str codecs (hex, base64, quopri, uu, rot13) are
written here over binascii. What moat does not have: the zlib and bz2
codecs, utf-7 and the CJK codecs, and open(), which reads files. Error
handlers and codecs registered here serve codecs.encode/decode and the
classes below; str.encode and bytes.decode know only the built-in ones.
"""

import binascii

__all__ = ["register", "lookup", "open", "EncodedFile",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE",
           "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

# ---- Byte order marks (moat runs on little-endian hosts) ----

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


# ---- Codec descriptions and base classes ----

class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    # Whether str.encode/bytes.decode may use the codec: false for the
    # bytes-to-bytes and str-to-str codecs.
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        """Encodes input, returning (output, length consumed)."""
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        """Decodes input, returning (output, length consumed)."""
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input in steps, keeping what a step leaves for the next."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        """Encodes input and returns the resulting object."""
        raise NotImplementedError

    def reset(self):
        """Resets the encoder to the initial state."""

    def getstate(self):
        """Returns the current state of the encoder."""
        return 0

    def setstate(self, state):
        """Sets the current state of the encoder."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder that keeps the input its encoder left unused."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes input in steps, keeping what a step leaves for the next."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        """Decode input and returns the resulting object."""
        raise NotImplementedError

    def reset(self):
        """Reset the decoder to the initial state."""

    def getstate(self):
        """Return the current state of the decoder."""
        return (b"", 0)

    def setstate(self, state):
        """Set the current state of the decoder."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder that keeps the bytes its decoder left unused."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class _StreamWrapper:
    # What every stream class of the module shares: the wrapped stream's
    # other attributes, closing it on `with` exit, and no pickling.

    def __getattr__(self, name, getattr=getattr):
        """Inherit all other methods from the underlying stream."""
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamWriter(Codec, _StreamWrapper):
    """Writes encoded data to a stream (any object with write())."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        """Writes the object's contents encoded to self.stream."""
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        """Writes the concatenated list of strings to the stream."""
        self.write(''.join(list))

    def reset(self):
        """Resets the codec buffers used for keeping internal state."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()


class StreamReader(Codec, _StreamWrapper):
    """Reads and decodes data from a stream (any object with read())."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _take(self, count):
        # The first `count` decoded characters (all when negative).
        if count < 0:
            result, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            result = self.charbuffer[:count]
            self.charbuffer = self.charbuffer[count:]
        return result

    def read(self, size=-1, chars=-1, firstline=False):
        """Decodes data from the stream and returns it.

        chars is the number of characters to return (all when negative);
        size, the number of bytes to read from the stream at a time (all
        when negative), is also the character count when chars is not given.
        """
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                text, used = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                # readline() keeps the lines before a decoding error.
                if not firstline:
                    raise
                text, used = self.decode(data[:exc.start], self.errors)
                if len(text.splitlines(keepends=True)) <= 1:
                    raise
            self.bytebuffer = data[used:]
            self.charbuffer += text
            if not newdata:
                break
        return self._take(chars)

    def readline(self, size=None, keepends=True):
        """Reads one line from the stream and returns it decoded.

        With size, reads at most about size bytes once and returns the first
        line of what they hold.
        """
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        step = size or 72
        while True:
            lines = self.charbuffer.splitlines(keepends=True)
            # A line is whole once its ending is read; a '\r' at the end
            # of what is read may be the start of '\r\n'.
            if len(lines) > 1 or (lines and lines[0].splitlines()[0] != lines[0]
                                  and not lines[0].endswith('\r')):
                break
            before = len(self.charbuffer)
            data = self.read(step, chars=before + step, firstline=True)
            self.charbuffer = data + self.charbuffer
            if len(self.charbuffer) == before or size is not None:
                break
            if step < 8000:
                step *= 2
        lines = self.charbuffer.splitlines(keepends=True)
        line = lines[0] if lines else self._empty_charbuffer
        self.charbuffer = self.charbuffer[len(line):]
        if not keepends and line:
            line = line.splitlines()[0]
        return line

    def readlines(self, sizehint=None, keepends=True):
        """Reads all lines of the stream, decoded, as a list."""
        return self.read().splitlines(keepends)

    def reset(self):
        """Resets the codec buffers used for keeping internal state."""
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        """Set the input stream's current position; resets the codec buffers."""
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        """Return the next decoded line from the input stream."""
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self


class StreamReaderWriter(_StreamWrapper):
    """Wraps a stream that is read and written through one codec."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()


class StreamRecoder(_StreamWrapper):
    """Reads and writes a stream in one encoding while its data is in another.

    encode/decode are the front end's codec (what callers read and write),
    Reader/Writer the back end's (what the stream holds).
    """

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, _ = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        if size is None:
            data = self.reader.readline()
        else:
            data = self.reader.readline(size)
        data, _ = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, _ = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, _ = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, _ = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = b''.join(list)
        data, _ = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """A StreamRecoder over `file`: callers read and write data_encoding,
    the file holds file_encoding (the same when not given)."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


# ---- The registry ----

_search_functions = []
_codec_cache = {}


def _normalize_name(encoding):
    # Lowercase ASCII letters, digits and '.'; each run of anything else
    # becomes one '_', dropped at the ends.
    out = []
    gap = False
    for ch in encoding:
        if ch == '.' or (ch.isascii() and ch.isalnum()):
            if gap and out:
                out.append('_')
            out.append(ch.lower())
            gap = False
        else:
            gap = True
    return ''.join(out)


def register(search_function, /):
    """Register a codec search function: called with a normalized encoding
    name, it returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function, /):
    """Unregister a codec search function and clear the registry's cache."""
    for i, f in enumerate(_search_functions):
        if f is search_function:
            del _search_functions[i]
            _codec_cache.clear()
            return


def lookup(encoding, /):
    """Looks up a codec tuple in the Python codec registry and returns a
    CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize_name(encoding)
    info = _codec_cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is None:
            continue
        if not isinstance(info, tuple) or len(info) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _codec_cache[key] = info
        return info
    raise LookupError("unknown encoding: %s" % encoding)


def _type_name(value):
    # As Argument Clinic's messages name the type of a wrong argument.
    return 'None' if value is None else type(value).__name__


def _check_str_arg(function, name, value):
    if not isinstance(value, str):
        raise TypeError("%s() argument '%s' must be str, not %s"
                        % (function, name, _type_name(value)))


def _call_codec(codec, obj, encoding, errors, decoding):
    try:
        result = codec(obj, errors)
    except Exception as exc:
        if _simple_exception(exc):
            what = "decoding" if decoding else "encoding"
            raise type(exc)("%s with %r codec failed (%s: %s)"
                            % (what, encoding, type(exc).__name__, exc)) from exc
        raise
    if not isinstance(result, tuple) or len(result) != 2:
        if decoding:
            raise TypeError("decoder must return a tuple (object,integer)")
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding.

    The default encoding is 'utf-8'. errors may be given to set a different
    error handling scheme; the default, 'strict', raises a ValueError (a
    UnicodeEncodeError for text codecs)."""
    _check_str_arg("encode", "encoding", encoding)
    _check_str_arg("encode", "errors", errors)
    return _call_codec(lookup(encoding).encode, obj, encoding, errors, False)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding.

    The default encoding is 'utf-8'. errors may be given to set a different
    error handling scheme; the default, 'strict', raises a ValueError (a
    UnicodeDecodeError for text codecs)."""
    _check_str_arg("decode", "encoding", encoding)
    _check_str_arg("decode", "errors", errors)
    return _call_codec(lookup(encoding).decode, obj, encoding, errors, True)


def getencoder(encoding):
    """The encoder function of the codec for `encoding`."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """The decoder function of the codec for `encoding`."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """The IncrementalEncoder class of the codec for `encoding`."""
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    """The IncrementalDecoder class of the codec for `encoding`."""
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    """The StreamReader class of the codec for `encoding`."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """The StreamWriter class of the codec for `encoding`."""
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encodes the strs `iterator` yields with an incremental encoder."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decodes the bytes `iterator` yields with an incremental decoder."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def make_identity_dict(rng):
    """A dict mapping each item of rng to itself."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """The inverse of a decoding map; a target several keys share maps to
    None (undefined)."""
    inverse = {}
    for key, value in decoding_map.items():
        inverse[value] = None if value in inverse else key
    return inverse


# ---- Error handlers ----

_unicode_errors = (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)


def _wrong_error(exc):
    if not isinstance(exc, BaseException):
        return TypeError("codec must pass exception instance")
    return TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exception, /):
    """Implements the 'strict' error handling, which raises a
    UnicodeError on coding errors."""
    if isinstance(exception, BaseException):
        raise exception
    raise TypeError("codec must pass exception instance")


def ignore_errors(exception, /):
    """Implements the 'ignore' error handling, which ignores malformed data
    and continues."""
    if not isinstance(exception, _unicode_errors):
        raise _wrong_error(exception)
    return ('', exception.end)


def replace_errors(exception, /):
    """Implements the 'replace' error handling, which replaces malformed
    data with a replacement marker."""
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    if isinstance(exception, UnicodeDecodeError):
        return ('\ufffd', exception.end)
    if isinstance(exception, UnicodeTranslateError):
        return ('\ufffd' * (exception.end - exception.start), exception.end)
    raise _wrong_error(exception)


def _char_escape(ch):
    cp = ord(ch)
    if cp < 0x100:
        return '\\x%02x' % cp
    if cp < 0x10000:
        return '\\u%04x' % cp
    return '\\U%08x' % cp


def backslashreplace_errors(exception, /):
    """Implements the 'backslashreplace' error handling, which replaces
    malformed data with a backslashed escape sequence."""
    if isinstance(exception, UnicodeDecodeError):
        bad = exception.object[exception.start:exception.end]
        return (''.join('\\x%02x' % b for b in bad), exception.end)
    if isinstance(exception, (UnicodeEncodeError, UnicodeTranslateError)):
        bad = exception.object[exception.start:exception.end]
        return (''.join(_char_escape(ch) for ch in bad), exception.end)
    raise _wrong_error(exception)


def xmlcharrefreplace_errors(exception, /):
    """Implements the 'xmlcharrefreplace' error handling, which replaces an
    unencodable character with the appropriate XML character reference."""
    if not isinstance(exception, UnicodeEncodeError):
        raise _wrong_error(exception)
    bad = exception.object[exception.start:exception.end]
    return (''.join('&#%d;' % ord(ch) for ch in bad), exception.end)


def namereplace_errors(exception, /):
    """Implements the 'namereplace' error handling, which replaces an
    unencodable character with a \\N{...} escape sequence."""
    if not isinstance(exception, UnicodeEncodeError):
        raise _wrong_error(exception)
    import unicodedata
    out = []
    for ch in exception.object[exception.start:exception.end]:
        name = unicodedata.name(ch, None)
        out.append('\\N{%s}' % name if name is not None else _char_escape(ch))
    return (''.join(out), exception.end)


def surrogateescape(exception, /):  # removed from the module's names below
    """The 'surrogateescape' handler: undecodable bytes 0x80-0xFF as the
    code points U+DC80-U+DCFF, and those code points back as the bytes."""
    if isinstance(exception, UnicodeDecodeError):
        bad = exception.object[exception.start:exception.end]
        if any(b < 0x80 for b in bad[:4]):
            raise exception
        return (''.join(chr(0xDC00 + b) for b in bad[:4]), exception.start + min(len(bad), 4))
    if isinstance(exception, UnicodeEncodeError):
        bad = exception.object[exception.start:exception.end]
        if any(not 0xDC80 <= ord(ch) <= 0xDCFF for ch in bad):
            raise exception
        return (bytes(ord(ch) - 0xDC00 for ch in bad), exception.end)
    raise _wrong_error(exception)


def surrogatepass(exception, /):
    """The 'surrogatepass' handler: lone surrogates as their UTF-8, UTF-16
    or UTF-32 units."""
    if not isinstance(exception, (UnicodeEncodeError, UnicodeDecodeError)):
        raise _wrong_error(exception)
    form = _normalize_name(exception.encoding).replace('_', '-')
    if form not in ('utf-8', 'utf-16', 'utf-16-le', 'utf-16-be',
                    'utf-32', 'utf-32-le', 'utf-32-be'):
        raise exception
    if form in ('utf-16', 'utf-32'):
        form += '-le'
    if isinstance(exception, UnicodeEncodeError):
        bad = exception.object[exception.start:exception.end]
        if any(not 0xD800 <= ord(ch) <= 0xDFFF for ch in bad):
            raise exception
        return (bad.encode(form, 'surrogatepass'), exception.end)
    width = 3 if form == 'utf-8' else int(form[4:6]) // 8
    unit = exception.object[exception.start:exception.start + width]
    try:
        ch = unit.decode(form, 'surrogatepass')
    except UnicodeDecodeError:
        raise exception from None
    if len(ch) != 1 or not 0xD800 <= ord(ch) <= 0xDFFF:
        raise exception
    return (ch, exception.start + width)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
    'surrogateescape': surrogateescape,
    'surrogatepass': surrogatepass,
}


def register_error(errors, handler, /):
    """Register the specified error handler under the name errors.

    handler must be a callable object, that will be called with an
    exception instance containing information about the location of the
    encoding/decoding error and must return a (replacement, new position)
    tuple."""
    _check_positional_str("register_error", errors, 1)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler


def lookup_error(name, /):
    """lookup_error(errors) -> handler

    Return the error handler for the specified error handling name or raise
    a LookupError, if no handler exists under this name."""
    _check_positional_str("lookup_error", name)
    handler = _error_handlers.get(name)
    if handler is None:
        raise LookupError("unknown error handler name '%s'" % name)
    return handler


def _check_positional_str(function, value, position=None):
    if not isinstance(value, str):
        which = "argument" if position is None else "argument %d" % position
        raise TypeError("%s() %s must be str, not %s" % (function, which, _type_name(value)))


def _handle_error(errors, exc):
    # The replacement and resume position a handler gives for `exc`.
    if errors is None or errors == 'strict':
        raise exc
    result = lookup_error(errors)(exc)
    if not isinstance(result, tuple) or len(result) != 2:
        kind = "encoding" if isinstance(exc, UnicodeEncodeError) else "decoding"
        raise TypeError("%s error handler must return (str/bytes, int) tuple" % kind)
    replacement, position = result
    if position < 0:
        position += len(exc.object)
    if not 0 <= position <= len(exc.object):
        raise IndexError("position %d from error handler out of bounds" % position)
    return replacement, position


# ---- The bytes functions of CPython's _codecs ----

def _bytes_arg(data, accept_str=True):
    if accept_str and isinstance(data, str):
        return data.encode('utf-8')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def readbuffer_encode(data, errors=None, /):
    data = _bytes_arg(data)
    return (data, len(data))


_ESCAPE_OUT = {0x09: b'\\t', 0x0a: b'\\n', 0x0d: b'\\r', 0x5c: b'\\\\', 0x27: b"\\'"}


def escape_encode(data, errors=None, /):
    if not isinstance(data, bytes):
        raise TypeError("escape_encode() argument 1 must be bytes, not %s"
                        % type(data).__name__)
    out = bytearray()
    for b in data:
        special = _ESCAPE_OUT.get(b)
        if special is not None:
            out += special
        elif 0x20 <= b < 0x7f:
            out.append(b)
        else:
            out += b'\\x%02x' % b
    return (bytes(out), len(data))


_ESCAPE_IN = {ord('\\'): 0x5c, ord("'"): 0x27, ord('"'): 0x22, ord('a'): 0x07,
              ord('b'): 0x08, ord('f'): 0x0c, ord('n'): 0x0a, ord('r'): 0x0d,
              ord('t'): 0x09, ord('v'): 0x0b}
_HEX_DIGITS = b'0123456789abcdefABCDEF'
_OCT_DIGITS = b'01234567'


def escape_decode(data, errors=None, /):
    data = _bytes_arg(data)
    out = bytearray()
    first_invalid = None
    pos = 0
    size = len(data)
    while pos < size:
        b = data[pos]
        if b != 0x5c:
            out.append(b)
            pos += 1
            continue
        start = pos
        pos += 1
        if pos >= size:
            raise ValueError("Trailing \\ in string")
        c = data[pos]
        pos += 1
        if c == 0x0a:
            continue
        if c in _ESCAPE_IN:
            out.append(_ESCAPE_IN[c])
        elif c in _OCT_DIGITS:
            value = c - 0x30
            for _ in range(2):
                if pos < size and data[pos] in _OCT_DIGITS:
                    value = value * 8 + data[pos] - 0x30
                    pos += 1
            if value > 0o377 and first_invalid is None:
                first_invalid = "octal escape sequence '\\%o'" % value
            out.append(value & 0xFF)
        elif c == ord('x'):
            digits = data[pos:pos + 2]
            if len(digits) == 2 and all(d in _HEX_DIGITS for d in digits):
                out.append(int(digits, 16))
                pos += 2
            elif errors is None or errors == 'strict':
                raise ValueError("invalid \\x escape at position %d" % start)
            elif errors in ('replace', 'ignore'):
                if errors == 'replace':
                    out.append(0x3f)
                if digits and digits[0] in _HEX_DIGITS:
                    pos += 1  # the one valid digit goes with the escape
            else:
                raise ValueError("decoding error; unknown error handling code: %s" % errors)
        else:
            out.append(0x5c)
            pos -= 1
            if first_invalid is None:
                first_invalid = "escape sequence '\\%s'" % chr(c)
    if first_invalid is not None:
        import warnings
        warnings.warn("invalid " + first_invalid, DeprecationWarning, stacklevel=2)
    return (bytes(out), size)


def charmap_build(map, /):
    """The encoding map of a decoding table (a str of 256 characters)."""
    _check_positional_str("charmap_build", map)
    return {ord(ch): i for i, ch in enumerate(map)}


def charmap_decode(data, errors=None, mapping=None, /):
    data = _bytes_arg(data, accept_str=False)
    if mapping is None:
        return (data.decode('latin-1'), len(data))
    out = []
    pos = 0
    while pos < len(data):
        b = data[pos]
        try:
            target = mapping[b]
        except (LookupError, TypeError):
            target = None
        if isinstance(target, int):
            target = chr(target)
        if target is None or target == '\ufffe':
            exc = UnicodeDecodeError('charmap', data, pos, pos + 1,
                                     'character maps to <undefined>')
            replacement, pos = _handle_error(errors, exc)
            out.append(replacement)
            continue
        out.append(target)
        pos += 1
    return (''.join(out), len(data))


def charmap_encode(str, errors=None, mapping=None, /):
    if not isinstance(str, type('')):
        raise TypeError("charmap_encode() argument 1 must be str, not %s"
                        % type(str).__name__)
    if mapping is None:
        return latin_1_encode(str, errors)
    out = bytearray()
    pos = 0
    while pos < len(str):
        try:
            target = mapping[ord(str[pos])]
        except LookupError:
            target = None
        if target is None:
            exc = UnicodeEncodeError('charmap', str, pos, pos + 1,
                                     'character maps to <undefined>')
            replacement, pos = _handle_error(errors, exc)
            if isinstance(replacement, type('')):
                try:
                    replacement = charmap_encode(replacement, 'strict', mapping)[0]
                except UnicodeEncodeError:
                    raise exc from None
            out += replacement
            continue
        if isinstance(target, int):
            out.append(target)
        else:
            out += target
        pos += 1
    return (bytes(out), len(str))


# ---- The codecs moat has ----

# The base classes under other names, for the codec classes of the same
# names below.
_BaseIncrementalEncoder = IncrementalEncoder
_BaseStreamWriter = StreamWriter
_BaseStreamReader = StreamReader

# The text codecs' functions the module's init added, by encodings module.
_TEXT_FUNCTIONS = {
    'utf_8': (utf_8_encode, utf_8_decode),
    'ascii': (ascii_encode, ascii_decode),
    'latin_1': (latin_1_encode, latin_1_decode),
    'utf_16_le': (utf_16_le_encode, utf_16_le_decode),
    'utf_16_be': (utf_16_be_encode, utf_16_be_decode),
    'utf_32_le': (utf_32_le_encode, utf_32_le_decode),
    'utf_32_be': (utf_32_be_encode, utf_32_be_decode),
    'unicode_escape': (unicode_escape_encode, unicode_escape_decode),
    'raw_unicode_escape': (raw_unicode_escape_encode, raw_unicode_escape_decode),
}
_WIDE_FUNCTIONS = {
    'utf_16': (utf_16_encode, utf_16_decode, utf_16_ex_decode,
               _TEXT_FUNCTIONS['utf_16_le'], _TEXT_FUNCTIONS['utf_16_be']),
    'utf_32': (utf_32_encode, utf_32_decode, utf_32_ex_decode,
               _TEXT_FUNCTIONS['utf_32_le'], _TEXT_FUNCTIONS['utf_32_be']),
}

def _place_classes(classes, module):
    # Named as the classes of CPython's encodings modules.
    for cls in classes:
        cls.__module__ = module
        cls.__qualname__ = cls.__name__


def _codec_classes(module, encode, decode, decode_partial):
    # The Codec, IncrementalEncoder/Decoder and StreamWriter/Reader classes
    # of a stateless codec, named as the encodings module's classes.
    qual = 'encodings.' + module

    class IncrementalEncoder(_BaseIncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode_partial(input, errors, final)

    class StreamWriter(_BaseStreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class StreamReader(_BaseStreamReader):
        def decode(self, input, errors='strict'):
            return decode_partial(input, errors, False)

    classes = (IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader)
    _place_classes(classes, qual)
    return classes


def _text_codec(name, module):
    # The CodecInfo of one of the VM's text codecs.
    if module in _WIDE_FUNCTIONS:
        return _wide_codec(name, module)
    if module == 'utf_8_sig':
        return _utf_8_sig_codec()
    natives = _TEXT_FUNCTIONS.get(module)
    if natives is not None:
        encode, decode_native = natives
        if module in ('ascii', 'latin_1'):
            def decode_partial(input, errors, final):
                return decode_native(input, errors)
        else:
            def decode_partial(input, errors, final):
                return decode_native(input, errors, final)
    else:
        def encode(input, errors='strict'):
            return _charmap_text_encode(module, input, errors)

        def decode_partial(input, errors, final):
            return _charmap_text_decode(module, input, errors)

    def decode(input, errors='strict'):
        return decode_partial(input, errors, True)

    decode.__qualname__ = 'decode'
    enc, dec, writer, reader = _codec_classes(module, encode, decode, decode_partial)
    return CodecInfo(name=name, encode=encode, decode=decode, incrementalencoder=enc,
                     incrementaldecoder=dec, streamwriter=writer, streamreader=reader)


def _charmap_text_encode(module, input, errors):
    if not isinstance(input, str):
        raise TypeError("charmap_encode() argument 1 must be str, not %s"
                        % type(input).__name__)
    return (input.encode(module, errors or 'strict'), len(input))


def _charmap_text_decode(module, input, errors):
    data = _bytes_arg(input, accept_str=False)
    return (data.decode(module, errors or 'strict'), len(data))


def _wide_codec(name, module):
    # utf-16 and utf-32: a BOM first, then little-endian units; reading, a
    # BOM picks the byte order.
    encode, decode_bom, ex_decode, little, big = _WIDE_FUNCTIONS[module]
    label = 'UTF-16' if module == 'utf_16' else 'UTF-32'

    def decode(input, errors='strict'):
        return decode_bom(input, errors, True)

    class IncrementalEncoder(_BaseIncrementalEncoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.encoder = None

        def encode(self, input, final=False):
            if self.encoder is None:
                result = encode(input, self.errors)[0]
                self.encoder = little[0]
                return result
            return self.encoder(input, self.errors)[0]

        def reset(self):
            super().reset()
            self.encoder = None

        def getstate(self):
            return 2 if self.encoder is None else 0

        def setstate(self, state):
            self.encoder = None if state else little[0]

    class IncrementalDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.decoder = None

        def _buffer_decode(self, input, errors, final):
            if self.decoder is not None:
                return self.decoder(input, errors, final)
            output, consumed, order = ex_decode(input, errors, 0, final)
            if order == -1:
                self.decoder = little[1]
            elif order == 1:
                self.decoder = big[1]
            elif consumed >= (2 if module == 'utf_16' else 4):
                raise UnicodeError("%s stream does not start with BOM" % label)
            return (output, consumed)

        def reset(self):
            super().reset()
            self.decoder = None

        def getstate(self):
            state = super().getstate()[0]
            if self.decoder is None:
                return (state, 2)
            return (state, 0 if self.decoder is little[1] else 1)

        def setstate(self, state):
            super().setstate(state)
            flag = state[1]
            self.decoder = None if flag == 2 else big[1] if flag else little[1]

    class StreamWriter(_BaseStreamWriter):
        def __init__(self, stream, errors='strict'):
            super().__init__(stream, errors)
            self.encoder = None

        def reset(self):
            super().reset()
            self.encoder = None

        def encode(self, input, errors='strict'):
            if self.encoder is None:
                result = encode(input, errors)
                self.encoder = little[0]
                return result
            return self.encoder(input, errors)

    class StreamReader(_BaseStreamReader):
        def reset(self):
            super().reset()
            self.__dict__.pop('decode', None)

        def decode(self, input, errors='strict'):
            output, consumed, order = ex_decode(input, errors, 0, False)
            if order == -1:
                self.decode = little[1]
            elif order == 1:
                self.decode = big[1]
            elif consumed >= (2 if module == 'utf_16' else 4):
                raise UnicodeError("%s stream does not start with BOM" % label)
            return (output, consumed)

    _place_classes((IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader),
                   'encodings.' + module)
    return CodecInfo(name=name, encode=encode, decode=decode,
                     incrementalencoder=IncrementalEncoder,
                     incrementaldecoder=IncrementalDecoder,
                     streamwriter=StreamWriter, streamreader=StreamReader)


def _utf_8_sig_codec():
    def encode(input, errors='strict'):
        return (BOM_UTF8 + utf_8_encode(input, errors)[0], len(input))

    def decode(input, errors='strict'):
        skipped = 0
        if input[:3] == BOM_UTF8:
            input = input[3:]
            skipped = 3
        output, consumed = utf_8_decode(input, errors, True)
        return (output, consumed + skipped)

    class IncrementalEncoder(_BaseIncrementalEncoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.first = 1

        def encode(self, input, final=False):
            if self.first:
                self.first = 0
                return BOM_UTF8 + utf_8_encode(input, self.errors)[0]
            return utf_8_encode(input, self.errors)[0]

        def reset(self):
            super().reset()
            self.first = 1

        def getstate(self):
            return self.first

        def setstate(self, state):
            self.first = state

    class IncrementalDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.first = 1

        def _buffer_decode(self, input, errors, final):
            if not self.first:
                return utf_8_decode(input, errors, final)
            if len(input) < 3 and BOM_UTF8.startswith(input):
                return ("", 0)  # perhaps the start of the BOM
            self.first = 0
            if input[:3] == BOM_UTF8:
                output, consumed = utf_8_decode(input[3:], errors, final)
                return (output, consumed + 3)
            return utf_8_decode(input, errors, final)

        def reset(self):
            super().reset()
            self.first = 1

        def getstate(self):
            state = super().getstate()
            return (state[0], self.first)

        def setstate(self, state):
            super().setstate(state)
            self.first = state[1]

    class StreamWriter(_BaseStreamWriter):
        def reset(self):
            super().reset()
            self.__dict__.pop('encode', None)

        def encode(self, input, errors='strict'):
            self.encode = utf_8_encode
            return encode(input, errors)

    class StreamReader(_BaseStreamReader):
        def reset(self):
            super().reset()
            self.__dict__.pop('decode', None)

        def decode(self, input, errors='strict'):
            if len(input) < 3 and BOM_UTF8.startswith(input):
                return ("", 0)
            if input[:3] == BOM_UTF8:
                self.decode = utf_8_decode
                output, consumed = utf_8_decode(input[3:], errors)
                return (output, consumed + 3)
            self.decode = utf_8_decode
            return utf_8_decode(input, errors)

    _place_classes((IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader),
                   'encodings.utf_8_sig')
    return CodecInfo(name='utf-8-sig', encode=encode, decode=decode,
                     incrementalencoder=IncrementalEncoder,
                     incrementaldecoder=IncrementalDecoder,
                     streamwriter=StreamWriter, streamreader=StreamReader)


# The bytes-to-bytes and str-to-str codecs. Their errors argument must be
# 'strict', as CPython's assert it.

_ROT13 = str.maketrans(
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
    'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _rot13(input, errors='strict'):
    return (str.translate(input, _ROT13), len(input))


def _hex_encode(input, errors='strict'):
    assert errors == 'strict'
    return (binascii.b2a_hex(input), len(input))


def _hex_decode(input, errors='strict'):
    assert errors == 'strict'
    return (binascii.a2b_hex(input), len(input))


def _base64_encode(input, errors='strict'):
    assert errors == 'strict'
    import base64
    return (base64.encodebytes(input), len(input))


def _base64_decode(input, errors='strict'):
    assert errors == 'strict'
    import base64
    return (base64.decodebytes(input), len(input))


def _quopri_encode(input, errors='strict'):
    assert errors == 'strict'
    return (binascii.b2a_qp(bytes(input), quotetabs=True), len(input))


def _quopri_decode(input, errors='strict'):
    assert errors == 'strict'
    return (binascii.a2b_qp(bytes(input)), len(input))


def _uu_encode(input, errors='strict', filename='<data>', mode=0o666):
    assert errors == 'strict'
    data = bytes(input)
    out = [('begin %o %s\n' % (mode & 0o777, filename)).encode('ascii')]
    for start in range(0, len(data), 45):
        out.append(binascii.b2a_uu(data[start:start + 45]))
    out.append(b' \nend\n')
    return (b''.join(out), len(input))


def _uu_decode(input, errors='strict'):
    assert errors == 'strict'
    lines = bytes(input).splitlines(keepends=True)
    index = 0
    while True:
        if index >= len(lines):
            raise ValueError('Missing "begin" line in input data')
        index += 1
        if lines[index - 1][:5] == b'begin':
            break
    out = []
    ended = False
    for line in lines[index:]:
        if line == b'end\n':
            ended = True
            break
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # Some encoders pad the last line short: decode what it holds.
            size = (((line[0] - 32) & 63) * 4 + 5) // 3
            out.append(binascii.a2b_uu(line[:size]))
    if not ended:
        raise ValueError('Truncated input data')
    return (b''.join(out), len(input))


_BYTES_CODECS = {
    'rot-13': ('rot_13', _rot13, _rot13),
    'hex': ('hex_codec', _hex_encode, _hex_decode),
    'base64': ('base64_codec', _base64_encode, _base64_decode),
    'quopri': ('quopri_codec', _quopri_encode, _quopri_decode),
    'uu': ('uu_codec', _uu_encode, _uu_decode),
}


def _bytes_codec(name):
    entry = _BYTES_CODECS.get(name)
    if entry is None:
        return None  # zlib and bz2: moat has no compression library
    module, encode, decode = entry
    enc, dec, writer, reader = _codec_classes(
        module, encode, decode, lambda input, errors, final: decode(input, errors))
    if name == 'rot-13':
        reader.charbuffertype = str
    else:
        reader.charbuffertype = bytes
    return CodecInfo(name=name, encode=encode, decode=decode, incrementalencoder=enc,
                     incrementaldecoder=dec, streamwriter=writer, streamreader=reader,
                     _is_text_encoding=False)


def _search_builtin(encoding):
    found = _resolve_codec(encoding)
    if found is None:
        return None
    name, text = found
    if not text:
        return _bytes_codec(name)
    return _text_codec(name, name.replace('-', '_') if name != 'iso8859-1' else 'latin_1')


register(_search_builtin)

_builtin_function(register, unregister, lookup, encode, decode, register_error, lookup_error,
                  strict_errors, ignore_errors, replace_errors, xmlcharrefreplace_errors,
                  backslashreplace_errors, namereplace_errors, surrogateescape, surrogatepass,
                  readbuffer_encode, escape_encode, escape_decode, charmap_build,
                  charmap_decode, charmap_encode, module='_codecs')
# CPython's codecs has these two handlers only through lookup_error().
del surrogateescape, surrogatepass
