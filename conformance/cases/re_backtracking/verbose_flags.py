# VERBOSE, DOTALL and MULTILINE with backtracking constructs.
import re
p = re.compile(r"""
    (?P<word> \w+ )     # a word
    \s+
    (?P=word)           # repeated
    (?! \w )            # not followed by more
""", re.VERBOSE)
print(p.findall('is is this this that'))
print(re.findall(r'(?s)(?<=<).*?(?=>)', '<a\nb> <c>'))
print(re.findall(r'(?<=^)\w', 'ab\ncd', re.M))
print(p.flags & re.VERBOSE != 0, p.groups, p.groupindex['word'])
