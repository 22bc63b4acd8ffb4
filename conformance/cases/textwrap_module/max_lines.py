# max_lines and placeholder truncation, and shorten.
import textwrap

text = "Hello there, how are you this fine day? I am glad to hear it."
for n in (1, 2, 3, 4, 10):
    print(n, textwrap.wrap(text, 15, max_lines=n))
print(textwrap.wrap(text, 15, max_lines=2, placeholder="..."))
print(textwrap.wrap(text, 15, max_lines=2, placeholder=" (more)"))
print(textwrap.wrap(text, 15, max_lines=1, placeholder=""))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaa bbb", 10, max_lines=1))
print(textwrap.wrap("aaa bbbbbbbbbbbbbbbbbbbbbbbb", 10, max_lines=2))
print(textwrap.wrap("one two three   ", 13, max_lines=1))
print(textwrap.wrap(text, 15, max_lines=2, initial_indent="  ", subsequent_indent="    "))

print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world!", width=10, placeholder="...")))
print(repr(textwrap.shorten("  lots\t of\n whitespace   here ", 30)))
print(repr(textwrap.shorten(text, 30)))
print(repr(textwrap.shorten(text, 6)))
print(repr(textwrap.shorten("", 10)))
print(repr(textwrap.shorten("Supercalifragilistic", 10)))
print(repr(textwrap.shorten("The quick brown fox", 15, placeholder=" ~")))
