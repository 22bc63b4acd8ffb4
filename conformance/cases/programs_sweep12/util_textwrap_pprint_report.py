import textwrap
import pprint

ABSTRACT = ("Moat runs untrusted Python programs with strict budgets. It compiles source with "
            "CPython's own compiler and executes the bytecode on a small virtual machine that "
            "implements only what it can make safe, refusing everything else with a clear error.")

print(textwrap.fill(ABSTRACT, width=50))
print()
print(textwrap.fill(ABSTRACT, width=60, initial_indent="  * ", subsequent_indent="    "))
print()
print(textwrap.shorten(ABSTRACT, width=70, placeholder=" [...]"))
print(textwrap.wrap("a verylongwordthatcannotbebrokeneasily here", width=10))
print(textwrap.wrap("a verylongwordthatcannotbebrokeneasily here", width=10, break_long_words=False))
code = """
    def f(x):
        return x * 2
"""
print(textwrap.dedent(code).strip())
print(textwrap.indent("line one\n\nline three", "> "))
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda l: True))
data = {"service": "api", "replicas": [{"zone": z, "weight": w, "tags": ["x"] * w}
                                       for z, w in (("us-east", 3), ("eu-west", 1))],
        "limits": {"cpu": 2.5, "memory": "512Mi", "burst": None}, "enabled": True}
pprint.pprint(data, width=60)
pprint.pprint(data, width=100, sort_dicts=False, compact=True)
print(pprint.pformat(list(range(30)), width=40, compact=True))
pprint.pprint(data, depth=2)
print(pprint.pformat({"k": "x" * 30, "t": ("a" * 20, "b" * 20)}, width=30))
