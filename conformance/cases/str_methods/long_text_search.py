# Searching and splitting text long enough that the scans run over several
# windows (the first 1023 bytes, then doubling): matches straddling every
# window boundary, start offsets, backward searches, non-ASCII text.

def positions(hay, needle):
    out = []
    i = hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out

base = 'a' * 10000
for at in [0, 1018, 1019, 1020, 1021, 1022, 1023, 3060, 3066, 3069, 7155, 7160, 9995]:
    s = base[:at] + 'bcdef' + base[at + 5:]
    print(at, s.find('bcdef'), s.rfind('bcdef'), s.index('bcdef'), 'bcdef' in s,
          s.count('bcdef'), s.find('bcdef', at + 1), s.rfind('bcdef', 0, at + 4),
          len(s.split('bcdef')[0]), len(s.rsplit('bcdef', 1)[1]),
          [len(p) for p in s.partition('bcdef')], [len(p) for p in s.rpartition('bcdef')])

s = ('xy' * 700 + 'needle') * 5
print(positions(s, 'needle'))
print(positions(s, 'xyn'))
print(s.count('xy'), s.count('needle'), s.count('e'))
print([len(p) for p in s.split('needle')], [len(p) for p in s.rsplit('needle', 2)])
print(s.replace('needle', 'N').count('N'), len(s.replace('xy', '')), len(s.replace('e', 'eee')))
long_needle = 'ab' * 800 + 'c'
t = 'ab' * 5000 + 'c' + 'ab' * 3000
print(t.find(long_needle), t.rfind(long_needle), long_needle in t, t.count(long_needle))
print(t.rfind('ab' * 600 + 'x'), t.find('ab' * 600 + 'x'))

u = 'héllo wörld ' * 300 + '€' + ' ünïcode' * 200
print(u.find('€'), u.rfind('wörld'), u.find('wörld', 1500), u.index('ü', 3000), u.count('ö'))
print(len(u.split()), u.split()[-1], len(u.rsplit(None, 5)), u.rsplit(None, 2)[1:])
print(u.startswith('wörld', 6), u.endswith(('x', 'code')), u[3590:3600], u[::997])
print(len(u.strip(' ünïcodehélowr')), u.strip(' ünïcodehélowr€d'))
print(('  \t' * 600 + 'core' + ' \n' * 700).strip(), len(('x' * 2000).rstrip('x')))
print(len('\n'.join(['line %d' % i for i in range(500)]).splitlines()))
print(('ab\r\n' * 400 + 'end').splitlines()[-2:], len(('ab\r\n' * 400).splitlines(True)))
