# CPython refuses a look-behind whose width varies, without a position.
import re
for p in [r'(?<=a|bc)x', r'(?<=a+)b', r'(?<!x*)y', r'(?<=(a|b)c?)d', r'(?<=a{2,3})b']:
    try:
        re.compile(p)
        print(p, 'compiled')
    except re.error as e:
        print(p, repr(e.msg), e.pos, e.pattern, e.lineno)
for p in [r'(?<=a{3})b', r'(?<=(ab|cd))e', r'(?<=\d\w)x', r'(?<=(?=xyz)ab)c']:
    print(p, re.search(p, 'aaab cde 1zx abc') is not None)
