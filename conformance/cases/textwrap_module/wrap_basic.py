# textwrap.wrap and fill: widths, whitespace runs, newlines and tabs.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with "
        "five dozen liquor jugs. How vexingly quick daft zebras jump!")
for width in (10, 20, 35, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text))
print(textwrap.wrap(""))
print(textwrap.wrap("   "))
print(textwrap.wrap("  leading and trailing   ", 10))
print(textwrap.wrap("a\tb\tc", 6))
print(textwrap.wrap("line one\nline two\r\nline three", 12))
print(textwrap.wrap("one  two   three    four", 9))
print(textwrap.wrap("x" * 25, 10))
print(textwrap.wrap("short " + "y" * 23 + " tail", 10))
print(repr(textwrap.fill("hello", 1)))
print(textwrap.wrap("a b c d e f g", 1))
print(textwrap.wrap("word\x0bvertical\x0cfeed", 8))
print(textwrap.wrap("non\xa0breaking space", 8))
print(textwrap.__all__)
