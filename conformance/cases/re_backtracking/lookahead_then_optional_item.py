# A lookahead followed by an optional item: the lookahead's text is not
# part of the match's length ('(?=a)b?a' matches "a").
import re

patterns = ['(?=a)b?a', '(?=a)b?(?=a)b?a', '(?:(?=a)b?){1,2}a', 'x(?=a)b?a',
            '(?=a){1,2}(?:ab)*?(a)+', '(?!c)b?a', '(?<=x)b?a']
for p in patterns:
    print(p, [(m.span() if m else None) for m in (re.search(p, s) for s in ('a', 'xa', 'ba', 'ééa'))])
print(re.findall('(?=a)b?a', 'aba a'))
print(re.sub('(?=[ab])b?a', '-', 'abba'))
