# A hash object can be copied and fed while other copies live and die: the
# copies own separate contexts, and collected ones free theirs once (the
# sanitizer build reports a double free or a use after free).
# expect-output: True
# expect-output: done
import hashlib

base = hashlib.sha256(b'seed')
copies = []
for i in range(2000):
    c = base.copy()
    c.update(b'%d' % i)
    copies.append(c)
    if i % 3 == 0:
        copies.pop(0)
    junk = [[j] for j in range(200)]
del copies
base.update(b'more')
print(base.hexdigest() == hashlib.sha256(b'seedmore').hexdigest())
print('done')
