# sub and subn: templates, function replacements, count, empty matches.
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home and ann@work'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>', 'a=1 b=2'))
print(re.sub(r'(\w)', r'<\g<0>\g<1>>', 'ab'))
print(re.sub('a', r'\n\t\\', 'xax'))
print(repr(re.sub('a', r'\.', 'xax')))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'))
print(re.sub('a', 'b', 'aaaa', count=2))
print(re.sub('a', 'b', 'aaaa', 0))
print(re.subn('a', 'b', 'banana'))
print(re.subn('z', 'b', 'banana'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(a)|b', lambda m: repr(m.group(1)), 'abc'))
print(re.subn(r'\s+', ' ', '  lots   of\n\nspace  '))
print(re.sub(r'(a)(b)?', r'[\2]', 'a ab'))
print(re.sub('é', 'e', 'café crème brûlée'))
p = re.compile(r'(?P<n>\d+)')
print(p.sub(r'#\g<n>', 'x1 y22'), p.subn('#', 'x1 y22', 1))
print(re.sub('a', r'\0', 'a') == '\x00', re.sub('a', r'\101', 'a'))
def skip(m):
    return None if m.group() == 'b' else m.group().upper()
try:
    print(re.sub('[abc]', skip, 'abcd'))
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', lambda m: 1, 'xax')
except TypeError as e:
    print('TypeError', e)
for template in [r'\3', r'\g<2>', r'\g<name>', r'\g<1', r'\g<>', r'\g', r'\q', 'x\\', r'\g<1a>']:
    try:
        re.sub('(a)', template, 'a')
    except re.error as e:
        print('re.error', e)
    except IndexError as e:
        print('IndexError', e)
calls = []
def record(m):
    calls.append(m.span())
    return m.group().upper()
print(re.sub(r'\w+', record, 'one two'), calls)
