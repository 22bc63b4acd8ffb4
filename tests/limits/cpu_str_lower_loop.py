# Case-mapping a 16 MiB string over and over.
# args: --max-instructions 100000000
# limit: instructions
a = 'A' * 2**24
for i in range(10**6):
    a.lower()
