"""String constants and helpers, as CPython's string module: the character
classes, capwords, Template ($-substitution) and Formatter (str.format's
machinery as overridable methods, with the format-string parser written
here since the sandbox has no _string module). Field lookups go through
getattr() and [], so the sandbox's attribute rules apply to them."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each, and join them with sep (or a
    single space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


import re as _re


# The default of substitute()'s mapping, told apart from any dict given.
_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # ASCII letters only (the (?a:) group), in either case (flags).
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            # The documented groups: escaped (the delimiter twice), named,
            # braced, and invalid (a delimiter followed by anything else).
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            pattern = (f'{delim}(?:(?P<escaped>{delim})|(?P<named>{ident})|'
                       f'{{(?P<braced>{braced})}}|(?P<invalid>))')
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group('invalid') is None
                    and mo.group('escaped') is None):
                raise self._unrecognized()
        return ids


# Template's own pattern (__init_subclass__ runs only for subclasses).
Template.__init_subclass__()


# ---- Formatter ---------------------------------------------------------------

def _parse_format(text):
    # (literal, field_name, format_spec, conversion) tuples, as CPython's
    # MarkupIterator (Objects/stringlib/unicode_format.h) yields them: an
    # escaped brace ends a literal chunk; a chunk without a field has None
    # for the other three.
    n = len(text)
    i = 0
    while i < n:
        literal = []
        field = None
        while i < n:
            ch = text[i]
            if ch == '{' or ch == '}':
                if i + 1 < n and text[i + 1] == ch:
                    literal.append(ch)
                    i += 2
                    break
                if ch == '}':
                    raise ValueError("Single '}' encountered in format string")
                if i + 1 == n:
                    raise ValueError("Single '{' encountered in format string")
                i += 1
                field = i
                break
            literal.append(ch)
            i += 1
        if field is None:
            yield ''.join(literal), None, None, None
            continue
        name, spec, conversion, i = _parse_field(text, i)
        yield ''.join(literal), name, spec, conversion


def _parse_field(text, i):
    # The field starting at text[i] (after its '{'): name, format spec,
    # conversion and the index after its '}'. Brackets in the name hide
    # ':', '!' and '}'; the spec may hold nested {} pairs.
    n = len(text)
    j = i
    while j < n:
        ch = text[j]
        if ch == '[':
            close = text.find(']', j)
            j = n if close < 0 else close + 1
            continue
        if ch in ':!}':
            break
        if ch == '{':
            raise ValueError("unexpected '{' in field name")
        j += 1
    if j >= n:
        raise ValueError("expected '}' before end of string")
    name = text[i:j]
    conversion = None
    if text[j] == '!':
        if j + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[j + 1]
        j += 2
        if j >= n:
            raise ValueError("unmatched '{' in format spec")
        if text[j] not in ':}':
            raise ValueError("expected ':' after conversion specifier")
    if text[j] == '}':
        return name, '', conversion, j + 1
    k = j + 1
    depth = 1
    while k < n:
        if text[k] == '{':
            depth += 1
        elif text[k] == '}':
            depth -= 1
            if depth == 0:
                return name, text[j + 1:k], conversion, k + 1
        k += 1
    raise ValueError("unmatched '{' in format spec")


def _check_str(text):
    # The type check _string's functions make when called, before iterating.
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")


def _field_index(text):
    # get_integer in unicode_format.h: all decimal digits make an index, one
    # that fits a Py_ssize_t.
    if not text.isdecimal():
        return text
    index = int(text)
    if index > 0x7FFFFFFFFFFFFFFF:
        raise ValueError("Too many decimal digits in format string")
    return index


def _field_name_split(name):
    # The first part (an int when all digits) and an iterator of the
    # (is_attribute, key) steps after it, which finds their errors lazily,
    # as _string.formatter_field_name_split does.
    _check_str(name)
    j = 0
    while j < len(name) and name[j] not in '.[':
        j += 1
    return _field_index(name[:j]), _field_steps(name, j)


def _field_steps(name, j):
    while j < len(name):
        if name[j] == '.':
            k = j + 1
            while k < len(name) and name[k] not in '.[':
                k += 1
            attr = name[j + 1:k]
            if not attr:
                raise ValueError("Empty attribute in format string")
            yield True, attr
            j = k
        elif name[j] == '[':
            close = name.find(']', j)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            key = name[j + 1:close]
            if not key:
                raise ValueError("Empty attribute in format string")
            yield False, _field_index(key)
            j = close + 1
            if j < len(name) and name[j] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    """str.format's machinery, one overridable step per method."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion}")

    def parse(self, format_string):
        _check_str(format_string)
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
