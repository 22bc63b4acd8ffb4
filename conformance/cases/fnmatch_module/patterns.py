# fnmatch: translate's regular expressions, matching, filter, bytes, errors.
import fnmatch

patterns = ['[a-z]', '[!a-c]', '[]]', '[!]]', '[a-]', '[-a]', '[a--c]', '[z-a]', '[a-c-e]',
            '[\\]', '[^x]', '[[]', '[a&&b]', '[x~~y]', '[a||b]', '*', '**', 'a*', '*a', 'a*b*c',
            '?*?', '[', 'a[', '[a-z', '[!]', '[]', '[a-b-c]', '[c-a-e]', '[a-c-b]', '\xe9*',
            'a.b', '[!z-a]', '[a-z]*[0-9]?', '*.py', 'data_??.csv', '*[!0-9]', '(a|b)+{1}$']
for p in patterns:
    print(repr(p), fnmatch.translate(p))
names = ['a', 'b', 'z', ']', '-', '\\', '^', '&', 'abc', 'a.b', 'axb', 'main.py', 'data_01.csv',
         'DATA_01.csv', 'x7', 'x!', '(a|b)+{1}$', '', 'a\nb', '\xe9t\xe9']
for p in patterns:
    print(repr(p), [n for n in names if fnmatch.fnmatch(n, p)])
print(fnmatch.filter(names, '*.*'), fnmatch.filter(iter(names), '[abz]'))
print(fnmatch.fnmatchcase('ABC', 'a*'), fnmatch.fnmatch('ABC', 'A*'))
print(fnmatch.fnmatch(b'file.txt', b'*.txt'), fnmatch.fnmatchcase(b'\xe9', b'[\xe0-\xff]'),
      fnmatch.filter([b'a.c', b'b.h'], b'*.c'))
print(fnmatch.fnmatch('a' * 60, '*a' * 25 + 'b'), fnmatch.fnmatch('a' * 60, '*a' * 25))
for call in [lambda: fnmatch.fnmatch(1, 'a'), lambda: fnmatch.fnmatch('a', None),
             lambda: fnmatch.fnmatch('a', b'a'), lambda: fnmatch.filter(['a', 1], 'a'),
             lambda: fnmatch.translate(5)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
