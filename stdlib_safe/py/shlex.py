"""A lexical analyzer for shell-like syntax, as CPython 3.11's shlex: the
shlex class, split, quote and join.

Written for moat from the documented behaviour: the tokenizer is the same
state machine (whitespace, word characters, quotes, escapes, comments and
punctuation runs, in POSIX and compatibility modes), with CPython's
errors. The sandbox has no files: input is a str or a file-like object
such as io.StringIO, and `source` inclusion (sourcehook) is refused.
"""

import re
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

# ASCII letters (in CPython's order, f before e), digits and underscore.
_ASCII_WORDCHARS = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
# POSIX mode adds the Latin-1 letters.
_LATIN1_WORDCHARS = ''.join(chr(c) for c in range(0xdf, 0x100) if c != 0xf7) + \
    ''.join(chr(c) for c in range(0xc0, 0xdf) if c != 0xd7)

_EMIT = True   # a step's answer: the token is complete
_GO_ON = False


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            # CPython reads sys.stdin here; the sandbox has no input.
            self.instream = StringIO('')
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORDCHARS + (_LATIN1_WORDCHARS if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            self.wordchars += '~-./*?='
            self.wordchars = self.wordchars.translate(
                self.wordchars.maketrans(dict.fromkeys(punctuation_chars)))

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Pushes a token back onto the stack."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Reads from `newstream` until it ends, then from the current input."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        """Goes back to the input push_source() interrupted."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = ' '

    def get_token(self):
        """The next token: pushed-back ones first, then the input's."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

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
            self._escaped_from = 'a'
            self.state = c
        elif c in self.wordchars:
            self.token = c
            self.state = 'a'
        elif c in self._punctuation_chars:
            self.token = c
            self.state = 'c'
        elif c in self.quotes:
            if not self.posix:
                self.token = c
            self.state = c
        elif self.whitespace_split:
            self.token = c
            self.state = 'a'
        else:
            self.token = c
            return self._end_of_word(quoted)
        return _GO_ON

    def _step_quoted(self, c):
        # Inside quotes opened by self.state.
        if not c:
            raise ValueError("No closing quotation")
        if c == self.state:
            if not self.posix:
                self.token += c
                self.state = ' '
                return _EMIT
            self.state = 'a'
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
            self.state = ' '
            return self._end_of_word(quoted)
        if c in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = ' '
                return self._end_of_word(quoted)
            return _GO_ON
        if self.state == 'c':
            if c in self._punctuation_chars:
                self.token += c
                return _GO_ON
            if c not in self.whitespace:
                self._pushback_chars.append(c)
            self.state = ' '
            return _EMIT
        if self.posix and c in self.quotes:
            self.state = c
        elif self.posix and c in self.escape:
            self._escaped_from = 'a'
            self.state = c
        elif (c in self.wordchars or c in self.quotes
              or (self.whitespace_split and c not in self._punctuation_chars)):
            self.token += c
        else:
            if self._punctuation_chars:
                self._pushback_chars.append(c)
            else:
                self.pushback.appendleft(c)
            self.state = ' '
            return self._end_of_word(quoted)
        return _GO_ON

    def read_token(self):
        """The next token of the input itself (no pushback, no sources)."""
        quoted = False
        self._escaped_from = ' '
        while True:
            c = self._next_char()
            if c == '\n':
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
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
        result = self.token
        self.token = ''
        if self.posix and not quoted and result == '':
            result = None
        return result

    def sourcehook(self, newfile):
        """Would open `newfile` for a `source` request: the sandbox has no files."""
        raise OSError("shlex source files are not available in the sandbox")

    def error_leader(self, infile=None, lineno=None):
        """An editor-style error header: '"file", line N: '."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Splits the string `s` with shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """The shell-escaped string of the tokens of `split_command`."""
    return ' '.join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """A shell-escaped version of the string `s`."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    # Single quotes keep everything; a single quote itself is closed,
    # given in double quotes and reopened.
    return "'" + s.replace("'", "'\"'\"'") + "'"
