# Everyday uses of ast.literal_eval: parsing configuration and input text
# safely, round-tripping reprs, and telling bad input apart.
import ast
from ast import literal_eval

config_text = """
{
    "name": "demo",      # a comment inside the braces
    "sizes": [1, 2, 3],
    "ratio": 0.25,
    "flags": {"debug": False, "verbose": True},
    "origin": (0, -1),
    "tags": {"a", "b"},
    "blob": b"\\x00\\x01",
    "nothing": None,
}
"""
config = literal_eval(config_text)
for key in sorted(config):
    value = config[key]
    if isinstance(value, set):
        value = sorted(value)
    print(key, type(config[key]).__name__, value)

values = [0, -7, 3.5, -0.0, 1e300, float("inf"), 2 + 3j, -1 - 1j, "text", "quote's",
          'dq"', "tab\tnew\nline", "é ü ☃ 😀", b"bytes\xff", (), (1,), [1, [2, [3]]],
          {"k": (1, 2)}, frozenset(), True, None, ..., 10 ** 30, -(2 ** 70)]
for value in values:
    text = repr(value)
    try:
        back = literal_eval(text)
        print(text, "->", back == value or (back != back and value != value), type(back).__name__)
    except ValueError as e:
        print(text, "!", type(e).__name__, str(e).split(":")[0])

lines = ["[1, 2, 3]", "  (4, 5)", "{'a': 1}", "3.14", "'hi'", "x = 1", "[1, 2", "os.system('ls')",
         "__import__('os')", "1e5", "0x10", "-0b11", "+5", "2 + 3j", "True", "none"]
for line in lines:
    try:
        print(repr(line), "=", repr(literal_eval(line)))
    except (ValueError, SyntaxError) as e:
        print(repr(line), "rejected:", type(e).__name__)

print(ast.literal_eval.__name__, callable(literal_eval))
