# str.center / ljust with a huge width.
# limit: memory
x = 'a'.center(10**10)
