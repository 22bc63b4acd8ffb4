# blake2b's key view was taken before last_node's __bool__ ran, which can
# resize a bytearray key (CPython's buffer export would refuse; moat has
# none): the key is checked and viewed again after it, so the hash never
# reads the freed buffer (was a heap use-after-free) nor a key past 64 bytes.
import hashlib

key = bytearray(b'k' * 64)


class Flag:
    def __bool__(self):
        key.clear()
        key.extend(b'z' * 32)
        return False


print(hashlib.blake2b(b'data', key=key, last_node=Flag()).hexdigest()
      == hashlib.blake2b(b'data', key=b'z' * 32).hexdigest())


class Grow:
    def __bool__(self):
        key.extend(b'z' * 100)
        return True


try:
    hashlib.blake2b(b'data', key=key, last_node=Grow())
except ValueError as e:
    print(e)
# expect-output: True
# expect-output: maximum key length is 64 bytes
