# Searching a 16 MiB string over and over: each search is charged for the
# bytes it reads.
# args: --max-instructions 100000000
# limit: instructions
s = 'a' * 2**24
for i in range(10**6):
    s.find('b')
