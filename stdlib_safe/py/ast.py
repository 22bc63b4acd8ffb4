"""ast.literal_eval without the compiler, as CPython 3.11's.

Written for moat from the documented semantics of CPython 3.11's
Lib/ast.py and its expression grammar. moat has no parser at run time and
hands out no syntax trees (docs/SECURITY.md), so this module is only
literal_eval: a tokenizer and a parser of Python's expression grammar
(precedence climbing, recursing only per bracket) build the few nodes the
evaluation needs (plain literals go straight to values), then the
evaluation follows CPython's: constants, tuples, lists, sets, dicts,
`set()`, a sign on a number and a real plus or minus an imaginary number.
Any other valid expression is "malformed" (ValueError naming the node, as
CPython's does); text that is not an expression is a SyntaxError from file
'<unknown>'. The rest of CPython's ast (parse, dump, the node classes...)
is withheld by the native init (stdlib_safe/ast_module.cc).
"""

__all__ = ["literal_eval"]


# ---- the nodes the evaluation looks at ------------------------------------

class _Node:
    height = 1  # the depth of the tree below, this node included (_Parser)

    def __init__(self, lineno, **fields):
        self.lineno = lineno
        for name, value in fields.items():
            setattr(self, name, value)


class _Constant(_Node):
    pass


class _Tuple(_Node):
    pass


class _List(_Node):
    pass


class _Set(_Node):
    pass


class _Dict(_Node):
    pass


class _Call(_Node):
    pass


class _UnaryOp(_Node):
    pass


class _BinOp(_Node):
    pass


class _Name(_Node):
    pass


class _Attribute(_Node):
    pass


class _Subscript(_Node):
    pass


class _Starred(_Node):
    pass


class _NamedExpr(_Node):
    pass


class _BoolOp(_Node):
    pass


class _Compare(_Node):
    pass


class _IfExp(_Node):
    pass


class _Lambda(_Node):
    pass


class _JoinedStr(_Node):
    pass


class _ListComp(_Node):
    pass


class _SetComp(_Node):
    pass


class _DictComp(_Node):
    pass


class _GeneratorExp(_Node):
    pass


class _Await(_Node):
    pass


class _Yield(_Node):
    pass


class _YieldFrom(_Node):
    pass


# Private names, CPython's in reprs: "<ast.Name object at 0x...>". A script
# gets no node it could build or walk.
_NODE_CLASSES = (_Constant, _Tuple, _List, _Set, _Dict, _Call, _UnaryOp,
                 _BinOp, _Name, _Attribute, _Subscript, _Starred, _NamedExpr,
                 _BoolOp, _Compare, _IfExp, _Lambda, _JoinedStr, _ListComp,
                 _SetComp, _DictComp, _GeneratorExp, _Await, _Yield,
                 _YieldFrom)
for _cls in _NODE_CLASSES:
    _cls.__module__ = "ast"
    _cls.__name__ = _cls.__qualname__ = _cls.__name__[1:]
del _cls


# ---- tokens ----------------------------------------------------------------
#
# The token list is five parallel lists (kind, text, value, line, start
# offset) rather than an object per token: a million-element literal makes
# a million tokens. Plain stretches (digits, identifiers, string bodies) are
# found by C-level scans (re, str.find), not a Python loop per character.

import re as _re

_KEYWORDS = frozenset((
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield"))

# Longest first, so that '**' wins over '*'.
_OPERATORS = ("**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//",
              "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=",
              "%=", "@=", "&=", "|=", "^=", "(", ")", "[", "]", "{", "}",
              ",", ":", ".", ";", "+", "-", "*", "/", "%", "@", "&", "|",
              "^", "~", "<", ">", "=")
# The operators by first character, longest first.
_OPERATORS_BY_CHAR = {}
for _op in _OPERATORS:
    _OPERATORS_BY_CHAR.setdefault(_op[0], []).append(_op)
del _op

_CLOSERS = {")": "(", "]": "[", "}": "{"}
# CPython's tokenizer refuses deeper bracket nesting (MAXLEVEL).
_MAX_NESTING = 200

_SIMPLE_ESCAPES = {"\n": "", "\\": "\\", "'": "'", '"': '"', "a": "\a",
                   "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                   "v": "\v"}

_DIGITS = _re.compile(r"[0-9]+")
_ASCII_NAME = _re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# What may follow a plain run of digits that makes it more than an int
# (a float, an imaginary, another base, underscores, a bad suffix).
_NUMBER_TAIL = frozenset("._eEjJxXoObB")
_STRING_PREFIXES = frozenset(("r", "u", "b", "br", "rb", "f", "fr", "rf"))


def _syntax_error(message, line, col, lines, cls=SyntaxError):
    text = lines[line - 1] if 0 < line <= len(lines) else None
    return cls(message, ("<unknown>", line, col + 1, text, line, col + 1))


def _is_digit_run(text, allowed):
    # Digits from `allowed` with single underscores between them.
    if not text or text[0] == "_" or text[-1] == "_" or "__" in text:
        return False
    return all(c in allowed or c == "_" for c in text)


_DEC = "0123456789"


def _scan_number(source, i):
    # The end of the number starting at i and its value, or a message.
    n = len(source)
    j = i
    if source[i] == "0" and i + 1 < n and source[i + 1] in "xXoObB":
        kind = source[i + 1].lower()
        allowed = {"x": "0123456789abcdefABCDEF", "o": "01234567",
                   "b": "01"}[kind]
        names = {"x": "hexadecimal", "o": "octal", "b": "binary"}
        j = i + 2
        while j < n and (source[j] in allowed or source[j] == "_"):
            j += 1
        digits = source[i + 2:j]
        if digits.startswith("_"):
            digits = digits[1:]
        if (not _is_digit_run(digits, allowed)
                or (j < n and (source[j].isalnum() or source[j] == "_"))):
            if kind != "x" and j < n and source[j] in _DEC:
                return j, None, "invalid digit '%s' in %s literal" % (
                    source[j], names[kind])
            return j, None, "invalid %s literal" % names[kind]
        return j, int(digits.replace("_", ""), {"x": 16, "o": 8, "b": 2}[kind]), None
    while j < n and (source[j] in _DEC or source[j] == "_"):
        j += 1
    is_float = False
    if j < n and source[j] == ".":
        is_float = True
        j += 1
        while j < n and (source[j] in _DEC or source[j] == "_"):
            j += 1
    if j < n and source[j] in "eE":
        k = j + 1
        if k < n and source[k] in "+-":
            k += 1
        if k < n and source[k] in _DEC:
            is_float = True
            j = k
            while j < n and (source[j] in _DEC or source[j] == "_"):
                j += 1
        else:
            return k, None, "invalid decimal literal"
    text = source[i:j]
    imaginary = j < n and source[j] in "jJ"
    if imaginary:
        j += 1
    if j < n and (source[j].isalnum() or source[j] == "_"):
        return j, None, "invalid decimal literal"
    mantissa, _, exponent = text.replace("E", "e").partition("e")
    whole, _, fraction = mantissa.partition(".")
    for part in (whole, fraction, exponent.lstrip("+-")):
        if part and not _is_digit_run(part, _DEC):
            return j, None, "invalid decimal literal"
    if not is_float and not imaginary and len(whole) > 1 and whole[0] == "0" \
            and whole.replace("0", "").replace("_", ""):
        return j, None, ("leading zeros in decimal integer literals are not "
                         "permitted; use an 0o prefix for octal integers")
    clean = text.replace("_", "")
    if imaginary:
        return j, complex(0.0, float(clean)), None
    if is_float:
        return j, float(clean), None
    return j, int(clean), None



def _decode_escapes(body, is_bytes):
    # The value of a non-raw literal's body, or raises ValueError with the
    # unicodeescape codec's reason. Stretches between backslashes are
    # copied whole.
    if "\\" not in body:
        return body
    out = []
    i = 0
    n = len(body)
    while True:
        slash = body.find("\\", i)
        if slash < 0:
            out.append(body[i:])
            break
        if slash > i:
            out.append(body[i:slash])
        i = slash
        if i + 1 >= n:
            raise ValueError((i, i + 1, "\\ at end of string"))
        c = body[i + 1]
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
            i += 2
        elif c in "01234567":
            j = i + 1
            while j < n and j < i + 4 and body[j] in "01234567":
                j += 1
            code = int(body[i + 1:j], 8)
            out.append(chr(code) if not is_bytes else chr(code & 0xFF))
            i = j
        elif c == "x" or (not is_bytes and c in "uU"):
            width = {"x": 2, "u": 4, "U": 8}[c]
            digits = body[i + 2:i + 2 + width]
            if len(digits) < width or not all(
                    d in "0123456789abcdefABCDEF" for d in digits):
                end = i + 2
                while end < n and end < i + 2 + width and \
                        body[end] in "0123456789abcdefABCDEF":
                    end += 1
                raise ValueError((i, end, "truncated \\%s%s escape" % (
                    c, "X" * width)))
            code = int(digits, 16)
            if code > 0x10FFFF:
                raise ValueError((i, i + 2 + width, "illegal Unicode character"))
            out.append(chr(code))
            i += 2 + width
        elif c == "N" and not is_bytes:
            if i + 2 < n and body[i + 2] == "{":
                close = body.find("}", i + 3)
                if close > i + 3:
                    from unicodedata import lookup
                    try:
                        out.append(lookup(body[i + 3:close]))
                    except KeyError:
                        raise ValueError((i, close + 1,
                                          "unknown Unicode character name"))
                    i = close + 1
                    continue
            raise ValueError((i, min(n, i + 2), "malformed \\N character escape"))
        else:
            out.append("\\" + c)
            i += 2
    return "".join(out)


def _scan_string(source, i, lines, line, col):
    # (end, prefix, value) of the string literal whose prefix starts at i.
    n = len(source)
    j = i
    while source[j] not in "'\"":
        j += 1
    prefix = source[i:j].lower()
    quote = source[j]
    triple = source.startswith(quote * 3, j)
    delim = quote * 3 if triple else quote
    k = start = j + len(delim)
    # Jump from backslash to backslash; the closing quote is searched for
    # again only when an escape stepped over the one found.
    close = source.find(delim, k)
    while True:
        stop = n if close < 0 else close
        slash = source.find("\\", k, stop)
        if not triple and source.find("\n", k, stop if slash < 0 else slash) >= 0:
            raise _syntax_error(
                "unterminated string literal (detected at line %d)" % line,
                line, col, lines)
        if slash < 0:
            break
        k = slash + 2
        if close >= 0 and k > close:
            close = source.find(delim, k)
    if close < 0:
        if triple:
            raise _syntax_error(
                "unterminated triple-quoted string literal (detected at "
                "line %d)" % len(lines), line, col, lines)
        raise _syntax_error(
            "unterminated string literal (detected at line %d)" % line,
            line, col, lines)
    body = source[start:close]
    end = close + len(delim)
    is_bytes = "b" in prefix
    if is_bytes and not body.isascii():
        raise _syntax_error("bytes can only contain ASCII literal characters",
                            line, col, lines)
    if "f" in prefix:
        return end, prefix, None
    if "r" in prefix:
        value = body
    else:
        try:
            value = _decode_escapes(body, is_bytes)
        except ValueError as e:
            first, last, reason = e.args[0]
            raise _syntax_error(
                "(unicode error) 'unicodeescape' codec can't decode bytes in "
                "position %d-%d: %s" % (first, last - 1, reason)
                if not is_bytes else
                "(value error) invalid \\x escape at position %d" % first,
                line, col, lines)
    if is_bytes:
        value = value.encode("latin-1")
    return end, prefix, value


def _tokenize(source):
    # ((kinds, texts, values, lines, starts, source), source lines). Kinds:
    # "name", "number", "string", "op", "newline", "end"; a string's text is
    # its lowercased prefix, a number's is None.
    lines = source.split("\n")
    kinds = []
    texts = []
    values = []
    numbers = []
    starts = []
    stack = []
    i = 0
    n = len(source)
    line = 1
    line_start = 0
    at_line_start = True
    while i < n:
        c = source[i]
        if at_line_start and not stack:
            # A line's indentation: only blank and comment lines may be
            # indented, there being no block to open.
            j = i
            while j < n and source[j] in " \t\f":
                j += 1
            if j < n and source[j] not in "\n#\\" and j > i:
                raise _syntax_error("unexpected indent", line, j - line_start,
                                    lines, IndentationError)
            at_line_start = False
            i = j
            continue
        if c == " " or c == "\t" or c == "\f":
            i += 1
            continue
        if c in _OPERATORS_BY_CHAR and not (
                c == "." and i + 1 < n and source[i + 1] in _DEC):
            for op in _OPERATORS_BY_CHAR[c]:
                if source.startswith(op, i):
                    break
            else:  # a '!' not in '!='
                raise _syntax_error("invalid syntax", line, i - line_start,
                                    lines)
            if op in _CLOSERS:
                if not stack:
                    raise _syntax_error("unmatched '%s'" % op, line,
                                        i - line_start, lines)
                opener = stack.pop()
                if opener[0] != _CLOSERS[op]:
                    if opener[1] != line:
                        message = ("closing parenthesis '%s' does not match "
                                   "opening parenthesis '%s' on line %d"
                                   % (op, opener[0], opener[1]))
                    else:
                        message = ("closing parenthesis '%s' does not match "
                                   "opening parenthesis '%s'" % (op, opener[0]))
                    raise _syntax_error(message, line, i - line_start, lines)
            elif op in "([{":
                if len(stack) >= _MAX_NESTING:
                    raise _syntax_error("too many nested parentheses", line,
                                        i - line_start, lines)
                stack.append((op, line, i - line_start))
            kinds.append("op")
            texts.append(op)
            values.append(None)
            numbers.append(line)
            starts.append(i)
            i += len(op)
        elif c in _DEC or c == ".":
            match = _DIGITS.match(source, i)
            end = match.end() if match else i
            if (match and (end >= n or not (source[end] in _NUMBER_TAIL
                                            or source[end].isalnum()))
                    and (c != "0" or end == i + 1)):
                value = int(source[i:end])
            else:
                end, value, error = _scan_number(source, i)
                if error:
                    raise _syntax_error(error, line, i - line_start, lines)
            kinds.append("number")
            texts.append(None)
            values.append(value)
            numbers.append(line)
            starts.append(i)
            i = end
        elif c == "'" or c == '"' or c.isidentifier() or ord(c) > 127:
            if c == "'" or c == '"':
                word = ""
                j = i
            else:
                match = _ASCII_NAME.match(source, i)
                j = match.end() if match else i
                if j == i or (j < n and ord(source[j]) > 127):
                    # The longest identifier from i, one character at a
                    # time: a character continues one when it may follow a
                    # letter (testing the growing slice instead would be
                    # quadratic).
                    j = i + 1
                    if c.isidentifier():
                        while j < n and ("a" + source[j]).isidentifier():
                            j += 1
                word = source[i:j]
                if not word.isidentifier():
                    raise _syntax_error("invalid character '%s' (U+%04X)"
                                        % (c, ord(c)), line, i - line_start,
                                        lines)
            if j < n and source[j] in "'\"" and (
                    not word or word.lower() in _STRING_PREFIXES):
                start_line = line
                end, prefix, value = _scan_string(source, i, lines, line,
                                                  i - line_start)
                line += source.count("\n", i, end)
                if line != start_line:
                    line_start = source.rfind("\n", 0, end) + 1
                kinds.append("string")
                texts.append(prefix)
                values.append(value)
                numbers.append(start_line)
                starts.append(i)
                i = end
            else:
                kinds.append("name")
                texts.append(word)
                values.append(None)
                numbers.append(line)
                starts.append(i)
                i = j
        elif c == "\n":
            if not stack and kinds and kinds[-1] != "newline":
                kinds.append("newline")
                texts.append("\n")
                values.append(None)
                numbers.append(line)
                starts.append(i)
            i += 1
            line += 1
            line_start = i
            at_line_start = True
        elif c == "#":
            i = source.find("\n", i)
            if i < 0:
                i = n
        elif c == "\\":
            if i + 1 < n and source[i + 1] == "\n":
                i += 2
                line += 1
                line_start = i
            else:
                raise _syntax_error("unexpected character after line "
                                    "continuation character", line,
                                    i - line_start, lines)
        else:
            raise _syntax_error("invalid character '%s' (U+%04X)"
                                % (c, ord(c)), line, i - line_start, lines)
    if stack:
        opener, open_line, open_col = stack[-1]
        raise _syntax_error("'%s' was never closed" % opener, open_line,
                            open_col, lines)
    kinds.append("end")
    texts.append("")
    values.append(None)
    numbers.append(line)
    starts.append(n)
    return (kinds, texts, values, numbers, starts, source), lines


# ---- the expression grammar -------------------------------------------------
#
# `expression` reads everything from `lambda` and if-else down to `**` in
# one loop, with explicit operator and operand stacks (precedence
# climbing): chains of prefixes, infix operators, lambdas and else-branches
# cost no recursion, and only brackets nest calls (expression -> primary ->
# a display -> expression: three frames a level, within the tokenizer's
# 200). moat has no C stack to run out of, so two counters stand for
# CPython 3.11's own limits on deep text (figures measured against it):
# - `level`, the rules CPython's parser has open at the innermost atom: 25
#   at a top-level atom, one more for each prefix operator, `not` and
#   else-branch, two for each `**` and lambda, 29 for each bracket. Past
#   6000 (MAXSTACK) CPython gives up with a bare MemoryError.
# - a node's `height`. CPython builds its tree after parsing and raises
#   "maximum recursion depth exceeded during ast construction" when the
#   tree's depth, counted from three times the frames on the stack (here
#   the caller's, literal_eval's and parse's), passes three times the
#   recursion limit.

import sys as _sys

_MAXSTACK = 6000
_TOP_LEVEL = 25
_BRACKET_LEVEL = 29
_CALLER_FRAMES = 3

_COMPARISONS = frozenset(("<", ">", "==", ">=", "<=", "!="))
# Binding power of the infix operators. Comparisons, `and` and `or` make
# one node of a whole chain; `**` groups to the right.
_INFIX = {"or": 1, "and": 2, "|": 5, "^": 6, "&": 7, "<<": 8, ">>": 8,
          "+": 9, "-": 9, "*": 10, "/": 10, "//": 10, "%": 10, "@": 10,
          "**": 12}
_NOT = 3
_COMPARE = 4
_BITWISE_OR = 5   # the loosest operator of a starred item or a target
_UNARY = 11
_POWER = 12
_CHAINS = ("or", "and", "compare")


def _height(nodes):
    return 1 + max([node.height for node in nodes], default=0)


class _Parser:
    def __init__(self, tokens, lines):
        (self.kinds, self.texts, self.values, self.numbers, self.starts,
         self.source) = tokens
        self.lines = lines
        self.pos = 0
        self.level = _TOP_LEVEL

    def at(self, text):
        return self.texts[self.pos] == text and self.kinds[self.pos] != "string"

    def take(self, text):
        if self.texts[self.pos] == text and self.kinds[self.pos] != "string":
            self.pos += 1
            return True
        return False

    def fail(self, message="invalid syntax", pos=None):
        if pos is None:
            pos = self.pos
        start = self.starts[pos]
        col = start - (self.source.rfind("\n", 0, start) + 1)
        raise _syntax_error(message, self.numbers[pos], col, self.lines)

    def expect(self, text):
        if not self.take(text):
            self.fail()

    def missing_comma(self):
        # Inside brackets, an expression right after another is CPython's
        # "Perhaps you forgot a comma?".
        if self.starts_expression():
            self.fail("invalid syntax. Perhaps you forgot a comma?")

    def close(self, closer):
        if not self.take(closer):
            self.missing_comma()
            self.fail()

    def top(self):
        # eval mode: expressions NEWLINE* ENDMARKER.
        if self.kinds[self.pos] == "end":
            # Nothing but blanks and comments: CPython reports the last line.
            source = "\n".join(self.lines)
            last = source.count("\n") + (not source.endswith("\n")) if source else 0
            raise _syntax_error("invalid syntax", last, -1, self.lines)
        node = self.expressions()
        while self.kinds[self.pos] == "newline":
            self.pos += 1
        if self.kinds[self.pos] != "end":
            self.fail()
        # The tree's depth with its Expression node, as CPython counts it.
        if 3 * _CALLER_FRAMES + node.height + 1 > 3 * _sys.getrecursionlimit():
            raise RecursionError(
                "maximum recursion depth exceeded during ast construction")
        return node

    def expressions(self):
        first = self.pos
        node = self.expression()
        if not self.at(","):
            return node
        items = [node]
        while self.take(","):
            if self.starts_expression():
                items.append(self.expression())
            else:
                break
        return _Tuple(self.numbers[first], elts=items, height=_height(items))

    def starts_expression(self):
        kind = self.kinds[self.pos]
        text = self.texts[self.pos]
        if kind == "number" or kind == "string":
            return True
        if kind == "name":
            return text not in _KEYWORDS or text in (
                "None", "True", "False", "not", "lambda", "await")
        return kind == "op" and text in ("(", "[", "{", "-", "+", "~", "...")

    def expression(self, loosest=0, named=False):
        # loosest 0: a whole expression; 1: a disjunction (no if-else or
        # lambda); _BITWISE_OR: an or-expression. `named`: a walrus may
        # stand first.
        kinds = self.kinds
        texts = self.texts
        first = self.pos
        # The walrus, lambdas and if-elses around the node, outermost first,
        # with the height of their other children.
        wrappers = []
        if (named and kinds[first] == "name" and texts[first + 1] == ":="
                and texts[first] not in _KEYWORDS):
            self.pos += 2
            wrappers.append((_NamedExpr(self.numbers[first]), 1))
        saved_level = self.level
        while True:
            first = self.pos
            if loosest == 0 and self.at("lambda"):
                self.lambda_parameters()
                wrappers.append((_Lambda(self.numbers[first]), 1))
                self.level += 2
                continue
            ops = []   # [binding power, operator, token position, operands, level cost]
            operands = []
            while True:
                # Prefixes, an operand, then an infix operator or the end.
                while True:
                    kind = kinds[self.pos]
                    text = texts[self.pos]
                    if kind == "op" and (text == "-" or text == "+" or text == "~"):
                        ops.append([_UNARY, text, self.pos, 1, 1])
                    elif (kind == "name" and text == "not" and loosest <= _NOT
                          and (not ops or ops[-1][0] <= _NOT)):
                        ops.append([_NOT, "Not", self.pos, 1, 1])
                    else:
                        break
                    self.level += 1
                    self.pos += 1
                if kind == "name" and text == "await":
                    line = self.numbers[self.pos]
                    self.pos += 1
                    operand = self.primary()
                    operands.append(_Await(line, height=operand.height + 1))
                else:
                    operands.append(self.primary())
                kind = kinds[self.pos]
                op = texts[self.pos]
                width = 1
                if kind == "op" and op in _COMPARISONS:
                    power = _COMPARE
                elif (kind == "op" or kind == "name") and op in _INFIX:
                    power = _INFIX[op]
                elif kind == "name" and (op == "in" or op == "is"):
                    power = _COMPARE
                    if op == "is" and texts[self.pos + 1] == "not":
                        width = 2
                elif kind == "name" and op == "not" and texts[self.pos + 1] == "in":
                    power = _COMPARE
                    width = 2
                else:
                    break
                if power < loosest:
                    break
                if power == _COMPARE:
                    op = "compare"
                while ops and (ops[-1][0] > power or (
                        ops[-1][0] == power and power != _POWER
                        and op not in _CHAINS)):
                    self.reduce(ops, operands)
                if op in _CHAINS and ops and ops[-1][1] == op:
                    ops[-1][3] += 1
                else:
                    cost = 2 if power == _POWER else 0
                    ops.append([power, op, self.pos, 2, cost])
                    self.level += cost
                self.pos += width
            while ops:
                self.reduce(ops, operands)
            node = operands[0]
            if loosest == 0 and self.at("if"):
                self.pos += 1
                test = self.expression(1)
                if not self.take("else"):
                    self.fail("expected 'else' after 'if' expression")
                wrappers.append((_IfExp(self.numbers[first]),
                                 max(node.height, test.height)))
                self.level += 1
                continue
            break
        self.level = saved_level
        height = node.height
        for wrapper, others in reversed(wrappers):
            height = 1 + max(height, others)
            wrapper.height = height
        return wrappers[0][0] if wrappers else node

    def reduce(self, ops, operands):
        # Replaces the top operator and its operands by its node.
        power, op, pos, count, cost = ops.pop()
        self.level -= cost
        if power == _UNARY or power == _NOT:
            operand = operands.pop()
            operands.append(_UnaryOp(self.numbers[pos], op=op, operand=operand,
                                     height=operand.height + 1))
            return
        items = operands[-count:]
        del operands[-count:]
        if op in _CHAINS:
            cls = _Compare if op == "compare" else _BoolOp
            operands.append(cls(items[0].lineno, height=_height(items)))
        else:
            operands.append(_BinOp(items[0].lineno, left=items[0], op=op,
                                   right=items[1], height=_height(items)))

    def lambda_parameters(self):
        # Parameters: names with defaults, *, **, / separated by commas.
        self.pos += 1
        while not self.at(":"):
            if self.take("*") or self.take("**") or self.take("/"):
                pass
            if self.kinds[self.pos] == "name" and self.texts[self.pos] not in _KEYWORDS:
                self.pos += 1
                if self.take("="):
                    self.expression()
            elif not self.at(":"):
                self.fail()
            if not self.take(","):
                break
        self.expect(":")

    def starred(self):
        first = self.pos
        self.pos += 1
        value = self.expression(_BITWISE_OR)
        return _Starred(self.numbers[first], height=value.height + 1)

    def primary(self):
        # An atom and its trailers (.name, (arguments), [slices]).
        if self.level > _MAXSTACK:
            raise MemoryError()
        first = self.pos
        line = self.numbers[first]
        kind = self.kinds[first]
        text = self.texts[first]
        if kind == "number":
            self.pos += 1
            node = _Constant(line, value=self.values[first])
        elif kind == "string":
            node = self.strings()
        elif kind == "name":
            if text in ("None", "True", "False"):
                node = _Constant(line, value={"None": None, "True": True,
                                              "False": False}[text])
            elif text in _KEYWORDS:
                self.fail()
            else:
                node = _Name(line, id=text)
            self.pos += 1
        elif kind == "op" and text == "...":
            self.pos += 1
            node = _Constant(line, value=...)
        elif kind == "op" and text in "([{":
            self.level += _BRACKET_LEVEL
            if text == "(":
                node = self.group()
            elif text == "[":
                node = self.list_display()
            else:
                node = self.brace_display()
            self.level -= _BRACKET_LEVEL
        else:
            self.fail()
        while self.kinds[self.pos] == "op":
            text = self.texts[self.pos]
            if text == ".":
                self.pos += 1
                if self.kinds[self.pos] != "name" or self.texts[self.pos] in _KEYWORDS:
                    self.fail()
                self.pos += 1
                node = _Attribute(line, height=node.height + 1)
            elif text == "(":
                self.pos += 1
                self.level += _BRACKET_LEVEL
                args, keywords, height = self.call_arguments()
                self.level -= _BRACKET_LEVEL
                node = _Call(line, func=node, args=args, keywords=keywords,
                             height=1 + max(node.height, height))
            elif text == "[":
                self.pos += 1
                self.level += _BRACKET_LEVEL
                height = self.slices()
                self.level -= _BRACKET_LEVEL
                self.expect("]")
                node = _Subscript(line, height=1 + max(node.height, height))
            else:
                break
        return node

    def call_arguments(self):
        # (positional nodes, keyword names (None for **), tallest argument).
        args = []
        keywords = []
        height = 0
        while not self.take(")"):
            first = self.pos
            if self.at("*"):
                arg = self.starred()
                args.append(arg)
            elif self.take("**"):
                arg = self.expression()
                keywords.append(None)
            elif (self.kinds[first] == "name" and self.texts[first + 1] == "="
                    and self.texts[first] not in _KEYWORDS):
                self.pos += 2
                arg = self.expression()
                keywords.append(self.texts[first])
            else:
                arg = self.expression(0, True)
                if self.at("for") or self.at("async"):
                    self.comprehension_clauses()
                    arg = _GeneratorExp(self.numbers[first], height=arg.height + 1)
                args.append(arg)
            height = max(height, arg.height)
            if not self.take(","):
                self.close(")")
                break
        return args, keywords, height

    def slices(self):
        # The tallest slice item.
        height = 0
        while True:
            height = max(height, self.slice_item())
            if not self.take(",") or self.at("]"):
                return height

    def slice_item(self):
        height = 1
        if not self.at(":"):
            if self.at("*"):
                return self.starred().height
            height = self.expression(0, True).height
            if not self.at(":"):
                return height
        self.expect(":")
        if not (self.at(":") or self.at("]") or self.at(",")):
            height = max(height, self.expression().height)
        if self.take(":"):
            if not (self.at("]") or self.at(",")):
                height = max(height, self.expression().height)
        return height + 1

    def comprehension_clauses(self):
        while self.at("for") or self.at("async"):
            self.take("async")
            self.expect("for")
            self.targets()
            self.expect("in")
            self.expression(1)
            while self.take("if"):
                self.expression(1)

    def targets(self):
        # for-targets: star_targets; parsed as or-expressions, which cover them.
        while True:
            self.take("*")
            self.expression(_BITWISE_OR)
            if not self.take(","):
                return
            if self.at("in"):
                return

    def strings(self):
        first = self.pos
        while self.kinds[self.pos] == "string":
            self.pos += 1
        prefixes = self.texts[first:self.pos]
        is_bytes = {"b" in p for p in prefixes}
        if len(is_bytes) > 1:
            self.fail("cannot mix bytes and nonbytes literals", first)
        if any("f" in p for p in prefixes):
            return _JoinedStr(self.numbers[first])
        value = (b"" if True in is_bytes else "").join(self.values[first:self.pos])
        return _Constant(self.numbers[first], value=value)

    def item(self):
        # A display's item: *or-expression or a (named) expression.
        if self.at("*"):
            return self.starred()
        return self.expression(0, True)

    def group(self):
        first = self.pos
        line = self.numbers[first]
        self.pos += 1
        if self.take(")"):
            return _Tuple(line, elts=[])
        if self.at("yield"):
            self.pos += 1
            if self.take("from"):
                self.expression()
                node = _YieldFrom(line)
            else:
                if self.starts_expression() or self.at("*"):
                    while True:
                        self.item()
                        if not self.take(","):
                            break
                        if not (self.starts_expression() or self.at("*")):
                            break
                node = _Yield(line)
            self.expect(")")
            return node
        item = self.item()
        if self.at("for") or self.at("async"):
            self.comprehension_clauses()
            self.expect(")")
            return _GeneratorExp(line, height=item.height + 1)
        if self.take(")"):
            if isinstance(item, _Starred):
                self.fail("cannot use starred expression here", first)
            return item
        items = [item]
        while self.take(","):
            if self.at(")"):
                break
            items.append(self.item())
        self.close(")")
        return _Tuple(line, elts=items, height=_height(items))

    def list_display(self):
        line = self.numbers[self.pos]
        self.pos += 1
        if self.take("]"):
            return _List(line, elts=[])
        item = self.item()
        if self.at("for") or self.at("async"):
            self.comprehension_clauses()
            self.expect("]")
            return _ListComp(line, height=item.height + 1)
        items = [item]
        while self.take(","):
            if self.at("]"):
                break
            items.append(self.item())
        self.close("]")
        return _List(line, elts=items, height=_height(items))

    def brace_display(self):
        line = self.numbers[self.pos]
        self.pos += 1
        if self.take("}"):
            return _Dict(line, keys=[], values=[])
        keys = values = None
        if self.take("**"):
            keys, values = [None], [self.expression(_BITWISE_OR)]
        else:
            item = self.item()
            if not self.take(":"):
                if self.at("for") or self.at("async"):
                    self.comprehension_clauses()
                    self.expect("}")
                    return _SetComp(line, height=item.height + 1)
                items = [item]
                while self.take(","):
                    if self.at("}"):
                        break
                    items.append(self.item())
                self.close("}")
                return _Set(line, elts=items, height=_height(items))
            value = self.expression()
            if self.at("for") or self.at("async"):
                self.comprehension_clauses()
                self.expect("}")
                return _DictComp(line, height=_height((item, value)))
            keys, values = [item], [value]
        while self.take(","):
            if self.at("}"):
                break
            if self.take("**"):
                keys.append(None)
                values.append(self.expression(_BITWISE_OR))
                continue
            keys.append(self.expression())
            if not self.take(":"):
                self.missing_comma()
                self.fail("':' expected after dictionary key")
            values.append(self.expression())
        self.close("}")
        return _Dict(line, keys=keys, values=values,
                     height=_height([k for k in keys if k is not None] + values))


# ---- plain literals, straight to values ----------------------------------------

_OPENERS = {"(": ")", "[": "]", "{": "}"}
_CONSTANT_NAMES = {"None": None, "True": True, "False": False}
_NOT_PLAIN = object()


def _plain_literal(tokens):
    # The value of text that is only literals, displays and set(), built
    # straight from the tokens with an explicit stack: no recursion, no
    # nodes. _NOT_PLAIN for anything else, which the parser then reads and
    # the evaluation reports (a malformed sum such as 1+2 included). The
    # values are made in CPython's order (items left to right, a display
    # once it closes), so a dict or set refusing an unhashable key fails as
    # CPython's evaluation does.
    kinds, texts, values = tokens[0], tokens[1], tokens[2]
    stack = []  # [closer, items, dict keys or None, saw a comma]
    pos = 0
    while True:
        kind = kinds[pos]
        text = texts[pos]
        if kind == "number":
            value = values[pos]
            pos += 1
        elif kind == "op":
            if text in _OPENERS:
                closer = _OPENERS[text]
                if texts[pos + 1] != closer:
                    stack.append([closer, [], None, False])
                    pos += 1
                    continue
                pos += 2
                value = () if text == "(" else [] if text == "[" else {}
            elif (text == "-" or text == "+") and kinds[pos + 1] == "number":
                value = values[pos + 1]
                value = -value if text == "-" else +value
                pos += 2
                kind = "number"
            elif text == "...":
                value = ...
                pos += 1
            else:
                return _NOT_PLAIN
        elif kind == "string":
            start = pos
            while kinds[pos] == "string":
                pos += 1
            if pos == start + 1:
                if "f" in text:
                    return _NOT_PLAIN
                value = values[start]
            else:
                prefixes = texts[start:pos]
                is_bytes = {"b" in p for p in prefixes}
                if len(is_bytes) > 1 or any("f" in p for p in prefixes):
                    return _NOT_PLAIN
                value = (b"" if True in is_bytes else "").join(values[start:pos])
        elif kind == "name":
            if text in _CONSTANT_NAMES:
                value = _CONSTANT_NAMES[text]
                pos += 1
            elif text == "set" and texts[pos + 1] == "(" and texts[pos + 2] == ")":
                value = set()
                pos += 3
            else:
                return _NOT_PLAIN
        else:
            return _NOT_PLAIN
        if kind == "number" and (texts[pos] == "+" or texts[pos] == "-"):
            # A real plus or minus an imaginary number, as CPython's
            # evaluation allows; any other sum is malformed.
            right = values[pos + 1]
            if (kinds[pos + 1] != "number" or type(value) is complex
                    or type(right) is not complex):
                return _NOT_PLAIN
            value = value + right if texts[pos] == "+" else value - right
            pos += 2
        # A value is complete: it ends displays or takes its place in one.
        while True:
            if not stack:
                while kinds[pos] == "newline":
                    pos += 1
                return value if kinds[pos] == "end" else _NOT_PLAIN
            frame = stack[-1]
            closer, items, keys, saw_comma = frame
            if keys is not None and len(keys) == len(items) + 1:
                items.append(value)  # a dict value
            elif closer == "}" and texts[pos] == ":" and (keys is not None or not items):
                if keys is None:
                    frame[2] = keys = []
                keys.append(value)
                pos += 1
                break
            elif keys is not None:
                return _NOT_PLAIN
            else:
                items.append(value)
            if texts[pos] == ",":
                frame[3] = saw_comma = True
                pos += 1
                if texts[pos] != closer:
                    break
            if texts[pos] != closer:
                return _NOT_PLAIN
            pos += 1
            stack.pop()
            if closer == ")":
                value = items[0] if len(items) == 1 and not saw_comma else tuple(items)
            elif closer == "]":
                value = items
            elif keys is not None:
                value = dict(zip(keys, items))
            else:
                value = set(items)


def _check_eval_source(source):
    """Raise SyntaxError if compile(source, ..., 'eval') would (typing's
    ForwardRef checks its text so). Beyond the grammar, the compiler refuses
    `await` anywhere outside an async function and `yield` outside a
    function, and an async comprehension; the keywords stand only in
    those, so a token of one is enough, but for `yield` in a lambda's body,
    which is valid."""
    tokens, lines = _tokenize(source)
    _Parser(tokens, lines).top()
    kinds, texts = tokens[0], tokens[1]
    names = {text for kind, text in zip(kinds, texts) if kind == "name"}
    if "await" in names or "async" in names:
        raise SyntaxError("'await' outside function")
    if "yield" in names and "lambda" not in names:
        raise SyntaxError("'yield' outside function")


# ---- evaluation, as CPython's literal_eval ------------------------------------

def _raise_malformed_node(node):
    message = "malformed node or string"
    lineno = getattr(node, "lineno", None)
    if lineno:
        message += " on line %d" % lineno
    raise ValueError(message + ": %r" % (node,))


def _convert_num(node):
    if not isinstance(node, _Constant) or type(node.value) not in (int, float, complex):
        _raise_malformed_node(node)
    return node.value


def _convert_signed_num(node):
    if isinstance(node, _UnaryOp) and node.op in ("+", "-"):
        operand = _convert_num(node.operand)
        return +operand if node.op == "+" else -operand
    return _convert_num(node)


def _convert(node):
    if isinstance(node, _Constant):
        return node.value
    if isinstance(node, _Tuple):
        return tuple(map(_convert, node.elts))
    if isinstance(node, _List):
        return list(map(_convert, node.elts))
    if isinstance(node, _Set):
        return set(map(_convert, node.elts))
    if (isinstance(node, _Call) and isinstance(node.func, _Name)
            and node.func.id == "set" and node.args == node.keywords == []):
        return set()
    if isinstance(node, _Dict):
        if len(node.keys) != len(node.values):
            _raise_malformed_node(node)
        return dict(zip(map(_convert, node.keys), map(_convert, node.values)))
    if isinstance(node, _BinOp) and node.op in ("+", "-"):
        left = _convert_signed_num(node.left)
        right = _convert_num(node.right)
        if isinstance(left, (int, float)) and isinstance(right, complex):
            return left + right if node.op == "+" else left - right
    return _convert_signed_num(node)


def literal_eval(node_or_string):
    """
    Evaluate an expression node or a string containing only a Python
    expression.  The string or node provided may only consist of the following
    Python literal structures: strings, bytes, numbers, tuples, lists, dicts,
    sets, booleans, and None.

    Caution: A complex expression can overflow the C stack and cause a crash.
    """
    if isinstance(node_or_string, str):
        tokens, lines = _tokenize(node_or_string.lstrip(" \t"))
        value = _plain_literal(tokens)
        if value is not _NOT_PLAIN:
            return value
        node_or_string = _Parser(tokens, lines).top()
    return _convert(node_or_string)
