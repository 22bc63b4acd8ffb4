# re.sub/subn with a function replacement call back into the script once
# per match, while the native holds the pattern, the subject and the
# pieces built so far: the callback purges re's cache (dropping the
# pattern the native took from it), compiles hundreds of new patterns to
# evict it, re-enters sub/finditer/scanner on the same pattern, keeps the
# Match objects and reads them after the sub, returns str subclasses with
# lying __len__, and raises on a late match. Each must give CPython's
# result or error, and a kept Match must still read its own subject.
import re


def attempt(label, fn):
    try:
        print(label, 'ran:', repr(fn())[:100])
    except (TypeError, ValueError, IndexError, RuntimeError, OverflowError, re.error) as e:
        print(label, type(e).__name__, str(e)[:100])


kept = []


def purge(m):
    re.purge()
    kept.append(m)
    return '<%s>' % m.group()


attempt('purge in callback', lambda: re.sub(r'\w+', purge, 'alpha beta gamma'))


def evict(m):
    for i in range(600):
        re.compile('evict%d' % i)
    return m.group().upper()


attempt('evict in callback', lambda: re.subn('[ab]', evict, 'abcab'))
pattern = re.compile(r'(\d)')


def reenter(m):
    inner = pattern.sub(lambda n: n.group() * 2, m.group() + '9')
    found = [x.group() for x in pattern.finditer('123')]
    scanner = pattern.scanner('45')
    return inner + ''.join(found) + scanner.match().group()


attempt('reenter same pattern', lambda: pattern.sub(reenter, 'a1b2'))
attempt('kept matches', lambda: [(m.group(), m.span(), m.string) for m in kept])


class Lying(str):
    def __len__(self):
        return 10**9


attempt('lying replacement', lambda: re.sub('b', lambda m: Lying('xyz'), 'abcb'))
attempt('non-str replacement', lambda: re.sub('b', lambda m: 5, 'abc'))
attempt('bytes replacement', lambda: re.sub('b', lambda m: b'x', 'abc'))
count = [0]


def late_failure(m):
    count[0] += 1
    if count[0] == 3:
        raise ValueError('third match')
    return '-'


attempt('late failure', lambda: re.sub('a', late_failure, 'aaaa'))
attempt('count after failure', lambda: count[0])
attempt('template groups', lambda: re.sub('(a)(b)?', r'\2\1\g<0>', 'ab a'))
attempt('template bad group', lambda: re.sub('(a)', r'\g<99>', 'a'))
attempt('huge count', lambda: re.sub('a', 'b', 'aaa', count=2**70))
attempt('negative count', lambda: re.sub('a', 'b', 'aaa', count=-1))
# expect-output: purge in callback ran: '<alpha> <beta> <gamma>'
# expect-output: evict in callback ran: ('ABcAB', 4)
# expect-output: reenter same pattern ran: 'a11991234b22991234'
# expect-output: kept matches ran: [('alpha', (0, 5), 'alpha beta gamma'), ('beta', (6, 10), 'alpha beta gamma'), ('gamma', (11, 16), '
# expect-output: lying replacement ran: 'axyzcxyz'
# expect-output: non-str replacement TypeError sequence item 1: expected str instance, int found
# expect-output: bytes replacement TypeError sequence item 1: expected str instance, bytes found
# expect-output: late failure ValueError third match
# expect-output: count after failure ran: 3
# expect-output: template groups ran: 'baab aa'
# expect-output: template bad group error invalid group reference 99 at position 3
# expect-output: huge count OverflowError Python int too large to convert to C ssize_t
# expect-output: negative count ran: 'aaa'
