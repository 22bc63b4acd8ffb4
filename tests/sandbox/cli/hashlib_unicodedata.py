# OpenSSL, libb2 and ICU set themselves up on first use in the isolated
# child, under its seccomp filter: they must read no file (OpenSSL's
# configuration included) and make no refused system call.
import hashlib
import hmac
import unicodedata

for name in sorted(hashlib.algorithms_available):
    h = hashlib.new(name, b'isolated')
    print(name, h.hexdigest(8) if name.startswith('shake') else h.hexdigest())
print(hashlib.blake2s(b'x', key=b'k', person=b'p').hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 100).hex())
print(hmac.new(b'key', b'msg', 'sha256').hexdigest())
print(unicodedata.name('\u00e9'), unicodedata.normalize('NFKD', '\ufb01\u00e9'),
      unicodedata.lookup('SNOWMAN'), unicodedata.numeric('\u00bd'))
