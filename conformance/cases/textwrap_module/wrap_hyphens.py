# Splitting at hyphens of compound words and em-dashes, as CPython's
# TextWrapper._split does, and breaking long hyphenated words.
import textwrap

w = textwrap.TextWrapper()
samples = [
    "Look, goof-ball -- use the -b option!",
    "Hello there -- you goof-ball, use the -b option!",
    "well-known state-of-the-art re-use e-mail x-ray",
    "foo--bar foo---bar --option -- a--",
    "ab-cd-ef a-b-c-d ab-c a-bc abc-123 123-abc",
    "this-is-a-very-long-hyphenated-compound-word",
    "trailing- -leading -x- --- -",
    "under_score-word dots.-and-,commas",
    "café-crème naïve-ish",
    "what?--yes!--no \"quoted\"--done",
]
for s in samples:
    print(w._split(s))
    print(textwrap.TextWrapper(break_on_hyphens=False)._split(s))
for width in (5, 8, 12, 16):
    print(width, textwrap.wrap("this-is-a-very-long-hyphenated-compound-word and more", width))
    print(width, textwrap.wrap("this-is-a-very-long-hyphenated-compound-word and more", width,
                               break_on_hyphens=False))
print(textwrap.wrap("---------- ------", 4))
print(textwrap.wrap("a-------------b", 5))
print(textwrap.wrap("Python -- the language -- is great-looking", 10))
print(textwrap.wrap("supercalifragilistic-expialidocious", 12))
