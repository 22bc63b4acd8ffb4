# TextWrapper options: indents, tabs, whitespace handling, long words and
# sentence endings.
import textwrap

text = "The\tquick brown fox.  It jumped!\nThe dog slept. \"Really.\" Yes?  No"
print(textwrap.wrap(text, 20, initial_indent="* ", subsequent_indent="    "))
print(textwrap.wrap(text, 20, expand_tabs=False))
print(textwrap.wrap(text, 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap(text, 20, tabsize=4))
print(textwrap.wrap(text, 20, tabsize=0))
print(textwrap.wrap(text, 20, drop_whitespace=False))
print(textwrap.wrap("  indented   words  here  ", 8, drop_whitespace=False))
print(textwrap.wrap(text, 25, fix_sentence_endings=True))
print(textwrap.wrap("Mr. Smith went. to Washington.  Then it! rained? End.'", 80,
                    fix_sentence_endings=True))
print(textwrap.wrap("A verylongwordindeed here", 8, break_long_words=False))
print(textwrap.wrap("tiny verylongwordindeed", 8, break_long_words=False))
print(textwrap.wrap("abcdefghij", 4, initial_indent="....", subsequent_indent=">>>>>"))
print(textwrap.fill("one two three four five six", 12, initial_indent="- ",
                    subsequent_indent="  "))

tw = textwrap.TextWrapper(width=15, initial_indent="> ")
print(tw.width, tw.initial_indent, tw.subsequent_indent, tw.expand_tabs,
      tw.replace_whitespace, tw.fix_sentence_endings, tw.break_long_words,
      tw.drop_whitespace, tw.break_on_hyphens, tw.tabsize, tw.max_lines,
      repr(tw.placeholder))
print(tw.wrap("Reusing a wrapper for many paragraphs of text"))
tw.width = 30
print(tw.fill("Reusing a wrapper for many paragraphs of text"))
print(textwrap.TextWrapper(10, "[", "]").wrap("positional options work too"))
