"""Text wrapping and filling, as CPython 3.11's textwrap: TextWrapper, wrap,
fill, shorten, dedent and indent.

CPython splits text into chunks with regular expressions that use
lookbehind, which moat's `re` (RE2) lacks; the splitting rules are written
out by hand here instead (_split_hyphenated) and give the same chunks:
runs of whitespace, em-dashes between words, and words broken after the
hyphens of compound words ("goof-" "ball").
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
    """
    Wraps and fills paragraphs with the options given to the constructor;
    wrap() and fill() are the interface, and the underscore methods are the
    steps a subclass may replace.

    Options (instance attributes): width (70), initial_indent (""),
    subsequent_indent (""), expand_tabs (True), replace_whitespace (True),
    fix_sentence_endings (False), break_long_words (True),
    drop_whitespace (True), break_on_hyphens (True), tabsize (8),
    max_lines (None) and placeholder (' [...]').
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- Steps a subclass may override ----------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs, then turn every other whitespace character into a
        space (each as the options say)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: words (broken after the
        hyphens of compound words when break_on_hyphens is True) and runs
        of whitespace."""
        if self.break_on_hyphens is True:
            chunks = _split_hyphenated(text)
        else:
            chunks = _split_on_whitespace(text)
        return chunks

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence-ending chunk two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long for any line: break it (after its last
        fitting hyphen when breaking on hyphens), or give it a line of its
        own when long words must stay whole."""
        # At least one character goes on each pass, even when the indent
        # leaves no room.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Lay the chunks out in lines of at most `width` characters
        (longer only for unbreakable words), dropping whitespace at line
        ends and truncating at max_lines with the placeholder."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # A stack: the next chunk is at the end.
        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace opening a line is dropped, except at the very start.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            rest_is_blank = not chunks or (
                self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or rest_is_blank and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last allowed line: end it with the placeholder, dropping
            # chunks until it fits.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- Public interface -----------------------------------------------

    def wrap(self, text):
        """Wrap the single paragraph in 'text' into a list of lines of at
        most 'self.width' columns."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the single paragraph in 'text' and join the lines with
        newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines.
    The keyword arguments are TextWrapper's options."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string.
    The keyword arguments are TextWrapper's options."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of the text and truncate it to fit in
    `width` columns, ending it with the placeholder when words are cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _content_indent(line):
    # The leading spaces and tabs of a line with something else after
    # them, or None for a line that is empty (after blank lines were
    # emptied) or ends right after its indent.
    i = 0
    n = len(line)
    while i < n and line[i] in ' \t':
        i += 1
    if i == n:
        return None
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Tabs and spaces are both whitespace but not equal: "  hello" and
    "\\thello" have no common leading whitespace. Lines of only spaces and
    tabs become empty.
    """
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got %r"
                        % type(text).__name__)
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        indent = _content_indent(line)
        if indent is None:
            continue
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add 'prefix' to the beginning of selected lines in 'text': those for
    which predicate(line) is true, by default the lines that are not empty
    or only whitespace."""
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())
