# printf-style formatting with a billion-character width.
# limit: memory
x = '%999999999d' % 1
