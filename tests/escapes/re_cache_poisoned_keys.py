# re's native compile keeps CPython's module-level cache, re._cache, a
# plain dict the script can reach. Its lookup and its eviction of the
# oldest entry hash and compare keys, so a script that plants keys with
# the hash of the next (pattern, flags) key, or as the oldest entry, runs
# code inside the native: it clears the cache, replaces re._cache, plants
# non-Pattern values under the exact key, and churns the heap so a
# collection runs while the native holds the evicted key. The native must
# keep what it holds alive, use only Pattern hits and go on compiling.
import re
cache = re._cache
cache.clear()
log = []
armed = [False]
class Oldest:
    def __init__(self): self.payload = [1, 2, 3]
    def __hash__(self):
        if armed[0]:
            armed[0] = False
            log.append('hash')
            cache.clear()
            cache[Collider()] = 1
        return 12345
    def __eq__(self, other):
        log.append('oldest eq')
        return False
class Collider:
    def __hash__(self): return 12345
    def __eq__(self, other):
        log.append(('collider eq', type(other).__name__))
        for _ in range(50):
            junk = [[i] * 10 for i in range(2000)]
        log.append(('after churn', type(other).__name__, getattr(other, 'payload', None)))
        return False
cache[Oldest()] = 0
for i in range(600):
    cache[('p%d' % i, 0)] = re.compile('x')
print(len(cache))
armed[0] = True
try:
    print(re.match('newpat', 'newpat'))
except Exception as e:
    print(type(e).__name__, e)
print(log[:6], len(cache))
log.clear()
key = ('exact', 0)
cache[key] = 'not a pattern'
print(re.match('exact', 'exact'))


class Replacer:
    def __hash__(self):
        return hash(('swap', 0))

    def __eq__(self, other):
        log.append('replacer eq')
        re._cache = 5
        return False


cache.clear()
cache[Replacer()] = 1
print(re.search('swap', 'a swap'), re._cache)
re._cache = cache
cache.clear()
del re._cache
print(re.fullmatch('gone', 'gone'))
re._cache = {}
print(re.sub('a', 'b', 'aaa'), log)
# expect-output: 602
# expect-output: <re.Match object; span=(0, 6), match='newpat'>
# expect-output: ['hash', ('collider eq', 'Oldest'), ('after churn', 'Oldest', [1, 2, 3])] 2
# expect-output: <re.Match object; span=(0, 5), match='exact'>
# expect-output: <re.Match object; span=(2, 6), match='swap'> 5
# expect-output: <re.Match object; span=(0, 4), match='gone'>
# expect-output: bbb ['replacer eq', 'replacer eq']
