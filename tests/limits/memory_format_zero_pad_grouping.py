# Zero padding with thousands separators: the padded digits are written
# straight into the result, which the memory budget refuses; no ordinary
# C++ buffer of that size is built first.
# limit: memory
x = f'{0:0200000000,}'
