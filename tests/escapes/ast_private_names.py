# ast's helpers are plain module globals (ast._Parser, ast._tokenize,
# ast._convert, the node classes...), as CPython's own private names are.
# They must give nothing literal_eval does not: no code object, globals or
# subclass walk through them, and replacing one changes only what this
# script then evaluates with its own functions.
import ast

probes = [
    lambda: ast._Parser.__init__.__globals__,
    lambda: ast._tokenize.__code__,
    lambda: ast._convert.__globals__["__builtins__"],
    lambda: ast._Node.__subclasses__(),
    lambda: ast._decode_escapes.__closure__,
    lambda: getattr(ast._Parser.top, "__glo" + "bals__"),
]
for probe in probes:
    try:
        probe()
        print("reached")
    except AttributeError as e:
        print("refused")
tokens, lines = ast._tokenize("[1, (2, 3)]")
print(ast._convert(ast._Parser(tokens, lines).top()))
# A hand-made node evaluates to its own value: nothing more than the script had.
print(ast.literal_eval(ast._Constant(1, value=len)) is len)
# Plain literals skip the tree (ast._plain_literal); a sum takes the parser.
ast._convert = lambda node: "patched"
print(ast.literal_eval("(1) + 2j"))
ast._plain_literal = lambda tokens: "patched too"
print(ast.literal_eval("1"))
# expect-output: refused
# expect-output: refused
# expect-output: refused
# expect-output: refused
# expect-output: refused
# expect-output: refused
# expect-output: [1, (2, 3)]
# expect-output: True
# expect-output: patched
# expect-output: patched too
