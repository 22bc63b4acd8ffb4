import json
print(json.dumps({"b": [1, 2.5, None, True], "a": "é"}, sort_keys=True, indent=2, ensure_ascii=False))
print(json.dumps([1, {"x": float("inf")}]), json.dumps("\u2028"), json.dumps((1, 2)), json.dumps({1: 2, None: 3, 1.5: 4, True: 5}))
import json
print(json.dumps({"a": 1}, separators=(",", ":")), json.dumps([1], indent="\t"), json.dumps({"k": [1, [2]]}, indent=0))
import json
print(json.loads('{"a": NaN, "b": -Infinity, "c": 1e400, "d": "\\ud83d\\ude00"}'), json.loads('"x"'), json.loads(' [] '), json.loads(b'{"x": 1}'))
import json
print(json.loads('{"a": 1.10, "b": 2}', parse_float=str, parse_int=float), json.loads('{"a":1,"a":2}'), json.loads('[1]', object_pairs_hook=None))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())), json.loads('{"a":1}', object_pairs_hook=list))
import textwrap
t = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(t, 30, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(t, 40), textwrap.shorten("a b", 1) if False else "", textwrap.wrap("abcdefghijkl", 5), textwrap.wrap("", 5))
print(textwrap.dedent("   a\n     b\n   c"), textwrap.indent("a\n\nb", "+ "), textwrap.indent("a\nb", "# ", lambda l: "b" in l))
import textwrap
print(textwrap.wrap("word " * 5, width=10, max_lines=2, placeholder="..."), textwrap.fill("a-b-c-d-e-f", 4), textwrap.wrap("x\ty", 8, expand_tabs=False))
