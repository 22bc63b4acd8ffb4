# 10 ** 10 ** 8 (a 40 MB result that fits the memory budget): power is charged for its work before it is done.
# limit: instructions
x = 10 ** 10 ** 8
