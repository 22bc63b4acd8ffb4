"""Writes compile_test_cases.inc: what /usr/bin/python3.11 does with each source.

Run by CMake at build time with MOAT_PYTHON (/usr/bin/python3.11):
    python3.11 gen_compile_expect.py OUTPUT.inc

For every case the .inc holds {name, mode, source, ok, expected}: `ok` is
whether python3.11 compiles the source, `expected` the text python3.11 prints
when it does not: traceback.format_exception_only of compile()'s exception.
Exec-mode sources that fail are also written to x.py and run as
`python3.11 -I x.py`, and what that prints must be the same text (see
C_PRINTER_DIFFERS); a source that is not UTF-8 expects exactly what the
script run prints. Sources that compile are never executed.
"""
import os
import subprocess
import sys
import tempfile
import traceback

# name, mode, source (bytes).
CASES = [
    ('exec_ok', 'exec', b'x = 1\nprint(x)\n'),
    ('exec_def_ok', 'exec', b'def f(a, *b, c=2, **d):\n    return a\n'),
    ('missing_comma', 'exec', b'x = (1,\n  2\n  3)\n'),
    ('error_on_line_3', 'exec', b'a = 1\nb = 2\nc = = 3\n'),
    ('never_closed', 'exec', b'x = [1, 2\n'),
    ('unmatched_close', 'exec', b'x = 1)\n'),
    ('unterminated_string', 'exec', b"s = 'abc\n"),
    ('unterminated_triple', 'exec', b's = """abc\n\n'),
    ('fstring_error', 'exec', b"f'{'\n"),
    ('invalid_character', 'exec', b'x = 1 $ 2\n'),
    ('non_ascii_before_caret', 'exec', 's = "\u00e9\u00e9\u00e9" + (1 2)\n'.encode()),
    ('indented_error_line', 'exec', b'if 1:\n    x = (1 2)\n'),
    ('return_outside_function', 'exec', b'x = 1\nreturn x\n'),
    ('assign_to_literal', 'exec', b'1 = x\n'),
    ('unindent_mismatch', 'exec', b'if 1:\n  x = 1\n y = 2\n'),
    ('expected_indent', 'exec', b'if 1:\nx = 1\n'),
    ('unexpected_indent', 'exec', b'x = 1\n  y = 2\n'),
    ('tab_error', 'exec', b'if 1:\n\tx = 1\n        y = 2\n'),
    ('crlf_ok', 'exec', b'x = 1\r\nif x:\r\n    y = 2\r\n'),
    ('crlf_error', 'exec', b'x = 1\r\ny = = 2\r\n'),
    ('cr_only_ok', 'exec', b'x = 1\ry = 2\r'),
    ('bom_only', 'exec', b'\xef\xbb\xbf'),
    ('bom_then_code', 'exec', b'\xef\xbb\xbfx = 1\n'),
    ('bom_then_error', 'exec', b'\xef\xbb\xbfx = = 1\n'),
    ('empty_exec', 'exec', b''),
    ('invalid_utf8', 'exec', b'x = 1\n\xff\n'),
    ('invalid_utf8_in_string', 'exec', b'x = "a\xc3b"\n'),
    ('truncated_utf8', 'exec', b'x = "\xe2\x82"'),
    ('int_4300_digits_ok', 'exec', b'x = ' + b'9' * 4300 + b'\n'),
    ('int_4301_digits', 'exec', b'x = ' + b'1' * 4301 + b'\n'),
    ('int_5000_digits_later_line', 'exec', b'a = 1\nx = -' + b'7' * 5000 + b'\n'),
    ('hex_int_10000_digits_ok', 'exec', b'x = 0x' + b'f' * 10000 + b'\n'),
    ('string_1mb_ok', 'exec', b"s = '" + b'a' * (1 << 20) + b"'\n"),
    ('parens_100000', 'exec', b'(' * 100000 + b')' * 100000),
    ('open_parens_100000', 'exec', b'(' * 100000),
    ('lists_100000', 'exec', b'[' * 100000 + b']' * 100000),
    ('parens_199_ok', 'exec', b'(' * 199 + b'1' + b')' * 199 + b'\n'),
    ('unary_minus_100000', 'exec', b'-' * 100000 + b'1\n'),
    ('not_100000', 'exec', b'not ' * 100000 + b'1\n'),
    ('lambda_100000', 'exec', b'lambda:' * 100000 + b'1\n'),
    ('sum_100000', 'exec', b'1+' * 100000 + b'1\n'),
    ('attribute_chain_100000', 'exec', b'x' + b'.a' * 100000 + b'\n'),
    ('call_chain_100000', 'exec', b'f' + b'()' * 100000 + b'\n'),
    ('eval_ok', 'eval', b'1 + 2 * x'),
    ('eval_statement', 'eval', b'x = 1'),
    ('eval_incomplete', 'eval', b'1 +'),
    ('eval_empty', 'eval', b''),
    ('eval_two_lines', 'eval', b'1\n2\n'),
    ('single_ok', 'single', b'x = 1\n'),
    ('single_compound_ok', 'single', b'if x:\n    y = 1\n\n'),
    ('single_two_statements', 'single', b'x = 1\ny = 2\n'),
    ('single_error', 'single', b'x = = 1\n'),
]


# Where python3.11's own two printers disagree: `python3.11 x.py` prints a
# SyntaxError with the C code in Python/pythonrun.c (print_error_text), the
# traceback module with TracebackException._format_syntax_error, which moat
# follows. The generator checks that the list is exact (empty today).
C_PRINTER_DIFFERS = set()

# Where moat deliberately prints something else; the test then compares only
# the last line ("Type: message"). python3.11 quotes a first line that starts
# with a BOM with the BOM and puts the caret two columns too far left; moat
# quotes the line without the BOM and points at the offending token. For an
# int literal over the 4300-digit limit python3.11 re-reads the line from the
# file on disk and quotes a fragment of it; moat never reads files and quotes
# the whole line from the source it was given.
MOAT_DIFFERS = {'bom_then_error', 'int_4301_digits', 'int_5000_digits_later_line'}


def run_exec(name, source, scratch):
    """What python3.11 prints for x.py; None when the source compiles."""
    path = os.path.join(scratch, 'x.py')
    with open(path, 'wb') as f:
        f.write(source)
    try:
        # From the scratch directory, so that errors found after parsing
        # quote their line from x.py as they do for a script.
        compile(source, 'x.py', 'exec')
        return None
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        formatted = ''.join(traceback.format_exception_only(type(e), e))
    proc = subprocess.run([sys.executable, '-I', 'x.py'], cwd=scratch, capture_output=True)
    if proc.returncode == 0:
        sys.exit('compile() refused a source that python3.11 x.py runs: ' + name)
    # python3.11 names the script by its absolute path; the test uses "x.py".
    printed = proc.stderr.decode('utf-8', 'surrogateescape').replace(os.path.realpath(path), 'x.py')
    if printed.startswith('SyntaxError: Non-UTF-8 code'):
        return printed  # the file reader's own error; compile() words it differently
    if (printed != formatted) != (name in C_PRINTER_DIFFERS):
        sys.exit('update C_PRINTER_DIFFERS: %s\n%r\n%r' % (name, printed[-300:], formatted[-300:]))
    return formatted


def run_compile(source, mode):
    try:
        compile(source.decode('utf-8'), 'x.py', mode)
        return None
    except (SyntaxError, MemoryError, RecursionError) as e:
        return ''.join(traceback.format_exception_only(type(e), e))


def c_literal(data):
    """A C++ string literal holding exactly `data` (bytes)."""
    out = ['"']
    prev_hex = False
    for b in data:
        c = chr(b)
        if c == '\\':
            piece = '\\\\'
        elif c == '"':
            piece = '\\"'
        elif c == '\n':
            piece = '\\n'
        elif c == '\r':
            piece = '\\r'
        elif c == '\t':
            piece = '\\t'
        elif 32 <= b < 127 and c != '?':
            piece = c
            if prev_hex and c in '0123456789abcdefABCDEF':
                piece = '" "' + c  # end the hex escape
        else:
            out.append('\\x%02x' % b)
            prev_hex = True
            continue
        prev_hex = False
        out.append(piece)
    out.append('"')
    return ''.join(out)


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: gen_compile_expect.py OUTPUT.inc')
    if sys.version_info[:2] != (3, 11):
        sys.exit('run with /usr/bin/python3.11')
    lines = [
        '// Generated by tests/compiler_bridge/gen_compile_expect.py with %s (%s);'
        % (sys.executable, sys.version.split()[0]),
        '// do not edit. {name, mode, source, compiles, what python3.11 prints, exact}.',
    ]
    with tempfile.TemporaryDirectory() as scratch:
        scratch = os.path.realpath(scratch)
        os.chdir(scratch)
        for name, mode, source in CASES:
            if mode == 'exec':
                expected = run_exec(name, source, scratch)
            else:
                expected = run_compile(source, mode)
            ok = expected is None
            lines.append('{%s, Mode::k%s, std::string_view(%s, %d), %s, %s, %s},' % (
                c_literal(name.encode()), mode.capitalize(), c_literal(source), len(source),
                'true' if ok else 'false', c_literal((expected or '').encode()),
                'false' if name in MOAT_DIFFERS else 'true'))
    with open(sys.argv[1], 'w') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
