# A billion-character field width: refused before the padding is built.
# limit: memory
x = f'{0:999999999}'
