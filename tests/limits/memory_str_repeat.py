# A billion-character string: refused by the memory budget before any is built.
# limit: memory
x = '9' * 10**9
