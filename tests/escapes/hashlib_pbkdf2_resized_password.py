# pbkdf2_hmac takes views of a bytearray password and salt, then calls the
# iterations' __index__, which can resize them (CPython's buffer export
# would refuse; moat has none): the views are taken again after it, so
# OpenSSL never reads the freed buffer (was a heap use-after-free).
import hashlib

password = bytearray(b'x' * 4096)
salt = bytearray(b's' * 4096)


class Iterations:
    def __index__(self):
        password.clear()
        password.extend(b'y' * 100000)
        salt.clear()
        return 1


print(hashlib.pbkdf2_hmac('sha256', password, salt, Iterations(), 32)
      == hashlib.pbkdf2_hmac('sha256', b'y' * 100000, b'', 1, 32))
# expect-output: True
