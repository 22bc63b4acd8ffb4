# pbkdf2_hmac runs its iterations in one OpenSSL call: their cost is
# charged up front, so two billion iterations are refused at once rather
# than computed for minutes.
# limit: instructions
import hashlib

print(hashlib.pbkdf2_hmac('sha512', b'p', b's', 2**31 - 1).hex())
