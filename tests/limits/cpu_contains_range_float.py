# A float in a huge range is found by scanning (no arithmetic shortcut as
# for ints): the scan is charged as it goes.
# args: --max-instructions 10000000
# limit: instructions
print(1.5 in range(10**15))
