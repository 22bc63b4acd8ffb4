"""Wrapping, filling, shortening, dedenting and indenting of plain text.

moat's own implementation of CPython 3.11's textwrap (same options, chunks,
lines and messages). CPython finds the chunks with regular expressions that
need lookbehind, which moat's `re` (RE2) does not have, so the chunking rules
are hand-written scanners here (_split_hyphenated) that cut the text the same
way: runs of whitespace, em-dashes between words, and words cut after the
hyphen of a compound word ("goof-" "ball").
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace counts, as in CPython.
_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    # `\w` of a str pattern.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # `[^\d\W]`: a word character that is not a decimal digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    # `[\w!"'&.,?]`: what may stand before an em-dash.
    return c.isalnum() or c in '_!"\'&.,?'


def _dashes_then_word(text, i):
    # Whether text[i:] starts with two or more hyphens followed by a word
    # character.
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word_char(text[j])


def _hyphen_breaks(text, q):
    # Whether a word may be broken after the hyphen at text[q]: two letters
    # before it (or letter, hyphen, letter), and a letter, an optional
    # hyphen and a letter after it.
    n = len(text)
    before = (q >= 2 and _is_letter(text[q - 2]) and _is_letter(text[q - 1])) or (
        q >= 3 and _is_letter(text[q - 3]) and text[q - 2] == '-'
        and _is_letter(text[q - 1]))
    if not before:
        return False
    if q + 2 >= n or not _is_letter(text[q + 1]):
        return False
    if _is_letter(text[q + 2]):
        return True
    return text[q + 2] == '-' and q + 3 < n and _is_letter(text[q + 3])


def _split_hyphenated(text):
    # The chunks of `text` when breaking on hyphens: each chunk is a run of
    # whitespace, an em-dash ("--" or longer) between words, or a word that
    # ends at whitespace, at the end, before an em-dash, or just after a
    # hyphen where _hyphen_breaks allows it.
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        c = text[p]
        if c in _whitespace:
            q = p + 1
            while q < n and text[q] in _whitespace:
                q += 1
        elif p > 0 and _is_word_punct(text[p - 1]) and _dashes_then_word(text, p):
            q = p
            while text[q] == '-':
                q += 1
        else:
            q = p + 1
            while True:
                if q < n and text[q] == '-' and _hyphen_breaks(text, q):
                    q += 1
                    break
                if q == n or text[q] in _whitespace:
                    break
                if _is_word_punct(text[q - 1]) and _dashes_then_word(text, q):
                    break
                q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _split_on_whitespace(text):
    # The chunks of `text` when not breaking on hyphens: runs of whitespace
    # and the runs of other characters between them.
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        space = text[p] in _whitespace
        q = p + 1
        while q < n and (text[q] in _whitespace) == space:
            q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then '.', '!' or '?', then an optional
    # closing quote, at the end of the chunk.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps paragraphs to a width; the options are instance attributes.

    wrap() and fill() are the interface. The underscore methods are the
    steps (whitespace munging, chunking, sentence endings, long words, line
    building) and may be replaced by a subclass.
    """

    unicode_whitespace_trans = {ord(ch): ord(' ') for ch in _whitespace}

    # A subclass may give its own chunking and sentence-end patterns, as in
    # CPython; None means the built-in scanners above (CPython's patterns).
    wordsep_re = None
    wordsep_simple_re = None
    sentence_end_re = None

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width, self.tabsize = width, tabsize
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        self.expand_tabs, self.replace_whitespace = expand_tabs, replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words, self.break_on_hyphens = break_long_words, break_on_hyphens
        self.drop_whitespace = drop_whitespace
        self.max_lines, self.placeholder = max_lines, placeholder

    # -- the steps ---------------------------------------------------------

    def _munge_whitespace(self, text):
        """Tabs expanded, then other whitespace made spaces (as configured)."""
        expanded = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return expanded
        return expanded.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        """The text cut into chunks: words (or parts of hyphenated words when
        break_on_hyphens is exactly True) and runs of whitespace."""
        if self.break_on_hyphens is True:
            pattern, splitter = self.wordsep_re, _split_hyphenated
        else:
            pattern, splitter = self.wordsep_simple_re, _split_on_whitespace
        if pattern is None:
            return splitter(text)
        return [chunk for chunk in pattern.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        """Widen to two spaces the single-space chunk after a sentence end."""
        ends_sentence = _ends_sentence
        if self.sentence_end_re is not None:
            ends_sentence = self.sentence_end_re.search
        # The widened chunk is skipped: a subclass's pattern might match "  ".
        k = 0
        while k < len(chunks) - 1:
            if chunks[k + 1] == " " and ends_sentence(chunks[k]):
                chunks[k + 1] = "  "
                k += 2
            else:
                k += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Place a chunk longer than the line: break it to fill the room left
        (after a hyphen that fits, when breaking on hyphens), or, when long
        words may not be broken, put it whole on an otherwise empty line."""
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        # An indent as wide as the line still leaves one character of room.
        room = width - cur_len if width >= 1 else 1
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            last_hyphen = word.rfind('-', 0, room)
            if last_hyphen > 0 and word[:last_hyphen].strip('-'):
                cut = last_hyphen + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        """Build the lines from the chunks: at most `width` columns each
        (unbreakable words excepted), whitespace dropped at the line edges,
        and the output cut at max_lines with the placeholder."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        limit = self.max_lines
        if limit is not None:
            last_indent = self.initial_indent if limit <= 1 else self.subsequent_indent
            if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        todo = chunks
        todo.reverse()  # the next chunk is popped from the end
        lines = []
        while todo:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            # Whitespace that would open a line is dropped, except on the first.
            if self.drop_whitespace and not todo[-1].strip() and lines:
                todo.pop()
            line = []
            used = 0
            while todo and used + len(todo[-1]) <= room:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > room:
                self._handle_long_word(todo, line, used, room)
                used = sum(len(part) for part in line)
            if line and self.drop_whitespace and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            if limit is None or len(lines) + 1 < limit:
                lines.append(prefix + ''.join(line))
                continue
            # This is the last line allowed: it is kept whole only if all
            # the text is on it.
            only_blank_left = self.drop_whitespace and len(todo) == 1 and not todo[0].strip()
            if (not todo or only_blank_left) and used <= room:
                lines.append(prefix + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, used, prefix, room)
            break
        return lines

    def _end_with_placeholder(self, lines, line, used, prefix, room):
        # Drop chunks from the end of `line` until a word is last and the
        # placeholder fits after it; with no such word, the placeholder goes
        # on the previous line if it fits there, else on a line of its own.
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(prefix + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(prefix + mark.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- the interface -----------------------------------------------------

    def wrap(self, text):
        """The paragraph `text` as a list of lines of at most `width` columns."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """wrap()'s lines joined with newlines."""
        lines = self.wrap(text)
        return "\n".join(lines)


def wrap(text, width=70, **kwargs):
    """TextWrapper(width=width, **kwargs).wrap(text)"""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """TextWrapper(width=width, **kwargs).fill(text)"""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """The text with its whitespace collapsed, cut to `width` columns with
    the placeholder at the end if words had to go."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    collapsed = ' '.join(text.strip().split())
    return wrapper.fill(collapsed)


def _indent_of(line):
    # The spaces and tabs opening `line` if something else follows them;
    # None for a line with nothing but spaces and tabs (or nothing).
    body = line.lstrip(' \t')
    if not body:
        return None
    return line[:len(line) - len(body)]


def _common_start(a, b):
    k = 0
    stop = min(len(a), len(b))
    while k < stop and a[k] == b[k]:
        k += 1
    return a[:k]


def dedent(text):
    """`text` with the leading whitespace common to all its lines removed.

    Spaces and tabs are not interchangeable ("  x" and "\\tx" share no
    margin), and lines holding only spaces and tabs are emptied.
    """
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got %r"
                        % type(text).__name__)
    lines = [line if line.strip(' \t') else '' for line in text.split('\n')]
    margin = None
    for line in lines:
        found = _indent_of(line)
        if found is not None:
            margin = found if margin is None else _common_start(margin, found)
    if margin:
        width = len(margin)
        lines = [line[width:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """`text` with `prefix` put before each line for which predicate(line)
    is true; without a predicate, before each line that is not blank."""
    out = []
    for line in text.splitlines(True):
        wanted = line.strip() if predicate is None else predicate(line)
        out.append(prefix + line if wanted else line)
    return ''.join(out)
