# Hashing fresh 16 MiB strings over and over (a slice is a new str, so the
# hash is never cached).
# args: --max-instructions 100000000
# limit: instructions
a = 'a' * 2**24
for i in range(10**6):
    hash(a[1:])
