# hashlib.new() hands unknown names to OpenSSL, whose default provider also has
# the Keccak cores of KMAC: extendable-output digests named 'undefined'.
import hashlib
for name in ('KECCAK-KMAC-128', 'keccak-kmac-256', 'KECCAK-KMAC128', 'KECCAK-KMAC256', 'kmac128', 'KMAC-128', 'undefined'):
    try:
        h = hashlib.new(name, b'abc')
    except ValueError as e:
        print(name, 'ValueError', e)
        continue
    print(name, type(h).__name__, h.name, h.digest_size, h.block_size, h.hexdigest(12), h.digest(3))
    c = h.copy()
    c.update(b'def')
    print(c.hexdigest(8), h.hexdigest(8), repr(h).split(' object')[0])
    for call in (h.digest, h.hexdigest):
        try:
            call()
        except TypeError as e:
            print('TypeError', e)
