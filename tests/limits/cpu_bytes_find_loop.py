# bytes.rfind on 16 MiB over and over.
# args: --max-instructions 100000000
# limit: instructions
b = b'a' * 2**24
for i in range(10**6):
    b.rfind(b'ba')
