# moat policy: ast is literal_eval only. There is no parser at run time and
# no syntax tree to hand out, so CPython's other ast names are withheld and
# say so, through attribute access, getattr and from-import alike.
import ast

for name in ["parse", "dump", "walk", "unparse", "NodeVisitor", "NodeTransformer", "AST",
             "Name", "Constant", "PyCF_ONLY_AST", "sys"]:
    try:
        getattr(ast, name)
    except AttributeError as e:
        print(e)
print(hasattr(ast, "parse"), hasattr(ast, "literal_eval"))
try:
    from ast import parse
except ImportError as e:
    print(e)
print(ast.literal_eval("[1, (2, 3)]"))
