# printf-style float formatting with a huge precision.
# limit: memory
x = '%.200000000f' % 1.5
