import textwrap
txt = "Supercalifragilisticexpialidocious is a word; e-mail addresses like a.b@c.d and hyphen-ated words  with   spaces.\tTabbed text\nnew line here."
for kw in [dict(width=12), dict(width=12, break_long_words=False), dict(width=15, break_on_hyphens=False), dict(width=20, max_lines=2),
           dict(width=20, max_lines=3, placeholder="..."), dict(width=10, expand_tabs=False, replace_whitespace=False), dict(width=25, drop_whitespace=False),
           dict(width=18, fix_sentence_endings=True), dict(width=30, tabsize=4), dict(width=16, initial_indent="* ", subsequent_indent="  ")]:
    print(kw); print(textwrap.wrap(txt, **kw))
w = textwrap.TextWrapper(width=30, initial_indent="- ")
print(w.fill("one two three four five six seven eight nine ten eleven"), w.width, w.initial_indent)
print(repr(textwrap.dedent("  a\n    b\n\n  c  \n")), repr(textwrap.dedent("\ta\n  b")), repr(textwrap.indent("x\n  \ny\n", "> ", lambda l: True)))
print(textwrap.shorten("Hello  world!", 12), textwrap.shorten("Hi", 10), textwrap.shorten("a b c d e f g h", 9))
try: textwrap.shorten("abc def", 3)
except ValueError as e: print("ValueError", e)
try: textwrap.wrap("x", width=0)
except ValueError as e: print("ValueError", e)
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("a\n\nb", 10))
