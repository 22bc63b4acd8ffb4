"""ast.literal_eval without the compiler, as CPython 3.11's.

Written for moat from the documented semantics of CPython 3.11's
Lib/ast.py and its expression grammar. moat has no parser at run time and
hands out no syntax trees (docs/SECURITY.md), so this module is only
literal_eval: a tokenizer and a recursive-descent parser of Python's
expression grammar build the few nodes the evaluation needs, then the
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

_CLOSERS = {")": "(", "]": "[", "}": "{"}
# CPython's tokenizer refuses deeper bracket nesting (MAXLEVEL).
_MAX_NESTING = 200

_SIMPLE_ESCAPES = {"\n": "", "\\": "\\", "'": "'", '"': '"', "a": "\a",
                   "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                   "v": "\v"}


class _Token:
    __slots__ = ("kind", "text", "value", "line", "col")

    def __init__(self, kind, text, value, line, col):
        self.kind = kind    # "name", "number", "string", "op", "newline", "end"
        self.text = text
        self.value = value
        self.line = line
        self.col = col


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
    # unicodeescape codec's reason.
    out = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
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
                    c, "X" * width if c == "x" else "X" * width)))
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
    k = j + len(delim)
    start = k
    while True:
        if k >= n:
            if triple:
                raise _syntax_error(
                    "unterminated triple-quoted string literal (detected at "
                    "line %d)" % len(lines), line, col, lines)
            raise _syntax_error(
                "unterminated string literal (detected at line %d)" % line,
                line, col, lines)
        c = source[k]
        if c == "\\":
            k += 2
            continue
        if c == "\n" and not triple:
            raise _syntax_error(
                "unterminated string literal (detected at line %d)" % line,
                line, col, lines)
        if source.startswith(delim, k):
            break
        k += 1
    body = source[start:k]
    end = k + len(delim)
    is_bytes = "b" in prefix
    if is_bytes and any(ord(ch) > 127 for ch in body):
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
            codec = "bytes" if is_bytes else "unicode"
            raise _syntax_error(
                "(%s error) '%sescape' codec can't decode bytes in position "
                "%d-%d: %s" % (codec, "unicode" if not is_bytes else "",
                               first, last - 1, reason)
                if not is_bytes else
                "(value error) invalid \\x escape at position %d" % first,
                line, col, lines)
    if is_bytes:
        value = value.encode("latin-1")
    return end, prefix, value


def _tokenize(source):
    lines = source.split("\n")
    tokens = []
    stack = []
    i = 0
    n = len(source)
    line = 1
    line_start = 0
    at_line_start = True
    while True:
        if i >= n:
            break
        c = source[i]
        col = i - line_start
        if at_line_start and not stack:
            # A line's indentation: only blank and comment lines may be
            # indented, there being no block to open.
            j = i
            while j < n and source[j] in " \t\f":
                j += 1
            if j < n and source[j] not in "\n#\\" and j > i and tokens:
                raise _syntax_error("unexpected indent", line, j - line_start,
                                    lines, IndentationError)
            if j < n and source[j] not in "\n#\\" and j > i:
                raise _syntax_error("unexpected indent", line, j - line_start,
                                    lines, IndentationError)
            at_line_start = False
            i = j
            continue
        if c in " \t\f":
            i += 1
        elif c == "#":
            while i < n and source[i] != "\n":
                i += 1
        elif c == "\\":
            if i + 1 < n and source[i + 1] == "\n":
                i += 2
                line += 1
                line_start = i
            else:
                raise _syntax_error("unexpected character after line "
                                    "continuation character", line, col, lines)
        elif c == "\n":
            if not stack and tokens and tokens[-1].kind != "newline":
                tokens.append(_Token("newline", "\n", None, line, col))
            i += 1
            line += 1
            line_start = i
            at_line_start = True
        elif c in _DEC or (c == "." and i + 1 < n and source[i + 1] in _DEC):
            end, value, error = _scan_number(source, i)
            if error:
                raise _syntax_error(error, line, col, lines)
            tokens.append(_Token("number", source[i:end], value, line, col))
            i = end
        elif c.isidentifier() or c == "_" or ord(c) > 127:
            # The longest identifier from i, one character at a time: a
            # character continues one when it may follow a letter (testing
            # the growing slice instead would be quadratic).
            j = i + 1
            if c.isidentifier():
                while j < n and ("a" + source[j]).isidentifier():
                    j += 1
            word = source[i:j]
            if not word.isidentifier():
                raise _syntax_error("invalid character '%s' (U+%04X)"
                                    % (c, ord(c)), line, col, lines)
            if j < n and source[j] in "'\"" and word.lower() in (
                    "r", "u", "b", "br", "rb", "f", "fr", "rf"):
                start_line = line
                end, prefix, value = _scan_string(source, i, lines, line, col)
                line += source.count("\n", i, end)
                if line != start_line:
                    line_start = source.rfind("\n", 0, end) + 1
                tokens.append(_Token("string", prefix, value, start_line, col))
                i = end
            else:
                tokens.append(_Token("name", word, None, line, col))
                i = j
        elif c in "'\"":
            start_line = line
            end, prefix, value = _scan_string(source, i, lines, line, col)
            line += source.count("\n", i, end)
            if line != start_line:
                line_start = source.rfind("\n", 0, end) + 1
            tokens.append(_Token("string", prefix, value, start_line, col))
            i = end
        else:
            for op in _OPERATORS:
                if source.startswith(op, i):
                    break
            else:
                if c == "!":
                    raise _syntax_error("invalid syntax", line, col, lines)
                raise _syntax_error("invalid character '%s' (U+%04X)"
                                    % (c, ord(c)), line, col, lines)
            if op in "([{":
                if len(stack) >= _MAX_NESTING:
                    raise _syntax_error("too many nested parentheses", line,
                                        col, lines)
                stack.append((op, line, col))
            elif op in ")]}":
                if not stack:
                    raise _syntax_error("unmatched '%s'" % op, line, col, lines)
                opener = stack.pop()
                if opener[0] != _CLOSERS[op]:
                    if opener[1] != line:
                        message = ("closing parenthesis '%s' does not match "
                                   "opening parenthesis '%s' on line %d"
                                   % (op, opener[0], opener[1]))
                    else:
                        message = ("closing parenthesis '%s' does not match "
                                   "opening parenthesis '%s'" % (op, opener[0]))
                    raise _syntax_error(message, line, col, lines)
            tokens.append(_Token("op", op, None, line, col))
            i += len(op)
    if stack:
        opener, open_line, open_col = stack[-1]
        raise _syntax_error("'%s' was never closed" % opener, open_line,
                            open_col, lines)
    tokens.append(_Token("end", "", None, line, i - line_start))
    return tokens, lines


# ---- the expression grammar -------------------------------------------------

_COMPARISONS = ("<", ">", "==", ">=", "<=", "!=")


class _Parser:
    def __init__(self, tokens, lines):
        self.tokens = tokens
        self.lines = lines
        self.pos = 0

    @property
    def tok(self):
        return self.tokens[self.pos]

    def at(self, text, kind=None):
        t = self.tokens[self.pos]
        if kind is not None and t.kind != kind:
            return False
        return t.text == text and t.kind in ("op", "name")

    def take(self, text):
        if self.at(text):
            self.pos += 1
            return True
        return False

    def fail(self, message="invalid syntax", token=None):
        t = token or self.tok
        raise _syntax_error(message, t.line, t.col, self.lines)

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
        if self.tok.kind == "end":
            # Nothing but blanks and comments: CPython reports the last line.
            source = "\n".join(self.lines)
            last = source.count("\n") + (not source.endswith("\n")) if source else 0
            raise _syntax_error("invalid syntax", last, -1, self.lines)
        node = self.expressions()
        while self.tok.kind == "newline":
            self.pos += 1
        if self.tok.kind != "end":
            self.fail()
        return node

    def expressions(self):
        first = self.tok
        node = self.expression()
        if not self.at(","):
            return node
        items = [node]
        while self.take(","):
            if self.starts_expression():
                items.append(self.expression())
            else:
                break
        return _Tuple(first.line, elts=items)

    def starts_expression(self):
        t = self.tok
        if t.kind in ("number", "string"):
            return True
        if t.kind == "name":
            return t.text not in _KEYWORDS or t.text in (
                "None", "True", "False", "not", "lambda", "await")
        return t.kind == "op" and t.text in ("(", "[", "{", "-", "+", "~",
                                             "...")

    def expression(self):
        first = self.tok
        if self.at("lambda"):
            return self.lambdef()
        node = self.disjunction()
        if self.at("if"):
            self.pos += 1
            self.disjunction()
            if not self.take("else"):
                self.fail("expected 'else' after 'if' expression")
            self.expression()
            return _IfExp(first.line)
        return node

    def lambdef(self):
        first = self.tok
        self.pos += 1
        # Parameters: names with defaults, *, **, / separated by commas.
        while not self.at(":"):
            if self.take("*") or self.take("**") or self.take("/"):
                pass
            if self.tok.kind == "name" and self.tok.text not in _KEYWORDS:
                self.pos += 1
                if self.take("="):
                    self.expression()
            elif not self.at(":"):
                self.fail()
            if not self.take(","):
                break
        self.expect(":")
        self.expression()
        return _Lambda(first.line)

    def named_or_expression(self):
        first = self.tok
        if first.kind == "name" and self.tokens[self.pos + 1].text == ":=" \
                and first.text not in _KEYWORDS:
            self.pos += 2
            self.expression()
            return _NamedExpr(first.line)
        return self.expression()

    def disjunction(self):
        first = self.tok
        node = self.conjunction()
        if self.at("or"):
            while self.take("or"):
                self.conjunction()
            return _BoolOp(first.line)
        return node

    def conjunction(self):
        first = self.tok
        node = self.inversion()
        if self.at("and"):
            while self.take("and"):
                self.inversion()
            return _BoolOp(first.line)
        return node

    def inversion(self):
        first = self.tok
        if self.take("not"):
            operand = self.inversion()
            return _UnaryOp(first.line, op="Not", operand=operand)
        return self.comparison()

    def comparison(self):
        first = self.tok
        node = self.bitwise_or()
        compared = False
        while True:
            if self.tok.kind == "op" and self.tok.text in _COMPARISONS:
                self.pos += 1
            elif self.at("in"):
                self.pos += 1
            elif self.at("not") and self.tokens[self.pos + 1].text == "in":
                self.pos += 2
            elif self.at("is"):
                self.pos += 1
                self.take("not")
            else:
                break
            self.bitwise_or()
            compared = True
        return _Compare(first.line) if compared else node

    def _binary(self, operators, operand):
        first = self.tok
        node = operand()
        while self.tok.kind == "op" and self.tok.text in operators:
            op = self.tok.text
            self.pos += 1
            right = operand()
            node = _BinOp(first.line, left=node, op=op, right=right)
        return node

    def bitwise_or(self):
        return self._binary(("|",), self.bitwise_xor)

    def bitwise_xor(self):
        return self._binary(("^",), self.bitwise_and)

    def bitwise_and(self):
        return self._binary(("&",), self.shift)

    def shift(self):
        return self._binary(("<<", ">>"), self.sum)

    def sum(self):
        return self._binary(("+", "-"), self.term)

    def term(self):
        return self._binary(("*", "/", "//", "%", "@"), self.factor)

    def factor(self):
        first = self.tok
        if first.kind == "op" and first.text in ("+", "-", "~"):
            self.pos += 1
            operand = self.factor()
            return _UnaryOp(first.line, op=first.text, operand=operand)
        return self.power()

    def power(self):
        first = self.tok
        if self.at("await"):
            self.pos += 1
            self.primary()
            node = _Await(first.line)
        else:
            node = self.primary()
        if self.take("**"):
            right = self.factor()
            return _BinOp(first.line, left=node, op="**", right=right)
        return node

    def primary(self):
        first = self.tok
        node = self.atom()
        while True:
            if self.take("."):
                if self.tok.kind != "name" or self.tok.text in _KEYWORDS:
                    self.fail()
                self.pos += 1
                node = _Attribute(first.line)
            elif self.take("("):
                args, keywords = self.call_arguments()
                node = _Call(first.line, func=node, args=args, keywords=keywords)
            elif self.take("["):
                self.slices()
                self.expect("]")
                node = _Subscript(first.line)
            else:
                return node

    def call_arguments(self):
        args = []
        keywords = []
        while not self.take(")"):
            t = self.tok
            if self.take("*"):
                self.expression()
                args.append(_Starred(t.line))
            elif self.take("**"):
                self.expression()
                keywords.append(None)
            elif t.kind == "name" and self.tokens[self.pos + 1].text == "=" \
                    and t.text not in _KEYWORDS:
                self.pos += 2
                self.expression()
                keywords.append(t.text)
            else:
                arg = self.named_or_expression()
                if self.at("for") or self.at("async"):
                    self.comprehension_clauses()
                    arg = _GeneratorExp(t.line)
                args.append(arg)
            if not self.take(","):
                self.close(")")
                break
        return args, keywords

    def slices(self):
        while True:
            self.slice_item()
            if not self.take(",") or self.at("]"):
                return

    def slice_item(self):
        if not self.at(":"):
            if self.take("*"):
                self.bitwise_or()
                return
            self.named_or_expression()
            if not self.at(":"):
                return
        self.expect(":")
        if not (self.at(":") or self.at("]") or self.at(",")):
            self.expression()
        if self.take(":"):
            if not (self.at("]") or self.at(",")):
                self.expression()

    def comprehension_clauses(self):
        while self.at("for") or self.at("async"):
            self.take("async")
            self.expect("for")
            self.targets()
            self.expect("in")
            self.disjunction()
            while self.take("if"):
                self.disjunction()

    def targets(self):
        # for-targets: star_targets; parsed as or-expressions, which cover them.
        while True:
            self.take("*")
            self.bitwise_or()
            if not self.take(","):
                return
            if self.at("in"):
                return

    def atom(self):
        t = self.tok
        if t.kind == "number":
            self.pos += 1
            return _Constant(t.line, value=t.value)
        if t.kind == "string":
            return self.strings()
        if t.kind == "name":
            if t.text in ("None", "True", "False"):
                self.pos += 1
                return _Constant(t.line, value={"None": None, "True": True,
                                               "False": False}[t.text])
            if t.text in _KEYWORDS:
                self.fail()
            self.pos += 1
            return _Name(t.line, id=t.text)
        if t.kind == "op":
            if t.text == "...":
                self.pos += 1
                return _Constant(t.line, value=...)
            if t.text == "(":
                return self.group()
            if t.text == "[":
                return self.list_display()
            if t.text == "{":
                return self.brace_display()
        self.fail()

    def strings(self):
        first = self.tok
        parts = []
        while self.tok.kind == "string":
            parts.append(self.tok)
            self.pos += 1
        kinds = {"b" in p.text for p in parts}
        if len(kinds) > 1:
            self.fail("cannot mix bytes and nonbytes literals", first)
        if any("f" in p.text for p in parts):
            return _JoinedStr(first.line)
        value = (b"" if kinds == {True} else "").join(p.value for p in parts)
        return _Constant(first.line, value=value)

    def star_item(self):
        t = self.tok
        if self.take("*"):
            self.bitwise_or()
            return _Starred(t.line)
        return self.named_or_expression()

    def group(self):
        first = self.tok
        self.pos += 1
        if self.take(")"):
            return _Tuple(first.line, elts=[])
        if self.at("yield"):
            self.pos += 1
            if self.take("from"):
                self.expression()
                node = _YieldFrom(first.line)
            else:
                if self.starts_expression() or self.at("*"):
                    self.star_items()
                node = _Yield(first.line)
            self.expect(")")
            return node
        item = self.star_item()
        if self.at("for") or self.at("async"):
            self.comprehension_clauses()
            self.expect(")")
            return _GeneratorExp(first.line)
        if self.take(")"):
            if isinstance(item, _Starred):
                self.fail("cannot use starred expression here", first)
            return item
        items = [item]
        while self.take(","):
            if self.at(")"):
                break
            items.append(self.star_item())
        self.close(")")
        return _Tuple(first.line, elts=items)

    def star_items(self):
        items = [self.star_item()]
        while self.take(","):
            if not (self.starts_expression() or self.at("*")):
                break
            items.append(self.star_item())
        return items

    def list_display(self):
        first = self.tok
        self.pos += 1
        if self.take("]"):
            return _List(first.line, elts=[])
        item = self.star_item()
        if self.at("for") or self.at("async"):
            self.comprehension_clauses()
            self.expect("]")
            return _ListComp(first.line)
        items = [item]
        while self.take(","):
            if self.at("]"):
                break
            items.append(self.star_item())
        self.close("]")
        return _List(first.line, elts=items)

    def brace_display(self):
        first = self.tok
        self.pos += 1
        if self.take("}"):
            return _Dict(first.line, keys=[], values=[])
        if self.take("**"):
            keys, values = [None], [self.bitwise_or()]
            return self.dict_rest(first, keys, values)
        item = self.star_item()
        if self.take(":"):
            value = self.expression()
            if self.at("for") or self.at("async"):
                self.comprehension_clauses()
                self.expect("}")
                return _DictComp(first.line)
            return self.dict_rest(first, [item], [value])
        if self.at("for") or self.at("async"):
            self.comprehension_clauses()
            self.expect("}")
            return _SetComp(first.line)
        items = [item]
        while self.take(","):
            if self.at("}"):
                break
            items.append(self.star_item())
        self.close("}")
        return _Set(first.line, elts=items)

    def dict_rest(self, first, keys, values):
        while self.take(","):
            if self.at("}"):
                break
            if self.take("**"):
                keys.append(None)
                values.append(self.bitwise_or())
                continue
            keys.append(self.expression())
            if not self.take(":"):
                self.missing_comma()
                self.fail("':' expected after dictionary key")
            values.append(self.expression())
        self.close("}")
        return _Dict(first.line, keys=keys, values=values)


# ---- nested literals without recursion ---------------------------------------

_OPENERS = {"(": ")", "[": "]", "{": "}"}


def _is_op(token, text):
    return token.kind == "op" and token.text == text


def _plain_scalar(tokens, pos):
    # (node, next position) of a constant, a signed number, or a real plus
    # or minus a number; (None, pos) for anything else.
    t = tokens[pos]
    if t.kind == "number":
        node = _Constant(t.line, value=t.value)
        pos += 1
    elif t.kind == "string":
        parts = []
        while tokens[pos].kind == "string":
            parts.append(tokens[pos])
            pos += 1
        kinds = {"b" in p.text for p in parts}
        if len(kinds) > 1 or any("f" in p.text for p in parts):
            return None, pos
        value = (b"" if kinds == {True} else "").join(p.value for p in parts)
        return _Constant(t.line, value=value), pos
    elif t.kind == "name" and t.text in ("None", "True", "False"):
        return _Constant(t.line, value={"None": None, "True": True,
                                        "False": False}[t.text]), pos + 1
    elif _is_op(t, "..."):
        return _Constant(t.line, value=...), pos + 1
    elif t.kind == "op" and t.text in ("+", "-") and tokens[pos + 1].kind == "number":
        node = _UnaryOp(t.line, op=t.text,
                        operand=_Constant(t.line, value=tokens[pos + 1].value))
        pos += 2
    else:
        return None, pos
    after = tokens[pos]
    if after.kind == "op" and after.text in ("+", "-") and tokens[pos + 1].kind == "number":
        right = tokens[pos + 1]
        node = _BinOp(t.line, left=node, op=after.text,
                      right=_Constant(right.line, value=right.value))
        pos += 2
    return node, pos


def _plain_literal(tokens):
    # The node of text that is only literals, displays and set(), built with
    # an explicit stack so that nesting as deep as the tokenizer allows
    # costs no recursion; None for anything else, which the full parser
    # then reads (and reports, if it is not an expression).
    stack = []  # [opener token, items, dict keys or None, saw a comma]
    pos = 0
    while True:
        t = tokens[pos]
        if t.kind == "op" and t.text in _OPENERS:
            if _is_op(tokens[pos + 1], _OPENERS[t.text]):
                pos += 2
                if t.text == "(":
                    node = _Tuple(t.line, elts=[])
                elif t.text == "[":
                    node = _List(t.line, elts=[])
                else:
                    node = _Dict(t.line, keys=[], values=[])
            else:
                stack.append([t, [], None, False])
                pos += 1
                continue
        elif (t.kind == "name" and t.text == "set" and _is_op(tokens[pos + 1], "(")
              and _is_op(tokens[pos + 2], ")")):
            node = _Call(t.line, func=_Name(t.line, id="set"), args=[], keywords=[])
            pos += 3
        else:
            node, pos = _plain_scalar(tokens, pos)
            if node is None:
                return None
        # A value is complete: it ends displays or takes its place in one.
        while True:
            if not stack:
                while tokens[pos].kind == "newline":
                    pos += 1
                return node if tokens[pos].kind == "end" else None
            frame = stack[-1]
            opener, items, keys, saw_comma = frame
            t = tokens[pos]
            if opener.text == "{" and keys is not None and len(keys) == len(items) + 1:
                items.append(node)  # a dict value
            elif opener.text == "{" and _is_op(t, ":") and (keys is not None or not items):
                if keys is None:
                    frame[2] = keys = []
                keys.append(node)
                pos += 1
                break
            else:
                if opener.text == "{" and keys is not None:
                    return None
                items.append(node)
            t = tokens[pos]
            if _is_op(t, ","):
                frame[3] = True
                pos += 1
                if not _is_op(tokens[pos], _OPENERS[opener.text]):
                    break
                t = tokens[pos]
            if not _is_op(t, _OPENERS[opener.text]):
                return None
            pos += 1
            stack.pop()
            if opener.text == "(":
                node = items[0] if len(items) == 1 and not frame[3] else \
                    _Tuple(opener.line, elts=items)
            elif opener.text == "[":
                node = _List(opener.line, elts=items)
            elif keys is not None:
                node = _Dict(opener.line, keys=keys, values=items)
            else:
                node = _Set(opener.line, elts=items)


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
        node = _plain_literal(tokens)
        node_or_string = node if node is not None else _Parser(tokens, lines).top()
    return _convert(node_or_string)
