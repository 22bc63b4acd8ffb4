"""moat's string module: the ASCII character-class constants, capwords(),
Template ($-placeholders) and Formatter (the steps of str.format as methods
a subclass may override), behaving as python3.11's.

The sandbox has no _string module, so the format-string parser Formatter
relies on is written here. Field lookups go through getattr() and [], so
the sandbox's attribute rules apply to them."""

import re as _re

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

# ---- character classes -------------------------------------------------------
# (bound in CPython's order: a module's __dir__() lists its names as bound)

# Space, tab, newline, carriage return, vertical tab, form feed.
whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
octdigits = digits[:8]
# The visible ASCII characters that are neither letters nor digits, in
# code point order.
punctuation = ''.join([chr(code) for code in range(0x21, 0x7f) if not chr(code).isalnum()])
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """s split at sep (whitespace runs when None), each word capitalized,
    joined again with sep (one space when None)."""
    # The joiner is looked up before s is split, so a bad sep fails first.
    join = (sep or ' ').join
    return join(map(str.capitalize, s.split(sep)))


# ---- Template ------------------------------------------------------------------

# substitute()'s default mapping: tells "no mapping given" from any dict.
_NO_MAPPING = {}


def _placeholder_pattern(cls):
    # The regex a Template class matches placeholders with: its own
    # `pattern` when it defines one, otherwise one built from delimiter,
    # idpattern and braceidpattern with the four documented groups.
    if 'pattern' in cls.__dict__:
        source = cls.pattern
    else:
        mark = _re.escape(cls.delimiter)
        plain = cls.idpattern
        braced = cls.braceidpattern or plain
        source = ('%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                  % (mark, mark, plain, braced))
    return _re.compile(source, cls.flags | _re.VERBOSE)


def _placeholder_kind(match):
    # Which group of the placeholder regex matched, and for names the name
    # ('named' wins over 'braced' unless it matched empty).
    name = match.group('named') or match.group('braced')
    if name is not None:
        return 'name', name
    for group in ('escaped', 'invalid'):
        if match.group(group) is not None:
            return group, None
    return None, None


def _lookup_chain(mapping, kws):
    if mapping is _NO_MAPPING:
        return kws
    if not kws:
        return mapping
    from collections import ChainMap
    return ChainMap(kws, mapping)


class Template:
    """A string holding $-placeholders ($name, ${name}; $$ for a dollar
    sign), filled in by substitute() or safe_substitute()."""

    delimiter = '$'
    # An ASCII identifier: (?a:) keeps the case-insensitive match to ASCII.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _placeholder_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        # Report the 1-based line and column where the placeholder that
        # matched nothing valid ends, lines split as str.splitlines does.
        # The column counts from the offset the match reports, whatever it
        # is (a pattern object of the script's may answer any number).
        start = mo.start('invalid')
        head = self.template[:start]
        before = head.splitlines(keepends=True)
        if before:
            line, column = len(before), start - (len(head) - len(before[-1]))
        else:
            line, column = 1, 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (line, column))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def _fill(self, mapping, lenient):
        def replacement(mo):
            kind, name = _placeholder_kind(mo)
            if kind == 'escaped':
                return self.delimiter
            if kind == 'name':
                if not lenient:
                    return str(mapping[name])
                try:
                    return str(mapping[name])
                except KeyError:
                    return mo.group()
            if kind == 'invalid':
                if lenient:
                    return mo.group()
                self._invalid(mo)
            raise self._unrecognized()
        return self.pattern.sub(replacement, self.template)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._fill(_lookup_chain(mapping, kws), False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._fill(_lookup_chain(mapping, kws), True)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if all(mo.group(group) is None for group in ('named', 'braced', 'escaped')):
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        # A list, not a set: the names a script's pattern reports need not
        # be hashable, only comparable.
        found = []
        for mo in self.pattern.finditer(self.template):
            kind, name = _placeholder_kind(mo)
            if kind == 'name':
                if name not in found:
                    found.append(name)
            elif kind is None:
                raise self._unrecognized()
        return found


# Template's own pattern (__init_subclass__ runs only for subclasses).
Template.pattern = _placeholder_pattern(Template)


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


_AUTO_AND_MANUAL = ('cannot switch from manual field specification '
                    'to automatic field numbering')


def _numbered(field_name, next_auto):
    # The field name with automatic numbering applied, and the state of the
    # numbering afterwards: the next index, or False once a field gave its
    # number explicitly. Mixing the two styles is an error.
    if field_name == '':
        if next_auto is False:
            raise ValueError(_AUTO_AND_MANUAL)
        return str(next_auto), next_auto + 1
    if field_name.isdigit():
        if next_auto:
            raise ValueError(_AUTO_AND_MANUAL)
        return field_name, False
    return field_name, next_auto


# The !s, !r and !a of a replacement field.
_CONVERSIONS = (('s', str), ('r', repr), ('a', ascii))


class Formatter:

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # The formatted text and the numbering state after it. A field's
        # format spec is formatted first (one level less deep), since it may
        # hold fields of its own.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is not None:
                name, auto_arg_index = _numbered(name, auto_arg_index)
                value, key = self.get_field(name, args, kwargs)
                used_args.add(key)
                value = self.convert_field(value, conversion)
                spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                     recursion_depth - 1,
                                                     auto_arg_index=auto_arg_index)
                pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        # A hook for subclasses: by default unused arguments are fine.
        return None

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        for code, convert in _CONVERSIONS:
            if conversion == code:
                return convert(value)
        raise ValueError("Unknown conversion specifier %s" % (conversion,))

    def parse(self, format_string):
        _check_str(format_string)
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, steps = _field_name_split(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, key in steps:
            value = getattr(value, key) if is_attribute else value[key]
        return value, first
