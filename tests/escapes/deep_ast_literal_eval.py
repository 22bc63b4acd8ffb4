# ast.literal_eval parses hostile text with a Python-level tokenizer and a
# recursive-descent parser. Deep nesting of every construct (unary and
# binary operators, subscripts, calls, attributes, lambdas, conditionals,
# walrus, f-strings, brackets past the tokenizer's 200) must end as a
# catchable error, never a crash of the host; long identifiers, long
# strings, many escapes, many lines and many adjacent strings must cost
# linear work (a 1 MB identifier once took quadratic time to scan).
import ast

deep = {
    "unary": "-" * 5000 + "1",
    "not": "not " * 5000 + "1",
    "binop": "1" + "+1" * 5000,
    "pow": "2" + "**2" * 5000,
    "subscript": "a" + "[0]" * 5000,
    "call": "f" + "()" * 5000,
    "attr": "a" + ".b" * 5000,
    "lambda": "lambda: " * 5000 + "1",
    "ifexp": "1 if 1 else " * 5000 + "1",
    "compare": "1" + "<1" * 5000,
    "walrus": "(a := " * 150 + "1" + ")" * 150,
    "brackets": "[" * 201 + "]" * 201,
    "fstring": "f'{" * 3 + "1" + "}'" * 3,
    "mixed": "(-[" * 60 + "x" + "])" * 60,
}
for name, source in deep.items():
    try:
        ast.literal_eval(source)
        print(name, "evaluated")
    except (ValueError, SyntaxError, RecursionError, MemoryError):
        print(name, "refused")

big = {
    "identifier": "a" * 1_000_000,
    "string": "'" + "x" * 1_000_000 + "'",
    "escapes": "'" + "\\x41" * 100_000 + "'",
    "adjacent": "'a' " * 50_000,
    "lines": "[" + "1,\n" * 50_000 + "]",
    "nested": "[" * 200 + "1" + "]" * 200,
}
for name, source in big.items():
    try:
        value = ast.literal_eval(source)
        print(name, type(value).__name__, len(value) if name != "nested" else "")
    except ValueError as e:
        print(name, str(e)[:40])
# expect-output: unary refused
# expect-output: not refused
# expect-output: binop refused
# expect-output: pow refused
# expect-output: subscript refused
# expect-output: call refused
# expect-output: attr refused
# expect-output: lambda refused
# expect-output: ifexp refused
# expect-output: compare refused
# expect-output: walrus refused
# expect-output: brackets refused
# expect-output: fstring refused
# expect-output: mixed refused
# expect-output: identifier malformed node or string on line 1: <ast
# expect-output: string str 1000000
# expect-output: escapes str 100000
# expect-output: adjacent str 50000
# expect-output: lines list 50000
# expect-output: nested list 
