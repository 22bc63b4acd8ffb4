# blake2b/blake2s with their parameters: digest_size, key, salt, person, tree.
import hashlib

for cons in (hashlib.blake2b, hashlib.blake2s):
    print(cons(b'abc', digest_size=16).hexdigest())
    print(cons(b'abc', key=b'secret').hexdigest())
    print(cons(b'abc', salt=b'salty', person=b'me').hexdigest())
    print(cons(b'abc', fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1,
               inner_size=16, last_node=True).hexdigest())
    h = cons(digest_size=20, key=b'k' * 10)
    h.update(b'part one ')
    h2 = h.copy()
    h.update(b'part two')
    print(h.digest_size, h.name, h.hexdigest(), h2.hexdigest())
print(hashlib.new('blake2b', b'a', digest_size=4).hexdigest())
print(hashlib.new('blake2s', b'a', key=b'kk').hexdigest())
