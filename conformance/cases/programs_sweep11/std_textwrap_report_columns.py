import textwrap

desc = {
    "alpha": "The first letter of the Greek alphabet, used in finance to describe excess return.",
    "beta": "Measures volatility relative to the market.",
    "gamma": "Rate of change of delta; important for options traders who hedge dynamically throughout the day.",
}
for term, text in desc.items():
    lines = textwrap.wrap(text, width=40)
    print(f"{term:<8}{lines[0]}")
    for l in lines[1:]:
        print(" " * 8 + l)
print(textwrap.shorten("Hello   world, this is a long sentence", 20))
print(textwrap.shorten("short", 20), repr(textwrap.shorten("   ", 10)))
print(textwrap.fill("word " * 10, width=22, initial_indent="- ", subsequent_indent="  "))
doc = """
    Usage:
        tool [options] FILE

    Options:
        -h  help
"""
print(textwrap.dedent(doc).strip())
print(textwrap.indent(textwrap.dedent(doc).strip(), "| ", predicate=lambda l: True))
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError", e)
