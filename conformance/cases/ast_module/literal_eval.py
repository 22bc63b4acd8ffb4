# ast.literal_eval: the literals it evaluates, the valid expressions it
# calls malformed (naming the node), and the text that is not an expression.
import ast
import re


def message(e):
    return re.sub(r' at 0x[0-9a-f]+>', '>', str(e))


cases = ['hello world', '1 +', '[1, 2', '{1: 2', 'abc', '', '  [1]', '\t(1,)', '\n1', '1\n', '#c\n1', '1 # c', '(1 +\n 2j)', 'x+1', '-(1)', '+-1', '--1', '1-2', '1+2j', '2j+1', 'True', 'None', '...', 'b"x" b"y"', '"a" "b"', 'set()', 'set([1])', '{}', '{**a}', '1_000', '0x_1f', 'f"x"', 'u"x"', '(1)', '()', '[,]', '1 if 1 else 2', 'lambda: 1', '"\\N{BULLET}"', 'r"\\n"', '  1', '1;2', 'import os', 'a=1', '"abc',
 '\n  1', '1\n2', '0123', '1__0', '1_', '0x', '09.5', '1e', '"\\q"', 'b"\\u1234"', 'b"é"', '"a" b"b"', '"\\N{nope}"', '"\\x4"', '(', ')', ']', '[1,2,]', '{1,2,}', '{1:2,}', '1,2', '1,', '*a', '[*a]', 'a.b', 'a[1]', 'x:=1', '(x:=1)', 'not 1', '~1', '1 < 2', 'a or b', '1*2', '2**3', '-2**3', '(-1)**2', 'await x', 'yield 1', '"abc"""', "'''a\nb'''", '1 \\\n + 2j', '[1,\n2]', '{"a": [1, (2, 3)], "b": None}', '-0.0', '1e400', '-1e400', '0b101', '0o17', '1_000.5e-3', '.5', '5.', '1J', 'R"\\d"', 'Rb"x"', 'set', 'set(*a)', 'frozenset()', '{1: 2, **a}', '[x for x in y]', 'f(a, *b, c=1, **d)', 'a[1:2, ::3]', '(yield)', 'lambda x, *y, z=1: x', '1 if 2', '"\\\n"', '"\\t"',
 '', '\n', '# c', '  \n\n', '\n\n#x', '{1: [2, {3: (4, 5.5, -6e3, 7j)}], "k": {"n": b"\\x00\\xff"}}', "'\\u00e9\\U0001F600'", '"\\101\\7"', 'b"\\101"', '[1, 2] [0]', '(1, 2)(3)', '1 2', '[1 2]', '-1 + -2j', '1 - 2j', '(1+2j) + 3', '"a" * 2', '0xFF', '0o8', '0b2', '00', '0_0', '1.e5', '1e+5', '1e-5j', 'True + 1j', '{1, 2, 3}', '{(1, 2): [3]}', '[[[]]]', '"""x\ny"""', "b'a' rb'\\d'", 'not', 'None.x', '[x async for x in y]', '{k: v for k, v in x}', '{x for x in y if x}', '(x for x in y)', 'a if b else c if d else e', '1 < 2 < 3', 'a is not b', 'a not in b', 'x[::]', 'x[1:]', '1 )', '(1]', '"\\xZZ"', '[1,\n 2,\n 3', '{"a": 1, "b"}', '{"a"}', 'print("hi")', '__import__("os")', '(1,)*3']
for s in cases:
    try:
        r = ast.literal_eval(s)
        print(repr(s), '->', repr(r))
    except Exception as e:
        print(repr(s), '!', type(e).__name__, message(e), e.args[1][:2] if isinstance(e, SyntaxError) else '')
for v in [5, None, b'[1]', bytearray(b'1'), [1], ast.literal_eval]:
    try:
        print(ast.literal_eval(v))
    except Exception as e:
        print(type(e).__name__, message(e))
print(ast.literal_eval.__doc__)
# Nesting as deep as CPython's tokenizer allows (200 brackets) evaluates.
for depth in [50, 199, 200, 201]:
    for opener, closer in ["[]", "()", "{}"]:
        text = "[" * (depth - 1) + opener + closer + "]" * (depth - 1)
        try:
            result = ast.literal_eval(text)
            print(depth, opener, "ok", repr(result)[-12:])
        except SyntaxError as e:
            print(depth, opener, type(e).__name__, e)
nested_dict = "{'a': " * 150 + "1" + "}" * 150
print(len(repr(ast.literal_eval(nested_dict))))
