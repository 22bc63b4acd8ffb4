import textwrap

abstract = (
    "Sandboxed interpreters let users paste ordinary programs and expect exactly the "
    "output of the reference implementation, except where the sandbox refuses on purpose. "
    "This report measures how often that expectation holds across several hundred scripts, "
    "and which kinds of divergences remain."
)
print(textwrap.fill(abstract, width=50))
print()
print(textwrap.fill(abstract, width=60, initial_indent="  * ", subsequent_indent="    "))
print()
print(textwrap.shorten(abstract, width=70, placeholder=" [...]"))
for line in textwrap.wrap("a-very-long-hyphenated-identifier and supercalifragilistic words", 12):
    print(repr(line))
code = """
    def f():
        return 1
      # odd comment
"""
print(textwrap.dedent(code))
print(textwrap.indent("one\n\ntwo\nthree", "> ", predicate=lambda l: True))
w = textwrap.TextWrapper(width=30, max_lines=3, placeholder=" ...", break_long_words=False)
print(w.wrap(abstract))
