# expect: ValueError: searching a str that holds a surrogate character with a pattern moat runs on PCRE2 (one with $ outside MULTILINE, \b, \B, lookaround, backreferences, atomic groups, possessive repeats or conditionals) is not available in the sandbox
# PCRE2 reads its subject as valid UTF-8 without checking it; a str with a
# lone surrogate is not, so it is refused rather than handed over.
import re
print(re.search(r'(?<=a)b', 'ab'))
re.search(r'(?<=a)b', 'a\udc80b')
