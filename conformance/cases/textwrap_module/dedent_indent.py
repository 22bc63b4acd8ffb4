# dedent and indent.
import textwrap

print(repr(textwrap.dedent("""\
    def f():
        return 1

    print(f())
""")))
print(repr(textwrap.dedent("  hello\n\tworld\n")))
print(repr(textwrap.dedent("\thello\n\t  there\n")))
print(repr(textwrap.dedent("  a\n    \n  b\n")))
print(repr(textwrap.dedent("   \n\t\n  x\n    y")))
print(repr(textwrap.dedent("no indent\n  some\n")))
print(repr(textwrap.dedent("  \t a\n  \t b\n  \tc")))
print(repr(textwrap.dedent("  \t a\n   b")))
print(repr(textwrap.dedent("")))
print(repr(textwrap.dedent("    only")))
print(repr(textwrap.dedent("  a\r\n  b\r\n")))
print(repr(textwrap.dedent("  x\n  \r\n  y")))

print(repr(textwrap.indent("one\ntwo\n\nthree\n", "> ")))
print(repr(textwrap.indent("one\n  \ntwo", "+")))
print(repr(textwrap.indent("one\n  \ntwo", "+", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc\n", "#")))
print(repr(textwrap.indent("", "x")))
print(repr(textwrap.indent("keep\nskip\nkeep", "  ", lambda l: l.startswith("keep"))))
