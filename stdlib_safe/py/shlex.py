"""A lexical analyzer for shell-like syntax, as CPython 3.11's shlex: the
shlex class, split, quote and join.

Written for moat from the documented behaviour: the tokenizer is the same
state machine (whitespace, word characters, quotes, escapes, comments and
punctuation runs, in POSIX and compatibility modes), with CPython's
errors. The sandbox has no files: input is a str or a file-like object
such as io.StringIO, and `source` inclusion (sourcehook) is refused.
"""

from io import StringIO
from collections import deque
import re

__all__ = ["shlex", "split", "quote", "join"]

# ASCII letters (in CPython's order, f before e), digits and underscore.
_ASCII_WORDCHARS = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
# POSIX mode adds the Latin-1 letters.
_LATIN1_WORDCHARS = ''.join(chr(c) for c in range(0xdf, 0x100) if c != 0xf7) + \
    ''.join(chr(c) for c in range(0xc0, 0xdf) if c != 0xd7)
# punctuation_chars=True means the shell's operator characters.
_SHELL_PUNCTUATION = '();<>|&'
# With punctuation_chars, characters of file names and globs join words.
_PATH_WORDCHARS = '~-./*?='

# The documented syntax attributes and their starting values.
_SYNTAX = (
    ('commenters', '#'),
    ('whitespace', ' \t\r\n'),
    ('whitespace_split', False),
    ('quotes', '\'"'),
    ('escape', '\\'),
    ('escapedquotes', '"'),
)

_EMIT = True   # a step's answer: the token is complete
_GO_ON = False

# Values of the documented `state` attribute besides a quote or escape
# character (the one being processed) and None (input exhausted).
_BETWEEN = ' '   # between tokens
_WORD = 'a'      # in a word
_PUNCT = 'c'     # in a run of punctuation_chars


def _as_stream(source):
    return StringIO(source) if isinstance(source, str) else source


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        instream = _as_stream(instream)
        # CPython reads sys.stdin when no input is given; the sandbox has
        # none, so that lexer sees an empty stream (and no file name).
        self.instream = StringIO('') if instream is None else instream
        self.infile = None if instream is None else infile
        self.posix = posix
        self.eof = None if posix else ''
        for name, value in _SYNTAX:
            setattr(self, name, value)
        words = _ASCII_WORDCHARS + _LATIN1_WORDCHARS if posix else _ASCII_WORDCHARS
        # Reader state: the pending token, pushed-back tokens, the stack of
        # inputs interrupted by push_source().
        self.state, self.token, self.lineno = _BETWEEN, '', 1
        self.pushback, self.filestack = deque(), deque()
        self.source = None
        self.debug = 0
        if punctuation_chars is True:
            punctuation_chars = _SHELL_PUNCTUATION
        self._punctuation_chars = punctuation_chars or ''
        if punctuation_chars:
            # Characters a punctuation run read past, to be read again.
            self._pushback_chars = deque()
            dropped = str.maketrans(dict.fromkeys(punctuation_chars))
            words = (words + _PATH_WORDCHARS).translate(dropped)
        self.wordchars = words

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Pushes a token back onto the stack."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Reads from `newstream` until it ends, then from the current input."""
        interrupted = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(interrupted)
        self.infile, self.instream = newfile, _as_stream(newstream)
        self.lineno = 1

    def pop_source(self):
        """Goes back to the input push_source() interrupted."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self.state = _BETWEEN

    def get_token(self):
        """The next token: pushed-back ones first, then the input's."""
        if self.pushback:
            return self.pushback.popleft()
        token = self.read_token()
        # A `source` keyword names an input to read before going on.
        while self.source is not None and token == self.source:
            included = self.sourcehook(self.read_token())
            if included:
                name, stream = included
                self.push_source(stream, name)
            token = self.get_token()
        # The end of a pushed input resumes the one it interrupted.
        while token == self.eof and self.filestack:
            self.pop_source()
            token = self.get_token()
        return token

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _end_of_word(self, quoted):
        # Whitespace (or a character that starts another token) after a
        # token: emit it, unless there is nothing to emit yet.
        return _EMIT if self.token or (self.posix and quoted) else _GO_ON

    def _step_between(self, c, quoted):
        # State ' ': between tokens.
        if not c:
            self.state = None
            return _EMIT
        if c in self.whitespace:
            return self._end_of_word(quoted)
        if c in self.commenters:
            self._skip_comment()
        elif self.posix and c in self.escape:
            self._escaped_from = _WORD
            self.state = c
        elif c in self.wordchars:
            self.token = c
            self.state = _WORD
        elif c in self._punctuation_chars:
            self.token = c
            self.state = _PUNCT
        elif c in self.quotes:
            # The quote opens a quoted part; only compatibility mode keeps
            # the quote characters in the token.
            self.state = c
            self.token = self.token if self.posix else c
        elif self.whitespace_split:
            self.token = c
            self.state = _WORD
        else:
            self.token = c
            return self._end_of_word(quoted)
        return _GO_ON

    def _step_quoted(self, c):
        # Inside quotes opened by self.state.
        if not c:
            raise ValueError("No closing quotation")
        closing = c == self.state
        if closing and self.posix:
            # POSIX: the word goes on after the closing quote ("a"b is ab).
            self.state = _WORD
        elif closing:
            # Compatibility mode: the quoted string, quotes included, is
            # a token of its own.
            self.token += c
            self.state = _BETWEEN
            return _EMIT
        elif self.posix and c in self.escape and self.state in self.escapedquotes:
            self._escaped_from = self.state
            self.state = c
        else:
            self.token += c
        return _GO_ON

    def _step_escaped(self, c):
        # After an escape character (POSIX mode).
        if not c:
            raise ValueError("No escaped character")
        # Inside quotes only the quote and the escape itself are escaped;
        # before anything else the escape character stays.
        if (self._escaped_from in self.quotes and c != self.state
                and c != self._escaped_from):
            self.token += self.state
        self.token += c
        self.state = self._escaped_from
        return _GO_ON

    def _step_word(self, c, quoted):
        # State 'a' (a word) or 'c' (a run of punctuation).
        if not c:
            self.state = None
            return _EMIT
        if c in self.whitespace:
            self.state = _BETWEEN
            return self._end_of_word(quoted)
        if c in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = _BETWEEN
                return self._end_of_word(quoted)
            return _GO_ON
        if self.state == _PUNCT:
            if c in self._punctuation_chars:
                self.token += c
                return _GO_ON
            if c not in self.whitespace:
                self._pushback_chars.append(c)
            self.state = _BETWEEN
            return _EMIT
        if self.posix and c in self.quotes:
            self.state = c
        elif self.posix and c in self.escape:
            self._escaped_from = _WORD
            self.state = c
        elif (c in self.wordchars or c in self.quotes
              or (self.whitespace_split and c not in self._punctuation_chars)):
            self.token += c
        else:
            if self._punctuation_chars:
                self._pushback_chars.append(c)
            else:
                self.pushback.appendleft(c)
            self.state = _BETWEEN
            return self._end_of_word(quoted)
        return _GO_ON

    def read_token(self):
        """The next token of the input itself (no pushback, no sources)."""
        quoted = False
        self._escaped_from = _BETWEEN
        while True:
            c = self._next_char()
            if c == '\n':
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == _BETWEEN:
                done = self._step_between(c, quoted)
            elif state in self.quotes:
                quoted = True
                done = self._step_quoted(c)
            elif state in self.escape:
                done = self._step_escaped(c)
            else:
                done = self._step_word(c, quoted)
            if done:
                break
        word, self.token = self.token, ''
        if word == '' and not quoted and self.posix:
            return None   # POSIX end of input (an empty '' token is quoted)
        return word

    def sourcehook(self, newfile):
        """Would open `newfile` for a `source` request: the sandbox has no files."""
        raise OSError("shlex source files are not available in the sandbox")

    def error_leader(self, infile=None, lineno=None):
        """An editor-style error header: '"file", line N: '."""
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token != self.eof:
            return token
        raise StopIteration


def split(s, comments=False, posix=True):
    """Splits the string `s` with shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    words = shlex(s, posix=posix)
    words.whitespace_split = True
    words.commenters = '#' if comments else ''
    return [word for word in words]


def join(split_command):
    """The shell-escaped string of the tokens of `split_command`."""
    return ' '.join(map(quote, split_command))


# Any character a POSIX shell could read as syntax: a string with none
# needs no quotes. _find_unsafe is the private name CPython's module has
# for its search, and scripts reach it.
_UNSAFE_CHAR = re.compile(r'[^\w@%+=:,./-]', re.ASCII)
_find_unsafe = _UNSAFE_CHAR.search


def quote(s):
    """A shell-escaped version of the string `s`."""
    if not s:
        return "''"
    if isinstance(s, (bytes, bytearray)):
        # CPython's str pattern refuses bytes with this text; moat's re
        # module refuses them with its own, so say CPython's here.
        raise TypeError("cannot use a string pattern on a bytes-like object")
    if not _UNSAFE_CHAR.search(s):
        return s
    # Single quotes keep everything; a single quote itself is closed,
    # given in double quotes and reopened.
    return "'%s'" % s.replace("'", "'\"'\"'")
