# pos and endpos are clamped to [0, len(string)] as sre's state_init does;
# with pos past endpos, match() can still find an empty match at pos (for
# a pattern sre can match there without reading a character), while
# search(), fullmatch(), findall() and finditer() find nothing.
import re


def show(m):
    return None if m is None else (m.span(), m.pos, m.endpos, m.groups(), m.group())


for pattern in ['', '()', '(?:)', '()()', '(a|)', '|x', 'x|', '(?:ab)*', '(?:)*', '(?i)',
                '(b)?c?', '(x)*', '(?P<n>a)?', 'a', 'x*', 'a{0}', '.{0,3}', '[a]*', r'(\w*)', '^', r'\A', r'\Z']:
    p = re.compile(pattern)
    for pos, endpos in [(2, 1), (3, 0), (1, 0), (10, 2), (-5, -1)]:
        print(repr(pattern), pos, endpos, show(p.match('abc', pos, endpos)),
              show(p.search('abc', pos, endpos)), show(p.fullmatch('abc', pos, endpos)),
              p.findall('abc', pos, endpos), [m.span() for m in p.finditer('abc', pos, endpos)])

# Clamping: negative and past-the-end positions.
p = re.compile('a*')
for pos, endpos in [(-1, 2), (5, 10), (0, -1), (-10, -10), (1, 100), (3, 3), (2, 2)]:
    print(pos, endpos, show(p.match('aaa', pos, endpos)), show(p.search('aaa', pos, endpos)),
          show(p.fullmatch('aaa', pos, endpos)), p.findall('aaa', pos, endpos),
          [m.span() for m in p.finditer('aaa', pos, endpos)], p.sub('-', 'aaa'))
print(re.compile('').match('\xe9\u20ac\U0001f600', 2, 1))
m = re.compile('(?P<g>)').match('xyz', 3, 1)
print(m, m.groupdict(), m.start('g'), m.end(), m.string, m.lastindex, m.lastgroup)
