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


def _is_identifier_start(ch):
    return ch == '_' or ('a' <= ch.lower() <= 'z')


def _is_identifier_char(ch):
    return _is_identifier_start(ch) or '0' <= ch <= '9'


class Template:
    """A string with $name, ${name} and $$ placeholders."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _parse(self):
        # Yields (literal text, placeholder name or None) pairs; a bad
        # placeholder yields its position as an int.
        text = self.template
        delim = self.delimiter
        i = 0
        literal = []
        while i < len(text):
            if not text.startswith(delim, i):
                literal.append(text[i])
                i += 1
                continue
            j = i + len(delim)
            if text.startswith(delim, j):
                literal.append(delim)
                i = j + len(delim)
                continue
            if j < len(text) and text[j] == '{':
                end = j + 1
                while end < len(text) and _is_identifier_char(text[end]):
                    end += 1
                name = text[j + 1:end]
                if name and _is_identifier_start(name[0]) and end < len(text) and text[end] == '}':
                    yield ''.join(literal), name, i, end + 1
                    literal = []
                    i = end + 1
                    continue
                yield ''.join(literal), None, i, i
                literal = []
                i = j
                continue
            end = j
            while end < len(text) and _is_identifier_char(text[end]) and \
                    (end > j or _is_identifier_start(text[end])):
                end += 1
            if end > j:
                yield ''.join(literal), text[j:end], i, end
                literal = []
                i = end
                continue
            yield ''.join(literal), None, i, i
            literal = []
            i = j
        yield ''.join(literal), False, len(text), len(text)

    def _invalid(self, position):
        lines = self.template[:position].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = position - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def substitute(self, mapping=None, /, **kws):
        """Replace every placeholder; a missing name raises KeyError."""
        values = _merge(mapping, kws)
        out = []
        for literal, name, start, end in self._parse():
            out.append(literal)
            if name is None:
                self._invalid(start + len(self.delimiter))
            if name is False:
                break
            out.append(str(values[name]))
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        """Replace the placeholders that have values; leave the others."""
        values = _merge(mapping, kws)
        out = []
        for literal, name, start, end in self._parse():
            out.append(literal)
            if name is False:
                break
            if name is None:
                out.append(self.delimiter)
                continue
            try:
                out.append(str(values[name]))
            except KeyError:
                out.append(self.template[start:end])
        return ''.join(out)

    def get_identifiers(self):
        ids = []
        for literal, name, start, end in self._parse():
            if name and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        return all(name is not None for _, name, _, _ in self._parse())


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        merged = dict(mapping)
        merged.update(kws)
        return merged
    return mapping


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


def _field_name_split(name):
    # The first part (an int when all digits) and the (is_attribute, key)
    # steps after it.
    j = 0
    while j < len(name) and name[j] not in '.[':
        j += 1
    first = name[:j]
    if first.isdigit():
        first = int(first)
    steps = []
    while j < len(name):
        if name[j] == '.':
            k = j + 1
            while k < len(name) and name[k] not in '.[':
                k += 1
            attr = name[j + 1:k]
            if not attr:
                raise ValueError("Empty attribute in format string")
            steps.append((True, attr))
            j = k
        elif name[j] == '[':
            close = name.find(']', j)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            key = name[j + 1:close]
            if not key:
                raise ValueError("Empty attribute in format string")
            steps.append((False, int(key) if key.isdigit() else key))
            j = close + 1
            if j < len(name) and name[j] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, steps


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
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
