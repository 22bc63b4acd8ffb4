# TextWrapper's steps as a subclass sees them, and the corners of max_lines,
# placeholders, sentence endings, long words and dedent/indent.
import textwrap


class Traced(textwrap.TextWrapper):
    def _split(self, text):
        chunks = super()._split(text)
        print("chunks", chunks)
        return chunks

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        print("long", reversed_chunks[-1], cur_line, cur_len, width)
        super()._handle_long_word(reversed_chunks, cur_line, cur_len, width)


class Shouting(textwrap.TextWrapper):
    def _munge_whitespace(self, text):
        return super()._munge_whitespace(text).upper()


text = "Look, goof-ball -- use the -b option!  A state-of-the-art x--y e.g. done."
print(Traced(12).wrap(text))
print(Traced(8, break_on_hyphens=1).wrap(text))
print(Traced(6, break_long_words=False).wrap("tiny supercalifragilistic word"))
print(Shouting(20, initial_indent="> ").fill("some\twords\nhere and there"))

for n in (1, 2, 3):
    for ph in (" [...]", "...", "~~~~~~~~~"):
        try:
            print(n, repr(ph), textwrap.wrap(text, 14, max_lines=n, placeholder=ph,
                                             subsequent_indent="  "))
        except ValueError as e:
            print(n, repr(ph), "ValueError", e)
print(textwrap.wrap("aaa bbb ccc", 7, max_lines=2, placeholder="....."))
print(textwrap.wrap("word " * 4, 9, max_lines=2, drop_whitespace=False))
print(textwrap.shorten("  Hello   world!  ", 12), textwrap.shorten("Hello  world!", 11))
print(textwrap.shorten("one two three four", 10, placeholder="\u2026"))

w = textwrap.TextWrapper(20, fix_sentence_endings=True)
chunks = w._split("Hi there. Mr. Smith left! \"Yes.\" ok? It's 3. pm.")
w._fix_sentence_endings(chunks)
print(chunks)
print(w.fill("Hi there. Mr. Smith left! \"Yes.\" ok? It's 3. pm."))
print(textwrap.wrap("\tindented\ttext with tabs", 15, tabsize=4, expand_tabs=True))
print(textwrap.wrap("a\tb\nc\x0bd", 30, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("ab-cd-ef-gh-ij-kl-mn", 7), textwrap.wrap("---abc", 2))
for width in (0, -3):
    try:
        textwrap.wrap("x", width)
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.wrap("abc def", 8, initial_indent="     ", max_lines=1)
except ValueError as e:
    print("ValueError", e)

print(repr(textwrap.dedent("    a\n  \t\n      b\n    ")))
print(repr(textwrap.dedent("\ta\n  b")), repr(textwrap.dedent("  \ta\n  \tb\n  c")))
for bad in (b"  x", None):
    try:
        textwrap.dedent(bad)
    except TypeError as e:
        print("TypeError", e)
print(repr(textwrap.indent("a\n\n  \nb\r\nc", "> ")))
print(repr(textwrap.indent("a\nb\n", "+", lambda line: line.startswith("b"))))
try:
    textwrap.indent("a\nb", 3)
except TypeError as e:
    print("TypeError", e)
