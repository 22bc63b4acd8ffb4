# split() of 16 MiB of whitespace: nothing is produced, all of it is read.
# args: --max-instructions 100000000
# limit: instructions
s = ' ' * 2**24
for i in range(10**6):
    s.split()
