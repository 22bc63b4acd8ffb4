"""JSON encoding and decoding, as CPython's json: dumps/loads (and dump/load
over any object with write/read), with CPython's output text for every
option (indent, separators, sort_keys, ensure_ascii, allow_nan, default,
skipkeys) and its JSONDecodeError messages and positions.
"""


__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']
__version__ = '2.0.9'  # CPython 3.11's json package


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the error:
    msg, doc, pos, lineno, colno."""

    # CPython defines it in json.decoder, which an uncaught one's last line names.
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        super().__init__(f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


# ---- Encoding ----------------------------------------------------------------



def _check_str(s):
    if not isinstance(s, str):
        raise TypeError(f'first argument must be a string, not {type(s).__name__}')


# The natives (stdlib_safe/json_module.cc) bound into this module before
# its body runs: _encode_string, _encode_one_shot, _scan_once, _scan_string.


def _encode_basestring(s):
    """The JSON text of str s, non-ASCII characters kept."""
    _check_str(s)
    return _encode_string(s, False)


def _encode_basestring_ascii(s):
    """The JSON text of str s in ASCII, other characters as \\u escapes."""
    _check_str(s)
    return _encode_string(s, True)


class _Flags:
    """The options one encoding reads. CPython's C encoder tests sort_keys,
    skipkeys and allow_nan for truth once, when it is made; its Python
    encoder tests them each time it needs them. Both choose the string
    encoder by ensure_ascii once."""

    __slots__ = ('ensure_ascii', 'sort_keys', 'skipkeys', 'allow_nan')


class JSONEncoder:
    """Encodes Python values as JSON text (dumps uses one)."""

    __module__ = 'json.encoder'

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _encode_string(o, True if self.ensure_ascii else False)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        markers = {} if self.check_circular else None
        flags = _Flags()
        flags.ensure_ascii = True if self.ensure_ascii else False
        flags.sort_keys = self.sort_keys
        flags.skipkeys = self.skipkeys
        flags.allow_nan = self.allow_nan
        # CPython encodes a one-shot dumps without indent in C (c_make_encoder),
        # whose checks and messages differ from its Python encoder's.
        if not (_one_shot and indent is None):
            # The Python encoder is a generator: nothing is encoded (and no
            # default called) until it is iterated.
            return self._iter_chunks(o, markers, indent, 0, flags)
        for position, separator in ((5, self.key_separator), (6, self.item_separator)):
            if not isinstance(separator, str):
                raise TypeError(f'make_encoder() argument {position} must be str, '
                                f'not {type(separator).__name__}')
        # make_encoder's 'p' arguments: each tested for truth once, in order.
        flags.sort_keys = True if flags.sort_keys else False
        flags.skipkeys = True if flags.skipkeys else False
        flags.allow_nan = True if flags.allow_nan else False
        # The C encoder hands back the whole text as one chunk.
        return [_encode_one_shot(o, markers is not None, self.default, self.key_separator,
                                 self.item_separator, flags.sort_keys, flags.skipkeys,
                                 flags.allow_nan, flags.ensure_ascii)]

    def _float(self, o, flags):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not flags.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        return text

    def _key(self, key, flags):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self._float(key, flags)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if flags.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {type(key).__name__}')

    def _scalar(self, o, flags):
        """The text of o if it is not a container or needs no default, else None."""
        if isinstance(o, str):
            return _encode_string(o, flags.ensure_ascii)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self._float(o, flags)
        return None

    def _enter(self, o, markers):
        if markers is None:
            return None
        marker = id(o)
        if marker in markers:
            raise ValueError('Circular reference detected')
        markers[marker] = o
        return marker

    def _leave(self, marker, markers):
        if markers is not None:
            del markers[marker]

    def _newline(self, indent, level):
        return '\n' + indent * level

    # -- CPython's Python encoder (_make_iterencode): a generator whose chunks
    # are CPython's (a scalar in an array shares its chunk with the bracket or
    # separator before it), so iterencode and dump's writes split the same.

    def _iter_chunks(self, o, markers, indent, level, flags):
        text = self._scalar(o, flags)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self._iter_list(o, markers, indent, level, flags)
        elif isinstance(o, dict):
            yield from self._iter_dict(o, markers, indent, level, flags)
        else:
            marker = self._enter(o, markers)
            yield from self._iter_chunks(self.default(o), markers, indent, level, flags)
            self._leave(marker, markers)

    def _iter_nested(self, value, markers, indent, level, flags):
        """The chunks of a value inside a container. Not a generator: a list
        or dict goes straight to its encoder, one generator frame per level
        of nesting, as CPython's _iterencode_list and _iterencode_dict."""
        if isinstance(value, (list, tuple)):
            return self._iter_list(value, markers, indent, level, flags)
        if isinstance(value, dict):
            return self._iter_dict(value, markers, indent, level, flags)
        return self._iter_chunks(value, markers, indent, level, flags)

    def _iter_list(self, o, markers, indent, level, flags):
        if not o:
            yield '[]'
            return
        marker = self._enter(o, markers)
        prefix = '['
        separator = self.item_separator
        if indent is not None:
            level += 1
            newline = self._newline(indent, level)
            prefix += newline
            separator += newline
        first = True
        for value in o:
            if not first:
                prefix = separator
            first = False
            text = self._scalar(value, flags)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from self._iter_nested(value, markers, indent, level, flags)
        if indent is not None:
            yield self._newline(indent, level - 1)
        yield ']'
        self._leave(marker, markers)

    def _iter_dict(self, o, markers, indent, level, flags):
        if not o:
            yield '{}'
            return
        marker = self._enter(o, markers)
        yield '{'
        separator = self.item_separator
        if indent is not None:
            level += 1
            newline = self._newline(indent, level)
            separator += newline
            yield newline
        # The live dict, unless sorted.
        items = sorted(o.items()) if flags.sort_keys else o.items()
        first = True
        for key, value in items:
            key = self._key(key, flags)
            if key is None:
                continue
            if not first:
                yield separator
            first = False
            yield _encode_string(key, flags.ensure_ascii)
            yield self.key_separator
            yield from self._iter_nested(value, markers, indent, level, flags)
        if indent is not None:
            yield self._newline(indent, level - 1)
        yield '}'
        self._leave(marker, markers)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    # CPython's test for its default encoder: each option tested for truth
    # in this order, until one differs from its default.
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None, default=None,
         sort_keys=False, **kw):
    """Serialize obj as JSON text to fp (anything with a write method)."""
    # As dumps, but through iterencode: CPython's Python encoder, never the
    # one-shot C one, with one write per chunk (so a failing value leaves the
    # text before it written).
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        chunks = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        chunks = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                     check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                     separators=separators, default=default, sort_keys=sort_keys,
                     **kw).iterencode(obj)
    for chunk in chunks:
        fp.write(chunk)


# ---- Decoding ----------------------------------------------------------------

_WHITESPACE = ' \t\n\r'
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


class JSONDecoder:
    """Decodes JSON text into Python values (loads uses one)."""

    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        # CPython's scanner (c_make_scanner) reads these once, here: strict
        # for its truth, the hooks as they are now.
        self._scan_context = (True if self.strict else False, self.object_hook,
                              self.object_pairs_hook, self.parse_float, self.parse_int,
                              self.parse_constant)

    def decode(self, s):
        end = _skip(s, 0)
        obj, end = self.raw_decode(s, end)
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _scan_once(s, idx, *self._scan_context, JSONDecodeError)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None


def _scanstring(s, end, strict=True):
    """json.decoder.scanstring: the string whose opening quote is at
    end - 1, and the index past its closing quote."""
    return _scan_string(s, end, True if strict else False, JSONDecodeError)


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def detect_encoding(b):
    """The encoding of JSON bytes, as RFC 4627 and CPython tell it: a BOM,
    else where the zero bytes of two ASCII characters fall."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding JSON) to a Python
    object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {type(s).__name__}')
    if cls is None:
        cls = JSONDecoder
    # Only the options given reach cls, as in CPython: a decoder subclass
    # may set some itself, or take none.
    for name, value in (('object_hook', object_hook),
                        ('object_pairs_hook', object_pairs_hook),
                        ('parse_float', parse_float), ('parse_int', parse_int),
                        ('parse_constant', parse_constant)):
        if value is not None:
            kw[name] = value
    return cls(**kw).decode(s)


def load(fp, **kwargs):
    """Deserialize fp (anything with a read method) holding JSON text."""
    return loads(fp.read(), **kwargs)


# The methods of the classes CPython defines in json.decoder and json.encoder
# belong to those modules too (a call's error names "json.decoder.JSONDecoder
# .__init__()").
for _cls in (JSONDecodeError, JSONEncoder, JSONDecoder):
    for _member in vars(_cls).values():
        if type(_member) is type(load):
            _member.__module__ = _cls.__module__
del _cls, _member

# CPython's json is a package whose submodules json.decoder and json.encoder
# hold these classes; importing json binds both, as CPython's __init__ does.
import json.decoder as _decoder_module
import json.encoder as _encoder_module
del _decoder_module, _encoder_module
