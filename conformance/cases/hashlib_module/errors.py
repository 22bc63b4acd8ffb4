# hashlib's errors and their messages.
import hashlib

h = hashlib.sha256()
s = hashlib.shake_128()
tests = [
    lambda: hashlib.sha256('text'),
    lambda: hashlib.sha256(1),
    lambda: hashlib.sha256(data=b'x'),
    lambda: hashlib.new('nope'),
    lambda: hashlib.new(1),
    lambda: h.update('s'),
    lambda: h.update(5),
    lambda: s.digest(),
    lambda: s.hexdigest('a'),
    lambda: hashlib.blake2b(digest_size=0),
    lambda: hashlib.blake2s(digest_size=33),
    lambda: hashlib.blake2b(key=b'k' * 65),
    lambda: hashlib.blake2s(key=b'k' * 33),
    lambda: hashlib.blake2b(salt=b's' * 17),
    lambda: hashlib.blake2s(person=b'p' * 9),
    lambda: hashlib.blake2b(fanout=256),
    lambda: hashlib.blake2b(depth=0),
    lambda: hashlib.blake2b(leaf_size=-1),
    lambda: hashlib.blake2b(leaf_size=2**32),
    lambda: hashlib.blake2b(node_offset=-1),
    lambda: hashlib.blake2s(node_offset=2**48),
    lambda: hashlib.blake2b(node_depth=256),
    lambda: hashlib.blake2b(inner_size=65),
    lambda: hashlib.blake2b('s'),
    lambda: hashlib.blake2b(data=b'x'),
    lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 0),
    lambda: hashlib.pbkdf2_hmac('nope', b'p', b's', 1),
    lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 0),
    lambda: hashlib.pbkdf2_hmac('sha256', 'p', b's', 1),
]
for t in tests:
    try:
        print(repr(t()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
