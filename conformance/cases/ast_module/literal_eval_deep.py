# ast.literal_eval on deeply nested text: each construct gives CPython's
# malformed-node ValueError, or past CPython's own limits its MemoryError
# (parser stack), RecursionError (tree construction) or "too many nested
# parentheses"; long literals evaluate whole.
import ast
import re

builders = {
    "unary": lambda d: "-" * d + "1",
    "invert": lambda d: "~" * d + "x",
    "not": lambda d: "not " * d + "1",
    "pow": lambda d: "2" + "**2" * d,
    "pow_neg": lambda d: "2**-" * d + "2",
    "lambda": lambda d: "lambda: " * d + "1",
    "ifexp": lambda d: "1 if 1 else " * d + "1",
    "binop": lambda d: "1" + "+1" * d,
    "compare": lambda d: "1" + "<1" * d,
    "or": lambda d: "1" + " or 1" * d,
    "subscript": lambda d: "a" + "[0]" * d,
    "call": lambda d: "f" + "()" * d,
    "attr": lambda d: "a" + ".b" * d,
    "paren": lambda d: "(" * d + "x" + ")" * d,
    "list": lambda d: "[" * d + "1" + "]" * d,
    "walrus": lambda d: "(a := " * d + "1" + ")" * d,
    "call_nest": lambda d: "f(" * d + "0" + ")" * d,
    "dict": lambda d: "{1: " * d + "x" + "}" * d,
}


def outcome(source):
    try:
        value = ast.literal_eval(source)
        return "ok " + repr(value)[:20]
    except Exception as e:
        return "%s: %s" % (type(e).__name__, re.sub(r" at 0x[0-9a-f]+>", ">", str(e)))


for name, build in builders.items():
    for depth in [50, 100, 200, 1000, 10000]:
        print(name, depth, outcome(build(depth)))
for depth in [100, 101, 199]:
    print("mixed", depth, outcome("(-[" * depth + "x" + "])" * depth))
print("neglist", 199, outcome("-[" * 199 + "1" + "]" * 199))
print("neglist", 200, outcome("-[" * 200 + "1" + "]" * 200))
print("unary", 5980, outcome("-" * 5980 + "1"))

text = "".join(chr(32 + i % 90) for i in range(100000)).replace("\\", "/").replace("'", '"')
print(ast.literal_eval("'" + text + "'") == text)
escaped = "'" + "ab\\n\\x41\\u00e9\\\\cd" * 5000 + "'"
print(ast.literal_eval(escaped) == "ab\nA\u00e9\\cd" * 5000)
numbers = ast.literal_eval("[" + ", ".join(str(i - 50000) for i in range(100000)) + "]")
print(len(numbers), sum(numbers), numbers[:3])
nested = ast.literal_eval("{'k': " * 199 + "[1, 2.5, -3j, 'x', b'y', None]" + "}" * 199)
depth = 0
while isinstance(nested, dict):
    nested = nested["k"]
    depth += 1
print(depth, nested)
