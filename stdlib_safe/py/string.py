"""String constants and helpers, as CPython's string module: the character
classes, capwords, and Template ($-substitution). Formatter is left out."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

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
