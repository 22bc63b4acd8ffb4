s = "  The Quick, brown fox; jumps over the lazy dog!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(' !')), s.strip(' T!'))
print(s.split(), s.split(','), s.split(None, 2), s.rsplit(None, 2), s.split(' ', 3))
print(s.title(), s.capitalize(), s.swapcase(), s.casefold())
print(s.find('o'), s.rfind('o'), s.index('fox'), s.count('o'), s.find('zzz'), s.count(''))
print(s.replace('o', '0', 2), s.startswith(('  T', 'x')), s.endswith('!  '))
print('-'.join('abc'), ''.join(reversed('hello')), 'abc' * 3, 'ab' in 'cabd')
print('hello world'.center(21, '*'), 'x'.ljust(4, '.') + '|', 'x'.rjust(4) + '|', '42'.zfill(6), '-42'.zfill(6))
print('a\tb\tc'.expandtabs(4), repr('l1\nl2\r\nl3'.splitlines()), 'a,b,,c'.split(','))
print('hello'.partition('l'), 'hello'.rpartition('l'), 'hello'.partition('z'))
tbl = str.maketrans('abc', 'xyz', 'h')
print('aabbcchh'.translate(tbl), 'hello'.translate({ord('l'): None, ord('o'): 'OO'}))
def caesar(t, k):
    out = []
    for ch in t:
        if ch.isupper(): out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower(): out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else: out.append(ch)
    return ''.join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
def is_pal(t):
    t = ''.join(c.lower() for c in t if c.isalnum())
    return t == t[::-1]
for t in ["A man, a plan, a canal: Panama", "race a car", "", "Was it a car or a cat I saw?"]:
    print(repr(t), is_pal(t))
words = "listen silent enlist google gogole cat act tac dog".split()
groups = {}
for w in words:
    groups.setdefault(''.join(sorted(w)), []).append(w)
print(list(groups.values()))
print('abc'.isalpha(), '123'.isdigit(), '½'.isnumeric(), '²'.isdigit(), '²'.isdecimal(), ' '.isspace(), 'Ab1'.isalnum())
print('Hello World'.istitle(), 'hello'.islower(), 'HELLO'.isupper(), 'x_1'.isidentifier(), '1x'.isidentifier())
print(ord('A'), chr(97), chr(0x263A), ord('€'), ascii('héllo€'), repr('tab\there'), str(b'bytes'))
print('%s has %d items costing %.2f (%5.1f%%) %r %c %x %X %o %e' % ('cart', 3, 9.5, 12.345, 'x', 65, 255, 255, 8, 12345.6789))
print('%(name)s is %(age)03d' % {'name': 'Ann', 'age': 7}, '%-6s|%6s|' % ('ab', 'cd'), '%*d|%-*d|' % (5, 42, 4, 7))
print("{} {} {}".format(1, 'a', [2]), "{1}{0}{1}".format('a', 'b'), "{name}:{0}".format(5, name='n'))
print("{:>10}|{:<10}|{:^10}|{:*^10}".format('r', 'l', 'c', 'm'), "{0[1]} {1[k]} {2.real}".format([1, 2], {'k': 'v'}, 3j))
w, p = 12, 3
print(f"{3.14159:{w}.{p}f}|{'x':{'>'}{w}}|{42:#x}|{42:#o}|{42:#b}|{42:08b}|{-42:+06d}|{1234567:_}")
print(f"{'nested':{'^'}{15}}", f"{'a' 'b'}", f"{{literal}}", f"{3+4=}", f"{s.strip()[:3]!r}", f"{'q'!a}")
print(len("naïve"), "naïve".upper(), "ß".upper(), "İ".lower(), len("İ".lower()), "ﬁ".upper())
print(sorted(['banana', 'Apple', 'cherry', 'apple']), sorted(['banana', 'Apple', 'cherry'], key=str.lower))
print(max("hello world".split(), key=len), min(["bb", "a", "ccc"], key=len), sorted("hello"))
print("a1b22c333".rstrip('0123456789'), "  x ".strip(), "xxhixx".strip('x'), "www.example.com".removeprefix("www.").removesuffix(".com"))
text = "It was the best of times, it was the worst of times."
import re
freq = {}
for w in re.findall(r"[a-z']+", text.lower()):
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', "hello world foo bar"), re.split(r'[,;]\s*', "a, b;c,  d"))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.findall(r'(\w)(\d)', "a1b2c3"))
m = re.match(r'(?P<user>\w+)@(?P<host>[\w.]+)', "joe@example.com rest")
print(m.group(), m.groups(), m.groupdict(), m.span(), m.start('host'), m['user'])
print(re.fullmatch(r'\d{3}-\d{4}', '555-1234') is not None, re.search(r'o', 'foo').start(), re.split(r'(-)', 'a-b-c'))
