# str.format with a billion-character width.
# limit: memory
x = '{:>999999999}'.format('a')
