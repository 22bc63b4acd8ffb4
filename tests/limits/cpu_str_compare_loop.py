# Comparing two equal 16 MiB strings over and over.
# args: --max-instructions 100000000
# limit: instructions
a = 'a' * 2**24
b = 'a' * 2**24
for i in range(10**6):
    a == b
